import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';

/*
 * Questions and answers under a lesson of a module or a step of a playbook: `(item_id, target_key)`,
 * the key that survives new revisions (as learners' progress and replication trackers use it).
 * The text of a post is never edited; a moderator hides it (who, when, why stay for the audit) and
 * the field resolvers send the text and the audit only to moderators (discussion.resolver.ts).
 */

const HIDDEN_TOGETHER = '(hidden_at IS NULL) = (hidden_by IS NULL) AND (hidden_at IS NULL) = (hidden_reason IS NULL)';

@ObjectType({ description: 'A question under a lesson or a playbook step.' })
@Entity('discussion_questions')
// The thread's page: newest first within one lesson or step (also the index of the item_id foreign key).
@Index('discussion_questions_thread_idx', ['itemId', 'targetKey', 'createdAt'])
@Check('discussion_questions_body_length', 'char_length(body) BETWEEN 1 AND 10000')
@Check('discussion_questions_hidden_together', HIDDEN_TOGETHER)
export class DiscussionQuestion {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { description: 'The module or playbook.' })
  @Column({ name: 'item_id', type: 'uuid' })
  itemId: string;

  @ManyToOne('ContentItem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'item_id' })
  item?: unknown;

  @Field(() => ID, { description: 'The lesson’s or step’s stable key.' })
  @Column({ name: 'target_key', type: 'uuid' })
  targetKey: string;

  @Index('discussion_questions_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  /** Markdown; exposed by the resolver (null to non-moderators once hidden). */
  @Column({ type: 'text' })
  body: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Index('discussion_questions_hidden_by_idx')
  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hidden_by' })
  hiddenBy?: unknown;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;
}

@ObjectType({ description: 'An answer to a question; the content’s author may accept one per question.' })
@Entity('discussion_answers')
// A question's answers, oldest first (also the index of the question_id foreign key).
@Index('discussion_answers_question_idx', ['questionId', 'createdAt'])
// At most one accepted answer per question: accepting another one moves the mark (in one transaction).
@Index('discussion_answers_one_accepted_key', ['questionId'], { unique: true, where: 'accepted_at IS NOT NULL' })
@Check('discussion_answers_body_length', 'char_length(body) BETWEEN 1 AND 10000')
@Check('discussion_answers_hidden_together', HIDDEN_TOGETHER)
@Check('discussion_answers_accepted_together', '(accepted_at IS NULL) = (accepted_by IS NULL)')
export class DiscussionAnswer {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ name: 'question_id', type: 'uuid' })
  questionId: string;

  @ManyToOne(() => DiscussionQuestion, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'question_id' })
  question?: DiscussionQuestion;

  @Index('discussion_answers_author_id_idx')
  @Column({ name: 'author_id', type: 'uuid' })
  authorId: string;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: unknown;

  @Column({ type: 'text' })
  body: string;

  @Field(() => GraphQLISODateTime)
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the content’s author accepted this answer.' })
  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Index('discussion_answers_accepted_by_idx')
  @Column({ name: 'accepted_by', type: 'uuid', nullable: true })
  acceptedById: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'accepted_by' })
  acceptedBy?: unknown;

  @Column({ name: 'hidden_at', type: 'timestamptz', nullable: true })
  hiddenAt: Date | null;

  @Index('discussion_answers_hidden_by_idx')
  @Column({ name: 'hidden_by', type: 'uuid', nullable: true })
  hiddenById: string | null;

  @ManyToOne('User', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'hidden_by' })
  hiddenBy?: unknown;

  @Column({ name: 'hidden_reason', type: 'text', nullable: true })
  hiddenReason: string | null;
}
