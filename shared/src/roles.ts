/** Roles a user may hold; a user may hold several. Every account is at least a LEARNER. */
export const ROLES = ['LEARNER', 'MENTOR', 'COORDINATOR', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const isRole = (value: string): value is Role => (ROLES as readonly string[]).includes(value);
