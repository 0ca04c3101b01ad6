import {
  computeIndex,
  type FrameworkTree,
  type IndicatorValueScale,
  MIN_VALUE_HUNDREDTHS,
  type PredicateBandData,
  predicateFor,
} from '@living-lab/shared';

/** What the index arithmetic needs of an evaluation's indicators and evidence. */
export interface IndicatorEvidenceState {
  code: string;
  /** The owner's value in hundredths; null until set. */
  valueHundredths: number | null;
  /** Verdicts of the indicator's current (not replaced) submitted items; null: no verdict yet. */
  verdicts: ReadonlyArray<'ACCEPTED' | 'TO_REVISE' | 'REJECTED' | null>;
}

export interface IndexFigure {
  index: number;
  predicate: string;
}

type Framework = FrameworkTree & { scale: IndicatorValueScale; predicates: readonly PredicateBandData[] };

/**
 * The self-assessed index: every indicator at its owner's value. Null until every indicator has one
 * (an index over part of the framework would not be the index).
 */
export function selfAssessedIndex(framework: Framework, states: readonly IndicatorEvidenceState[]): IndexFigure | null {
  if (states.some((state) => state.valueHundredths === null)) return null;
  return figure(framework, Object.fromEntries(states.map((state) => [state.code, (state.valueHundredths as number) / 100])));
}

/**
 * Whether an indicator's value counts in the simulated index: it has at least one accepted item and
 * no item to revise or rejected. Items without a verdict yet neither help nor hurt; an item replaced
 * by its revision no longer counts (its replacement does).
 */
export function provenByEvidence(state: IndicatorEvidenceState): boolean {
  return (
    state.valueHundredths !== null &&
    state.verdicts.includes('ACCEPTED') &&
    !state.verdicts.includes('TO_REVISE') &&
    !state.verdicts.includes('REJECTED')
  );
}

/**
 * The index simulated from accepted evidence only: what the assessors would score if they stopped
 * at the verdicts recorded so far. A proven indicator (see provenByEvidence) counts with its owner's
 * value; every other indicator counts at 1.00, the lowest value, as an unproven claim scores nothing
 * above it. So the simulated index never exceeds the self-assessed one, and rises as items are accepted.
 */
export function simulatedIndex(
  framework: Framework,
  states: readonly IndicatorEvidenceState[],
): IndexFigure & { provenIndicators: number; totalIndicators: number } {
  const proven = states.filter(provenByEvidence);
  const provenCodes = new Set(proven.map((state) => state.code));
  const values = Object.fromEntries(
    states.map((state) => [state.code, (provenCodes.has(state.code) ? (state.valueHundredths as number) : MIN_VALUE_HUNDREDTHS) / 100]),
  );
  return { ...figure(framework, values), provenIndicators: proven.length, totalIndicators: states.length };
}

function figure(framework: Framework, values: Record<string, number>): IndexFigure {
  const index = computeIndex(framework, values);
  return { index, predicate: predicateFor(framework.predicates, index) };
}
