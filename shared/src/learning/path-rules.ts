import { z } from 'zod';

/** Learning paths: an ordered series of published modules, written by mentors and admins. */
export const PATH_TITLE_MAX_LENGTH = 200;
export const PATH_DESCRIPTION_MAX_LENGTH = 2000;

/** Any 8-4-4-4-12 hex id, as PostgreSQL's uuid type reads it (no check of the version digit). */
const moduleId = z.guid({ message: 'field.invalid' });

export const pathStepRules = z.object({
  itemId: moduleId,
  /** Absent or null: the step requires the step before it. */
  requiresItemIds: z.array(moduleId).nullish(),
});

/**
 * Title, description and steps of a path. Each module appears once. Whether a step's modules are
 * published and come before it is checked by the server (reasons NOT_ENROLLABLE, INVALID_PREREQUISITE).
 */
export const learningPathRules = z.object({
  title: z.string().trim().min(1, { message: 'title.required' }).max(PATH_TITLE_MAX_LENGTH, { message: 'title.tooLong' }),
  description: z.string().trim().max(PATH_DESCRIPTION_MAX_LENGTH, { message: 'paths.descriptionTooLong' }),
  steps: z
    .array(pathStepRules)
    .min(1, { message: 'paths.stepsRequired' })
    .refine((steps) => new Set(steps.map((step) => step.itemId.toLowerCase())).size === steps.length, {
      message: 'paths.stepDuplicate',
    }),
});
export type LearningPathValues = z.infer<typeof learningPathRules>;

/** English text for the path message keys not already in CONTENT_MESSAGES_EN (title.*). */
export const PATH_MESSAGES_EN = {
  'paths.descriptionTooLong': `A description may have at most ${PATH_DESCRIPTION_MAX_LENGTH} characters.`,
  'paths.stepsRequired': 'Add at least one module.',
  'paths.stepDuplicate': 'A module appears twice in the path.',
} as const;
