import { i18n } from '../i18n/i18n';
import { type ApiError, errorMessage } from './errors';

const clash = (params: ApiError['params']): ApiError => ({ code: 'CONFLICT', reason: 'DOUBLE_BOOKED', params, fields: [], network: false });

describe('errorMessage', () => {
  const t = i18n.getFixedT('id');

  it('translates a reason without parameters', () => {
    expect(errorMessage(t, clash({}))).toBe('Jadwal bentrok: seseorang di pasangan ini sudah punya sesi pada waktu itu.');
  });

  it('shows the parameters, instants in WIB', () => {
    expect(errorMessage(t, clash({ startsAt: '2026-12-01T07:00:00.000Z', whose: 'other' }))).toContain(
      'sesi yang bentrok mulai 1 Desember 2026 pukul 14.00 WIB',
    );
  });

  it('words a clash with one’s own session by its agenda', () => {
    const text = errorMessage(t, clash({ startsAt: '2026-12-01T07:00:00.000Z', whose: 'own', agenda: 'Rapat tim e-Office' }));
    expect(text).toContain('sesi Anda sendiri “Rapat tim e-Office”');
    expect(text).toContain('14.00 WIB');
  });

  it('falls back to the code, then to a generic text', () => {
    expect(errorMessage(t, { code: 'FORBIDDEN', params: {}, fields: [], network: false })).not.toBe('');
    expect(errorMessage(t, { params: {}, fields: [], network: true })).toBe(t('common:errors.network'));
  });
});
