import { CommonErrorReason, ContentErrorReason, type RevisionStatus } from '@living-lab/shared';
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

/** The status after `action`, or a FORBIDDEN / BAD_USER_INPUT error saying why not. */
export function nextStatus(action: WorkflowAction, current: RevisionStatus, actor: WorkflowActor): RevisionStatus {
  const rule = RULES[action];
  if (rule.who === 'author' && !actor.isAuthor) {
    throw new ForbiddenError(ContentErrorReason.NOT_THE_AUTHOR);
  }
  if (rule.who === 'reviewer') {
    if (actor.isAuthor) throw new ForbiddenError(ContentErrorReason.OWN_WORK);
    if (!actor.isMentor && !actor.isAdmin) throw new ForbiddenError(ContentErrorReason.NOT_A_REVIEWER);
  }
  if (current !== rule.from) {
    // The web says why from the action and the status it needs (`from`).
    throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION, { params: { action, from: rule.from, status: current } });
  }
  return rule.to;
}
