/** The audit trail's public API: record an event inside the caller's transaction. */
export { AuditModule } from './audit.module';
export { type AuditActor, type AuditEntry, AuditService, changes } from './audit.service';
