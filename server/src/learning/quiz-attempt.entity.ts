import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Quiz, type StoredQuestion } from './quiz.entity';

/**
 * One try at a quiz. The questions are copied at the start, so a quiz edited meanwhile cannot change
 * what this attempt is graded against. Submitted once: the UPDATE requires submitted_at IS NULL.
 */
@ObjectType()
@Entity('quiz_attempts')
@Index('quiz_attempts_user_quiz_idx', ['userId', 'quizId'])
export class QuizAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Index('quiz_attempts_quiz_id_idx')
  @Column({ name: 'quiz_id', type: 'uuid' })
  quizId: string;

  @ManyToOne(() => Quiz, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'quiz_id' })
  quiz?: Quiz;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne('User', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: unknown;

  @Column({ name: 'questions', type: 'jsonb' })
  questions: StoredQuestion[];

  @Field(() => Int)
  @Column({ name: 'pass_mark_percent', type: 'int' })
  passMarkPercent: number;

  /** Chosen option keys per question key. */
  @Column({ type: 'jsonb', nullable: true })
  answers: Record<string, string[]> | null;

  @Field(() => Int, { nullable: true })
  @Column({ name: 'score_percent', type: 'int', nullable: true })
  scorePercent: number | null;

  @Field(() => Boolean, { nullable: true })
  @Column({ type: 'boolean', nullable: true })
  passed: boolean | null;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'started_at', type: 'timestamptz' })
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;
}
