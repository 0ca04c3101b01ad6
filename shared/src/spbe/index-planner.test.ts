import { frameworkIndicators } from './framework';
import { computeIndex } from './index-arithmetic';
import { planToTarget } from './index-planner';
import { PERMENPANRB_59_2020 as framework } from './permenpanrb-59-2020';

const allAt = (level: number) => Object.fromEntries(frameworkIndicators(framework).map((i) => [i.code, level]));

describe('planToTarget', () => {
  it('checked by hand: all at 3 (index 3.00) to 3.5 needs 17 raises of the 3 % Layanan Publik indicators first', () => {
    // Gain needed: 0.50. Indicators 42-47 weigh 3 % (0.03 a level): 6 indicators x 2 levels = 12 raises = 0.36.
    // Then the 2.75 % ones (32-41): 5 raises add 0.1375, so 3.4975, which rounds to the published 3.50.
    const plan = planToTarget(framework, allAt(3), 3.5);
    expect(plan.currentIndex).toBe(3);
    expect(plan.raises).toHaveLength(17);
    expect(plan.raises.slice(0, 12).every((raise) => raise.weightBp === 300)).toBe(true);
    expect(plan.raises.slice(12).every((raise) => raise.weightBp === 275)).toBe(true);
    // Lowest level first among equal weights: every 3 % indicator goes 3 -> 4 before any goes 4 -> 5.
    expect(plan.raises.slice(0, 6).map((r) => [r.indicatorCode, r.fromLevel])).toEqual([
      ['I42', 3],
      ['I43', 3],
      ['I44', 3],
      ['I45', 3],
      ['I46', 3],
      ['I47', 3],
    ]);
    expect(plan.plannedIndex).toBe(3.5);
    expect(plan.reachable).toBe(true);
  });

  it('is minimal: no plan with one raise fewer reaches the target', () => {
    const levels: Record<string, number> = { ...allAt(2), I42: 5, I11: 4 };
    const plan = planToTarget(framework, levels, 3.0);
    const best = [...frameworkIndicators(framework)]
      .flatMap((indicator) => Array.from({ length: 5 - levels[indicator.code] }, () => indicator.weightBp))
      .sort((a, b) => b - a);
    const topWithOneFewer = best.slice(0, plan.raises.length - 1).reduce((sum, weight) => sum + weight, 0);
    expect(Math.round((computeIndex(framework, levels) + topWithOneFewer / 10000) * 100) / 100).toBeLessThan(3.0);
    expect(plan.plannedIndex).toBeGreaterThanOrEqual(3.0);
  });

  it('plans nothing when the target is already met, and says when it cannot be met', () => {
    expect(planToTarget(framework, allAt(4), 3.5).raises).toEqual([]);
    const impossible = planToTarget(framework, allAt(1), 5.01);
    expect(impossible.reachable).toBe(false);
    expect(impossible.plannedIndex).toBe(5);
  });
});
