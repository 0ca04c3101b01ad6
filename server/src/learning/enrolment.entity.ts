import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { ContentItem } from '../content/content-item.entity';
import { User } from '../users/user.entity';

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

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: User;

  @Index('enrolments_item_id_idx')
  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne(() => ContentItem, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: ContentItem;

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
