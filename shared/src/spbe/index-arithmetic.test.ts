import { frameworkIndicators, TOTAL_WEIGHT_BP } from './framework';
import {
  assertWeightsComplete,
  computeGroupScores,
  computeIndex,
  gainPerLevel,
  predicateFor,
  SpbeArithmeticError,
} from './index-arithmetic';
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
