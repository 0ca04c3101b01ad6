import {
  CONTENT_MESSAGES_EN,
  CommonErrorReason,
  DISCUSSION_MESSAGES_EN,
  fieldIssues,
  MENTORING_MESSAGES_EN,
  PATH_MESSAGES_EN,
  QUIZ_MESSAGES_EN,
  VALIDATION_MESSAGES_EN,
} from '@living-lab/shared';
import type { z } from 'zod';
import { BadUserInputError } from './errors/domain-error';

/** Every message key of the shared rules with its English text. */
const MESSAGES_EN: Readonly<Record<string, string>> = {
  ...VALIDATION_MESSAGES_EN,
  ...CONTENT_MESSAGES_EN,
  ...QUIZ_MESSAGES_EN,
  ...PATH_MESSAGES_EN,
  ...MENTORING_MESSAGES_EN,
  ...DISCUSSION_MESSAGES_EN,
};

/**
 * Validates an input with the rules from the shared package (the same the web forms use) and returns
 * the normalised values, or throws BAD_USER_INPUT with one issue per field.
 */
export function validateInput<Schema extends z.ZodType>(rules: Schema, input: unknown, fieldPrefix = ''): z.output<Schema> {
  const result = rules.safeParse(input);
  if (result.success) return result.data;
  const issues = fieldIssues(result.error, MESSAGES_EN).map((issue) => ({ ...issue, field: fieldPrefix + issue.field }));
  throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: issues });
}
