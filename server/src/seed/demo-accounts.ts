import type { Role } from '@living-lab/shared';

/**
 * Demo accounts, seeded outside production (SEED_DEMO_DATA). The password is public (README): these
 * accounts exist to try the platform, never on a real deployment.
 */
export const DEMO_PASSWORD = 'demo-livinglab-2026';

export interface DemoAccount {
  email: string;
  fullName: string;
  regionCode: string;
  agency: string;
  roles: Role[];
  coordinates?: string[];
}

export const DEMO_ACCOUNTS: DemoAccount[] = [
  {
    email: 'admin@livinglab.demo',
    fullName: 'Admin Living Lab',
    regionCode: '32',
    agency: 'Dinas Komunikasi dan Informatika Provinsi Jawa Barat',
    roles: ['ADMIN'],
  },
  {
    email: 'mentor@livinglab.demo',
    fullName: 'Rina Mentor Sumedang',
    regionCode: '32.11',
    agency: 'Dinas Komunikasi, Informatika, Persandian dan Statistik Kabupaten Sumedang',
    roles: ['MENTOR'],
  },
  {
    email: 'mentor2@livinglab.demo',
    fullName: 'Dadang Mentor Sumedang',
    regionCode: '32.11',
    agency: 'Bagian Organisasi Sekretariat Daerah Kabupaten Sumedang',
    roles: ['MENTOR'],
  },
  {
    email: 'koordinator@livinglab.demo',
    fullName: 'Asep Koordinator Jabar',
    regionCode: '32',
    agency: 'Biro Organisasi Sekretariat Daerah Provinsi Jawa Barat',
    roles: ['COORDINATOR'],
    coordinates: ['32.04', '32.08', '32.18'],
  },
  {
    email: 'koordinator.kota@livinglab.demo',
    fullName: 'Lina Koordinator Kota',
    regionCode: '32.73',
    agency: 'Dinas Komunikasi dan Informatika Kota Bandung',
    roles: ['COORDINATOR'],
    coordinates: ['32.73', '32.77'],
  },
  {
    email: 'asn.sumedang@livinglab.demo',
    fullName: 'Siti ASN Sumedang',
    regionCode: '32.11',
    agency: 'Dinas Kependudukan dan Pencatatan Sipil Kabupaten Sumedang',
    roles: ['LEARNER'],
  },
  {
    email: 'asn.bandung@livinglab.demo',
    fullName: 'Budi ASN Kabupaten Bandung',
    regionCode: '32.04',
    agency: 'Dinas Komunikasi dan Informatika Kabupaten Bandung',
    roles: ['LEARNER'],
  },
  {
    email: 'asn.kuningan@livinglab.demo',
    fullName: 'Euis ASN Kuningan',
    regionCode: '32.08',
    agency: 'Badan Perencanaan Pembangunan Daerah Kabupaten Kuningan',
    roles: ['LEARNER'],
  },
  {
    email: 'asn.pangandaran@livinglab.demo',
    fullName: 'Yusuf ASN Pangandaran',
    regionCode: '32.18',
    agency: 'Sekretariat Daerah Kabupaten Pangandaran',
    roles: ['LEARNER'],
  },
];

/**
 * Demo SPBE index values for a few West Java regions whose real per-region values were not found.
 * Stored with demo = true and shown as "data demo", never as official values.
 */
export const DEMO_PUBLISHED_SCORES: Array<{ regionCode: string; year: number; index: number }> = [
  { regionCode: '32.04', year: 2024, index: 3.05 },
  { regionCode: '32.08', year: 2024, index: 2.74 },
  { regionCode: '32.18', year: 2024, index: 2.88 },
  { regionCode: '32.73', year: 2024, index: 3.62 },
  { regionCode: '32.77', year: 2024, index: 3.21 },
];
