/**
 * Shape of the catalogue content that ships with Living Lab (written for the project from public
 * facts about Kabupaten Sumedang). Bodies are Markdown. Seeded as PUBLISHED items by the demo
 * mentor, once.
 */
export interface SeedSource {
  /** e.g. "Siaran pers Kementerian PANRB" */
  title: string;
  /** Kind of source: "siaran pers", "berita daring", "dokumen resmi", "regulasi", "laporan" ... */
  kind: string;
  year: number;
  url?: string;
}

export interface SeedLesson {
  title: string;
  /** Markdown */
  body: string;
}

export interface SeedModule {
  type: 'MODULE';
  slug: string;
  title: string;
  summary: string;
  level: 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  estimatedMinutes: number;
  /** SPBE indicator codes of PermenPANRB 59/2020, 'I01'..'I47' */
  indicatorCodes: string[];
  /** Indeks Pemerintah Digital indicator codes of PermenPANRB 8/2026, 'I01'..'I20' */
  pemdiIndicatorCodes?: string[];
  lessons: SeedLesson[];
}

export interface SeedCaseStudy {
  type: 'CASE_STUDY';
  slug: string;
  title: string;
  summary: string;
  level: 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  estimatedMinutes: number;
  indicatorCodes: string[];
  /** Markdown sections */
  context: string;
  problem: string;
  whatWasDone: string;
  /** Results with figures; each figure cites year and kind of source; illustrative numbers are marked "(ilustrasi)". */
  results: string;
  /** Including what went wrong. */
  lessonsLearned: string;
  sources: SeedSource[];
}

export interface SeedPlaybookStep {
  title: string;
  /** Markdown */
  description: string;
  /** e.g. "Sekretaris Daerah", "Kepala Diskominfo", "Tim Koordinasi SPBE" */
  responsibleRole: string;
  /** Estimated duration in days */
  estimatedDays: number;
  /** The evidence that shows the step is done, e.g. "SK Bupati tentang Tim Koordinasi SPBE" */
  evidence: string;
}

export interface SeedPlaybook {
  type: 'PLAYBOOK';
  slug: string;
  title: string;
  summary: string;
  level: 'BEGINNER' | 'INTERMEDIATE' | 'ADVANCED';
  estimatedMinutes: number;
  indicatorCodes: string[];
  /** The Sumedang service to replicate */
  serviceName: string;
  /** Markdown */
  prerequisites: string;
  steps: SeedPlaybookStep[];
  /** slug of the linked case study */
  caseStudySlug?: string;
}

export type SeedContent = SeedModule | SeedCaseStudy | SeedPlaybook;
