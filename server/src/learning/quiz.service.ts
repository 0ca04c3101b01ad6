import { randomInt, randomUUID } from 'node:crypto';
import { CommonErrorReason, ContentErrorReason, can, gradeQuiz, LearningErrorReason, quizRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
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

/** Fisher-Yates with a cryptographic RNG: learners cannot predict the order from earlier attempts. */
function shuffled<T>(items: readonly T[]): T[] {
  const result = [...items];
  for (let index = result.length - 1; index > 0; index--) {
    const other = randomInt(index + 1);
    [result[index], result[other]] = [result[other] as T, result[index] as T];
  }
  return result;
}

/** The questions of one attempt: `drawCount` distinct ones at random (in the quiz's order), options shuffled. */
export function questionsForAttempt(questions: readonly StoredQuestion[], drawCount: number | null): StoredQuestion[] {
  const drawn =
    drawCount == null || drawCount >= questions.length
      ? questions
      : shuffled(questions.map((_, index) => index))
          .slice(0, drawCount)
          .sort((a, b) => a - b)
          .map((index) => questions[index] as StoredQuestion);
  return drawn.map((question) => ({ ...question, options: shuffled(question.options) }));
}

/**
 * Quizzes: written by the module's author (or an admin), taken by enrolled learners. Grading is on
 * the server; answer keys and explanations leave it only in the result of a submitted attempt, and
 * only as the quiz's answer policy allows (never; after passing; after the last attempt allowed).
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
    const values = validateInput(quizRules, {
      passMarkPercent: input.passMarkPercent,
      questions: input.questions,
      attemptsAllowed: input.attemptsAllowed ?? null,
      answerPolicy: input.answerPolicy,
      drawCount: input.drawCount ?? null,
    });
    const policy = { attemptsAllowed: values.attemptsAllowed, answerPolicy: values.answerPolicy, drawCount: values.drawCount };
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
            this.quizzes.create({
              itemId: item.id,
              scope,
              passMarkPercent: values.passMarkPercent,
              questions,
              ...policy,
              updatedById: actor.id,
            }),
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
      .set({ passMarkPercent: values.passMarkPercent, questions, ...policy, updatedById: actor.id, version: () => 'version + 1' })
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
      questionCount: Math.min(quiz.drawCount ?? quiz.questions.length, quiz.questions.length),
      attemptsAllowed: quiz.attemptsAllowed,
      answerPolicy: quiz.answerPolicy,
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
    const questions = questionsForAttempt(quiz.questions, quiz.drawCount);
    // Numbered attempts with a unique (user, quiz, number): of two concurrent starts one takes the
    // number and the other counts again, so the limit holds without locks.
    for (let round = 0; ; round++) {
      const used = await this.attempts.countBy({ quizId: quiz.id, userId: learner.id });
      if (quiz.attemptsAllowed != null && used >= quiz.attemptsAllowed) {
        throw new ForbiddenError(LearningErrorReason.NO_ATTEMPTS_LEFT, { params: { allowed: quiz.attemptsAllowed } });
      }
      try {
        const attempt = await this.attempts.save(
          this.attempts.create({
            quizId: quiz.id,
            userId: learner.id,
            attemptNumber: used + 1,
            questions,
            passMarkPercent: quiz.passMarkPercent,
          }),
        );
        return {
          attemptId: attempt.id,
          passMarkPercent: quiz.passMarkPercent,
          attemptsLeft: quiz.attemptsAllowed == null ? null : quiz.attemptsAllowed - used - 1,
          questions: questions.map(({ key, kind, prompt, options }) => ({
            key,
            kind,
            prompt,
            options: options.map(({ key: optionKey, text }) => ({ key: optionKey, text })),
          })),
        };
      } catch (error) {
        if (uniqueViolation(error) !== 'quiz_attempts_user_quiz_number_key' || round >= 4) throw error;
      }
    }
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
    const { quiz, reveal, attemptsLeft } = await this.tx.run(async (manager) => {
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
      return { quiz: attempted, ...(await this.answerPolicyOutcome(manager, attempted, learner.id)) };
    });

    return {
      attemptId: attempt.id,
      scorePercent,
      passMarkPercent: attempt.passMarkPercent,
      passed,
      submittedAt,
      correctCount: correctKeys.size,
      answersRevealed: reveal,
      attemptsLeft,
      // Without the answers, not even which question was right: across attempts that would give them away.
      questions: attempt.questions.map((question) => ({
        key: question.key,
        prompt: question.prompt,
        options: question.options.map(({ key, text }) => ({ key, text })),
        chosenOptionKeys: [...(answers.get(question.key) ?? [])],
        correctOptionKeys: reveal ? question.options.filter((option) => option.correct).map((option) => option.key) : null,
        correct: reveal ? correctKeys.has(question.key) : null,
        explanation: reveal ? question.explanation : null,
      })),
      progress: await this.progress.progress(learner.id, quiz.itemId),
    };
  }

  /**
   * Whether this learner may see the answers now, from their submitted attempts (this one included):
   * AFTER_PASSING once one passed; AFTER_LAST_ATTEMPT once one passed or every attempt allowed is
   * used and none is still open (an open attempt could otherwise be answered from the key).
   */
  private async answerPolicyOutcome(
    manager: EntityManager,
    quiz: Quiz,
    userId: string,
  ): Promise<{ reveal: boolean; attemptsLeft: number | null }> {
    const [row] = (await manager.query(
      `SELECT count(*)::int AS used, count(*) FILTER (WHERE submitted_at IS NULL)::int AS open, coalesce(bool_or(passed), false) AS passed
       FROM quiz_attempts WHERE quiz_id = $1 AND user_id = $2`,
      [quiz.id, userId],
    )) as Array<{ used: number; open: number; passed: boolean }>;
    const used = row?.used ?? 0;
    const attemptsLeft = quiz.attemptsAllowed == null ? null : Math.max(0, quiz.attemptsAllowed - used);
    const everPassed = row?.passed ?? false;
    const reveal =
      quiz.answerPolicy === 'AFTER_PASSING'
        ? everPassed
        : quiz.answerPolicy === 'AFTER_LAST_ATTEMPT'
          ? everPassed || (attemptsLeft === 0 && (row?.open ?? 0) === 0)
          : false;
    return { reveal, attemptsLeft };
  }
}
