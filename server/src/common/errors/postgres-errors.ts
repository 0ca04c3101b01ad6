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
