import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/** A request's life: PENDING until a coordinator of the new region (or an admin) decides, or its user cancels. */
export enum RegionMoveStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(RegionMoveStatus, { name: 'RegionMoveStatus' });

/**
 * A user's request to move to another region. Membership is not self-declared: `users.region_code`
 * changes only when the request is approved, in the approving transaction.
 */
@ObjectType({ description: 'A request to move to another region, decided by a coordinator of the new region or an admin.' })
@Entity('region_move_requests')
// One pending request per user: a second one is a CONFLICT decided by the database.
@Index('region_move_requests_one_pending_key', ['userId'], { unique: true, where: `status = 'PENDING'` })
// The user's own requests, newest first (also the index of the user_id foreign key).
@Index('region_move_requests_user_idx', ['userId', 'createdAt'])
// The coordinator's list: a region's requests by status, oldest first.
@Index('region_move_requests_to_region_idx', ['toRegionCode', 'status', 'createdAt'])
@Check('region_move_requests_other_region', 'from_region_code <> to_region_code')
@Check('region_move_requests_decided_together', `(status IN ('APPROVED', 'REJECTED')) = (decided_at IS NOT NULL)`)
@Check('region_move_requests_reason_length', 'reason IS NULL OR char_length(reason) BETWEEN 1 AND 1000')
export class RegionMoveRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  /** The region the user belonged to when asking; null when a new account asks to join its first. */
  @Field(() => String, { nullable: true })
  @Index('region_move_requests_from_region_idx')
  @Column({ name: 'from_region_code', type: 'varchar', length: 5, nullable: true })
  fromRegionCode: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'from_region_code' })
  fromRegion?: unknown;

  @Field()
  @Column({ name: 'to_region_code', type: 'varchar', length: 5 })
  toRegionCode: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'to_region_code' })
  toRegion?: unknown;

  @Field(() => RegionMoveStatus)
  @Column({ type: 'enum', enum: RegionMoveStatus, enumName: 'region_move_status', default: RegionMoveStatus.PENDING })
  status: RegionMoveStatus;

  /** Who approved or rejected it (null while pending, after a cancellation, or once that account is gone). */
  @Index('region_move_requests_decided_by_idx')
  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedById: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'decided_by' })
  decidedBy?: unknown;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'decided_at', type: 'timestamptz', nullable: true })
  decidedAt: Date | null;

  /** Why it was rejected, as the decider wrote it (shown to the user). */
  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
