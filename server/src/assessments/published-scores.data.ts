import { FrameworkCode } from '@living-lab/shared';
import { ScoreScope } from './published-score.entity';

/**
 * Published SPBE index values that ship as reference data (the project's copy of the facts it was
 * given), each with the framework it was measured on and its source: the results decree where known,
 * otherwise how it was reported. Region codes: Sumedang 32.11, Jawa Barat 32, national '00'.
 *
 * A value means something only with its framework: 2019 and 2020 were scored on PermenPANRB 5/2018
 * (3 domains, 7 aspects, 35 indicators), 2021-2025 on PermenPANRB 59/2020, from 2026 the Indeks
 * Pemerintah Digital (PermenPANRB 8/2026), whose bands differ. `frameworkCode` is stored with each
 * row (spbe_published_scores.framework_code) and the framework is also named in `source`.
 * Results decrees (KepmenPANRB): 1503/2021, 108/2023, 13/2024 (the 2023 evaluation) and 663/2024
 * (the 2024 evaluation); which evaluation 1503/2021 and 108/2023 report is inferred from their dates.
 */
export interface PublishedScoreData {
  scope: ScoreScope;
  regionCode: string;
  year: number;
  index: number;
  frameworkCode: FrameworkCode;
  source: string;
}

export const PUBLISHED_SCORES: PublishedScoreData[] = [
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2019,
    index: 2.46,
    frameworkCode: FrameworkCode.PERMENPANRB_5_2018,
    source: 'Evaluasi SPBE 2019 (PermenPANRB 5/2018, bukan indeks 59/2020): sumber nilai ini tidak ditemukan',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2020,
    index: 3.81,
    frameworkCode: FrameworkCode.PERMENPANRB_5_2018,
    source: 'Evaluasi SPBE 2020 (PermenPANRB 5/2018, bukan indeks 59/2020): peringkat pertama nasional, dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2021,
    index: 3.52,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source: 'Evaluasi SPBE 2021 (PermenPANRB 59/2020), predikat Sangat Baik; KepmenPANRB 1503/2021 (belum diverifikasi), dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2022,
    index: 3.84,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source:
      'Evaluasi SPBE 2022 (PermenPANRB 59/2020): tertinggi kabupaten/kota; KepmenPANRB 108/2023 (belum diverifikasi), dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2024,
    index: 4.51,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source: 'Evaluasi SPBE 2024 (PermenPANRB 59/2020; KepmenPANRB 663/2024), dilaporkan Februari 2025; target RPJMD 2025: 4,6',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32',
    year: 2022,
    index: 3.37,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source: 'Evaluasi SPBE 2022 (PermenPANRB 59/2020), predikat Baik; KepmenPANRB 108/2023 (belum diverifikasi), dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32',
    year: 2023,
    index: 4.14,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source:
      'Evaluasi SPBE (PermenPANRB 59/2020), dilaporkan media Agustus 2024 saat hasil terbaru adalah evaluasi 2023 (KepmenPANRB 13/2024): tahun 2023 disimpulkan, belum diverifikasi (target 4,5)',
  },
  {
    scope: ScoreScope.PROVINCE_KABKOTA_AVERAGE,
    regionCode: '32',
    year: 2023,
    index: 3.38,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source:
      'Rata-rata kabupaten/kota Jawa Barat (PermenPANRB 59/2020), dilaporkan Agustus 2024 saat hasil terbaru adalah evaluasi 2023 (KepmenPANRB 13/2024): tahun disimpulkan (target 3,8)',
  },
  {
    scope: ScoreScope.NATIONAL_AVERAGE,
    regionCode: '00',
    year: 2022,
    index: 2.35,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source: 'Rata-rata nasional evaluasi SPBE 2022 (PermenPANRB 59/2020), dilaporkan media (dua dokumen menyebut 2,34)',
  },
  {
    scope: ScoreScope.NATIONAL_AVERAGE,
    regionCode: '00',
    year: 2023,
    index: 2.79,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source: 'Rata-rata nasional evaluasi SPBE 2023 (PermenPANRB 59/2020), KepmenPANRB 13/2024',
  },
  {
    scope: ScoreScope.NATIONAL_AVERAGE,
    regionCode: '00',
    year: 2024,
    index: 3.12,
    frameworkCode: FrameworkCode.PERMENPANRB_59_2020,
    source: 'Rata-rata nasional evaluasi SPBE 2024 (PermenPANRB 59/2020), KepmenPANRB 663/2024',
  },
];
