import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

/** numeric columns come back from pg as strings; indices have two decimals. */
const numeric = { to: (value: number | null) => value, from: (value: string | null) => (value === null ? null : Number(value)) };

export enum AssessmentStatus {
  DRAFT = 'DRAFT',
  FINAL = 'FINAL',
}
registerEnumType(AssessmentStatus, { name: 'AssessmentStatus' });

/** A region's self-assessment for a year and framework version: a level per indicator, with evidence. */
@ObjectType()
@Entity('spbe_assessments')
@Unique('spbe_assessments_region_year_key', ['regionCode', 'year', 'frameworkCode'])
export class Assessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  @Field(() => Int)
  @Column({ type: 'int' })
  year: number;

  @Field()
  @Index('spbe_assessments_framework_code_idx')
  @Column({ name: 'framework_code', type: 'varchar', length: 40 })
  frameworkCode: string;

  @ManyToOne('SpbeFramework', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_code' })
  framework?: unknown;

  @Field(() => AssessmentStatus)
  @Column({ type: 'enum', enum: AssessmentStatus, enumName: 'assessment_status', default: AssessmentStatus.DRAFT })
  status: AssessmentStatus;

  @Field(() => Float, { nullable: true, description: 'Computed when finalised.' })
  @Column({ name: 'index_value', type: 'numeric', precision: 3, scale: 2, nullable: true, transformer: numeric })
  index: number | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 40, nullable: true })
  predicate: string | null;

  @Index('spbe_assessments_updated_by_idx')
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updatedBy?: unknown;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'finalized_at', type: 'timestamptz', nullable: true })
  finalizedAt: Date | null;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

@ObjectType()
@Entity('spbe_assessment_levels')
@Check('spbe_assessment_levels_level_check', 'level BETWEEN 1 AND 5')
export class AssessmentLevel {
  @PrimaryColumn({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Assessment;

  @Index('spbe_assessment_levels_indicator_id_idx')
  @PrimaryColumn({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne('SpbeIndicator', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: unknown;

  /** Filled in from the SPBE catalogue when levels are read. */
  @Field()
  indicatorCode: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  level: number;

  @Field(() => String, { nullable: true })
  @Column({ name: 'evidence_url', type: 'varchar', length: 2000, nullable: true })
  evidenceUrl: string | null;

  @Field()
  @Column({ type: 'varchar', length: 2000, default: '' })
  note: string;
}
