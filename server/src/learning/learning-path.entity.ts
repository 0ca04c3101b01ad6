import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
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

/** An ordered series of modules; a module unlocks when the modules it requires are complete. */
@ObjectType()
@Entity('learning_paths')
export class LearningPath {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field()
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Field()
  @Column({ type: 'varchar', length: 2000 })
  description: string;

  @Index('learning_paths_created_by_idx')
  @Column({ name: 'created_by', type: 'uuid' })
  createdById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  createdBy?: unknown;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Field(() => Int)
  @Column({ type: 'int', default: 1 })
  version: number;
}

/** A module's place in a path, and the modules of the same path it requires. */
@Entity('learning_path_steps')
export class LearningPathStep {
  @PrimaryColumn({ name: 'path_id', type: 'uuid' })
  pathId: string;

  @ManyToOne(() => LearningPath, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'path_id' })
  path?: LearningPath;

  @Index('learning_path_steps_item_id_idx')
  @PrimaryColumn({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne('ContentItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: unknown;

  @Column({ type: 'int' })
  position: number;

  /** Item ids of earlier steps of this path that must be complete first. */
  @Column({ name: 'requires_item_ids', type: 'uuid', array: true, default: () => "'{}'" })
  requiresItemIds: string[];
}
