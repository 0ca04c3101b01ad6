import type { TFunction } from 'i18next';

/** A notification's values as i18next interpolation values; dates, days and roles formatted for the reader. */
export function notificationText(
  t: TFunction<'notifications'>,
  kind: string,
  params: ReadonlyArray<{ name: string; value: string }>,
  format: { dateTime: (value: string) => string; day: (value: string) => string },
  roleLabel: (role: string) => string,
): string {
  const values: Record<string, string> = {};
  for (const { name, value } of params) {
    if (name === 'startsAt') values[name] = format.dateTime(value);
    else if (name === 'dueOn') values[name] = value ? format.day(value) : '';
    else if (name === 'role') values[name] = roleLabel(value);
    else if (name === 'verdict') values[name] = t(`verdicts.${value}`, { defaultValue: value });
    else values[name] = value;
  }
  // A region request without a "from" region is a new account asking to join its first (kinds.*_join).
  const context = kind.startsWith('REGION_MOVE_') && !('fromRegionName' in values) ? 'join' : undefined;
  return t(`kinds.${kind}`, { ...values, context });
}
