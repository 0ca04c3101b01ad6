import type { z } from 'zod';
import { fieldIssues } from '../accounts/account-rules';
import { MENTORING_MESSAGES_EN } from '../mentoring/mentoring-rules';
import { answerRules, DISCUSSION_MESSAGES_EN, DISCUSSION_POST_MAX_LENGTH, hidePostRules, questionRules } from './discussion-rules';

const messages = { ...DISCUSSION_MESSAGES_EN, ...MENTORING_MESSAGES_EN };
const issues = (result: z.ZodSafeParseResult<unknown>) => (result.success ? [] : fieldIssues(result.error, messages));

describe('discussion rules', () => {
  it('a post has 1 to 10 000 characters once trimmed', () => {
    for (const rules of [questionRules, answerRules]) {
      expect(issues(rules.safeParse({ body: ' \n\t ' }))).toEqual([{ field: 'body', message: 'post.required' }]);
      expect(issues(rules.safeParse({ body: 'x'.repeat(20_000) }))).toEqual([{ field: 'body', message: 'post.tooLong' }]);
      expect(issues(rules.safeParse({ body: 'x'.repeat(DISCUSSION_POST_MAX_LENGTH + 1) }))).toEqual([
        { field: 'body', message: 'post.tooLong' },
      ]);
      expect(rules.parse({ body: `  ${'x'.repeat(DISCUSSION_POST_MAX_LENGTH)}  ` }).body).toHaveLength(DISCUSSION_POST_MAX_LENGTH);
    }
  });

  it('hiding needs a reason of at most 1000 characters', () => {
    expect(issues(hidePostRules.safeParse({ reason: '  ' }))).toEqual([{ field: 'reason', message: 'reason.required' }]);
    expect(issues(hidePostRules.safeParse({ reason: 'x'.repeat(1001) }))).toEqual([{ field: 'reason', message: 'reason.tooLong' }]);
    expect(hidePostRules.parse({ reason: ' Spam ' })).toEqual({ reason: 'Spam' });
  });

  it('every message key has its English text', () => {
    expect(Object.keys(DISCUSSION_MESSAGES_EN).sort()).toEqual(['post.required', 'post.tooLong']);
    expect(DISCUSSION_MESSAGES_EN['post.tooLong']).toContain('10000');
  });
});
