import { randomUUID } from 'node:crypto';
import { CommonErrorReason, ContentErrorReason, can, gradeQuiz, LearningErrorReason, quizRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { ContentReaderService } from '../content';
import { type User, UsersService } from '../users';
import type { SaveQuizInput, SubmitQuizAttemptInput } from './dto/learning.inputs';
import type { LearnerQuiz, QuizAttemptStart, QuizResult } from './learning.models';
import { LearningProgressService } from './learning-progress.service';
import { MODULE_END_SCOPE, Quiz, type StoredQuestion } from './quiz.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { type QuizForEditing, quizForEditing } from './quiz-for-editing.model';

/**
 * Quizzes: written by the module's author (or an admin), taken by enrolled learners. Grading is on
 * the server; answer keys and explanations leave it only in the result of a submitted attempt.
 */
@Injectable()
export class QuizService {
  constructor(
    @InjectRepository(Quiz) private readonly quizzes: Repository<Quiz>,
    @InjectRepository(QuizAttempt) private readonly attempts: Repository<QuizAttempt>,
    private readonly tx: TransactionRunner,
    private readonly content: ContentReaderService,
    private readonly progress: LearningProgressService,
    private readonly users: UsersService,
  ) {}

  async save(actor: User, input: SaveQuizInput): Promise<QuizForEditing> {
    const item = await this.content.findItem(input.itemId);
    if (item?.type !== 'MODULE') throw new NotFoundError(ContentErrorReason.CONTENT_NOT_FOUND);
    if (item.authorId !== actor.id && !can(actor.roles, 'manageAnyContent')) throw new ForbiddenError(ContentErrorReason.NOT_THE_AUTHOR);
    const values = validateInput(quizRules, { passMarkPercent: input.passMarkPercent, questions: input.questions });
    const questions: StoredQuestion[] = values.questions.map((question) => ({
      key: question.key ?? randomUUID(),
      kind: question.kind,
      prompt: question.prompt,
      explanation: question.explanation,
      options: question.options.map((option) => ({ key: option.key ?? randomUUID(), text: option.text, correct: option.correct })),
    }));
    const scope = input.lessonKey ?? MODULE_END_SCOPE;
    if (input.lessonKey && !(await this.content.lessonKeysIncludingOpenRevisions(item.id)).has(input.lessonKey)) {
      throw new BadUserInputError(LearningErrorReason.UNKNOWN_LESSON, { fields: [{ field: 'lessonKey', message: 'field.invalid' }] });
    }
    if (input.version == null) {
      try {
        return quizForEditing(
          await this.quizzes.save(
            this.quizzes.create({ itemId: item.id, scope, passMarkPercent: values.passMarkPercent, questions, updatedById: actor.id }),
          ),
        );
      } catch (error) {
        if (uniqueViolation(error) === 'quizzes_item_scope_key') throw new ConflictError(LearningErrorReason.QUIZ_EXISTS);
        throw error;
      }
    }
    const result = await this.quizzes
      .createQueryBuilder()
      .update(Quiz)
      .set({ passMarkPercent: values.passMarkPercent, questions, updatedById: actor.id, version: () => 'version + 1' })
      .where('item_id = :itemId AND scope = :scope AND version = :version', { itemId: item.id, scope, version: input.version })
      .execute();
    if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
    return quizForEditing(await this.quizzes.findOneByOrFail({ itemId: item.id, scope }));
  }

  /** Quizzes of a module as learners see them: no questions' answers, just what there is to pass. */
  async forLearners(itemId: string): Promise<LearnerQuiz[]> {
    await this.progress.publishedModule(itemId);
    const quizzes = await this.quizzes.find({ where: { itemId }, order: { scope: 'ASC' } });
    return quizzes.map((quiz) => ({
      id: quiz.id,
      lessonKey: quiz.scope === MODULE_END_SCOPE ? null : quiz.scope,
      passMarkPercent: quiz.passMarkPercent,
      questionCount: quiz.questions.length,
    }));
  }

  /** The full quiz with its answer key, for its author and admins. */
  async forEditing(actor: User, itemId: string, lessonKey: string | null): Promise<QuizForEditing | null> {
    const item = await this.content.findItem(itemId);
    if (!item) throw new NotFoundError(ContentErrorReason.CONTENT_NOT_FOUND);
    if (item.authorId !== actor.id && !can(actor.roles, 'manageAnyContent')) throw new ForbiddenError(ContentErrorReason.NOT_THE_AUTHOR);
    const quiz = await this.quizzes.findOneBy({ itemId, scope: lessonKey ?? MODULE_END_SCOPE });
    return quiz ? quizForEditing(quiz) : null;
  }

  async start(learner: User, quizId: string): Promise<QuizAttemptStart> {
    const quiz = await this.quizzes.findOneBy({ id: quizId });
    if (!quiz) throw new NotFoundError(LearningErrorReason.QUIZ_NOT_FOUND);
    await this.progress.publishedModule(quiz.itemId);
    await this.progress.assertEnrolled(learner.id, quiz.itemId);
    const attempt = await this.attempts.save({
      quizId: quiz.id,
      userId: learner.id,
      questions: quiz.questions,
      passMarkPercent: quiz.passMarkPercent,
    });
    return {
      attemptId: attempt.id,
      passMarkPercent: quiz.passMarkPercent,
      questions: quiz.questions.map(({ key, kind, prompt, options }) => ({
        key,
        kind,
        prompt,
        options: options.map(({ key: optionKey, text }) => ({ key: optionKey, text })),
      })),
    };
  }

  async submit(learner: User, input: SubmitQuizAttemptInput): Promise<QuizResult> {
    const attempt = await this.attempts.findOneBy({ id: input.attemptId });
    if (!attempt || attempt.userId !== learner.id) throw new NotFoundError(LearningErrorReason.ATTEMPT_NOT_FOUND);
    if (attempt.submittedAt) throw new ConflictError(LearningErrorReason.ALREADY_SUBMITTED);

    const answers = new Map<string, Set<string>>();
    for (const [index, answer] of input.answers.entries()) {
      const question = attempt.questions.find((candidate) => candidate.key === answer.questionKey);
      const known = new Set(question?.options.map((option) => option.key));
      if (!question || answers.has(answer.questionKey) || answer.optionKeys.some((key) => !known.has(key))) {
        throw new BadUserInputError(LearningErrorReason.UNKNOWN_OPTION, {
          fields: [{ field: `answers.${index}`, message: 'field.invalid' }],
        });
      }
      if (question.kind !== 'MULTIPLE_CHOICE' && answer.optionKeys.length > 1) {
        throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, { fields: [{ field: `answers.${index}`, message: 'field.invalid' }] });
      }
      answers.set(answer.questionKey, new Set(answer.optionKeys));
    }
    const { correctKeys, scorePercent } = gradeQuiz(attempt.questions, answers);
    const passed = scorePercent >= attempt.passMarkPercent;

    const submittedAt = new Date();
    const quiz = await this.tx.run(async (manager) => {
      // submitted_at IS NULL in the WHERE clause: of two concurrent submissions only one is recorded.
      const result = await manager
        .getRepository(QuizAttempt)
        .createQueryBuilder()
        .update(QuizAttempt)
        .set({ answers: Object.fromEntries([...answers].map(([key, set]) => [key, [...set]])), scorePercent, passed, submittedAt })
        .where('id = :id AND submitted_at IS NULL', { id: attempt.id })
        .execute();
      if (result.affected !== 1) throw new ConflictError(LearningErrorReason.ALREADY_SUBMITTED);
      const attempted = await manager.getRepository(Quiz).findOneByOrFail({ id: attempt.quizId });
      await this.users.touchActivity(learner.id, manager);
      if (passed) await this.progress.recordCompletionIfDone(manager, learner, attempted.itemId);
      return attempted;
    });

    return {
      attemptId: attempt.id,
      scorePercent,
      passMarkPercent: attempt.passMarkPercent,
      passed,
      submittedAt,
      questions: attempt.questions.map((question) => ({
        key: question.key,
        prompt: question.prompt,
        options: question.options.map(({ key, text }) => ({ key, text })),
        chosenOptionKeys: [...(answers.get(question.key) ?? [])],
        correctOptionKeys: question.options.filter((option) => option.correct).map((option) => option.key),
        correct: correctKeys.has(question.key),
        explanation: question.explanation,
      })),
      progress: await this.progress.progress(learner.id, quiz.itemId),
    };
  }
}
