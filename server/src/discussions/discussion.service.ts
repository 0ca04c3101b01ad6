import { answerRules, can, DiscussionsErrorReason, hidePostRules, questionRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, IsNull, Not, type Repository } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { type PageArgs, pageWindow } from '../common/pagination/paginated';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { ContentReaderService, type VisibleParts } from '../content';
import type { User } from '../users';
import { DiscussionAnswer, DiscussionQuestion } from './discussion.entities';
import type { DiscussionCount, DiscussionThreadPage } from './discussion.models';
import { DiscussionNotifier } from './discussion-notifier';
import type { AnswerQuestionInput, AskQuestionInput, HidePostInput } from './dto/discussion.inputs';

/** A moderator sees hidden posts' text and who hid them, when and why. */
export const canModerate = (viewer: Pick<User, 'roles'>) => can(viewer.roles, 'moderateDiscussions');

/**
 * Questions and answers under lessons and playbook steps. Whoever may see the content (the content
 * feature's rule) sees its threads, asks and answers; anyone else gets NOT_FOUND, for the content and
 * for its posts alike. The content's author (or an admin) accepts answers; mentors and admins hide posts.
 */
@Injectable()
export class DiscussionService {
  constructor(
    @InjectRepository(DiscussionQuestion) private readonly questions: Repository<DiscussionQuestion>,
    @InjectRepository(DiscussionAnswer) private readonly answers: Repository<DiscussionAnswer>,
    private readonly content: ContentReaderService,
    private readonly notifier: DiscussionNotifier,
    private readonly tx: TransactionRunner,
  ) {}

  /** A lesson's or step's questions, newest first. */
  async thread(viewer: User, itemId: string, targetKey: string, page: PageArgs): Promise<DiscussionThreadPage> {
    const { skip, take } = pageWindow(page);
    const target = await this.target(viewer, itemId, targetKey);
    const [items, totalCount] = await this.questions.findAndCount({
      where: { itemId, targetKey },
      order: { createdAt: 'DESC', id: 'DESC' },
      skip,
      take,
    });
    return { items, totalCount, viewerMayAccept: mayAccept(viewer, target) };
  }

  /** Questions per lesson or step of an item (only those with questions), in one grouped query. */
  async counts(viewer: User, itemId: string): Promise<DiscussionCount[]> {
    await this.visible(viewer, itemId);
    const rows: Array<{ target_key: string; question_count: number }> = await this.questions
      .createQueryBuilder('q')
      .select('q.target_key', 'target_key')
      .addSelect('count(*)::int', 'question_count')
      .where('q.item_id = :itemId', { itemId })
      .groupBy('q.target_key')
      .getRawMany();
    return rows.map((row) => ({ targetKey: row.target_key, questionCount: row.question_count }));
  }

  async ask(viewer: User, input: AskQuestionInput): Promise<DiscussionQuestion> {
    const { body } = validateInput(questionRules, { body: input.body });
    const target = await this.target(viewer, input.itemId, input.targetKey);
    return this.tx.run(async (manager) => {
      const question = await manager
        .getRepository(DiscussionQuestion)
        .save(
          manager.getRepository(DiscussionQuestion).create({ itemId: input.itemId, targetKey: input.targetKey, authorId: viewer.id, body }),
        );
      // In the same transaction: a question is never stored without its notifications, nor the reverse.
      await this.notifier.questionAsked(manager, { question, target, asker: viewer });
      return question;
    });
  }

  async answer(viewer: User, input: AnswerQuestionInput): Promise<DiscussionAnswer> {
    const { body } = validateInput(answerRules, { body: input.body });
    const { question, target } = await this.visibleQuestion(viewer, input.questionId);
    if (question.hiddenAt)
      throw new BadUserInputError(DiscussionsErrorReason.POST_HIDDEN, { fields: [{ field: 'questionId', message: 'field.invalid' }] });
    return this.tx.run(async (manager) => {
      const answers = manager.getRepository(DiscussionAnswer);
      const answer = await answers.save(answers.create({ questionId: question.id, authorId: viewer.id, body }));
      await this.notifier.questionAnswered(manager, { question, answer, target, answerer: viewer });
      return answer;
    });
  }

  /** Marks one answer as the accepted one of its question (the mark moves from any other answer). */
  async accept(viewer: User, answerId: string): Promise<DiscussionAnswer> {
    const { answer, target } = await this.visibleAnswer(viewer, answerId);
    if (!mayAccept(viewer, target)) throw new ForbiddenError(DiscussionsErrorReason.NOT_CONTENT_AUTHOR);
    if (answer.hiddenAt)
      throw new BadUserInputError(DiscussionsErrorReason.POST_HIDDEN, { fields: [{ field: 'answerId', message: 'field.invalid' }] });
    if (answer.acceptedAt) return answer;
    await this.tx.run(async (manager) => {
      // The question's row lock orders concurrent accepts; the partial unique index is the last word.
      await manager.getRepository(DiscussionQuestion).findOne({ where: { id: answer.questionId }, lock: { mode: 'pessimistic_write' } });
      const answers = manager.getRepository(DiscussionAnswer);
      await answers.update({ questionId: answer.questionId, acceptedAt: Not(IsNull()) }, { acceptedAt: null, acceptedById: null });
      // Hidden meanwhile: nothing moves (the transaction rolls the clearing back).
      const marked = await answers.update({ id: answer.id, hiddenAt: IsNull() }, { acceptedAt: () => 'now()', acceptedById: viewer.id });
      if (marked.affected !== 1)
        throw new BadUserInputError(DiscussionsErrorReason.POST_HIDDEN, { fields: [{ field: 'answerId', message: 'field.invalid' }] });
    });
    return this.answers.findOneByOrFail({ id: answer.id });
  }

  /** Hides a question (mentors and admins); hiding a hidden one keeps the first record. */
  async hideQuestion(moderator: User, input: HidePostInput): Promise<DiscussionQuestion> {
    const { reason } = validateInput(hidePostRules, { reason: input.reason });
    const { question } = await this.visibleQuestion(moderator, input.id);
    await this.questions.update(
      { id: question.id, hiddenAt: IsNull() },
      {
        hiddenAt: () => 'now()',
        hiddenById: moderator.id,
        hiddenReason: reason,
      },
    );
    return this.questions.findOneByOrFail({ id: question.id });
  }

  /** Hides an answer (mentors and admins); a hidden answer loses its accepted mark. */
  async hideAnswer(moderator: User, input: HidePostInput): Promise<DiscussionAnswer> {
    const { reason } = validateInput(hidePostRules, { reason: input.reason });
    const { answer } = await this.visibleAnswer(moderator, input.id);
    await this.answers.update(
      { id: answer.id, hiddenAt: IsNull() },
      {
        hiddenAt: () => 'now()',
        hiddenById: moderator.id,
        hiddenReason: reason,
        acceptedAt: null,
        acceptedById: null,
      },
    );
    return this.answers.findOneByOrFail({ id: answer.id });
  }

  /** Each question's answers, oldest first, for the whole batch (the DataLoader's query). */
  async answersOfQuestions(questionIds: readonly string[]): Promise<DiscussionAnswer[][]> {
    const rows = await this.answers.find({ where: { questionId: In([...questionIds]) }, order: { createdAt: 'ASC', id: 'ASC' } });
    const byQuestion = new Map<string, DiscussionAnswer[]>(questionIds.map((id) => [id, []]));
    for (const row of rows) byQuestion.get(row.questionId)?.push(row);
    return questionIds.map((id) => byQuestion.get(id) ?? []);
  }

  private async visible(viewer: User, itemId: string): Promise<VisibleParts> {
    const target = await this.content.visibleParts(viewer, itemId);
    if (!target)
      throw new NotFoundError(DiscussionsErrorReason.DISCUSSION_CONTENT_NOT_FOUND, {
        fields: [{ field: 'itemId', message: 'field.invalid' }],
      });
    return target;
  }

  /** The content, if the viewer may see it and the key is one of its published lessons or steps. */
  private async target(viewer: User, itemId: string, targetKey: string): Promise<VisibleParts> {
    const target = await this.visible(viewer, itemId);
    if (!target.parts.some((part) => part.key === targetKey)) {
      throw new BadUserInputError(DiscussionsErrorReason.UNKNOWN_LESSON_OR_STEP, {
        fields: [{ field: 'targetKey', message: 'field.invalid' }],
      });
    }
    return target;
  }

  /** A question whose content the viewer may see; NOT_FOUND otherwise (whether it exists is not told). */
  private async visibleQuestion(viewer: User, questionId: string): Promise<{ question: DiscussionQuestion; target: VisibleParts }> {
    const question = await this.questions.findOneBy({ id: questionId });
    const target = question ? await this.content.visibleParts(viewer, question.itemId) : null;
    if (!question || !target) throw new NotFoundError(DiscussionsErrorReason.QUESTION_NOT_FOUND);
    return { question, target };
  }

  /** An answer whose content the viewer may see; NOT_FOUND otherwise. */
  private async visibleAnswer(viewer: User, answerId: string): Promise<{ answer: DiscussionAnswer; target: VisibleParts }> {
    const answer = await this.answers.findOne({ where: { id: answerId }, relations: { question: true } });
    const target = answer?.question ? await this.content.visibleParts(viewer, answer.question.itemId) : null;
    if (!answer || !target) throw new NotFoundError(DiscussionsErrorReason.ANSWER_NOT_FOUND);
    return { answer, target };
  }
}

/** The content's author accepts answers, as do admins (who act on any item as its author would). */
function mayAccept(viewer: User, target: VisibleParts): boolean {
  return target.item.authorId === viewer.id || can(viewer.roles, 'manageAnyContent');
}
