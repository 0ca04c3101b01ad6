import { z } from 'zod';
import { evidenceUrl, isoDate } from './evidence-rules';

/**
 * Input rules for the replication tracker (a region following one of Sumedang's playbooks step by
 * step). Message keys: 'url.invalid', 'date.invalid', 'reason.required', 'reason.tooLong'.
 * That a DONE step needs evidence (a link or a note) is the server's EVIDENCE_REQUIRED reason.
 */
export const STEP_STATUSES = ['NOT_STARTED', 'IN_PROGRESS', 'DONE', 'BLOCKED'] as const;
export type StepStatusValue = (typeof STEP_STATUSES)[number];

export const STEP_OWNER_MAX_LENGTH = 200;
export const STEP_EVIDENCE_NOTE_MAX_LENGTH = 2000;
export const STEP_BLOCKED_REASON_MAX_LENGTH = 1000;

const trimmedTo = (max: number) =>
  z
    .string()
    .default('')
    .transform((value) => value.trim().slice(0, max));

export const adoptionStepRules = z
  .object({
    status: z.enum(STEP_STATUSES),
    blockedReason: z
      .string()
      .nullish()
      .transform((value) => value?.trim() || null)
      .pipe(z.string().max(STEP_BLOCKED_REASON_MAX_LENGTH, { message: 'reason.tooLong' }).nullable()),
    owner: trimmedTo(STEP_OWNER_MAX_LENGTH),
    evidenceUrl,
    evidenceNote: trimmedTo(STEP_EVIDENCE_NOTE_MAX_LENGTH),
    startedOn: isoDate.nullish().transform((value) => value ?? null),
    doneOn: isoDate.nullish().transform((value) => value ?? null),
  })
  .superRefine((step, context) => {
    if (step.status === 'BLOCKED' && !step.blockedReason) {
      context.addIssue({ code: 'custom', path: ['blockedReason'], message: 'reason.required' });
    }
  });
export type AdoptionStepValues = z.output<typeof adoptionStepRules>;

/** Whether a step with these values may be DONE: it needs a link or a note. */
export function hasStepEvidence(step: Pick<AdoptionStepValues, 'evidenceUrl' | 'evidenceNote'>): boolean {
  return Boolean(step.evidenceUrl || step.evidenceNote);
}
