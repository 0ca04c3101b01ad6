import { frameworkIndicators, type IndicatorValueScale, WHOLE_LEVELS } from './framework';
import { computeIndex, indexFromWeightedSum } from './index-arithmetic';
import { planToTarget } from './index-planner';
import { PEMDI_SCALE, PERMENPANRB_8_2026 } from './permenpanrb-8-2026';
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

describe('planToTarget is minimal: brute force over every combination of small frameworks', () => {
  type Small = { aspects: Array<{ code: string; name: string; indicators: Array<{ code: string; number: number; weightBp: number }> }> };
  const small = (weights: number[], scale: IndicatorValueScale): Small & { scale: IndicatorValueScale } => ({
    scale,
    aspects: [{ code: 'A1', name: 'A', indicators: weights.map((weightBp, n) => ({ code: `X${n + 1}`, number: n + 1, weightBp })) }],
  });
  const product = <T>(lists: T[][]): T[][] =>
    lists.reduce<T[][]>((acc, list) => acc.flatMap((prefix) => list.map((x) => [...prefix, x])), [[]]);

  /** Per indicator, the values its raises reach from `start` (hundredths) and how many raises each takes. */
  const reachableFrom = (start: number, step: number) => {
    const out: Array<[number, number]> = [[start, 0]];
    for (let value = start, raises = 0; value < 500; ) {
      value = Math.min(value + step, 500);
      raises += 1;
      out.push([value, raises]);
    }
    return out;
  };

  const check = (weights: number[], scale: IndicatorValueScale, startValues: number[], targets: number[]) => {
    const framework = small(weights, scale);
    const codes = weights.map((_, n) => `X${n + 1}`);
    const toLevels = (hundredths: number[]) => Object.fromEntries(codes.map((code, n) => [code, hundredths[n] / 100]));
    let plans = 0;
    const failures: string[] = [];
    for (const start of product(weights.map(() => startValues))) {
      // Fewest raises that reach each rounded index (in hundredths), over every reachable end state.
      const fewest = new Array<number>(501).fill(Number.POSITIVE_INFINITY);
      for (const end of product(start.map((value) => reachableFrom(value, scale.planStep)))) {
        const index = Math.round(indexFromWeightedSum(end.reduce((sum, [value], n) => sum + value * weights[n], 0)) * 100);
        fewest[index] = Math.min(
          fewest[index],
          end.reduce((sum, [, raises]) => sum + raises, 0),
        );
      }
      for (let index = 499; index >= 0; index -= 1) fewest[index] = Math.min(fewest[index], fewest[index + 1]);
      for (const target of targets) {
        const plan = planToTarget(framework, toLevels(start), target);
        const needed = fewest[Math.ceil(target * 100 - 1e-9)] ?? Number.POSITIVE_INFINITY;
        const wrong = (why: string) => failures.push(`${start.join('/')} -> ${target}: ${why}`);
        if (needed === Number.POSITIVE_INFINITY ? plan.reachable : !plan.reachable || plan.raises.length !== needed) {
          wrong(`${plan.raises.length} raises, reachable ${plan.reachable}; brute force: ${needed}`);
        }
        // Each raise continues from where the indicator stood, by one step of the scale, capped at 5.
        const working = new Map(codes.map((code, n) => [code, start[n]]));
        for (const raise of plan.raises) {
          const from = working.get(raise.indicatorCode) ?? 0;
          const to = Math.round(raise.toLevel * 100);
          if (Math.round(raise.fromLevel * 100) !== from || to !== Math.min(from + scale.planStep, 500))
            wrong(`raise ${raise.indicatorCode}`);
          working.set(raise.indicatorCode, to);
        }
        if (plan.plannedIndex !== computeIndex(framework, toLevels(codes.map((code) => working.get(code) ?? 0)))) wrong('planned index');
        plans += 1;
      }
    }
    expect(failures).toEqual([]);
    return plans;
  };

  const spbeTargets = [...Array.from({ length: 41 }, (_, n) => (100 + 10 * n) / 100), 1.05, 2.35, 3.333, 4.95, 5.01];

  it('SPBE whole levels, 4 indicators with distinct weights, every level combination', () => {
    expect(check([4000, 3000, 2000, 1000], WHOLE_LEVELS, [100, 200, 300, 400, 500], spbeTargets)).toBe(625 * 46);
  });

  it('SPBE whole levels, 4 indicators with tied and uneven weights (2.75 % steps), every level combination', () => {
    expect(check([2750, 2750, 3000, 1500], WHOLE_LEVELS, [100, 200, 300, 400, 500], spbeTargets)).toBe(625 * 46);
  });

  it('Pemdi steps of 0.25 from two-decimal values, 3 indicators, capped last steps', () => {
    const targets = [...Array.from({ length: 134 }, (_, n) => (100 + 3 * n) / 100), 4.99, 5, 5.01];
    expect(check([5000, 3500, 1500], PEMDI_SCALE, [100, 137, 250, 399, 490, 500], targets)).toBe(216 * 137);
  });
});

describe('planToTarget on the Indeks Pemerintah Digital', () => {
  const at = (value: number) => Object.fromEntries(frameworkIndicators(PERMENPANRB_8_2026).map((i) => [i.code, value]));

  it('checked by hand: all at 2.00 to 2.50 takes I20 (15 %) up in 12 steps of 0.25, then I19 (10 %) twice', () => {
    // Gain needed: 0.50. I20: 12 x 0.25 x 15 % = 0.45; I19: 2 x 0.25 x 10 % = 0.05.
    const plan = planToTarget(PERMENPANRB_8_2026, at(2), 2.5);
    expect(plan.raises).toHaveLength(14);
    expect(plan.raises.slice(0, 12).every((raise) => raise.indicatorCode === 'I20')).toBe(true);
    expect(plan.raises.slice(0, 2).map((raise) => [raise.fromLevel, raise.toLevel, raise.gain])).toEqual([
      [2, 2.25, 0.0375],
      [2.25, 2.5, 0.0375],
    ]);
    expect(plan.raises.slice(12).map((raise) => [raise.indicatorCode, raise.fromLevel, raise.toLevel])).toEqual([
      ['I19', 2, 2.25],
      ['I19', 2.25, 2.5],
    ]);
    expect(plan.plannedIndex).toBe(2.5);
  });

  it('moves from a two-decimal value and caps the last step at 5.00, which then weighs less than a full step elsewhere', () => {
    const plan = planToTarget(PERMENPANRB_8_2026, { ...at(3), I20: 4.9 }, 3.16);
    // 3 + 1.9 x 15 % = 3.285 is already 3.29, so nothing to do; ask more.
    expect(plan.raises).toEqual([]);
    const more = planToTarget(PERMENPANRB_8_2026, { ...at(3), I20: 4.9 }, 3.31);
    // I20's capped step (0.10 x 15 % = 0.015) is below I19's full step (0.25 x 10 % = 0.025).
    expect(more.raises.map((raise) => [raise.indicatorCode, raise.fromLevel, raise.toLevel])).toEqual([['I19', 3, 3.25]]);
    expect(more.plannedIndex).toBe(3.31);
  });
});
