import type { Role } from './roles';

/**
 * Which roles may do what: the one map the server's `@Can(...)` and the web's `useCan()` read.
 * Scoping finer than a role (a coordinator's own regions, an author's own item) is decided by the
 * server's services on top of this.
 */
export const PERMISSIONS = {
  /** Search, filter and change accounts, roles and coordinated regions. */
  manageUsers: ['ADMIN'],
  /** Set a province's target index. */
  setProvinceTargets: ['ADMIN'],
  /** Edit the SPBE / Pemdi catalogue: level names of a framework or of a domain. */
  editSpbeCatalogue: ['ADMIN'],
  /** Write modules, case studies and playbooks, and see one's own. */
  authorContent: ['MENTOR'],
  /** Approve or send back revisions written by others, and see drafts and history. */
  reviewContent: ['MENTOR', 'ADMIN'],
  /** Archive and restore items (the author's own, or any for admins). */
  archiveContent: ['MENTOR', 'ADMIN'],
  /** Write quizzes and learning paths. */
  editLearningDesign: ['MENTOR', 'ADMIN'],
  /** Act as a mentor in mentoring pairs. */
  mentor: ['MENTOR'],
  /** Coordinate regions: pairs, learners, assessments, replication, dashboards, exports. */
  coordinateRegions: ['COORDINATOR', 'ADMIN'],
  /** Coordinate every region without being given it (others coordinate only the regions given to them). */
  coordinateAllRegions: ['ADMIN'],
  /** Be given regions to coordinate: the list shows on the profile and an admin edits it. */
  beGivenRegions: ['COORDINATOR'],
  /** Act on any author's item as its author would: archive, restore, write its quizzes. */
  manageAnyContent: ['ADMIN'],
  /** Hide an abusive question or answer under a lesson or a playbook step (kept for the audit). */
  moderateDiscussions: ['MENTOR', 'ADMIN'],
  /** Read the e-mail outbox (every message and its delivery status) and send failed ones again. */
  manageMailOutbox: ['ADMIN'],
  /** Browse, filter and export the audit trail (who changed what, when, before and after). */
  viewAuditLog: ['ADMIN'],
} as const satisfies Record<string, readonly [Role, ...Role[]]>;

export type Permission = keyof typeof PERMISSIONS;

export const PERMISSION_NAMES = Object.keys(PERMISSIONS) as Permission[];

/** True when any of the roles grants the permission. */
export function can(roles: readonly Role[] | null | undefined, permission: Permission): boolean {
  const allowed: readonly Role[] = PERMISSIONS[permission];
  return (roles ?? []).some((role) => allowed.includes(role));
}
