import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';

export enum MenteeKind {
  LEARNER = 'LEARNER',
  REGION_TEAM = 'REGION_TEAM',
}
registerEnumType(MenteeKind, { name: 'MenteeKind', description: 'One civil servant, or a region team (a region and named members).' });

export enum PairStatus {
  ACTIVE = 'ACTIVE',
  COMPLETED = 'COMPLETED',
  CANCELLED = 'CANCELLED',
}
registerEnumType(PairStatus, { name: 'PairStatus' });

/** A Sumedang mentor paired with a civil servant or a region team, with a focus and dates. */
@ObjectType()
@Entity('mentoring_pairs')
export class MentoringPair {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('mentoring_pairs_mentor_id_idx')
  @Column({ name: 'mentor_id', type: 'uuid' })
  mentorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'mentor_id' })
  mentor?: unknown;

  @Field(() => MenteeKind)
  @Column({ name: 'mentee_kind', type: 'enum', enum: MenteeKind, enumName: 'mentee_kind' })
  menteeKind: MenteeKind;

  /** The mentee's region (a learner's own region, or the team's): coordinators are scoped by it. */
  @Field()
  @Index('mentoring_pairs_region_code_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  @Field(() => ID, { nullable: true })
  @Index('mentoring_pairs_playbook_id_idx')
  @Column({ name: 'playbook_id', type: 'uuid', nullable: true })
  playbookId: string | null;

  @ManyToOne('ContentItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'playbook_id' })
  playbook?: unknown;

  @Field()
  @Column({ type: 'text' })
  goals: string;

  @Field({ description: 'First day (YYYY-MM-DD, WIB).' })
  @Column({ name: 'start_date', type: 'date' })
  startDate: string;

  @Field({ description: 'Last day (YYYY-MM-DD, WIB).' })
  @Column({ name: 'end_date', type: 'date' })
  endDate: string;

  @Field(() => PairStatus)
  @Index('mentoring_pairs_status_idx')
  @Column({ type: 'enum', enum: PairStatus, enumName: 'pair_status', default: PairStatus.ACTIVE })
  status: PairStatus;

  @Field(() => String, { nullable: true, description: 'Why the mentor’s capacity was exceeded, when it was.' })
  @Column({ name: 'capacity_override_reason', type: 'text', nullable: true })
  capacityOverrideReason: string | null;

  @Field(() => String, { nullable: true })
  @Column({ name: 'end_reason', type: 'text', nullable: true })
  endReason: string | null;

  @Index('mentoring_pairs_created_by_idx')
  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: unknown;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** The mentee side of a pair: the one learner, or the region team's named members. */
@Entity('mentoring_pair_members')
export class PairMember {
  @PrimaryColumn({ name: 'pair_id', type: 'uuid' })
  pairId: string;

  @Index('mentoring_pair_members_user_id_idx')
  @PrimaryColumn({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => MentoringPair, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pair_id' })
  pair?: MentoringPair;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;
}

/** SPBE indicators the pair focuses on. */
@Entity('mentoring_pair_indicators')
export class PairIndicator {
  @PrimaryColumn({ name: 'pair_id', type: 'uuid' })
  pairId: string;

  @Index('mentoring_pair_indicators_indicator_id_idx')
  @PrimaryColumn({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne(() => MentoringPair, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'pair_id' })
  pair?: MentoringPair;

  @ManyToOne('SpbeIndicator', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: unknown;
}
