import { CONTENT_MESSAGES_EN, fieldIssues, MENTORING_MESSAGES_EN, VALIDATION_MESSAGES_EN } from '@living-lab/shared';
import { issuesByField } from '../../../lib/errors';

/** Every message key a mentoring form may show (url.invalid comes from the content rules). */
const MESSAGES = { ...VALIDATION_MESSAGES_EN, ...CONTENT_MESSAGES_EN, ...MENTORING_MESSAGES_EN };

/** Message keys by field ('' when valid), for `validation.<key>` translations. */
export function issuesOf(error: Parameters<typeof fieldIssues>[0]): Record<string, string> {
  return issuesByField(fieldIssues(error, MESSAGES));
}
