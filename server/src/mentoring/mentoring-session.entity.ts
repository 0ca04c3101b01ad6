import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { MentoringPair } from './mentoring-pair.entity';

export enum SessionStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}
registerEnumType(SessionStatus, { name: 'SessionStatus' });

/** A mentoring session. Times are stored in UTC and shown in WIB (or the user's zone). */
@ObjectType()
@Entity('mentoring_sessions')
@Check('mentoring_sessions_duration_check', 'duration_minutes BETWEEN 1 AND 480')
export class MentoringSession {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index('mentoring_sessions_pair_id_idx')
  @Column({ name: 'pair_id', type: 'uuid' })
  pairId: string;

  @ManyToOne(() => MentoringPair, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pair_id' })
  pair?: MentoringPair;

  @Field(() => GraphQLISODateTime)
  @Index('mentoring_sessions_starts_at_idx')
  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt: Date;

  @Field(() => Int)
  @Column({ name: 'duration_minutes', type: 'int' })
  durationMinutes: number;

  @Field(() => String, { nullable: true, description: 'Online meeting link.' })
  @Column({ name: 'online_url', type: 'varchar', length: 2000, nullable: true })
  onlineUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Place, for a meeting in person.' })
  @Column({ type: 'varchar', length: 300, nullable: true })
  place: string | null;

  @Field()
  @Column({ type: 'text' })
  agenda: string;

  @Field(() => SessionStatus)
  @Column({ type: 'enum', enum: SessionStatus, enumName: 'session_status', default: SessionStatus.SCHEDULED })
  status: SessionStatus;

  @Field(() => String, { nullable: true })
  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason: string | null;

  /** Mentor's notes after the session: visible to the pair and their coordinator only (resolver checks). */
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  /** iCalendar SEQUENCE: bumped on every reschedule or cancellation. */
  @Field(() => Int)
  @Column({ type: 'int', default: 0 })
  sequence: number;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Index('mentoring_sessions_created_by_idx')
  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * Everyone in a session (the mentor and each mentee member) with the session's time range. The
 * exclusion constraint makes double booking impossible in the database: two overlapping active rows
 * for one person cannot both exist, so of two concurrent bookings exactly one commits.
 */
@Entity('mentoring_session_participants')
@Exclusion('mentoring_session_participants_no_overlap', `USING gist ("user_id" WITH =, "period" WITH &&) WHERE ("active")`)
export class SessionParticipant {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Index('mentoring_session_participants_user_id_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => MentoringSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: MentoringSession;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ type: 'tstzrange' })
  period: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;
}

@ObjectType()
@Entity('mentoring_action_items')
// The daily due/overdue reminder job reads open items by due day.
@Index('mentoring_action_items_open_due_idx', ['dueDate'], { where: 'done_at IS NULL' })
export class ActionItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index('mentoring_action_items_session_id_idx')
  @Column({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @ManyToOne(() => MentoringSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: MentoringSession;

  @Field()
  @Column({ type: 'varchar', length: 1000 })
  text: string;

  @Index('mentoring_action_items_owner_id_idx')
  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'owner_id' })
  owner?: unknown;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true })
  doneAt: Date | null;
}

/** A mentee member's rating of a held session; one per person and session. */
@ObjectType()
@Entity('mentoring_session_feedback')
@Check('mentoring_session_feedback_rating_check', 'rating BETWEEN 1 AND 5')
export class SessionFeedback {
  @Field(() => ID)
  @PrimaryColumn({ name: 'session_id', type: 'uuid' })
  sessionId: string;

  @Index('mentoring_session_feedback_user_id_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => MentoringSession, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: MentoringSession;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Field(() => Int)
  @Column({ type: 'int' })
  rating: number;

  @Field()
  @Column({ type: 'varchar', length: 2000, default: '' })
  comment: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

/** A user's private calendar feed: only the SHA-256 of the secret token is stored. */
@Entity('calendar_feeds')
export class CalendarFeed {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Index('calendar_feeds_token_hash_key', { unique: true })
  @Column({ name: 'token_hash', type: 'char', length: 64 })
  tokenHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
