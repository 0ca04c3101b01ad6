import { ScoreScope } from './assessment.entities';

/**
 * Published SPBE index values that ship as reference data (the project's copy of the facts it was
 * given; sources as reported, kind and year). Region codes: Sumedang 32.11, Jawa Barat 32, national '00'.
 */
export const PUBLISHED_SCORES: Array<{ scope: ScoreScope; regionCode: string; year: number; index: number; source: string }> = [
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2019,
    index: 2.46,
    source: 'Hasil evaluasi SPBE 2019 (KemenPANRB), dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2020,
    index: 3.81,
    source: 'Hasil evaluasi SPBE 2020 (KemenPANRB): peringkat pertama nasional, dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2021,
    index: 3.52,
    source: 'Hasil evaluasi SPBE 2021 (KemenPANRB), predikat Sangat Baik, dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2022,
    index: 3.84,
    source: 'Hasil evaluasi SPBE 2022 (KemenPANRB): tertinggi kabupaten/kota, dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32.11',
    year: 2024,
    index: 4.51,
    source: 'Hasil evaluasi SPBE 2024 (dilaporkan Februari 2025, berita daring); target RPJMD 2025: 4,6',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32',
    year: 2022,
    index: 3.37,
    source: 'Hasil evaluasi SPBE 2022 (KemenPANRB), predikat Baik, dilaporkan media',
  },
  {
    scope: ScoreScope.REGION,
    regionCode: '32',
    year: 2024,
    index: 4.14,
    source: 'Hasil evaluasi SPBE 2024, dilaporkan media (target 4,5)',
  },
  {
    scope: ScoreScope.PROVINCE_KABKOTA_AVERAGE,
    regionCode: '32',
    year: 2024,
    index: 3.38,
    source: 'Rata-rata kabupaten/kota Jawa Barat 2024, dilaporkan media (target 3,8)',
  },
  {
    scope: ScoreScope.NATIONAL_AVERAGE,
    regionCode: '00',
    year: 2022,
    index: 2.35,
    source: 'Rata-rata nasional hasil evaluasi SPBE 2022, dilaporkan media',
  },
  {
    scope: ScoreScope.NATIONAL_AVERAGE,
    regionCode: '00',
    year: 2023,
    index: 2.79,
    source: 'Rata-rata nasional hasil evaluasi SPBE 2023, dilaporkan media',
  },
  {
    scope: ScoreScope.NATIONAL_AVERAGE,
    regionCode: '00',
    year: 2024,
    index: 3.12,
    source: 'Rata-rata nasional hasil evaluasi SPBE 2024, dilaporkan media',
  },
];
