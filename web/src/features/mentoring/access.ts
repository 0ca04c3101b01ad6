import { useAuth } from '../../lib/auth';
import { useCan } from '../../lib/use-can';

interface PairPeople {
  mentor: { id: string };
  members: ReadonlyArray<{ id: string }>;
}

/**
 * The viewer's part in a pair. The server only shows a pair to its mentor, its mentees and the
 * coordinators of its region (and admins), so a coordinator or admin who is neither mentor nor mentee
 * is one of its coordinators; the server still checks every action.
 */
export function usePairRoles(pair: PairPeople) {
  const { user } = useAuth();
  const can = useCan();
  const isMentor = Boolean(user && pair.mentor.id === user.id);
  const isMentee = Boolean(user && pair.members.some((member) => member.id === user.id));
  const isCoordinator = can('coordinateRegions');
  return { isMentor, isMentee, isCoordinator, canManage: isMentor || isCoordinator };
}
