import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';

export enum PemdiEvaluationStatus {
  /** Owners fill in values, justifications and evidence. */
  DRAFT = 'DRAFT',
  /** Sent to the assessors; verdicts come in, items to revise go back to their owners. */
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(PemdiEvaluationStatus, { name: 'PemdiEvaluationStatus' });

export enum EvidenceKind {
  FILE = 'FILE',
  LINK = 'LINK',
}
registerEnumType(EvidenceKind, { name: 'EvidenceKind' });

export enum EvidenceVerdict {
  ACCEPTED = 'ACCEPTED',
  TO_REVISE = 'TO_REVISE',
  REJECTED = 'REJECTED',
}
registerEnumType(EvidenceVerdict, { name: 'EvidenceVerdict', description: 'The assessors’ verdict on one evidence item.' });

/**
 * A region's Pemdi self-assessment (Indeks Pemerintah Digital, PermenPANRB 8/2026) for an evaluation
 * year, as it really runs: indicators assigned to owners, evidence items judged one by one. Kept apart
 * from the SPBE self-assessments (`spbe_assessments`), which stay as they are.
 */
@ObjectType()
@Entity('pemdi_evaluations')
@Unique('pemdi_evaluations_region_year_key', ['regionCode', 'year'])
export class PemdiEvaluation {
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
  @Index('pemdi_evaluations_framework_code_idx')
  @Column({ name: 'framework_code', type: 'varchar', length: 40 })
  frameworkCode: string;

  @ManyToOne('SpbeFramework', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'framework_code' })
  framework?: unknown;

  @Field(() => PemdiEvaluationStatus)
  @Column({ type: 'enum', enum: PemdiEvaluationStatus, enumName: 'pemdi_evaluation_status', default: PemdiEvaluationStatus.DRAFT })
  status: PemdiEvaluationStatus;

  @Field(() => Int, { description: 'How many times it was submitted (0 while a draft); a resubmission sends revised evidence.' })
  @Column({ name: 'submission_round', type: 'int', default: 0 })
  submissionRound: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Index('pemdi_evaluations_opened_by_idx')
  @Column({ name: 'opened_by', type: 'uuid' })
  openedById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'opened_by' })
  openedBy?: unknown;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** One indicator of an evaluation: its owner, and the owner's value (hundredths, 100-500) and justification. */
@ObjectType()
@Entity('pemdi_evaluation_indicators')
@Check('pemdi_evaluation_indicators_value_check', 'value_hundredths BETWEEN 100 AND 500')
export class PemdiIndicatorEntry {
  @PrimaryColumn({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => PemdiEvaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: PemdiEvaluation;

  @Index('pemdi_evaluation_indicators_indicator_id_idx')
  @PrimaryColumn({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne('SpbeIndicator', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: unknown;

  @Index('pemdi_evaluation_indicators_owner_id_idx')
  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId: string | null;

  @ManyToOne('User', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'owner_id' })
  owner?: unknown;

  /** Exact: hundredths of the value (3.25 = 325); null until the owner sets it. */
  @Column({ name: 'value_hundredths', type: 'int', nullable: true })
  valueHundredths: number | null;

  @Field()
  @Column({ type: 'varchar', length: 4000, default: '' })
  justification: string;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;

  @Field(() => GraphQLISODateTime)
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/**
 * An evidence item of an indicator: an uploaded file (kept in the FileStore under a generated key)
 * or a link, with the owner's note; once submitted, the assessors' verdict and note. An item to
 * revise may be replaced by a new one (`replaced_by`); the replaced item keeps its history.
 */
@ObjectType()
@Entity('pemdi_evidence_items')
@Index('pemdi_evidence_items_evaluation_indicator_idx', ['evaluationId', 'indicatorId'])
@Check(
  'pemdi_evidence_items_kind_check',
  `(kind = 'FILE' AND file_key IS NOT NULL AND url IS NULL) OR (kind = 'LINK' AND url IS NOT NULL AND file_key IS NULL)`,
)
@Check('pemdi_evidence_items_verdict_check', 'verdict IS NULL OR submitted_round IS NOT NULL')
export class PemdiEvidenceItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'evaluation_id', type: 'uuid' })
  evaluationId: string;

  @ManyToOne(() => PemdiEvaluation, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'evaluation_id' })
  evaluation?: PemdiEvaluation;

  @Index('pemdi_evidence_items_indicator_id_idx')
  @Column({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne('SpbeIndicator', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: unknown;

  /** Filled in from the catalogue when read. */
  @Field()
  indicatorCode: string;

  @Field(() => EvidenceKind)
  @Column({ type: 'enum', enum: EvidenceKind, enumName: 'pemdi_evidence_kind' })
  kind: EvidenceKind;

  @Field(() => String, { nullable: true })
  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  /** `evidence/<uuid>` in the FileStore; never shown (downloads go through the checked route). */
  @Column({ name: 'file_key', type: 'varchar', length: 80, nullable: true, unique: true })
  fileKey: string | null;

  @Field(() => String, { nullable: true, description: 'The uploaded file’s name (cleaned), for display and download.' })
  @Column({ name: 'file_name', type: 'varchar', length: 255, nullable: true })
  fileName: string | null;

  @Field(() => String, { nullable: true, description: 'The type found in the content at upload.' })
  @Column({ name: 'content_type', type: 'varchar', length: 120, nullable: true })
  contentType: string | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'size_bytes', type: 'int', nullable: true })
  sizeBytes: number | null;

  @Field()
  @Column({ type: 'varchar', length: 2000, default: '' })
  note: string;

  @Index('pemdi_evidence_items_created_by_idx')
  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => Int, { nullable: true, description: 'The submission that sent it to the assessors; null while not submitted.' })
  @Column({ name: 'submitted_round', type: 'int', nullable: true })
  submittedRound: number | null;

  @Field(() => EvidenceVerdict, { nullable: true })
  @Column({ type: 'enum', enum: EvidenceVerdict, enumName: 'pemdi_evidence_verdict', nullable: true })
  verdict: EvidenceVerdict | null;

  @Field({ description: 'The assessors’ note (required with TO_REVISE).' })
  @Column({ name: 'assessor_note', type: 'varchar', length: 2000, default: '' })
  assessorNote: string;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'verdict_at', type: 'timestamptz', nullable: true })
  verdictAt: Date | null;

  @Index('pemdi_evidence_items_verdict_by_idx')
  @Column({ name: 'verdict_by', type: 'uuid', nullable: true })
  verdictById: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'verdict_by' })
  verdictBy?: unknown;

  /** The item that replaced this one (an item to revise, revised by its owner). */
  @Field(() => ID, { nullable: true })
  @Index('pemdi_evidence_items_replaced_by_idx')
  @Column({ name: 'replaced_by', type: 'uuid', nullable: true })
  replacedById: string | null;

  @ManyToOne(() => PemdiEvidenceItem, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'replaced_by' })
  replacedBy?: PemdiEvidenceItem;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}
