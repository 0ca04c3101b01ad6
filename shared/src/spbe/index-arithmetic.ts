import {
  type FrameworkTree,
  frameworkAspects,
  frameworkDomains,
  frameworkIndicators,
  type IndicatorValueScale,
  MAX_VALUE_HUNDREDTHS,
  MIN_VALUE_HUNDREDTHS,
  type PredicateBandData,
  type ScoredTree,
  scaleOf,
  TOTAL_WEIGHT_BP,
  WHOLE_LEVELS,
} from './framework';

/**
 * Index arithmetic of both frameworks (SPBE, PermenPANRB 59/2020, and Indeks Pemerintah Digital,
 * PermenPANRB 8/2026): index = sum over indicators of value x weight, with weights adding up to
 * 100 %, so the index runs from 1.00 to 5.00. Used by the server for stored results and by the web
 * simulator, so both always agree.
 *
 * Everything is exact integer arithmetic: an indicator value is an integer number of hundredths
 * (3 = 300, 3.25 = 325), a weight an integer number of basis points, and the index before rounding
 * the integer sum of value_hundredths x weight_bp (in millionths: 3.5 = 3 500 000). It is rounded
 * once, half up, to the two decimals in which indices are published. Floating-point rounding
 * (Math.round(x * 100) / 100) gets halfway values wrong: 1.015 became 1.01 and 4.515 became 4.51.
 */
export type IndicatorLevels = Readonly<Record<string, number>>;

export class SpbeArithmeticError extends Error {}

/** The weighted sum divided by this is the index; by TOTAL_WEIGHT_BP, the index in hundredths. */
export const INDEX_SCALE = 100 * TOTAL_WEIGHT_BP;

/** numerator / denominator rounded half up (towards +infinity at .5), for integers with denominator > 0. */
export function divideRoundHalfUp(numerator: number, denominator: number): number {
  if (!Number.isSafeInteger(numerator) || !Number.isSafeInteger(denominator) || denominator <= 0) {
    throw new SpbeArithmeticError('Rounding needs safe integers and a positive denominator.');
  }
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * A decimal with at most two places as integer hundredths (3.5 -> 350). Refuses anything finer, so a
 * value is never silently rounded: 3.505 is not an indicator value.
 */
export function toHundredths(value: number): number {
  const scaled = Math.round(value * 100);
  if (!Number.isFinite(value) || Math.abs(value * 100 - scaled) > 1e-6) {
    throw new SpbeArithmeticError(`${value} has more than two decimals.`);
  }
  return scaled;
}

export const fromHundredths = (hundredths: number): number => hundredths / 100;

/**
 * Rounds a decimal number to two decimals, half up, as written in decimal (1.015 -> 1.02, which
 * Math.round(1.015 * 100) / 100 gets wrong). For numbers given as decimals (targets, entered values);
 * the index arithmetic itself never rounds a float.
 */
export function roundIndex(value: number): number {
  const scaled = value * 100;
  const floor = Math.floor(scaled);
  // A decimal literal such as 1.015 is stored as 1.01499999...: treat what is within 1e-7 of .5 as .5.
  return (scaled - floor >= 0.5 - 1e-7 ? floor + 1 : floor) / 100;
}

/** The published index (two decimals) of an exact weighted sum (value_hundredths x weight_bp). */
export const indexFromWeightedSum = (weightedSum: number): number => divideRoundHalfUp(weightedSum, TOTAL_WEIGHT_BP) / 100;

/** An indicator value of the scale, in hundredths: 1.00-5.00, in steps of the scale's resolution. */
export function valueHundredths(value: number, scale: IndicatorValueScale = WHOLE_LEVELS): number {
  const hundredths = Number.isFinite(value) ? Math.round(value * 100) : Number.NaN;
  const exact = Math.abs(value * 100 - hundredths) <= 1e-6;
  if (
    !exact ||
    hundredths < MIN_VALUE_HUNDREDTHS ||
    hundredths > MAX_VALUE_HUNDREDTHS ||
    (hundredths - MIN_VALUE_HUNDREDTHS) % scale.resolution !== 0
  ) {
    throw new SpbeArithmeticError(
      scale.resolution === 100
        ? 'A maturity level is a whole number from 1 to 5.'
        : `An indicator value runs from 1.00 to 5.00 in steps of ${scale.resolution / 100}.`,
    );
  }
  return hundredths;
}

/** A whole maturity level 1-5 (SPBE). */
export function assertValidLevel(level: number): void {
  valueHundredths(level, WHOLE_LEVELS);
}

export function assertValidValue(value: number, scale: IndicatorValueScale): void {
  valueHundredths(value, scale);
}

export function assertWeightsComplete(framework: FrameworkTree): void {
  const total = frameworkIndicators(framework).reduce((sum, indicator) => sum + indicator.weightBp, 0);
  if (total !== TOTAL_WEIGHT_BP) {
    throw new SpbeArithmeticError(`Indicator weights add up to ${total / 100} %, not 100 %.`);
  }
  for (const indicator of frameworkIndicators(framework)) {
    if (!Number.isInteger(indicator.weightBp) || indicator.weightBp <= 0) {
      throw new SpbeArithmeticError(`Indicator ${indicator.code} has no positive whole weight in basis points.`);
    }
  }
}

/** The exact weighted sum (value_hundredths x weight_bp) over the whole framework; every indicator needs a value. */
export function weightedSum(framework: ScoredTree, levels: IndicatorLevels): number {
  const scale = scaleOf(framework);
  let weighted = 0;
  let weights = 0;
  for (const indicator of frameworkIndicators(framework)) {
    const level = levels[indicator.code];
    if (level === undefined) throw new SpbeArithmeticError(`Indicator ${indicator.code} has no level.`);
    weighted += valueHundredths(level, scale) * indicator.weightBp;
    weights += indicator.weightBp;
  }
  if (weights !== TOTAL_WEIGHT_BP) throw new SpbeArithmeticError(`Indicator weights add up to ${weights / 100} %, not 100 %.`);
  return weighted;
}

/** The index over the whole framework, rounded half up to two decimals; every indicator needs a value. */
export function computeIndex(framework: ScoredTree, levels: IndicatorLevels): number {
  return indexFromWeightedSum(weightedSum(framework, levels));
}

export interface GroupScore {
  code: string;
  name: string;
  /** Weighted mean value of the group's indicators (1.00-5.00), rounded half up to two decimals. */
  score: number;
  /** The group's share of the index in basis points. */
  weightBp: number;
}

/**
 * Scores per domain and per aspect: the weighted mean value within each group (no domains for a
 * framework without them).
 */
export function computeGroupScores(framework: ScoredTree, levels: IndicatorLevels): { domains: GroupScore[]; aspects: GroupScore[] } {
  const scale = scaleOf(framework);
  const sums = new Map<string, { weighted: number; weight: number }>();
  const aspects: GroupScore[] = frameworkAspects(framework).map((aspect) => {
    let weighted = 0;
    let weight = 0;
    for (const indicator of aspect.indicators) {
      const level = levels[indicator.code];
      if (level === undefined) throw new SpbeArithmeticError(`Indicator ${indicator.code} has no level.`);
      weighted += valueHundredths(level, scale) * indicator.weightBp;
      weight += indicator.weightBp;
    }
    sums.set(aspect.code, { weighted, weight });
    return { code: aspect.code, name: aspect.name, score: divideRoundHalfUp(weighted, weight) / 100, weightBp: weight };
  });
  const domains = frameworkDomains(framework).map((domain) => {
    let weighted = 0;
    let weight = 0;
    for (const aspect of domain.aspects) {
      const sum = sums.get(aspect.code);
      if (sum) {
        weighted += sum.weighted;
        weight += sum.weight;
      }
    }
    return { code: domain.code, name: domain.name, score: divideRoundHalfUp(weighted, weight) / 100, weightBp: weight };
  });
  return { domains, aspects };
}

/**
 * The predicate of an index from the framework's own bands (the same number is a different predicate
 * in SPBE and Pemdi). The index is taken to two decimals (rounded half up) and compared in hundredths.
 */
export function predicateFor(bands: readonly PredicateBandData[], index: number): string {
  const hundredths = Math.round(roundIndex(index) * 100);
  const sorted = [...bands].sort((a, b) => b.minIndex - a.minIndex);
  const band = sorted.find((candidate) => hundredths >= Math.round(candidate.minIndex * 100)) ?? sorted[sorted.length - 1];
  if (!band) throw new SpbeArithmeticError('The framework has no predicate bands.');
  return band.name;
}

/** Index points gained by raising one indicator by one whole level: its weight as a fraction of the index. */
export const gainPerLevel = (weightBp: number): number => weightBp / TOTAL_WEIGHT_BP;
