/**
 * What the audit trail records (`audit_events.action`): `<feature>.<what happened>`. The server writes
 * only these; the web's filter offers them with a label in each language.
 */
export const AUDIT_ACTIONS = [
  'content.submitted',
  'content.withdrawn',
  'content.changes-requested',
  'content.published',
  'content.archived',
  'content.restored',
  'user.roles-changed',
  'user.coordinated-regions-changed',
  'user.region-changed',
  'user.deactivated',
  'user.reactivated',
  'auth.password-reset-link-sent',
  'auth.password-reset',
  'auth.password-changed',
  'mentoring.pair-created',
  'mentoring.pair-ended',
  'assessment.saved',
  'assessment.finalized',
  'assessment.reopened',
  'pemdi.opened',
  'pemdi.owners-assigned',
  'pemdi.indicator-saved',
  'pemdi.submitted',
  'pemdi.verdict-recorded',
  'replication.step-updated',
  'replication.evidence-file-attached',
] as const;

export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export const isAuditAction = (value: string): value is AuditAction => (AUDIT_ACTIONS as readonly string[]).includes(value);

/** Rows one CSV export may hold; a longer period is refused (narrow the filter). */
export const AUDIT_EXPORT_MAX_ROWS = 10_000;
