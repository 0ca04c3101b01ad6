import { computeIndex, frameworkIndicators, PERMENPANRB_8_2026 } from '@living-lab/shared';
import { type IndicatorEvidenceState, provenByEvidence, selfAssessedIndex, simulatedIndex } from './pemdi-indices';

const codes = frameworkIndicators(PERMENPANRB_8_2026).map((indicator) => indicator.code);
const states = (overrides: Record<string, Partial<IndicatorEvidenceState>> = {}): IndicatorEvidenceState[] =>
  codes.map((code) => ({ code, valueHundredths: 400, verdicts: [], ...overrides[code] }));

describe('Pemdi evaluation indices', () => {
  it('self-assessed: the owners’ values, null while one is missing', () => {
    expect(selfAssessedIndex(PERMENPANRB_8_2026, states())).toEqual({ index: 4, predicate: 'Memuaskan' });
    expect(selfAssessedIndex(PERMENPANRB_8_2026, states({ I07: { valueHundredths: null } }))).toBeNull();
  });

  it('an indicator is proven by one accepted item and no item to revise or rejected', () => {
    const state = (verdicts: IndicatorEvidenceState['verdicts'], valueHundredths: number | null = 350) => ({
      code: 'I01',
      valueHundredths,
      verdicts,
    });
    expect(provenByEvidence(state(['ACCEPTED']))).toBe(true);
    expect(provenByEvidence(state(['ACCEPTED', null]))).toBe(true);
    expect(provenByEvidence(state(['ACCEPTED', 'TO_REVISE']))).toBe(false);
    expect(provenByEvidence(state(['ACCEPTED', 'REJECTED']))).toBe(false);
    expect(provenByEvidence(state([null]))).toBe(false);
    expect(provenByEvidence(state([]))).toBe(false);
    expect(provenByEvidence(state(['ACCEPTED'], null))).toBe(false);
  });

  it('simulated: proven indicators at their value, the others at 1.00; never above the self-assessed index', () => {
    expect(simulatedIndex(PERMENPANRB_8_2026, states())).toMatchObject({ index: 1, provenIndicators: 0, totalIndicators: 20 });
    const some = states({
      I01: { verdicts: ['ACCEPTED'] },
      I02: { verdicts: ['ACCEPTED', 'TO_REVISE'] },
      I03: { valueHundredths: 275, verdicts: ['ACCEPTED'] },
    });
    const expected = computeIndex(
      PERMENPANRB_8_2026,
      Object.fromEntries(codes.map((code) => [code, code === 'I01' ? 4 : code === 'I03' ? 2.75 : 1])),
    );
    expect(simulatedIndex(PERMENPANRB_8_2026, some)).toMatchObject({ index: expected, provenIndicators: 2 });
    const all = states(Object.fromEntries(codes.map((code) => [code, { verdicts: ['ACCEPTED'] as const }])) as never);
    expect(simulatedIndex(PERMENPANRB_8_2026, all).index).toBe(selfAssessedIndex(PERMENPANRB_8_2026, all)?.index);
  });
});
