/** Shape of an SPBE evaluation framework as versioned data: domains -> aspects -> indicators. */
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
  aspects: SpbeAspectData[];
}

export interface MaturityLevelData {
  level: number;
  name: string;
}

/** A predicate applies from minIndex (inclusive) up to the next band's minIndex. */
export interface PredicateBandData {
  name: string;
  minIndex: number;
}

export interface SpbeFramework {
  code: string;
  name: string;
  legalBasis: string;
  validFrom: number;
  maturityLevels: MaturityLevelData[];
  predicates: PredicateBandData[];
  domains: SpbeDomainData[];
}

export const MIN_LEVEL = 1;
export const MAX_LEVEL = 5;
export const TOTAL_WEIGHT_BP = 10_000;

export function frameworkIndicators(framework: Pick<SpbeFramework, 'domains'>): SpbeIndicatorData[] {
  return framework.domains.flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators));
}
