/**
 * Groups rows that point at an SPBE indicator (levels, action plan items) by `keyOf`, in the order
 * of `keys`; each group in the order of `indicators` (the catalogue's indicator order), with each
 * row's `indicatorCode` filled in.
 */
export function groupInIndicatorOrder<Row extends { indicatorId: number; indicatorCode: string }>(
  keys: readonly string[],
  rows: Row[],
  keyOf: (row: Row) => string,
  indicators: ReadonlyArray<{ id: number; code: string }>,
): Row[][] {
  const rank = new Map(indicators.map((indicator, position) => [indicator.id, { code: indicator.code, position }]));
  const position = (row: Row) => rank.get(row.indicatorId)?.position ?? Number.MAX_SAFE_INTEGER;
  const groups = new Map<string, Row[]>(keys.map((key) => [key, []]));
  for (const row of rows) {
    row.indicatorCode = rank.get(row.indicatorId)?.code ?? '';
    groups.get(keyOf(row))?.push(row);
  }
  return keys.map((key) => (groups.get(key) ?? []).sort((a, b) => position(a) - position(b)));
}
