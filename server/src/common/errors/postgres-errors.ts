import { QueryFailedError } from 'typeorm';

/** PostgreSQL's SQLSTATE for a unique violation; `constraint` names which one. */
export function uniqueViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23505' ? (driverError.constraint ?? '') : undefined;
}

/** SQLSTATE 23503: a foreign key points at nothing. */
export function foreignKeyViolation(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  return driverError.code === '23503' ? (driverError.constraint ?? '') : undefined;
}

/**
 * SQLSTATEs that mean the caller sent a value PostgreSQL cannot store: 22P02 (not readable as the
 * column type), 22001 (a string longer than its column, e.g. a region code of 10 characters), 22003
 * (numeric out of range), 22007/22008 (impossible date or time), 22021 (a byte
 * sequence the encoding refuses, such as NUL). Bad input, never a server fault.
 */
const BAD_VALUE_STATES = new Set(['22P02', '22001', '22003', '22007', '22008', '22021']);

/**
 * True when PostgreSQL refused a value the caller sent: one of BAD_VALUE_STATES, or a foreign key
 * (23503) on insert/update pointing at a region that does not exist (a region code from the input).
 */
export function badInputValue(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string; detail?: string };
  if (driverError.code && BAD_VALUE_STATES.has(driverError.code)) return true;
  return driverError.code === '23503' && /is not present in table "regions"/.test(driverError.detail ?? '');
}
