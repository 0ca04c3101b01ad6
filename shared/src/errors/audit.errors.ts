/** The audit trail (admins' browse and export). */
export enum AuditErrorReason {
  /** `to` before `from`. */
  INVALID_PERIOD = 'INVALID_PERIOD',
  /** params.max: more events match than one export holds; narrow the period or the filter. */
  EXPORT_TOO_LARGE = 'EXPORT_TOO_LARGE',
}
