/**
 * Shape of an evaluation framework of digital government as versioned data. A framework has aspects
 * of indicators; the SPBE index (PermenPANRB 59/2020) groups its aspects in domains, the Indeks
 * Pemerintah Digital (PermenPANRB 8/2026) has no domains. So a framework is either domain-grouped or
 * aspect-only, and code that needs domains has to say which one it handles.
 */
export interface SpbeIndicatorData {
  code: string;
  number: number;
  name: string;
  /** Weight in basis points (1 bp = 0.01 %); a framework's weights add up to 10 000. */
  weightBp: number;
}

export interface SpbeAspectData {
  code: string;
  number: number;
  name: string;
  indicators: SpbeIndicatorData[];
}

export interface SpbeDomainData {
  code: string;
  number: number;
  name: string;
  /** The domain's own level names where they differ from the framework's (SPBE Layanan). */
  maturityLevels?: MaturityLevelData[];
  aspects: SpbeAspectData[];
}

export interface MaturityLevelData {
  level: number;
  name: string;
  /** English name where the source gives one. */
  nameEn?: string;
}

/** A predicate applies from minIndex (inclusive) up to the next band's minIndex. */
export interface PredicateBandData {
  name: string;
  minIndex: number;
}

/**
 * What an indicator's value can be, in hundredths (1.00 = 100). Values always run from 1.00 to 5.00.
 * - `resolution`: the smallest difference between two values: 100 for whole levels (SPBE), 1 for
 *   two decimals (Pemdi, where an indicator's value is the mean of its sub-questions).
 * - `planStep`: the size of one raise the planner proposes (see index-planner.ts).
 */
export interface IndicatorValueScale {
  resolution: number;
  planStep: number;
}

/** The revocation of a framework by its successor. */
export interface RevocationData {
  /** ISO date the revoking regulation was promulgated. */
  on: string;
  by: string;
}

interface FrameworkBase {
  code: string;
  name: string;
  legalBasis: string;
  /** First evaluation year the framework applies to. */
  validFrom: number;
  /** Last evaluation year it applies to; null while it is in force. */
  validTo: number | null;
  revoked: RevocationData | null;
  maturityLevels: MaturityLevelData[];
  predicates: PredicateBandData[];
  scale: IndicatorValueScale;
}

/** A framework whose aspects are grouped in domains (SPBE). */
export interface DomainFramework extends FrameworkBase {
  domains: SpbeDomainData[];
  aspects?: undefined;
}

/** A framework of aspects without domains (Indeks Pemerintah Digital). */
export interface AspectFramework extends FrameworkBase {
  aspects: SpbeAspectData[];
  domains?: undefined;
}

export type EvaluationFramework = DomainFramework | AspectFramework;

/** The SPBE 59/2020 shape (domains, aspects, indicators); kept under its old name for its callers. */
export type SpbeFramework = DomainFramework;

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export const TOTAL_WEIGHT_BP = 10_000;
/** Indicator values in hundredths: 1.00 and 5.00. */
export const MIN_VALUE_HUNDREDTHS = 100;
export const MAX_VALUE_HUNDREDTHS = 500;

/** Whole levels 1-5, one level per planned raise: SPBE, and any framework that does not say otherwise. */
export const WHOLE_LEVELS: IndicatorValueScale = { resolution: 100, planStep: 100 };

/**
 * The minimal tree the arithmetic needs, so that the catalogue's database entities and the web's
 * GraphQL data (which carry more fields, and no scale yet) can be passed as they are.
 */
export interface IndicatorRef {
  code: string;
  number: number;
  weightBp: number;
}
export interface AspectTree<I extends IndicatorRef = IndicatorRef> {
  code: string;
  name: string;
  indicators: readonly I[];
}
export interface DomainTree<I extends IndicatorRef = IndicatorRef> {
  code: string;
  name: string;
  aspects: readonly AspectTree<I>[];
}
export type FrameworkTree<I extends IndicatorRef = IndicatorRef> =
  | { readonly domains: readonly DomainTree<I>[] }
  | { readonly aspects: readonly AspectTree<I>[]; readonly domains?: undefined };
/** A tree with, optionally, its value scale (whole levels when absent). */
export type ScoredTree<I extends IndicatorRef = IndicatorRef> = FrameworkTree<I> & { readonly scale?: IndicatorValueScale };

/** The domains of a framework; none for an aspect-only framework. */
export function frameworkDomains<I extends IndicatorRef>(framework: FrameworkTree<I>): readonly DomainTree<I>[] {
  return framework.domains ?? [];
}

/** Every aspect, in order, whether or not the framework groups them in domains. */
export function frameworkAspects<I extends IndicatorRef>(framework: FrameworkTree<I>): AspectTree<I>[] {
  // The database catalogue gives an aspect-only framework `domains: []` beside its `aspects`.
  if (framework.domains && framework.domains.length > 0) return framework.domains.flatMap((domain) => [...domain.aspects]);
  return [...((framework as { aspects?: readonly AspectTree<I>[] }).aspects ?? [])];
}

export function frameworkIndicators<I extends IndicatorRef>(framework: FrameworkTree<I>): I[] {
  return frameworkAspects(framework).flatMap((aspect) => [...aspect.indicators]);
}

export const scaleOf = (framework: { readonly scale?: IndicatorValueScale }): IndicatorValueScale => framework.scale ?? WHOLE_LEVELS;
