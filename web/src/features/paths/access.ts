import type { CurrentUser } from '../../lib/auth';

/** Mentors and admins create and edit learning paths. */
export const canEditPaths = (user: CurrentUser | null) => Boolean(user?.roles.includes('MENTOR') || user?.roles.includes('ADMIN'));
