import { computeIndex, predicateFor } from '@living-lab/shared';
import type { SpbeFrameworkFullQuery } from '../../../gql/graphql';

export type Framework = SpbeFrameworkFullQuery['spbeFramework'];

export function indicatorsOf(framework: Framework) {
  return framework.domains.flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators));
}

/** The index and predicate of complete levels with the shared arithmetic (the server's own); null while incomplete. */
export function liveIndex(framework: Framework, levels: Record<string, number>): { index: number; predicate: string } | null {
  const complete = indicatorsOf(framework).every((indicator) => levels[indicator.code] !== undefined);
  if (!complete) return null;
  const index = computeIndex(framework, levels);
  return { index, predicate: predicateFor(framework.predicates, index) };
}

/** Indicator codes of the server's field issues, e.g. INCOMPLETE_ASSESSMENT's `levels.I01`, `levels.I02`. */
export function indicatorCodesIn(fields: ReadonlyArray<{ field: string }>): string[] {
  return [...new Set(fields.filter((issue) => issue.field.startsWith('levels.')).map((issue) => issue.field.slice('levels.'.length)))];
}
