import type { CurrentUser } from '../../lib/auth';

export const hasRole = (user: CurrentUser | null, role: string) => user?.roles.includes(role as never) ?? false;
export const isMentor = (user: CurrentUser | null) => hasRole(user, 'MENTOR');
export const isReviewer = (user: CurrentUser | null) => hasRole(user, 'MENTOR') || hasRole(user, 'ADMIN');

/** Drafts, revisions and history are for mentors, admins and the author (the server answers FORBIDDEN otherwise). */
export const canSeeWork = (user: CurrentUser | null, authorId: string | undefined) =>
  isReviewer(user) || (user !== null && authorId !== undefined && user.id === authorId);

/** Content type in the editor's URL: /konten/baru/modul. */
export const TYPE_SLUGS = { MODULE: 'modul', CASE_STUDY: 'studi-kasus', PLAYBOOK: 'playbook' } as const;

export function typeFromSlug(slug: string | undefined): keyof typeof TYPE_SLUGS | null {
  const entry = Object.entries(TYPE_SLUGS).find(([, value]) => value === slug);
  return entry ? (entry[0] as keyof typeof TYPE_SLUGS) : null;
}
