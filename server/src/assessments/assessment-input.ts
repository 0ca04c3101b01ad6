import { AssessmentsErrorReason } from '@living-lab/shared';
import type { z } from 'zod';
import { BadUserInputError } from '../common/errors/domain-error';
import { validateInput } from '../common/validate-input';

/** A maturity level field of an assessment (`levels.N.level`) or of an action plan (`items.N.toLevel`). */
const LEVEL_FIELD = /^(levels|items)\.\d+\.(level|fromLevel|toLevel)$/;

/**
 * validateInput with the feature's shared rules; a problem with a maturity level is reported as
 * INVALID_LEVEL (the web says "a level is a whole number from 1 to 5"), other problems as INVALID_INPUT.
 */
export function validateAssessmentInput<Schema extends z.ZodType>(rules: Schema, input: unknown): z.output<Schema> {
  try {
    return validateInput(rules, input);
  } catch (error) {
    if (error instanceof BadUserInputError && error.fields.some((issue) => LEVEL_FIELD.test(issue.field))) {
      throw new BadUserInputError(AssessmentsErrorReason.INVALID_LEVEL, { fields: error.fields });
    }
    throw error;
  }
}
