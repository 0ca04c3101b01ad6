import { z } from 'zod';

/**
 * Rules for evidence that features record against SPBE work (assessment levels, playbook steps):
 * a web link and a calendar date. Message keys: 'url.invalid', 'date.invalid'.
 */
const HTTP_URL = /^https?:\/\/\S+$/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
export const EVIDENCE_URL_MAX_LENGTH = 2000;

/** An optional http(s) link: blank or absent becomes null. */
export const evidenceUrl = z
  .string()
  .nullish()
  .transform((value) => value?.trim() || null)
  .pipe(z.string().max(EVIDENCE_URL_MAX_LENGTH, { message: 'url.invalid' }).regex(HTTP_URL, { message: 'url.invalid' }).nullable());

/** A calendar date as YYYY-MM-DD (add `.nullish()` where it is optional). */
export const isoDate = z
  .string()
  .regex(ISO_DATE, { message: 'date.invalid' })
  .refine((value) => isCalendarDate(value), { message: 'date.invalid' });

export function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  // PostgreSQL has no year 0 (0000-01-01 is refused with 22008); the toISOString check refuses 2026-02-30.
  return !Number.isNaN(date.getTime()) && date.getUTCFullYear() >= 1 && date.toISOString().startsWith(value);
}
