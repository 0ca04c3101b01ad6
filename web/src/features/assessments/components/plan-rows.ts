import type { SpbeIndexPlanQuery } from '../../../gql/graphql';

type Raise = SpbeIndexPlanQuery['spbeIndexPlan']['raises'][number];

/** One row of "Plan for me": all the raises of one indicator, e.g. I46 from level 1 to 4. */
export interface PlanRow {
  indicatorCode: string;
  indicatorName: string;
  fromLevel: number;
  toLevel: number;
  weightBp: number;
  /** Index points the row adds: weight x levels raised. */
  gain: number;
  content: Raise['content'];
}

/**
 * The planner proposes one-level raises (I46 1->2, 2->3, 3->4); people plan per indicator. One row per
 * indicator, from its lowest to its highest level, ordered by gain (largest first), then the heavier
 * indicator, the lower starting level and the planner's order (the indicator number). The server
 * reads saved plans back in the same order (ActionPlanService.itemsOf).
 */
export function planRows(raises: readonly Raise[]): PlanRow[] {
  const rows = new Map<string, PlanRow & { first: number }>();
  raises.forEach((raise, position) => {
    const row = rows.get(raise.indicatorCode);
    if (!row) {
      rows.set(raise.indicatorCode, {
        indicatorCode: raise.indicatorCode,
        indicatorName: raise.indicatorName,
        fromLevel: raise.fromLevel,
        toLevel: raise.toLevel,
        weightBp: raise.weightBp,
        gain: 0,
        content: raise.content,
        first: position,
      });
      return;
    }
    row.fromLevel = Math.min(row.fromLevel, raise.fromLevel);
    row.toLevel = Math.max(row.toLevel, raise.toLevel);
  });
  const levels = (row: PlanRow) => row.toLevel - row.fromLevel;
  return [...rows.values()]
    .sort(
      (a, b) =>
        b.weightBp * levels(b) - a.weightBp * levels(a) || b.weightBp - a.weightBp || a.fromLevel - b.fromLevel || a.first - b.first,
    )
    .map(({ first: _first, ...row }) => ({ ...row, gain: (row.weightBp * levels(row)) / 10_000 }));
}
