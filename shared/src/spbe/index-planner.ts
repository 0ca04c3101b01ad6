import { frameworkIndicators, MAX_VALUE_HUNDREDTHS, type ScoredTree, scaleOf, TOTAL_WEIGHT_BP } from './framework';
import { computeIndex, divideRoundHalfUp, INDEX_SCALE, type IndicatorLevels, valueHundredths, weightedSum } from './index-arithmetic';

/** One proposed raise of one indicator by one step of its framework (a whole level in SPBE, 0.25 in Pemdi). */
export interface PlannedRaise {
  indicatorCode: string;
  /** The indicator's value before and after the raise (whole levels in SPBE, two decimals in Pemdi). */
  fromLevel: number;
  toLevel: number;
  weightBp: number;
  /** Index points this raise adds: (toLevel - fromLevel) x weight / 100 %. */
  gain: number;
}

export interface IndexPlan {
  currentIndex: number;
  target: number;
  /** Index after all raises, rounded as published. */
  plannedIndex: number;
  reachable: boolean;
  raises: PlannedRaise[];
}

/**
 * "Plan for me": the fewest raises that bring the index to the target.
 *
 * A raise moves one indicator up by its framework's plan step (`scale.planStep`: one whole level in
 * SPBE, 0.25 in Pemdi), counted from its current value and capped at 5.00. It adds step x weight to
 * the exact weighted sum, so an indicator's successive raises add the same, except a capped last one,
 * which adds less: each indicator's gains never increase. Taking, again and again, the next raise with
 * the largest gain therefore takes the k largest gains of all possible raises, and no k raises add
 * more: the first k that reach the target are the fewest. (index-planner.test.ts checks this against
 * a brute force over every combination of small frameworks.) Among raises of equal gain, the indicator
 * at the lowest value comes first (moving from level 1 to 2 is usually the cheapest work), then the
 * indicator number, so the plan is deterministic.
 */
export function planToTarget(framework: ScoredTree, levels: IndicatorLevels, target: number): IndexPlan {
  const scale = scaleOf(framework);
  const currentIndex = computeIndex(framework, levels);
  const indicators = frameworkIndicators(framework);
  const working = new Map(indicators.map((indicator) => [indicator.code, valueHundredths(levels[indicator.code], scale)]));
  const raises: PlannedRaise[] = [];
  let weighted = weightedSum(framework, levels);
  const reached = () => divideRoundHalfUp(weighted, TOTAL_WEIGHT_BP) / 100 >= target;

  while (!reached()) {
    let best: { code: string; number: number; weightBp: number; from: number; to: number; gain: number } | undefined;
    for (const indicator of indicators) {
      const from = working.get(indicator.code) ?? MAX_VALUE_HUNDREDTHS;
      if (from >= MAX_VALUE_HUNDREDTHS) continue;
      const to = Math.min(from + scale.planStep, MAX_VALUE_HUNDREDTHS);
      const gain = (to - from) * indicator.weightBp;
      if (
        !best ||
        gain > best.gain ||
        (gain === best.gain && (from < best.from || (from === best.from && indicator.number < best.number)))
      ) {
        best = { code: indicator.code, number: indicator.number, weightBp: indicator.weightBp, from, to, gain };
      }
    }
    if (!best) break;
    working.set(best.code, best.to);
    weighted += best.gain;
    raises.push({
      indicatorCode: best.code,
      fromLevel: best.from / 100,
      toLevel: best.to / 100,
      weightBp: best.weightBp,
      gain: best.gain / INDEX_SCALE,
    });
  }
  const planned = Object.fromEntries([...working].map(([code, hundredths]) => [code, hundredths / 100]));
  return { currentIndex, target, plannedIndex: computeIndex(framework, { ...levels, ...planned }), reachable: reached(), raises };
}
