import { planRows } from './plan-rows';

const raise = (indicatorCode: string, fromLevel: number, weightBp: number) => ({
  __typename: 'PlannedRaiseModel' as const,
  indicatorCode,
  indicatorName: `Nama ${indicatorCode}`,
  fromLevel,
  toLevel: fromLevel + 1,
  weightBp,
  gain: weightBp / 10_000,
  content: [],
});

describe('planRows', () => {
  it('makes one row per indicator, from its lowest to its highest level, largest gain first', () => {
    // The planner's order: heaviest first, then the lowest level, then the indicator number.
    const rows = planRows([
      raise('I42', 3, 300),
      raise('I46', 1, 300),
      raise('I46', 2, 300),
      raise('I42', 4, 300),
      raise('I46', 3, 300),
      raise('I43', 3, 300),
      raise('I01', 1, 130),
    ]);
    expect(rows.map((row) => [row.indicatorCode, row.fromLevel, row.toLevel, row.gain])).toEqual([
      ['I46', 1, 4, 0.09],
      ['I42', 3, 5, 0.06],
      ['I43', 3, 4, 0.03],
      ['I01', 1, 2, 0.013],
    ]);
  });

  it('breaks ties by weight, then by the lower starting level, then by the planner order', () => {
    const rows = planRows([raise('I45', 2, 300), raise('I44', 3, 300), raise('I09', 1, 150), raise('I09', 2, 150)]);
    // All three add 0,03: the 3 % indicators first, the one at the lower level before the other.
    expect(rows.map((row) => row.indicatorCode)).toEqual(['I45', 'I44', 'I09']);
  });
});
