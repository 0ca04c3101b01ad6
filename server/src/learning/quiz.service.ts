import { randomUUID } from 'node:crypto';
import { gradeQuiz, quizRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { validateInput } from '../common/validate-input';
import { ContentItem } from '../content/content-item.entity';
import type { User } from '../users/user.entity';
import type { SaveQuizInput, SubmitQuizAttemptInput } from './dto/learning.inputs';
import type { LearnerQuiz, QuizAttemptStart, QuizResult } from './learning.models';
import { LearningProgressService } from './learning-progress.service';
import { MODULE_END_SCOPE, Quiz, type StoredQuestion } from './quiz.entity';
import { QuizAttempt } from './quiz-attempt.entity';
import { type QuizForEditing, quizForEditing } from './quiz-for-editing.model';

const STALE = 'Someone else changed this quiz since you opened it. Reload it, then make your change again.';

/**
 * Quizzes: written by the module's author (or an admin), taken by enrolled learners. Grading is on
 * the server; answer keys and explanations leave it only in the result of a submitted attempt.
 */
@Injectable()
export class QuizService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: LearningProgressService,
  ) {}

  async save(actor: User, input: SaveQuizInput): Promise<QuizForEditing> {
    const item = await this.dataSource.getRepository(ContentItem).findOneBy({ id: input.itemId });
    if (item?.type !== 'MODULE') throw new NotFoundError('This module does not exist.', 'CONTENT_NOT_FOUND');
    if (item.authorId !== actor.id && !actor.roles.includes('ADMIN')) {
      throw new ForbiddenError('Only the module’s author or an admin edits its quizzes.', 'NOT_THE_AUTHOR');
    }
    const values = validateInput(quizRules, { passMarkPercent: input.passMarkPercent, questions: input.questions });
    const questions: StoredQuestion[] = values.questions.map((question) => ({
      key: question.key ?? randomUUID(),
      kind: question.kind,
      prompt: question.prompt,
      explanation: question.explanation,
      options: question.options.map((option) => ({ key: option.key ?? randomUUID(), text: option.text, correct: option.correct })),
    }));
    const scope = input.lessonKey ?? MODULE_END_SCOPE;
    if (input.lessonKey && !(await this.lessonKeysOf(item)).has(input.lessonKey)) {
      throw new BadUserInputError('This lesson is not part of the module.', 'UNKNOWN_LESSON', [
        { field: 'lessonKey', message: 'field.invalid' },
      ]);
    }
    const repository = this.dataSource.getRepository(Quiz);
    if (input.version == null) {
      try {
        return quizForEditing(
          await repository.save(
            repository.create({ itemId: item.id, scope, passMarkPercent: values.passMarkPercent, questions, updatedById: actor.id }),
          ),
        );
      } catch (error) {
        if (uniqueViolation(error) === 'quizzes_item_scope_key')
          throw new ConflictError('This place already has a quiz: edit that one.', 'QUIZ_EXISTS');
        throw error;
      }
    }
    const result = await repository
      .createQueryBuilder()
      .update(Quiz)
      .set({ passMarkPercent: values.passMarkPercent, questions, updatedById: actor.id, version: () => 'version + 1' })
      .where('item_id = :itemId AND scope = :scope AND version = :version', { itemId: item.id, scope, version: input.version })
      .execute();
    if (result.affected !== 1) throw new ConflictError(STALE, 'STALE_VERSION');
    return quizForEditing(await repository.findOneByOrFail({ itemId: item.id, scope }));
  }

  /** Lesson keys of the module's published revision and of its open draft, if any. */
  private async lessonKeysOf(item: ContentItem): Promise<Set<string>> {
    const revisions: Array<{ body: { type: string; lessons?: Array<{ key: string }> } }> = await this.dataSource.query(
      `SELECT body FROM content_revisions WHERE item_id = $1 AND (id = $2 OR status IN ('DRAFT', 'IN_REVIEW'))`,
      [item.id, item.publishedRevisionId],
    );
    return new Set(revisions.flatMap((revision) => (revision.body.lessons ?? []).map((lesson) => lesson.key)));
  }

  /** Quizzes of a module as learners see them: no questions' answers, just what there is to pass. */
  async forLearners(itemId: string): Promise<LearnerQuiz[]> {
    const quizzes = await this.dataSource.getRepository(Quiz).find({ where: { itemId }, order: { scope: 'ASC' } });
    return quizzes.map((quiz) => ({
      id: quiz.id,
      lessonKey: quiz.scope === MODULE_END_SCOPE ? null : quiz.scope,
      passMarkPercent: quiz.passMarkPercent,
      questionCount: quiz.questions.length,
    }));
  }

  /** The full quiz with its answer key, for its author and admins. */
  async forEditing(actor: User, itemId: string, lessonKey: string | null): Promise<QuizForEditing | null> {
    const item = await this.dataSource.getRepository(ContentItem).findOneBy({ id: itemId });
    if (!item) throw new NotFoundError('This module does not exist.', 'CONTENT_NOT_FOUND');
    if (item.authorId !== actor.id && !actor.roles.includes('ADMIN')) {
      throw new ForbiddenError('Only the module’s author or an admin sees the answer key.', 'NOT_THE_AUTHOR');
    }
    const quiz = await this.dataSource.getRepository(Quiz).findOneBy({ itemId, scope: lessonKey ?? MODULE_END_SCOPE });
    return quiz ? quizForEditing(quiz) : null;
  }

  async start(learner: User, quizId: string): Promise<QuizAttemptStart> {
    const quiz = await this.dataSource.getRepository(Quiz).findOneBy({ id: quizId });
    if (!quiz) throw new NotFoundError('This quiz does not exist.', 'QUIZ_NOT_FOUND');
    await this.progress.publishedModule(quiz.itemId);
    await this.progress.assertEnrolled(learner.id, quiz.itemId);
    const attempt = await this.dataSource
      .getRepository(QuizAttempt)
      .save({ quizId: quiz.id, userId: learner.id, questions: quiz.questions, passMarkPercent: quiz.passMarkPercent });
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
    const attempt = await this.dataSource.getRepository(QuizAttempt).findOneBy({ id: input.attemptId });
    if (!attempt || attempt.userId !== learner.id) throw new NotFoundError('This attempt does not exist.', 'ATTEMPT_NOT_FOUND');
    if (attempt.submittedAt)
      throw new ConflictError('This attempt was already submitted: start a new one to try again.', 'ALREADY_SUBMITTED');

    const answers = new Map<string, Set<string>>();
    for (const [index, answer] of input.answers.entries()) {
      const question = attempt.questions.find((candidate) => candidate.key === answer.questionKey);
      const known = new Set(question?.options.map((option) => option.key));
      if (!question || answers.has(answer.questionKey) || answer.optionKeys.some((key) => !known.has(key))) {
        throw new BadUserInputError('An answer names a question or option that is not in this quiz.', 'UNKNOWN_OPTION', [
          { field: `answers.${index}`, message: 'field.invalid' },
        ]);
      }
      if (question.kind !== 'MULTIPLE_CHOICE' && answer.optionKeys.length > 1) {
        throw new BadUserInputError('Choose one answer for this question.', 'INVALID_INPUT', [
          { field: `answers.${index}`, message: 'field.invalid' },
        ]);
      }
      answers.set(answer.questionKey, new Set(answer.optionKeys));
    }
    const { correctKeys, scorePercent } = gradeQuiz(attempt.questions, answers);
    const passed = scorePercent >= attempt.passMarkPercent;

    const submittedAt = new Date();
    await this.dataSource.transaction(async (manager) => {
      // submitted_at IS NULL in the WHERE clause: of two concurrent submissions only one is recorded.
      const result = await manager
        .createQueryBuilder()
        .update(QuizAttempt)
        .set({ answers: Object.fromEntries([...answers].map(([key, set]) => [key, [...set]])), scorePercent, passed, submittedAt })
        .where('id = :id AND submitted_at IS NULL', { id: attempt.id })
        .execute();
      if (result.affected !== 1)
        throw new ConflictError('This attempt was already submitted: start a new one to try again.', 'ALREADY_SUBMITTED');
      const quiz = await manager.findOneByOrFail(Quiz, { id: attempt.quizId });
      await this.progress.touchActivity(learner.id, manager);
      if (passed) await this.progress.recordCompletionIfDone(manager, learner, quiz.itemId);
    });
    const quiz = await this.dataSource.getRepository(Quiz).findOneByOrFail({ id: attempt.quizId });

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
