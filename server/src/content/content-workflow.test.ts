import { BadUserInputError, ForbiddenError } from '../common/errors/domain-error';
import { nextStatus, type WorkflowAction } from './content-workflow';

const author = { isAuthor: true, isMentor: true, isAdmin: false };
const otherMentor = { isAuthor: false, isMentor: true, isAdmin: false };
const admin = { isAuthor: false, isMentor: false, isAdmin: true };
const learner = { isAuthor: false, isMentor: false, isAdmin: false };

describe('nextStatus', () => {
  it.each([
    ['edit', 'DRAFT', author, 'DRAFT'],
    ['submit', 'DRAFT', author, 'IN_REVIEW'],
    ['withdraw', 'IN_REVIEW', author, 'DRAFT'],
    ['approve', 'IN_REVIEW', otherMentor, 'PUBLISHED'],
    ['approve', 'IN_REVIEW', admin, 'PUBLISHED'],
    ['requestChanges', 'IN_REVIEW', otherMentor, 'DRAFT'],
    ['requestChanges', 'IN_REVIEW', admin, 'DRAFT'],
  ] as const)('allows %s from %s', (action, from, actor, to) => {
    expect(nextStatus(action, from, actor)).toBe(to);
  });

  it.each([
    ['edit', 'DRAFT', otherMentor, 'NOT_THE_AUTHOR'],
    ['edit', 'DRAFT', admin, 'NOT_THE_AUTHOR'],
    ['submit', 'DRAFT', otherMentor, 'NOT_THE_AUTHOR'],
    ['withdraw', 'IN_REVIEW', admin, 'NOT_THE_AUTHOR'],
    ['approve', 'IN_REVIEW', author, 'OWN_WORK'],
    ['approve', 'IN_REVIEW', { ...author, isAdmin: true }, 'OWN_WORK'],
    ['approve', 'IN_REVIEW', learner, 'NOT_A_REVIEWER'],
    ['requestChanges', 'IN_REVIEW', author, 'OWN_WORK'],
    ['requestChanges', 'IN_REVIEW', learner, 'NOT_A_REVIEWER'],
  ] as const)('refuses %s on %s to the wrong person (%s)', (action, from, actor, reason) => {
    expect(() => nextStatus(action, from, actor)).toThrow(ForbiddenError);
    try {
      nextStatus(action, from, actor);
    } catch (error) {
      expect((error as ForbiddenError).reason).toBe(reason);
    }
  });

  const states = ['DRAFT', 'IN_REVIEW', 'PUBLISHED', 'SUPERSEDED'] as const;
  const allowedFrom: Record<WorkflowAction, string> = {
    edit: 'DRAFT',
    submit: 'DRAFT',
    withdraw: 'IN_REVIEW',
    approve: 'IN_REVIEW',
    requestChanges: 'IN_REVIEW',
  };
  for (const action of Object.keys(allowedFrom) as WorkflowAction[]) {
    const actor = ['approve', 'requestChanges'].includes(action) ? otherMentor : author;
    for (const state of states.filter((s) => s !== allowedFrom[action])) {
      it(`refuses ${action} from ${state} as an invalid transition`, () => {
        expect(() => nextStatus(action, state, actor)).toThrow(BadUserInputError);
      });
    }
  }
});
