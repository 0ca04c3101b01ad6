import { z } from 'zod';
import { evidenceUrl, isoDate } from './evidence-rules';

/**
 * Input rules for SPBE self-assessments, "plan for me", action plans, province targets and published
 * values (server authoritative, web forms for early feedback). Message keys as elsewhere:
 * 'field.invalid', 'url.invalid', 'date.invalid'.
 */
export const FIRST_ASSESSMENT_YEAR = 2018;
export const ASSESSMENT_NOTE_MAX_LENGTH = 2000;
export const ACTION_OWNER_MAX_LENGTH = 200;
export const SCORE_SOURCE_MAX_LENGTH = 300;

const invalid = { message: 'field.invalid' };

/** A maturity level: a whole number from 1 to 5. */
export const maturityLevel = z.number().int(invalid).min(1, invalid).max(5, invalid);

/** An SPBE index value (a target, a published value): 1.00 to 5.00. */
export const indexValue = z.number().min(1, invalid).max(5, invalid);

/** Evaluation years run from the first SPBE evaluation to next year. */
export const assessmentYear = z
  .number()
  .int(invalid)
  .min(FIRST_ASSESSMENT_YEAR, invalid)
  .refine((year) => year <= new Date().getFullYear() + 1, invalid);

export const indicatorLevelRules = z.object({
  indicatorCode: z.string(),
  level: maturityLevel,
  evidenceUrl,
  note: z
    .string()
    .default('')
    .transform((note) => note.trim().slice(0, ASSESSMENT_NOTE_MAX_LENGTH)),
});

export const assessmentRules = z.object({
  regionCode: z.string(),
  year: assessmentYear,
  frameworkCode: z.string().nullish(),
  levels: z.array(indicatorLevelRules),
  version: z.number().int().nullish(),
});
export type AssessmentValues = z.output<typeof assessmentRules>;

/** A planned raise goes up, within levels 1-5 (reported on `toLevel`). */
export const actionPlanItemRules = z
  .object({
    indicatorCode: z.string(),
    fromLevel: z.number().int(invalid),
    toLevel: z.number().int(invalid),
    owner: z.string().trim().min(1, invalid).max(ACTION_OWNER_MAX_LENGTH, invalid),
    dueDate: isoDate.nullish().transform((date) => date ?? null),
  })
  .refine((item) => item.fromLevel >= 1 && item.toLevel <= 5 && item.toLevel > item.fromLevel, { ...invalid, path: ['toLevel'] });

export const actionPlanRules = z.object({
  assessmentId: z.string(),
  target: z.number(),
  items: z.array(actionPlanItemRules),
});
export type ActionPlanValues = z.output<typeof actionPlanRules>;

/** "Plan for me": the target, when given, is an index. */
export const indexPlanRules = z.object({ target: indexValue.nullish() });

export const provinceTargetRules = z.object({ target: indexValue });

export const publishedScoreRules = z.object({
  regionCode: z.string(),
  year: z.number().int(invalid),
  index: indexValue,
  source: z
    .string()
    .trim()
    .min(1, invalid)
    .transform((source) => source.slice(0, SCORE_SOURCE_MAX_LENGTH)),
});
export type PublishedScoreValues = z.output<typeof publishedScoreRules>;
