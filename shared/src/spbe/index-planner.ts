import { frameworkIndicators, MAX_LEVEL, type SpbeFramework, TOTAL_WEIGHT_BP } from './framework';
import { computeIndex, type IndicatorLevels } from './index-arithmetic';

/** One proposed raise of one indicator by one level. */
export interface PlannedRaise {
  indicatorCode: string;
  fromLevel: number;
  toLevel: number;
  weightBp: number;
  /** Index points this raise adds: weight / 100 %. */
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
 * "Plan for me": the fewest one-level raises that bring the index to the target.
 *
 * Every raise of an indicator adds exactly its weight (1.3 %-3 % of a level), whatever the level, so
 * taking the raises with the largest gain first gives the smallest number of raises: any k raises add
 * at most what the k largest add. Among raises of equal weight, the indicator at the lowest level
 * comes first (moving from level 1 to 2 is usually the cheapest work), then the indicator number, so
 * the plan is deterministic. An indicator may be raised several times, up to level 5.
 */
export function planToTarget(framework: Pick<SpbeFramework, 'domains'>, levels: IndicatorLevels, target: number): IndexPlan {
  const currentIndex = computeIndex(framework, levels);
  const working: Record<string, number> = { ...levels };
  const indicators = frameworkIndicators(framework);
  const raises: PlannedRaise[] = [];
  let weighted = indicators.reduce((sum, indicator) => sum + working[indicator.code] * indicator.weightBp, 0);
  const reached = () => Math.round((weighted / TOTAL_WEIGHT_BP) * 100) / 100 >= target;

  while (!reached()) {
    const next = indicators
      .filter((indicator) => working[indicator.code] < MAX_LEVEL)
      .sort((a, b) => b.weightBp - a.weightBp || working[a.code] - working[b.code] || a.number - b.number)[0];
    if (!next) break;
    const fromLevel = working[next.code];
    working[next.code] = fromLevel + 1;
    weighted += next.weightBp;
    raises.push({
      indicatorCode: next.code,
      fromLevel,
      toLevel: fromLevel + 1,
      weightBp: next.weightBp,
      gain: next.weightBp / TOTAL_WEIGHT_BP,
    });
  }
  return { currentIndex, target, plannedIndex: computeIndex(framework, working), reachable: reached(), raises };
}
