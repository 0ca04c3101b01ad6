import { frameworkIndicators, MAX_LEVEL, MIN_LEVEL, type PredicateBandData, type SpbeFramework, TOTAL_WEIGHT_BP } from './framework';

/**
 * SPBE index arithmetic (PermenPANRB 59/2020): index = sum over indicators of level x weight, with
 * weights adding up to 100 %, so the index runs from 1.0 (all level 1) to 5.0 (all level 5).
 * Used by the server for stored results and by the web simulator, so both always agree.
 */
export type IndicatorLevels = Readonly<Record<string, number>>;

export class SpbeArithmeticError extends Error {}

/** Rounds to the two decimals in which indices are published. */
export const roundIndex = (value: number): number => Math.round(value * 100) / 100;

export function assertValidLevel(level: number): void {
  if (!Number.isInteger(level) || level < MIN_LEVEL || level > MAX_LEVEL) {
    throw new SpbeArithmeticError(`A maturity level is a whole number from ${MIN_LEVEL} to ${MAX_LEVEL}.`);
  }
}

export function assertWeightsComplete(framework: Pick<SpbeFramework, 'domains'>): void {
  const total = frameworkIndicators(framework).reduce((sum, indicator) => sum + indicator.weightBp, 0);
  if (total !== TOTAL_WEIGHT_BP) {
    throw new SpbeArithmeticError(`Indicator weights add up to ${total / 100} %, not 100 %.`);
  }
}

/** The index over the whole framework; every indicator needs a level. */
export function computeIndex(framework: Pick<SpbeFramework, 'domains'>, levels: IndicatorLevels): number {
  let weighted = 0;
  let weights = 0;
  for (const indicator of frameworkIndicators(framework)) {
    const level = levels[indicator.code];
    if (level === undefined) throw new SpbeArithmeticError(`Indicator ${indicator.code} has no level.`);
    assertValidLevel(level);
    weighted += level * indicator.weightBp;
    weights += indicator.weightBp;
  }
  if (weights !== TOTAL_WEIGHT_BP) throw new SpbeArithmeticError(`Indicator weights add up to ${weights / 100} %, not 100 %.`);
  return roundIndex(weighted / TOTAL_WEIGHT_BP);
}

export interface GroupScore {
  code: string;
  name: string;
  /** Weighted mean level of the group's indicators (1.0-5.0). */
  score: number;
  /** The group's share of the index in basis points. */
  weightBp: number;
}

/** Scores per domain and per aspect: the weighted mean level within each group. */
export function computeGroupScores(
  framework: Pick<SpbeFramework, 'domains'>,
  levels: IndicatorLevels,
): { domains: GroupScore[]; aspects: GroupScore[] } {
  const aspects: GroupScore[] = [];
  const domains = framework.domains.map((domain) => {
    let domainWeighted = 0;
    let domainWeight = 0;
    for (const aspect of domain.aspects) {
      let weighted = 0;
      let weight = 0;
      for (const indicator of aspect.indicators) {
        const level = levels[indicator.code];
        if (level === undefined) throw new SpbeArithmeticError(`Indicator ${indicator.code} has no level.`);
        assertValidLevel(level);
        weighted += level * indicator.weightBp;
        weight += indicator.weightBp;
      }
      aspects.push({ code: aspect.code, name: aspect.name, score: roundIndex(weighted / weight), weightBp: weight });
      domainWeighted += weighted;
      domainWeight += weight;
    }
    return { code: domain.code, name: domain.name, score: roundIndex(domainWeighted / domainWeight), weightBp: domainWeight };
  });
  return { domains, aspects };
}

/** The predicate of an index; bands are matched on the index rounded to two decimals. */
export function predicateFor(bands: readonly PredicateBandData[], index: number): string {
  const rounded = roundIndex(index);
  const sorted = [...bands].sort((a, b) => b.minIndex - a.minIndex);
  const band = sorted.find((candidate) => rounded >= candidate.minIndex) ?? sorted[sorted.length - 1];
  if (!band) throw new SpbeArithmeticError('The framework has no predicate bands.');
  return band.name;
}

/** Index points gained by raising one indicator by one level: its weight as a fraction of the index. */
export const gainPerLevel = (weightBp: number): number => weightBp / TOTAL_WEIGHT_BP;
