import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

/** A learner taking a module. Completion is recorded once, with its date. */
@ObjectType()
@Entity('enrolments')
@Unique('enrolments_user_item_key', ['userId', 'itemId'])
export class Enrolment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Index('enrolments_item_id_idx')
  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne('ContentItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: unknown;

  /**
   * The learner's region when they enrolled, set by the database at insert (RegionOfEvent
   * migration): region figures count the enrolment and its completion there, even if they move.
   * Null for a learner who had no region yet (waiting to join one): no region counts it.
   */
  @Index('enrolments_region_code_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 5, nullable: true })
  regionCode: string | null;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'enrolled_at', type: 'timestamptz' })
  enrolledAt: Date;

  @Field(() => ID, { nullable: true, description: 'The lesson to resume at.' })
  @Column({ name: 'last_lesson_key', type: 'uuid', nullable: true })
  lastLessonKey: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Index('enrolments_completed_at_idx')
  @Column({ name: 'completed_at', type: 'timestamptz', nullable: true })
  completedAt: Date | null;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
