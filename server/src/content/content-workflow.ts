import type { RevisionStatus } from '@living-lab/shared';
import { BadUserInputError, ForbiddenError } from '../common/errors/domain-error';

/**
 * The review workflow as plain rules (no database), so every transition allowed and refused is
 * unit-tested in one place:
 *   author: edit DRAFT, submit DRAFT -> IN_REVIEW, withdraw IN_REVIEW -> DRAFT
 *   another MENTOR or an ADMIN (never the author): approve IN_REVIEW -> PUBLISHED,
 *   request changes IN_REVIEW -> DRAFT (with a comment)
 */
export type WorkflowAction = 'edit' | 'submit' | 'withdraw' | 'approve' | 'requestChanges';

export interface WorkflowActor {
  isAuthor: boolean;
  isMentor: boolean;
  isAdmin: boolean;
}

const RULES: Record<WorkflowAction, { from: RevisionStatus; to: RevisionStatus; who: 'author' | 'reviewer' }> = {
  edit: { from: 'DRAFT', to: 'DRAFT', who: 'author' },
  submit: { from: 'DRAFT', to: 'IN_REVIEW', who: 'author' },
  withdraw: { from: 'IN_REVIEW', to: 'DRAFT', who: 'author' },
  approve: { from: 'IN_REVIEW', to: 'PUBLISHED', who: 'reviewer' },
  requestChanges: { from: 'IN_REVIEW', to: 'DRAFT', who: 'reviewer' },
};

const STATE_MESSAGES: Record<WorkflowAction, string> = {
  edit: 'Only a draft can be edited. Start a new revision to change published content.',
  submit: 'Only a draft can be submitted for review.',
  withdraw: 'Only a revision in review can be withdrawn.',
  approve: 'Only a revision in review can be approved: submit the draft for review first.',
  requestChanges: 'Only a revision in review can be sent back.',
};

/** The status after `action`, or a FORBIDDEN / BAD_USER_INPUT error saying why not. */
export function nextStatus(action: WorkflowAction, current: RevisionStatus, actor: WorkflowActor): RevisionStatus {
  const rule = RULES[action];
  if (rule.who === 'author' && !actor.isAuthor) {
    throw new ForbiddenError('Only the author can do this to their content.', 'NOT_THE_AUTHOR');
  }
  if (rule.who === 'reviewer') {
    if (actor.isAuthor) throw new ForbiddenError('Nobody reviews their own work: ask another mentor.', 'OWN_WORK');
    if (!actor.isMentor && !actor.isAdmin) throw new ForbiddenError('Only mentors and admins review content.', 'NOT_A_REVIEWER');
  }
  if (current !== rule.from) throw new BadUserInputError(STATE_MESSAGES[action], 'INVALID_TRANSITION');
  return rule.to;
}
