import { ANSWER_POLICIES, type AnswerPolicy, DEFAULT_ANSWER_POLICY, QUESTION_KINDS, type QuestionKind } from '@living-lab/shared';
import { registerEnumType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';

export const QuestionKindEnum = Object.fromEntries(QUESTION_KINDS.map((kind) => [kind, kind])) as { [K in QuestionKind]: K };
registerEnumType(QuestionKindEnum, { name: 'QuestionKind' });

export const AnswerPolicyEnum = Object.fromEntries(ANSWER_POLICIES.map((policy) => [policy, policy])) as { [K in AnswerPolicy]: K };
registerEnumType(AnswerPolicyEnum, {
  name: 'AnswerPolicy',
  description: 'When a learner sees the correct answers and explanations of a submitted attempt.',
});

/** Stored question with its answer key; learners only ever receive `QuizQuestion` (no `correct`). */
export interface StoredQuestion {
  key: string;
  kind: QuestionKind;
  prompt: string;
  options: Array<{ key: string; text: string; correct: boolean }>;
  explanation: string;
}

/** End-of-module quizzes use this scope; a lesson quiz uses the lesson's key. */
export const MODULE_END_SCOPE = 'END';

/** A quiz with its answer key. Exposed to its editors as QuizForEditing, to learners as LearnerQuiz/QuizQuestion. */
@Entity('quizzes')
@Unique('quizzes_item_scope_key', ['itemId', 'scope'])
export class Quiz {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne('ContentItem', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'item_id' })
  item?: unknown;

  /** A lesson key, or END for the quiz at the end of the module. */
  @Column({ type: 'varchar', length: 36 })
  scope: string;

  @Column({ name: 'pass_mark_percent', type: 'int' })
  passMarkPercent: number;

  @Column({ type: 'jsonb' })
  questions: StoredQuestion[];

  /** Attempts a learner may start; null: unlimited. */
  @Column({ name: 'attempts_allowed', type: 'int', nullable: true })
  attemptsAllowed: number | null;

  @Column({ name: 'answer_policy', type: 'varchar', length: 24, default: DEFAULT_ANSWER_POLICY })
  answerPolicy: AnswerPolicy;

  /** Questions drawn at random for each attempt; null: all of them. */
  @Column({ name: 'draw_count', type: 'int', nullable: true })
  drawCount: number | null;

  @Column({ type: 'int', default: 1 })
  version: number;

  @Index('quizzes_updated_by_idx')
  @Column({ name: 'updated_by', type: 'uuid' })
  updatedById: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updatedBy?: unknown;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
