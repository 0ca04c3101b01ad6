import { z } from 'zod';

/** A question or an answer under a lesson or a playbook step: Markdown, at most this many characters. */
export const DISCUSSION_POST_MAX_LENGTH = 10_000;
/** Why a moderator hid a post (kept for the audit). */
export const HIDE_REASON_MAX_LENGTH = 1000;

const postBody = z.string().trim().min(1, { message: 'post.required' }).max(DISCUSSION_POST_MAX_LENGTH, { message: 'post.tooLong' });

export const questionRules = z.object({ body: postBody });
export const answerRules = z.object({ body: postBody });
export const hidePostRules = z.object({
  reason: z.string().trim().min(1, { message: 'reason.required' }).max(HIDE_REASON_MAX_LENGTH, { message: 'reason.tooLong' }),
});

/** English text for the post keys above ('reason.*' are the mentoring rules' keys, the same words). */
export const DISCUSSION_MESSAGES_EN = {
  'post.required': 'Write your text.',
  'post.tooLong': `The text may have at most ${DISCUSSION_POST_MAX_LENGTH} characters.`,
} as const;
