import type { AspectFramework, IndicatorValueScale } from './framework';

/**
 * The Indeks Pemerintah Digital (Pemdi) of PermenPANRB 8/2026 tentang Evaluasi Kinerja Pemerintah
 * Digital (set 1 June 2026, promulgated 5 June 2026, Berita Negara 2026 No. 364; policy basis RPJMN
 * 2025-2029, Perpres 12/2025): the project's own copy of the reference facts. Its Pasal 12 revokes
 * PermenPANRB 59/2020, so it is the instrument of the evaluation years from 2026.
 *
 * 7 aspects, 20 indicators, no domains. The official text was not at hand: every figure comes from
 * public secondary material (two summaries and regional dashboards) that agree. The aspect weights
 * 10/10/15/15/10/15/25 % are in both summaries; the indicator weights in one; the predicate bands
 * ("Tabel 4") in one (a second source puts the top band of an indicator's level at 4.50). So names,
 * weights and bands are data the app keeps editable.
 */

/**
 * Indicator values have two decimals from 1.00 to 5.00: one source says an indicator's value is the
 * mean of its sub-questions, each scored at a level 1-5.
 *
 * The planner's step is 0.25, counted from the indicator's current value (2.37 -> 2.62 -> ... ->
 * 4.87 -> 5.00, the last step capped at 5.00). A step of 0.01 would make plans absurd: a list of
 * hundreds of "raise by 0.01" that no region can act on. An indicator really moves when one of its
 * sub-questions goes up a level, which adds 1/n to the mean for n sub-questions; the number of
 * sub-questions per indicator is not published, so 0.25 stands for "one sub-question of about four
 * up one level": concrete work, and a quarter of the whole-level step of SPBE. Counting from the
 * current value keeps each indicator's raises non-increasing in gain, which is what makes the
 * heaviest-first plan minimal (index-planner.ts).
 */
export const PEMDI_SCALE: IndicatorValueScale = { resolution: 1, planStep: 25 };

/** [aspect number, aspect name, indicators: [name, weight bp]] */
const layout: Array<[number, string, Array<[string, number]>]> = [
  [
    1,
    'Tata Kelola dan Manajemen',
    [
      ['Tingkat Kematangan Tata Kelola Pemdi', 500],
      ['Tingkat Kematangan Manajemen Layanan Digital Pemerintah', 500],
    ],
  ],
  [
    2,
    'Penyelenggara',
    [
      ['Tingkat Kematangan Sumber Daya Manusia Pemdi', 500],
      ['Tingkat Kematangan Kolaborasi Pemdi', 500],
    ],
  ],
  [
    3,
    'Data',
    [
      ['Tingkat Kematangan Tata Kelola Data', 500],
      ['Tingkat Kematangan Penyelenggaraan Informasi Geospasial', 300],
      ['Tingkat Kematangan Pembangunan Statistik', 300],
      ['Tingkat Kematangan Pelindungan Data Pribadi', 400],
    ],
  ],
  [
    4,
    'Keamanan Pemdi',
    [
      ['Tingkat Kematangan Pelaksanaan Audit Keamanan Pemdi dan Teknologi Pemdi', 400],
      ['Tingkat Kematangan Keamanan Pemdi', 400],
      ['Tingkat Kematangan Penerapan Kriptografi untuk Keamanan Data', 300],
      ['Tingkat Kematangan Kapabilitas Penanganan Insiden Siber', 400],
    ],
  ],
  [
    5,
    'Teknologi Pemdi',
    [
      ['Tingkat Kematangan Aplikasi Pemdi', 500],
      ['Tingkat Kematangan Infrastruktur Pemdi', 500],
    ],
  ],
  [
    6,
    'Keterpaduan Layanan Digital Pemerintah',
    [
      ['Keterpaduan Proses Bisnis Pemdi Lintas Unit dan Instansi', 400],
      ['Integrasi Aplikasi', 400],
      ['Portal Layanan Digital Pemerintah', 400],
      ['Interoperabilitas Data', 300],
    ],
  ],
  [
    7,
    'Kepuasan Pengguna Layanan Digital Pemerintah',
    [
      ['Fasilitas Dukungan Pengguna Layanan Digital Pemerintah', 1000],
      ['Tingkat Pengelolaan Kepuasan Pengguna Layanan Digital Pemerintah', 1500],
    ],
  ],
];

/** Indicators are numbered 1-20 across the aspects. */
const firstNumberOf = (aspectIndex: number) => layout.slice(0, aspectIndex).reduce((sum, [, , indicators]) => sum + indicators.length, 1);

export const PERMENPANRB_8_2026: AspectFramework = {
  code: 'PERMENPANRB-8-2026',
  name: 'Indeks Pemerintah Digital (PermenPANRB Nomor 8 Tahun 2026)',
  legalBasis: 'PermenPANRB 8/2026 tentang Evaluasi Kinerja Pemerintah Digital (BN 2026 No. 364)',
  validFrom: 2026,
  validTo: null,
  revoked: null,
  // One regional dashboard writes level 1 as "Rintisan".
  maturityLevels: [
    { level: 1, name: 'Merintis', nameEn: 'Initiate' },
    { level: 2, name: 'Membangun', nameEn: 'Emerging' },
    { level: 3, name: 'Berkembang', nameEn: 'Developing' },
    { level: 4, name: 'Melembaga', nameEn: 'Embedded' },
    { level: 5, name: 'Unggul', nameEn: 'Leading' },
  ],
  // Inclusive lower bounds ("Tabel 4" of one summary): Kurang 1.00 to <1.50 ... Memuaskan 4.00-5.00.
  predicates: [
    { name: 'Memuaskan', minIndex: 4.0 },
    { name: 'Sangat Baik', minIndex: 3.5 },
    { name: 'Baik', minIndex: 2.5 },
    { name: 'Cukup', minIndex: 1.5 },
    { name: 'Kurang', minIndex: 1.0 },
  ],
  scale: PEMDI_SCALE,
  aspects: layout.map(([aspectNumber, aspectName, indicators], aspectIndex) => ({
    code: `A${aspectNumber}`,
    number: aspectNumber,
    name: aspectName,
    indicators: indicators.map(([name, weightBp], offset) => {
      const number = firstNumberOf(aspectIndex) + offset;
      return { code: `I${String(number).padStart(2, '0')}`, number, name, weightBp };
    }),
  })),
};
