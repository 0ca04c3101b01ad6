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
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { ContentItem } from '../content';
import { Region } from '../regions';

export enum StepStatus {
  NOT_STARTED = 'NOT_STARTED',
  IN_PROGRESS = 'IN_PROGRESS',
  DONE = 'DONE',
  BLOCKED = 'BLOCKED',
}
registerEnumType(StepStatus, { name: 'StepStatus' });

/** A region replicating one of Sumedang's playbooks; once per region and playbook. */
@ObjectType()
@Entity('playbook_adoptions')
@Unique('playbook_adoptions_region_playbook_key', ['regionCode', 'playbookId'])
export class PlaybookAdoption {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  @Field(() => ID)
  @Index('playbook_adoptions_playbook_id_idx')
  @Column({ name: 'playbook_id', type: 'uuid' })
  playbookId: string;

  @ManyToOne('ContentItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'playbook_id' })
  playbook?: unknown;

  @Index('playbook_adoptions_adopted_by_idx')
  @Column({ name: 'adopted_by', type: 'uuid' })
  adoptedById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'adopted_by' })
  adoptedBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'adopted_at', type: 'timestamptz' })
  adoptedAt: Date;
}

/**
 * Progress of one playbook step in an adopting region, keyed by the step's stable key so playbook
 * revisions keep it. A step without a row has not been started (version 0).
 */
@Entity('adoption_steps')
export class AdoptionStep {
  @PrimaryColumn({ name: 'adoption_id', type: 'uuid' })
  adoptionId: string;

  @ManyToOne(() => PlaybookAdoption, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'adoption_id' })
  adoption?: PlaybookAdoption;

  @PrimaryColumn({ name: 'step_key', type: 'uuid' })
  stepKey: string;

  @Column({ type: 'enum', enum: StepStatus, enumName: 'step_status', default: StepStatus.NOT_STARTED })
  status: StepStatus;

  @Column({ name: 'blocked_reason', type: 'varchar', length: 1000, nullable: true })
  blockedReason: string | null;

  @Column({ type: 'varchar', length: 200, default: '' })
  owner: string;

  @Column({ name: 'evidence_url', type: 'varchar', length: 2000, nullable: true })
  evidenceUrl: string | null;

  @Column({ name: 'evidence_note', type: 'varchar', length: 2000, default: '' })
  evidenceNote: string;

  /** An uploaded evidence file (`evidence/<uuid>` in the FileStore), with its cleaned name, checked type and size. */
  @Column({ name: 'evidence_file_key', type: 'varchar', length: 80, nullable: true, unique: true })
  evidenceFileKey: string | null;

  @Column({ name: 'evidence_file_name', type: 'varchar', length: 255, nullable: true })
  evidenceFileName: string | null;

  @Column({ name: 'evidence_file_type', type: 'varchar', length: 120, nullable: true })
  evidenceFileType: string | null;

  @Column({ name: 'evidence_file_size', type: 'int', nullable: true })
  evidenceFileSize: number | null;

  @Column({ name: 'started_on', type: 'date', nullable: true })
  startedOn: string | null;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn: string | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Index('adoption_steps_updated_by_idx')
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updatedBy?: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}

/** A playbook step with the region's progress on it. */
@ObjectType()
export class AdoptionStepView {
  @Field(() => ID)
  stepKey: string;

  @Field(() => Int)
  position: number;

  @Field()
  title: string;

  @Field()
  responsibleRole: string;

  @Field(() => Int)
  estimatedDays: number;

  @Field({ description: 'What the playbook says shows the step is done.' })
  expectedEvidence: string;

  @Field(() => StepStatus)
  status: StepStatus;

  @Field(() => String, { nullable: true })
  blockedReason: string | null;

  @Field()
  owner: string;

  @Field(() => String, { nullable: true })
  evidenceUrl: string | null;

  @Field()
  evidenceNote: string;

  @Field(() => String, { nullable: true, description: 'The uploaded evidence file’s name, when there is one.' })
  evidenceFileName: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Where the evidence file downloads (same access as the tracker); upload with POST /api/evidence/replication/:adoptionId/:stepKey.',
  })
  evidenceFilePath: string | null;

  @Field(() => String, { nullable: true })
  startedOn: string | null;

  @Field(() => String, { nullable: true })
  doneOn: string | null;

  @Field(() => Int, { description: '0 until the step is first updated.' })
  version: number;
}

@ObjectType({ description: 'One cell of the replication matrix: a region and a Sumedang service it replicates.' })
export class ReplicationCell {
  @Field(() => Region)
  region: Region;

  @Field(() => ContentItem)
  playbook: ContentItem;

  @Field(() => ID)
  adoptionId: string;

  @Field(() => Int)
  stepsDone: number;

  @Field(() => Int)
  stepsTotal: number;

  @Field(() => Int)
  stepsBlocked: number;
}
