import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A JSON value kept in `before` / `after`: the changed fields only, never a password hash or a token. */
export type AuditValues = Record<string, unknown>;

/**
 * The audit trail: one append-only row per consequential change (who, when, what, before and after),
 * written in the transaction of the change. A trigger (migration AuditEvents) refuses UPDATE, DELETE
 * and TRUNCATE. No foreign keys: a row outlives what it names, and an ON DELETE action would have to
 * change it. The actor's e-mail is copied so the row says who it was even after the address changes.
 */
@ObjectType('AuditEvent', { description: 'One entry of the audit trail (admins only).' })
@Entity('audit_events')
@Index('audit_events_occurred_at_idx', ['occurredAt', 'id'])
@Index('audit_events_actor_occurred_at_idx', ['actorUserId', 'occurredAt'])
@Index('audit_events_actor_email_occurred_at_idx', ['actorEmail', 'occurredAt'])
@Index('audit_events_action_occurred_at_idx', ['action', 'occurredAt'])
@Index('audit_events_region_occurred_at_idx', ['regionCode', 'occurredAt'])
export class AuditEvent {
  @Field(() => ID)
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Field(() => GraphQLISODateTime)
  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** Null for the system (a job, the seeder) or someone not signed in (a reset link). */
  @Field(() => ID, { nullable: true })
  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Field(() => String, { nullable: true, description: "The actor's e-mail when it happened; null: the system or a reset link." })
  @Column({ name: 'actor_email', type: 'text', nullable: true })
  actorEmail: string | null;

  /** `<feature>.<what happened>`, e.g. 'content.published', 'user.roles-changed'. */
  @Field(() => String, { description: "e.g. 'content.published'." })
  @Column({ type: 'text' })
  action: string;

  /** What was changed: 'ContentRevision', 'User', 'MentoringPair', ... */
  @Field(() => String)
  @Column({ name: 'subject_type', type: 'text' })
  subjectType: string;

  @Field(() => String)
  @Column({ name: 'subject_id', type: 'text' })
  subjectId: string;

  /** The region the change belongs to, when it belongs to one. */
  @Field(() => String, { nullable: true })
  @Column({ name: 'region_code', type: 'text', nullable: true })
  regionCode: string | null;

  @Column({ type: 'jsonb', nullable: true })
  before: AuditValues | null;

  @Column({ type: 'jsonb', nullable: true })
  after: AuditValues | null;
}
