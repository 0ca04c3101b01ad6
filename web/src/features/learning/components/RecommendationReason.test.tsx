import { screen } from '@testing-library/react';
import { i18n } from '../../../i18n/i18n';
import { renderWithProviders, testUser } from '../../../test/render';
import { RecommendationReasonText } from './RecommendationReason';

const weakest = {
  basis: 'WEAKEST_INDICATOR' as const,
  regionName: 'Kabupaten Sumedang',
  frameworkCode: 'PERMENPANRB-8-2026',
  year: 2026,
  indicatorCode: 'I05',
  indicatorName: 'Tingkat Kematangan Tata Kelola Data',
  value: 1.8,
  weightPercent: 5,
  crosswalkedFrom: null,
};

const show = (reason: Parameters<typeof RecommendationReasonText>[0]['reason']) =>
  renderWithProviders(<RecommendationReasonText reason={reason} />, { user: testUser() });

describe('RecommendationReasonText', () => {
  it('names the region, its value with a decimal comma, the indicator, the framework and the year', async () => {
    show(weakest);
    expect(
      await screen.findByText(
        'Kabupaten Sumedang bernilai 1,80 pada I05 Tingkat Kematangan Tata Kelola Data (Indeks Pemdi 2026). Modul ini membahasnya.',
      ),
    ).toBeInTheDocument();
  });

  it('says so in English', async () => {
    await i18n.changeLanguage('en');
    show(weakest);
    expect(
      await screen.findByText(
        'Kabupaten Sumedang scores 1.80 on I05 Tingkat Kematangan Tata Kelola Data (Pemdi Index 2026); this module covers it.',
      ),
    ).toBeInTheDocument();
  });

  it('says when the module covers the indicator only through Living Lab’s own mapping', async () => {
    show({ ...weakest, crosswalkedFrom: { frameworkCode: 'PERMENPANRB-59-2020', code: 'I23', name: 'Penerapan Manajemen Data' } });
    expect(
      await screen.findByText(
        /pemetaan editorial Living Lab \(bukan resmi\) dari indikator Indeks SPBE 59\/2020 I23 Penerapan Manajemen Data/,
      ),
    ).toBeInTheDocument();
  });

  it('says the region has no assessment when recommending for the heaviest indicators', async () => {
    show({
      ...weakest,
      basis: 'HEAVIEST_INDICATOR',
      value: null,
      year: null,
      indicatorCode: 'I20',
      indicatorName: 'Tingkat Pengelolaan Kepuasan Pengguna',
      weightPercent: 15,
    });
    expect(
      await screen.findByText(
        'Kabupaten Sumedang belum memiliki penilaian mandiri Indeks Pemdi yang diajukan. Modul ini membahas I20 Tingkat Pengelolaan Kepuasan Pengguna, salah satu indikator berbobot terbesar (15%).',
      ),
    ).toBeInTheDocument();
  });
});
