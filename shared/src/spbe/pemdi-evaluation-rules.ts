import { z } from 'zod';
import { evidenceUrl } from './evidence-rules';
import type { IndicatorValueScale } from './framework';
import { SpbeArithmeticError, valueHundredths } from './index-arithmetic';

/**
 * Input rules of a Pemdi evaluation (PermenPANRB 8/2026): an owner's value and justification per
 * indicator, evidence items (a file or a link, each with a note) and the assessors' verdicts.
 * Message keys: 'field.invalid', 'url.invalid', 'value.invalid', 'note.required'.
 */
export const JUSTIFICATION_MAX_LENGTH = 4000;
export const EVIDENCE_NOTE_MAX_LENGTH = 2000;

export const EVIDENCE_VERDICTS = ['ACCEPTED', 'TO_REVISE', 'REJECTED'] as const;
export type EvidenceVerdictValue = (typeof EVIDENCE_VERDICTS)[number];

const trimmedText = (max: number) =>
  z
    .string()
    .default('')
    .transform((text) => text.trim())
    .pipe(z.string().max(max, { message: 'field.invalid' }));

/**
 * An indicator value of the scale in hundredths (3.25 -> 325), or undefined when it is not one:
 * outside 1.00-5.00, more decimals than the scale has, or not a number. The arithmetic's own check.
 */
export function indicatorValueHundredths(value: number, scale: IndicatorValueScale): number | undefined {
  try {
    return valueHundredths(value, scale);
  } catch (error) {
    if (error instanceof SpbeArithmeticError) return undefined;
    throw error;
  }
}

export const pemdiIndicatorRules = z.object({
  justification: trimmedText(JUSTIFICATION_MAX_LENGTH),
});

export const evidenceLinkRules = z.object({
  url: evidenceUrl.refine((url) => url !== null, { message: 'url.invalid' }),
  note: trimmedText(EVIDENCE_NOTE_MAX_LENGTH),
});

export const evidenceNoteRules = z.object({ note: trimmedText(EVIDENCE_NOTE_MAX_LENGTH) });

/** A verdict; "to revise" goes back to the owner, so it needs the assessor's note. */
export const evidenceVerdictRules = z
  .object({ verdict: z.enum(EVIDENCE_VERDICTS), note: trimmedText(EVIDENCE_NOTE_MAX_LENGTH) })
  .refine((value) => value.verdict !== 'TO_REVISE' || value.note.length > 0, { message: 'note.required', path: ['note'] });
