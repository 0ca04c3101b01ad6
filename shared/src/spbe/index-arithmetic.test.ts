import { frameworkIndicators, TOTAL_WEIGHT_BP } from './framework';
import {
  assertWeightsComplete,
  computeGroupScores,
  computeIndex,
  gainPerLevel,
  indexFromWeightedSum,
  predicateFor,
  roundIndex,
  SpbeArithmeticError,
  toHundredths,
  valueHundredths,
  weightedSum,
} from './index-arithmetic';
import { PEMDI_SCALE, PERMENPANRB_8_2026 } from './permenpanrb-8-2026';
import { PERMENPANRB_59_2020 as framework } from './permenpanrb-59-2020';

const allAt = (level: number) => Object.fromEntries(frameworkIndicators(framework).map((i) => [i.code, level]));

describe('PermenPANRB 59/2020 catalogue', () => {
  it('has 4 domains, 8 aspects and 47 indicators numbered 1-47', () => {
    expect(framework.domains).toHaveLength(4);
    expect(framework.domains.flatMap((d) => d.aspects)).toHaveLength(8);
    expect(frameworkIndicators(framework).map((i) => i.number)).toEqual(Array.from({ length: 47 }, (_, n) => n + 1));
  });

  it('has weights that add up to exactly 100 %', () => {
    expect(frameworkIndicators(framework).reduce((sum, i) => sum + i.weightBp, 0)).toBe(TOTAL_WEIGHT_BP);
    expect(() => assertWeightsComplete(framework)).not.toThrow();
  });

  it('gives the published domain weights 13 / 25 / 16.5 / 45.5 %', () => {
    const { domains } = computeGroupScores(framework, allAt(3));
    expect(domains.map((d) => d.weightBp)).toEqual([1300, 2500, 1650, 4550]);
  });
});

describe('computeIndex', () => {
  it('is 1.0 when every indicator is at level 1 and 5.0 when all are at 5', () => {
    expect(computeIndex(framework, allAt(1))).toBe(1);
    expect(computeIndex(framework, allAt(5))).toBe(5);
  });

  it('weights each indicator: raising I42 (3 %) from 1 to 5 adds 0.12', () => {
    expect(computeIndex(framework, { ...allAt(1), I42: 5 })).toBe(1.12);
    expect(gainPerLevel(300)).toBeCloseTo(0.03);
  });

  it('mixes levels by domain: Kebijakan 5, others 2 -> 0.13*5 + 0.87*2 = 2.39', () => {
    const levels = allAt(2);
    for (const i of framework.domains[0].aspects[0].indicators) levels[i.code] = 5;
    expect(computeIndex(framework, levels)).toBe(2.39);
  });

  it('refuses a missing indicator and a level outside 1-5', () => {
    const missing = allAt(3);
    delete missing.I47;
    expect(() => computeIndex(framework, missing)).toThrow(SpbeArithmeticError);
    expect(() => computeIndex(framework, { ...allAt(3), I01: 6 })).toThrow(SpbeArithmeticError);
    expect(() => computeIndex(framework, { ...allAt(3), I01: 2.5 })).toThrow(SpbeArithmeticError);
  });
});

describe('predicateFor', () => {
  const bands = framework.predicates;
  it.each([
    [5.0, 'Memuaskan'],
    [4.2, 'Memuaskan'],
    [4.19, 'Sangat Baik'],
    [3.5, 'Sangat Baik'],
    [3.49, 'Baik'],
    [2.6, 'Baik'],
    [2.59, 'Cukup'],
    [1.8, 'Cukup'],
    [1.79, 'Kurang'],
    [1.0, 'Kurang'],
  ])('%s is %s', (index, predicate) => {
    expect(predicateFor(bands, index)).toBe(predicate);
  });

  it('matches Sumedang 2021 (3.52, Sangat Baik) and West Java 2022 (3.37, Baik)', () => {
    expect(predicateFor(bands, 3.52)).toBe('Sangat Baik');
    expect(predicateFor(bands, 3.37)).toBe('Baik');
  });
});

describe('exact arithmetic: integer hundredths x basis points, rounded half up once', () => {
  it('rounds weighted sums like exact rational arithmetic (BigInt): every residue, and every edge of every hundredth', () => {
    // The index before rounding is sum / 1 000 000 with sum = value_hundredths x weight_bp: 1.000000-5.000000.
    const expected = (sum: number) => {
      const exact = BigInt(sum);
      const quotient = exact / 10_000n;
      return Number(2n * (exact % 10_000n) >= 10_000n ? quotient + 1n : quotient) / 100;
    };
    const sums: number[] = [];
    // Every residue below 0.01 for a few hundredths, including the ends of the range ...
    for (const hundredths of [100, 101, 250, 399, 499]) for (let r = 0; r < 10_000; r += 1) sums.push(hundredths * 10_000 + r);
    // ... and, for every hundredth of the range, the sums next to a whole hundredth and to the halfway point.
    for (let hundredths = 100; hundredths < 500; hundredths += 1) {
      for (const r of [0, 1, 2, 4998, 4999, 5000, 5001, 5002, 9998, 9999]) sums.push(hundredths * 10_000 + r);
    }
    sums.push(5_000_000);
    const mismatches = sums.filter((sum) => indexFromWeightedSum(sum) !== expected(sum));
    expect(sums.length).toBeGreaterThan(50_000);
    expect(mismatches).toEqual([]);
  });

  it('rounds up the values the float rounding got wrong: 1.015 -> 1.02, 4.515 -> 4.52, 1.055 -> 1.06', () => {
    expect(indexFromWeightedSum(1_015_000)).toBe(1.02);
    expect(indexFromWeightedSum(4_515_000)).toBe(4.52);
    // SPBE: all at level 1 but two 2.75 % indicators at level 2 is exactly 1.055.
    expect(computeIndex(framework, { ...allAt(1), I32: 2, I33: 2 })).toBe(1.06);
    expect(roundIndex(1.015)).toBe(1.02);
    expect(roundIndex(4.515)).toBe(4.52);
    expect(roundIndex(4.514999)).toBe(4.51);
  });

  it('rounds up every halfway index 1.005 ... 4.995 that whole SPBE levels can reach', () => {
    // Reachable weighted sums (level x weight bp) with, per sum, the levels that reach it.
    const weights = frameworkIndicators(framework).map((i) => i.weightBp);
    const max = 5 * TOTAL_WEIGHT_BP;
    const choice: Int8Array[] = [];
    let reachable = new Uint8Array(max + 1);
    reachable[0] = 1;
    for (const weight of weights) {
      const next = new Uint8Array(max + 1);
      const chosen = new Int8Array(max + 1);
      for (let sum = 0; sum <= max; sum += 1) {
        if (!reachable[sum]) continue;
        for (let level = 1; level <= 5; level += 1) {
          const to = sum + level * weight;
          if (to <= max && !next[to]) {
            next[to] = 1;
            chosen[to] = level;
          }
        }
      }
      choice.push(chosen);
      reachable = next;
    }
    const codes = frameworkIndicators(framework).map((i) => i.code);
    const halfway: number[] = [];
    for (let sum = 10_050; sum < max; sum += 100) if (reachable[sum]) halfway.push(sum);
    expect(halfway.length).toBeGreaterThan(350);
    for (const sum of halfway) {
      const levels: Record<string, number> = {};
      let rest = sum;
      for (let i = weights.length - 1; i >= 0; i -= 1) {
        levels[codes[i]] = choice[i][rest];
        rest -= choice[i][rest] * weights[i];
      }
      expect(rest).toBe(0);
      expect(computeIndex(framework, levels)).toBe((sum + 50) / 10_000);
    }
  });

  it('rounds up all 400 halfway Pemdi indices 1.005 ... 4.995, reached with two-decimal values', () => {
    const pemdiAt = (hundredths: number) =>
      Object.fromEntries(frameworkIndicators(PERMENPANRB_8_2026).map((i) => [i.code, hundredths / 100]));
    let count = 0;
    for (let thousandths = 1005; thousandths <= 4995; thousandths += 10) {
      // All indicators at one value, and I01 (5 %) 0.10 higher or lower: exactly +-0.005.
      const below = Math.floor(thousandths / 10);
      const values = below < 400 ? { ...pemdiAt(below), I01: (below + 10) / 100 } : { ...pemdiAt(below + 1), I01: (below - 9) / 100 };
      expect(weightedSum(PERMENPANRB_8_2026, values)).toBe(thousandths * 1000);
      expect(computeIndex(PERMENPANRB_8_2026, values)).toBe((thousandths + 5) / 1000);
      count += 1;
    }
    expect(count).toBe(400);
  });

  it('refuses values finer than the scale: SPBE whole levels, Pemdi two decimals within 1.00-5.00', () => {
    expect(() => valueHundredths(2.5)).toThrow(SpbeArithmeticError);
    expect(valueHundredths(3)).toBe(300);
    expect(valueHundredths(3.25, PEMDI_SCALE)).toBe(325);
    expect(valueHundredths(4.07, PEMDI_SCALE)).toBe(407);
    expect(() => valueHundredths(3.255, PEMDI_SCALE)).toThrow(SpbeArithmeticError);
    expect(() => valueHundredths(0.99, PEMDI_SCALE)).toThrow(SpbeArithmeticError);
    expect(() => valueHundredths(5.01, PEMDI_SCALE)).toThrow(SpbeArithmeticError);
    expect(() => valueHundredths(Number.NaN, PEMDI_SCALE)).toThrow(SpbeArithmeticError);
    expect(() => toHundredths(3.505)).toThrow(SpbeArithmeticError);
    expect(toHundredths(3.5)).toBe(350);
  });

  it('scores groups exactly, half up: Pemdi aspect Data 5/3/3/4 is 3.93, aspect 1 at 1.00 and 1.01 is 1.01', () => {
    const values = {
      ...Object.fromEntries(frameworkIndicators(PERMENPANRB_8_2026).map((i) => [i.code, 1])),
      I05: 5,
      I06: 3,
      I07: 3,
      I08: 4,
      I02: 1.01,
    };
    const { domains, aspects } = computeGroupScores(PERMENPANRB_8_2026, values);
    expect(domains).toEqual([]);
    expect(aspects.map((a) => [a.code, a.score, a.weightBp])).toEqual([
      ['A1', 1.01, 1000],
      ['A2', 1, 1000],
      ['A3', 3.93, 1500],
      ['A4', 1, 1500],
      ['A5', 1, 1000],
      ['A6', 1, 1500],
      ['A7', 1, 2500],
    ]);
  });
});

describe('predicates of both frameworks, on every band edge', () => {
  it.each([
    [5.0, 'Memuaskan'],
    [4.0, 'Memuaskan'],
    [3.995, 'Memuaskan'],
    [3.99, 'Sangat Baik'],
    [3.5, 'Sangat Baik'],
    [3.49, 'Baik'],
    [2.5, 'Baik'],
    [2.49, 'Cukup'],
    [1.5, 'Cukup'],
    [1.49, 'Kurang'],
    [1.0, 'Kurang'],
  ])('Pemdi %s is %s', (index, predicate) => {
    expect(predicateFor(PERMENPANRB_8_2026.predicates, index)).toBe(predicate);
  });

  it.each([
    [4.2, 'Memuaskan'],
    [4.195, 'Memuaskan'],
    [4.19, 'Sangat Baik'],
    [2.6, 'Baik'],
    [2.595, 'Baik'],
    [1.8, 'Cukup'],
    [1.795, 'Cukup'],
    [1.79, 'Kurang'],
  ])('SPBE %s is %s (halfway rounds up)', (index, predicate) => {
    expect(predicateFor(framework.predicates, index)).toBe(predicate);
  });

  it('gives the same number a different predicate in the two frameworks', () => {
    expect(predicateFor(framework.predicates, 4.1)).toBe('Sangat Baik');
    expect(predicateFor(PERMENPANRB_8_2026.predicates, 4.1)).toBe('Memuaskan');
    expect(predicateFor(framework.predicates, 2.55)).toBe('Cukup');
    expect(predicateFor(PERMENPANRB_8_2026.predicates, 2.55)).toBe('Baik');
  });

  it.each([
    [4.0, 'Memuaskan', 'Sangat Baik'],
    [3.5, 'Sangat Baik', 'Baik'],
    [2.5, 'Baik', 'Cukup'],
    [1.5, 'Cukup', 'Kurang'],
  ])('a computed Pemdi index at %s: exactly halfway below is %s, a ten-thousandth less is %s', (edge, upper, lower) => {
    const at = Object.fromEntries(frameworkIndicators(PERMENPANRB_8_2026).map((i) => [i.code, edge]));
    const halfwayBelow = { ...at, I01: edge - 0.1 }; // -0.10 x 5 % = -0.005
    const justBelow = { ...at, I06: Math.round(edge * 100 - 17) / 100 }; // -0.17 x 3 % = -0.0051
    expect(predicateFor(PERMENPANRB_8_2026.predicates, computeIndex(PERMENPANRB_8_2026, at))).toBe(upper);
    expect(computeIndex(PERMENPANRB_8_2026, halfwayBelow)).toBe(edge);
    expect(predicateFor(PERMENPANRB_8_2026.predicates, computeIndex(PERMENPANRB_8_2026, halfwayBelow))).toBe(upper);
    expect(computeIndex(PERMENPANRB_8_2026, justBelow)).toBe(Math.round(edge * 100 - 1) / 100);
    expect(predicateFor(PERMENPANRB_8_2026.predicates, computeIndex(PERMENPANRB_8_2026, justBelow))).toBe(lower);
  });
});
