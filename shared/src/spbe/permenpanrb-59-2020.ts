import { type SpbeFramework, WHOLE_LEVELS } from './framework';

/**
 * The SPBE evaluation framework of PermenPANRB 59/2020 (47 indicators, guidance in
 * KepmenPANRB 962/2021): the project's own copy of the reference facts, seeded as versioned
 * reference data. Weights are in basis points (hundredths of a percent) so they add up to exactly
 * 10 000 with integer arithmetic. Indicator names follow the regulation's annex as far as it was
 * verified; the app keeps them editable. It applies to the evaluations of 2021 to 2025 (2019 and 2020
 * were scored on PermenPANRB 5/2018) and was revoked by PermenPANRB 8/2026 (promulgated 5 June 2026,
 * Pasal 12), whose Indeks Pemerintah Digital applies from 2026: see permenpanrb-8-2026.ts.
 */
const names: string[] = [
  'Kebijakan Internal Arsitektur SPBE',
  'Kebijakan Internal Peta Rencana SPBE',
  'Kebijakan Internal Manajemen Data',
  'Kebijakan Internal Pembangunan Aplikasi SPBE',
  'Kebijakan Internal Layanan Pusat Data',
  'Kebijakan Internal Layanan Jaringan Intra',
  'Kebijakan Internal Penggunaan Sistem Penghubung Layanan',
  'Kebijakan Internal Manajemen Keamanan Informasi',
  'Kebijakan Internal Audit TIK',
  'Kebijakan Internal Tim Koordinasi SPBE',
  'Arsitektur SPBE',
  'Peta Rencana SPBE',
  'Keterpaduan Rencana dan Anggaran SPBE',
  'Inovasi Proses Bisnis SPBE',
  'Pembangunan Aplikasi SPBE',
  'Layanan Pusat Data',
  'Layanan Jaringan Intra',
  'Penggunaan Sistem Penghubung Layanan',
  'Tim Koordinasi SPBE',
  'Kolaborasi Penerapan SPBE',
  'Penerapan Manajemen Risiko SPBE',
  'Penerapan Manajemen Keamanan Informasi',
  'Penerapan Manajemen Data',
  'Penerapan Manajemen Aset TIK',
  'Penerapan Kompetensi Sumber Daya Manusia',
  'Penerapan Manajemen Pengetahuan',
  'Penerapan Manajemen Perubahan',
  'Penerapan Manajemen Layanan SPBE',
  'Audit Infrastruktur SPBE',
  'Audit Aplikasi SPBE',
  'Audit Keamanan SPBE',
  'Layanan Perencanaan',
  'Layanan Penganggaran',
  'Layanan Keuangan',
  'Layanan Pengadaan Barang dan Jasa',
  'Layanan Kepegawaian',
  'Layanan Kearsipan Dinamis',
  'Layanan Pengelolaan Barang Milik Negara/Daerah',
  'Layanan Pengawasan Internal Pemerintah',
  'Layanan Akuntabilitas Kinerja Organisasi',
  'Layanan Kinerja Pegawai',
  'Layanan Pengaduan Pelayanan Publik',
  'Layanan Data Terbuka',
  'Layanan Jaringan Dokumentasi dan Informasi Hukum (JDIH)',
  'Layanan Publik Sektor 1',
  'Layanan Publik Sektor 2',
  'Layanan Publik Sektor 3',
];

/** [domain number, domain name, aspects: [aspect number, name, first indicator, last indicator, weight bp]] */
const layout: Array<[number, string, Array<[number, string, number, number, number]>]> = [
  [1, 'Kebijakan Internal', [[1, 'Kebijakan Internal Tata Kelola SPBE', 1, 10, 130]]],
  [
    2,
    'Tata Kelola',
    [
      [2, 'Perencanaan Strategis SPBE', 11, 14, 250],
      [3, 'Teknologi Informasi dan Komunikasi', 15, 18, 250],
      [4, 'Penyelenggara SPBE', 19, 20, 250],
    ],
  ],
  [
    3,
    'Manajemen',
    [
      [5, 'Penerapan Manajemen SPBE', 21, 28, 150],
      [6, 'Audit TIK', 29, 31, 150],
    ],
  ],
  [
    4,
    'Layanan',
    [
      [7, 'Layanan Administrasi Pemerintahan Berbasis Elektronik', 32, 41, 275],
      [8, 'Layanan Publik Berbasis Elektronik', 42, 47, 300],
    ],
  ],
];

/**
 * The Layanan domain is scored on technical-function capability, not process capability, so its
 * levels have their own names (as commonly given for PermenPANRB 59/2020: Informasi, Interaksi,
 * Transaksi, Kolaborasi, Optimum; not verified against the annex, editable in the app).
 */
const SERVICE_LEVELS = [
  { level: 1, name: 'Informasi', nameEn: 'Information' },
  { level: 2, name: 'Interaksi', nameEn: 'Interaction' },
  { level: 3, name: 'Transaksi', nameEn: 'Transaction' },
  { level: 4, name: 'Kolaborasi', nameEn: 'Collaboration' },
  { level: 5, name: 'Optimum', nameEn: 'Optimum' },
];

export const PERMENPANRB_59_2020: SpbeFramework = {
  code: 'PERMENPANRB-59-2020',
  name: 'Evaluasi SPBE (PermenPANRB Nomor 59 Tahun 2020)',
  legalBasis: 'PermenPANRB 59/2020; pedoman indikator KepmenPANRB 962/2021',
  validFrom: 2021,
  validTo: 2025,
  revoked: { on: '2026-06-05', by: 'PermenPANRB 8/2026' },
  // Whole maturity levels 1-5; the planner raises one level at a time.
  scale: WHOLE_LEVELS,
  maturityLevels: [
    { level: 1, name: 'Rintisan', nameEn: 'Initial' },
    { level: 2, name: 'Terkelola', nameEn: 'Managed' },
    { level: 3, name: 'Terdefinisi', nameEn: 'Defined' },
    { level: 4, name: 'Terpadu dan Terukur', nameEn: 'Integrated and measured' },
    { level: 5, name: 'Optimum', nameEn: 'Optimum' },
  ],
  // Bands are inclusive at the lower bound; "Cukup" and "Kurang" bounds are inferred (see data notes).
  predicates: [
    { name: 'Memuaskan', minIndex: 4.2 },
    { name: 'Sangat Baik', minIndex: 3.5 },
    { name: 'Baik', minIndex: 2.6 },
    { name: 'Cukup', minIndex: 1.8 },
    { name: 'Kurang', minIndex: 1.0 },
  ],
  domains: layout.map(([domainNumber, domainName, aspects]) => ({
    code: `D${domainNumber}`,
    number: domainNumber,
    name: domainName,
    ...(domainNumber === 4 ? { maturityLevels: SERVICE_LEVELS } : {}),
    aspects: aspects.map(([aspectNumber, aspectName, first, last, weightBp]) => ({
      code: `A${aspectNumber}`,
      number: aspectNumber,
      name: aspectName,
      indicators: Array.from({ length: last - first + 1 }, (_, offset) => {
        const number = first + offset;
        return { code: `I${String(number).padStart(2, '0')}`, number, name: names[number - 1], weightBp };
      }),
    })),
  })),
};
