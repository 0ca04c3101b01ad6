import { z } from 'zod';
import { isCalendarDate } from '../spbe/evidence-rules';
import { wibDay } from '../wib';

/** Mentoring sessions last from 1 minute to 8 hours. */
export const MAX_SESSION_MINUTES = 480;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date.invalid' })
  .refine((value) => isCalendarDate(value), { message: 'date.invalid' });

export const pairRules = z
  .object({
    goals: z.string().trim().min(1, { message: 'goals.required' }).max(4000, { message: 'goals.tooLong' }),
    startDate: isoDate,
    endDate: isoDate,
    capacityOverrideReason: z.string().trim().max(1000, { message: 'reason.tooLong' }).nullish(),
  })
  .refine((pair) => pair.startDate <= pair.endDate, { path: ['endDate'], message: 'endDate.beforeStart' });

/** A new pair: `pairRules`, and it must not be over already (its last day is today or later, WIB). */
export const newPairRules = pairRules.refine((pair) => pair.endDate >= wibDay(), { path: ['endDate'], message: 'date.invalid' });

const durationMinutes = z
  .number()
  .int({ message: 'duration.invalid' })
  .min(1, { message: 'duration.invalid' })
  .max(MAX_SESSION_MINUTES, { message: 'duration.invalid' });
const agenda = z.string().trim().min(1, { message: 'agenda.required' }).max(4000, { message: 'agenda.tooLong' });

export const sessionRules = z
  .object({
    durationMinutes,
    onlineUrl: z
      .string()
      .trim()
      .max(2000, { message: 'url.invalid' })
      .refine((value) => value === '' || /^https?:\/\/\S+$/i.test(value), { message: 'url.invalid' })
      .nullish(),
    place: z.string().trim().max(300, { message: 'place.tooLong' }).nullish(),
    agenda,
  })
  .refine((session) => Boolean(session.onlineUrl?.trim()) || Boolean(session.place?.trim()), {
    path: ['place'],
    message: 'location.required',
  });

export const feedbackRules = z.object({
  rating: z.number().int().min(1, { message: 'rating.invalid' }).max(5, { message: 'rating.invalid' }),
  comment: z.string().trim().max(2000, { message: 'feedback.tooLong' }),
});

export const reasonRules = z.object({
  reason: z.string().trim().min(1, { message: 'reason.required' }).max(1000, { message: 'reason.tooLong' }),
});

export const actionItemRules = z.object({
  text: z.string().trim().min(1, { message: 'actionItem.required' }).max(1000, { message: 'actionItem.tooLong' }),
  dueDate: isoDate.nullish(),
});

/**
 * Who is mentored: one civil servant (LEARNER), or a region team's named members (REGION_TEAM; the
 * team's region is checked against the region list by the server). Member ids come out deduplicated.
 */
export const menteeRules = z.discriminatedUnion('menteeKind', [
  z.object({ menteeKind: z.literal('LEARNER'), menteeUserId: z.string({ message: 'field.invalid' }).min(1, { message: 'field.invalid' }) }),
  z.object({
    menteeKind: z.literal('REGION_TEAM'),
    memberIds: z
      .array(z.string(), { message: 'field.invalid' })
      .transform((ids) => [...new Set(ids)])
      .refine((ids) => ids.length > 0, { message: 'field.invalid' }),
  }),
]);

/** Ending a pair: as COMPLETED or CANCELLED, with a reason. */
export const endPairRules = reasonRules.extend({ status: z.enum(['COMPLETED', 'CANCELLED'], { message: 'field.invalid' }) });

/** The mentor records a session as HELD or NO_SHOW, with optional notes. */
export const outcomeRules = z.object({
  status: z.enum(['HELD', 'NO_SHOW'], { message: 'field.invalid' }),
  notes: z.string().trim(),
});

/** A session that already took place may be logged up to this many days after it started. */
export const PAST_SESSION_MAX_DAYS = 30;

/**
 * Logging a session that already took place (no booking beforehand): it started before `now` and at
 * most `PAST_SESSION_MAX_DAYS` days ago, with its outcome. A place or link is optional: it is over.
 */
export const pastSessionRules = (now = new Date()) =>
  z.object({
    startsAt: z
      .date({ message: 'date.invalid' })
      .refine((value) => !Number.isNaN(value.getTime()), { message: 'date.invalid' })
      .refine((value) => Number.isNaN(value.getTime()) || value.getTime() <= now.getTime(), { message: 'startsAt.future' })
      .refine((value) => Number.isNaN(value.getTime()) || value.getTime() >= now.getTime() - PAST_SESSION_MAX_DAYS * 86_400_000, {
        message: 'startsAt.tooOld',
      }),
    durationMinutes,
    agenda,
    status: outcomeRules.shape.status,
    notes: outcomeRules.shape.notes.max(4000, { message: 'notes.tooLong' }),
  });

export const MENTORING_MESSAGES_EN = {
  'date.invalid': 'Enter a date as YYYY-MM-DD.',
  'goals.required': 'Write the goals of the mentoring.',
  'goals.tooLong': 'The goals may have at most 4000 characters.',
  'endDate.beforeStart': 'The end date comes before the start date.',
  'reason.required': 'Give a reason.',
  'reason.tooLong': 'The reason may have at most 1000 characters.',
  'duration.invalid': `A session lasts from 1 to ${MAX_SESSION_MINUTES} minutes.`,
  'place.tooLong': 'The place may have at most 300 characters.',
  'agenda.required': 'Write the agenda.',
  'agenda.tooLong': 'The agenda may have at most 4000 characters.',
  'location.required': 'Give an online link or a place.',
  'rating.invalid': 'Give a rating from 1 to 5.',
  'feedback.tooLong': 'The comment may have at most 2000 characters.',
  'actionItem.required': 'Every action item needs a text.',
  'actionItem.tooLong': 'An action item may have at most 1000 characters.',
  'startsAt.future': 'The session has not started yet: schedule it instead.',
  'startsAt.tooOld': `A session can be logged up to ${PAST_SESSION_MAX_DAYS} days after it took place.`,
  'notes.tooLong': 'The notes may have at most 4000 characters.',
} as const;
