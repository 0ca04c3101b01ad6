import { fieldIssues, VALIDATION_MESSAGES_EN } from '@living-lab/shared';
import type { z } from 'zod';
import { BadUserInputError } from './errors/domain-error';

/**
 * Validates an input with the rules from the shared package (the same the web forms use) and returns
 * the normalised values, or throws BAD_USER_INPUT with one issue per field.
 */
export function validateInput<Schema extends z.ZodType>(rules: Schema, input: unknown): z.output<Schema> {
  const result = rules.safeParse(input);
  if (result.success) return result.data;
  const issues = fieldIssues(result.error);
  const summary = issues.map((issue) => `${issue.field}: ${VALIDATION_MESSAGES_EN[issue.message]}`).join(' ');
  throw new BadUserInputError(`Some fields need attention. ${summary}`, 'INVALID_INPUT', issues);
}
