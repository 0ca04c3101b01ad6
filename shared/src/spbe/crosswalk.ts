import { FrameworkCode } from './frameworks';

/**
 * Living Lab's own editorial crosswalk from the 47 SPBE indicators (PermenPANRB 59/2020) to the 20
 * indicators of the Indeks Pemerintah Digital (PermenPANRB 8/2026). No official crosswalk exists:
 * this is the project's judgement of which Pemdi indicator an SPBE indicator's topic feeds, made so
 * that content written for SPBE is found by Pemdi indicator. It must be labelled as such wherever it
 * is shown (`editorial: true`), and it never turns a value of one framework into a value of the other.
 *
 * Reading of the topics (reference: pemdi-2026.md, "What this means for regions' learning"):
 * policies, architecture, plans and the coordination team feed Pemdi governance (I01); the management
 * indicators (SPBE 21-28) feed governance and the management of digital services (I01-I02),
 * competence and knowledge management the ASN indicator (I03); data management feeds the Satu Data,
 * geospatial, statistics and personal-data indicators (I05-I08); information security and the audits
 * feed audit and security (I09-I12); applications, data centre, network and the service bus feed
 * applications, infrastructure and integration (I13-I18); administrative services feed business
 * process integration and application integration (I15-I16); public services, complaints and JDIH
 * feed the portal, user support and satisfaction (I17, I19-I20).
 */
export interface IndicatorCrosswalk {
  from: FrameworkCode;
  to: FrameworkCode;
  /** Always true: an editorial mapping of Living Lab, not an official one. */
  editorial: true;
  /** Indicator code of `from` -> indicator codes of `to` (at least one each). */
  mapping: Readonly<Record<string, readonly string[]>>;
}

export const SPBE_TO_PEMDI_CROSSWALK: IndicatorCrosswalk = {
  from: FrameworkCode.PERMENPANRB_59_2020,
  to: FrameworkCode.PERMENPANRB_8_2026,
  editorial: true,
  mapping: {
    // Domain 1, Kebijakan Internal: each policy feeds the Pemdi indicator of its subject.
    I01: ['I01'], // Kebijakan Arsitektur SPBE -> Tata Kelola Pemdi
    I02: ['I01'], // Kebijakan Peta Rencana SPBE
    I03: ['I05'], // Kebijakan Manajemen Data -> Tata Kelola Data
    I04: ['I13'], // Kebijakan Pembangunan Aplikasi -> Aplikasi Pemdi
    I05: ['I14'], // Kebijakan Layanan Pusat Data -> Infrastruktur Pemdi
    I06: ['I14'], // Kebijakan Layanan Jaringan Intra
    I07: ['I16', 'I18'], // Kebijakan Sistem Penghubung Layanan -> Integrasi Aplikasi, Interoperabilitas Data
    I08: ['I10'], // Kebijakan Manajemen Keamanan Informasi -> Keamanan Pemdi
    I09: ['I09'], // Kebijakan Audit TIK -> Audit Keamanan dan Teknologi
    I10: ['I01', 'I04'], // Kebijakan Tim Koordinasi -> Tata Kelola, Kolaborasi
    // Domain 2, Tata Kelola.
    I11: ['I01', 'I15'], // Arsitektur SPBE -> Tata Kelola, Keterpaduan Proses Bisnis
    I12: ['I01'], // Peta Rencana SPBE
    I13: ['I01'], // Keterpaduan Rencana dan Anggaran
    I14: ['I15'], // Inovasi Proses Bisnis -> Keterpaduan Proses Bisnis
    I15: ['I13'], // Pembangunan Aplikasi -> Aplikasi Pemdi
    I16: ['I14'], // Layanan Pusat Data -> Infrastruktur Pemdi
    I17: ['I14'], // Layanan Jaringan Intra
    I18: ['I16', 'I18'], // Sistem Penghubung Layanan -> Integrasi Aplikasi, Interoperabilitas Data
    I19: ['I01', 'I04'], // Tim Koordinasi SPBE -> Tata Kelola, Kolaborasi
    I20: ['I04'], // Kolaborasi Penerapan SPBE -> Kolaborasi Pemdi
    // Domain 3, Manajemen.
    I21: ['I01'], // Manajemen Risiko -> Tata Kelola Pemdi
    I22: ['I10', 'I11', 'I12'], // Manajemen Keamanan Informasi -> Keamanan, Kriptografi, Insiden Siber
    I23: ['I05', 'I06', 'I07', 'I08'], // Manajemen Data -> Tata Kelola Data, Geospasial, Statistik, PDP
    I24: ['I02', 'I14'], // Manajemen Aset TIK -> Manajemen Layanan Digital, Infrastruktur
    I25: ['I03'], // Kompetensi SDM -> SDM Pemdi
    I26: ['I03'], // Manajemen Pengetahuan -> SDM Pemdi
    I27: ['I02'], // Manajemen Perubahan -> Manajemen Layanan Digital
    I28: ['I02', 'I19'], // Manajemen Layanan SPBE -> Manajemen Layanan Digital, Dukungan Pengguna
    I29: ['I09'], // Audit Infrastruktur -> Audit Keamanan dan Teknologi
    I30: ['I09'], // Audit Aplikasi
    I31: ['I09', 'I10'], // Audit Keamanan -> Audit, Keamanan Pemdi
    // Domain 4, Layanan: administrative services feed integrated business processes and applications.
    I32: ['I15', 'I16'], // Perencanaan
    I33: ['I15', 'I16'], // Penganggaran
    I34: ['I15', 'I16'], // Keuangan
    I35: ['I15', 'I16'], // Pengadaan Barang dan Jasa
    I36: ['I15', 'I16'], // Kepegawaian
    I37: ['I15', 'I16'], // Kearsipan Dinamis
    I38: ['I15', 'I16'], // Pengelolaan BMN/D
    I39: ['I15', 'I16'], // Pengawasan Internal
    I40: ['I15', 'I16'], // Akuntabilitas Kinerja Organisasi
    I41: ['I15', 'I16'], // Kinerja Pegawai
    I42: ['I19', 'I20'], // Pengaduan Pelayanan Publik -> Dukungan Pengguna, Kepuasan Pengguna
    I43: ['I05', 'I18'], // Data Terbuka -> Tata Kelola Data, Interoperabilitas Data
    I44: ['I17'], // JDIH -> Portal Layanan Digital
    I45: ['I17', 'I20'], // Layanan Publik Sektor 1 -> Portal, Kepuasan Pengguna
    I46: ['I17', 'I20'], // Layanan Publik Sektor 2
    I47: ['I17', 'I20'], // Layanan Publik Sektor 3
  },
};

/** The crosswalks that ship (one today). */
export const INDICATOR_CROSSWALKS: readonly IndicatorCrosswalk[] = [SPBE_TO_PEMDI_CROSSWALK];

export interface CrosswalkedIndicator {
  frameworkCode: FrameworkCode;
  code: string;
}

/**
 * The indicators of other frameworks an indicator corresponds to through the editorial crosswalks,
 * in both directions: an SPBE code gives its Pemdi codes, a Pemdi code gives every SPBE code mapped
 * onto it. Empty for an unknown framework or code.
 */
export function crosswalkedIndicators(frameworkCode: string, code: string): CrosswalkedIndicator[] {
  const result: CrosswalkedIndicator[] = [];
  for (const crosswalk of INDICATOR_CROSSWALKS) {
    if (crosswalk.from === frameworkCode) {
      for (const target of crosswalk.mapping[code] ?? []) result.push({ frameworkCode: crosswalk.to, code: target });
    } else if (crosswalk.to === frameworkCode) {
      for (const [source, targets] of Object.entries(crosswalk.mapping)) {
        if (targets.includes(code)) result.push({ frameworkCode: crosswalk.from, code: source });
      }
    }
  }
  return result;
}
