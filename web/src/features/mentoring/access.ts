import type { CurrentUser } from '../../lib/auth';

interface PairPeople {
  mentor: { id: string };
  members: ReadonlyArray<{ id: string }>;
}

/** Coordinators and admins pair mentors and follow the pairs of their regions. */
export function coordinates(user: CurrentUser | null): boolean {
  return Boolean(user && (user.roles.includes('COORDINATOR') || user.roles.includes('ADMIN')));
}

/**
 * The viewer's part in a pair. The server only shows a pair to its mentor, its mentees and the
 * coordinators of its region (and admins), so a coordinator or admin who is neither mentor nor mentee
 * is one of its coordinators; the server still checks every action.
 */
export function pairRoles(user: CurrentUser | null, pair: PairPeople) {
  const isMentor = Boolean(user && pair.mentor.id === user.id);
  const isMentee = Boolean(user && pair.members.some((member) => member.id === user.id));
  const isCoordinator = coordinates(user);
  return { isMentor, isMentee, isCoordinator, canManage: isMentor || isCoordinator };
}
