import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Assessment } from './assessment.entities';

/** A region's plan to reach its target: the planner's raises, with owners and due dates. */
@ObjectType()
@Entity('spbe_action_plans')
export class ActionPlan {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Index('spbe_action_plans_region_code_idx')
  @Column({ name: 'region_code', type: 'varchar', length: 5 })
  regionCode: string;

  @ManyToOne('Region', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'region_code' })
  region?: unknown;

  @Field(() => ID)
  @Index('spbe_action_plans_assessment_id_idx')
  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => Assessment, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Assessment;

  @Field(() => Float)
  @Column({ type: 'numeric', precision: 3, scale: 2, transformer: { to: (v: number) => v, from: (v: string) => Number(v) } })
  target: number;

  @Index('spbe_action_plans_created_by_idx')
  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}

@ObjectType()
@Entity('spbe_action_plan_items')
export class ActionPlanItem {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('spbe_action_plan_items_plan_id_idx')
  @Column({ name: 'plan_id', type: 'uuid' })
  planId: string;

  @ManyToOne(() => ActionPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ActionPlan;

  @Index('spbe_action_plan_items_indicator_id_idx')
  @Column({ name: 'indicator_id', type: 'int' })
  indicatorId: number;

  @ManyToOne('SpbeIndicator', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'indicator_id' })
  indicator?: unknown;

  /** Filled in from the SPBE catalogue when items are read. */
  @Field()
  indicatorCode: string;

  @Field(() => Int)
  @Column({ name: 'from_level', type: 'int' })
  fromLevel: number;

  @Field(() => Int)
  @Column({ name: 'to_level', type: 'int' })
  toLevel: number;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  owner: string;

  @Field(() => String, { nullable: true })
  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate: string | null;
}
