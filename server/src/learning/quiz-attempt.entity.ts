import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { Quiz, type StoredQuestion } from './quiz.entity';

/**
 * One try at a quiz. The questions are copied at the start, so a quiz edited meanwhile cannot change
 * what this attempt is graded against (drawn from the pool, options shuffled for this attempt).
 * Submitted once: the UPDATE requires submitted_at IS NULL. Numbered per learner and quiz: the unique
 * constraint makes two concurrent starts unable to exceed the attempts allowed.
 */
@ObjectType()
@Entity('quiz_attempts')
@Unique('quiz_attempts_user_quiz_number_key', ['userId', 'quizId', 'attemptNumber'])
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

  /** 1 for the learner's first attempt at this quiz. */
  @Column({ name: 'attempt_number', type: 'int' })
  attemptNumber: number;

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
