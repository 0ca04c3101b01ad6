import { ContentErrorReason, LearningErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { foreignKeyViolation } from '../common/errors/postgres-errors';
import { TransactionRunner } from '../common/transaction';
import { ContentReaderService, type PublishedModule } from '../content';
import { type User, UsersService } from '../users';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import { Enrolment } from './enrolment.entity';
import type { ModuleProgress, QuizStatus } from './learning.models';
import { LearningPathStep } from './learning-path.entity';
import { LessonCompletion } from './lesson-completion.entity';
import { MODULE_END_SCOPE, Quiz } from './quiz.entity';
import { QuizAttempt } from './quiz-attempt.entity';

/** What progressOfMany's statement returns per (learner, module). */
interface ProgressRow {
  user_id: string;
  item_id: string;
  enrolled_at: Date | null;
  completed_at: Date | null;
  done: string[];
  quizzes: Array<{ quizId: string; scope: string; passed: boolean; best: number | null; attempts: number }>;
}

/** One learner in one module, for batched progress. */
export interface LearnerModule {
  userId: string;
  itemId: string;
}

/**
 * Enrolment and lesson progress. Progress is counted against the lessons of the module's published
 * revision by their stable keys: a later revision that adds, reorders or edits lessons keeps every
 * completed lesson counted; a lesson removed from the module no longer counts. Completion is
 * recorded once (an UPDATE guarded by completed_at IS NULL) and is never taken back by later edits.
 */
@Injectable()
export class LearningProgressService {
  constructor(
    @InjectRepository(Enrolment) private readonly enrolments: Repository<Enrolment>,
    @InjectRepository(Quiz) private readonly quizzes: Repository<Quiz>,
    @InjectRepository(QuizAttempt) private readonly attempts: Repository<QuizAttempt>,
    @InjectRepository(Certificate) private readonly certificateRows: Repository<Certificate>,
    @InjectRepository(LearningPathStep) private readonly pathSteps: Repository<LearningPathStep>,
    private readonly tx: TransactionRunner,
    private readonly content: ContentReaderService,
    private readonly users: UsersService,
    private readonly certificates: CertificateService,
  ) {}

  /** Enrols in a published module; enrolling again is a no-op. Through a path, a locked module is refused. */
  async enrol(learner: User, itemId: string, pathId?: string | null): Promise<ModuleProgress> {
    const published = await this.publishedModule(itemId);
    if (pathId) await this.assertUnlocked(learner, pathId, itemId);
    else await this.assertUnlockedInSomePath(learner, itemId);
    await this.users.touchActivity(learner.id);
    await this.enrolments.createQueryBuilder().insert().into(Enrolment).values({ userId: learner.id, itemId }).orIgnore().execute();
    return this.progress(learner.id, itemId, published);
  }

  /**
   * Idempotent: the same lesson twice (or a retried request) records one row. The module's outline is
   * read once and used for the check, the completion rule and the progress returned.
   */
  async completeLesson(learner: User, itemId: string, lessonKey: string): Promise<ModuleProgress> {
    const published = await this.publishedModule(itemId);
    const { lessons } = published;
    if (!lessons.some((lesson) => lesson.key === lessonKey)) {
      throw new BadUserInputError(LearningErrorReason.UNKNOWN_LESSON, { fields: [{ field: 'lessonKey', message: 'field.invalid' }] });
    }
    await this.tx.run(async (manager) => {
      try {
        await manager
          .getRepository(LessonCompletion)
          .createQueryBuilder()
          .insert()
          .into(LessonCompletion)
          .values({ userId: learner.id, itemId, lessonKey })
          .orIgnore()
          .execute();
      } catch (error) {
        if (foreignKeyViolation(error) !== undefined) throw notEnrolled();
        throw error;
      }
      await manager.getRepository(Enrolment).update({ userId: learner.id, itemId }, { lastLessonKey: lessonKey });
      await this.users.touchActivity(learner.id, manager);
      await this.recordCompletionIfDone(manager, learner, itemId, published);
    });
    return this.progress(learner.id, itemId, published);
  }

  /** The learner's progress in a module that can be taken. */
  async moduleProgress(learner: User, itemId: string): Promise<ModuleProgress> {
    return this.progress(learner.id, itemId, await this.publishedModule(itemId));
  }

  async assertEnrolled(userId: string, itemId: string): Promise<void> {
    if (!(await this.enrolments.existsBy({ userId, itemId }))) throw notEnrolled();
  }

  /**
   * Marks the module complete when every published lesson is done and every quiz of the module is
   * passed; issues the module certificate and, where this completes a path, the path certificate.
   * `published`: the module as the caller already read it.
   */
  async recordCompletionIfDone(manager: EntityManager, learner: User, itemId: string, published?: PublishedModule): Promise<void> {
    const { lessons, title } = published ?? (await this.publishedModule(itemId, manager));
    const lessonKeys = lessons.map((lesson) => lesson.key);
    const [{ done }] = await manager.query(
      'SELECT count(*)::int AS done FROM lesson_completions WHERE user_id = $1 AND item_id = $2 AND lesson_key = ANY($3::uuid[])',
      [learner.id, itemId, lessonKeys],
    );
    if (done < lessonKeys.length) return;
    const [{ open }] = await manager.query(
      `SELECT count(*)::int AS open FROM quizzes q
       WHERE q.item_id = $2 AND (q.scope = $3 OR q.scope = ANY($4::text[]))
         AND NOT EXISTS (SELECT 1 FROM quiz_attempts a WHERE a.quiz_id = q.id AND a.user_id = $1 AND a.passed)`,
      [learner.id, itemId, MODULE_END_SCOPE, lessonKeys],
    );
    if (open > 0) return;
    const completed = await manager
      .getRepository(Enrolment)
      .createQueryBuilder()
      .update(Enrolment)
      .set({ completedAt: () => 'now()' })
      .where('user_id = :userId AND item_id = :itemId AND completed_at IS NULL', { userId: learner.id, itemId })
      .execute();
    if (completed.affected !== 1) return;
    await this.certificates.issueForModule(manager, learner, itemId, title);
    await this.certificates.issueForCompletedPaths(manager, learner, itemId);
  }

  /** Progress of one learner in modules, in the order of `itemIds`. */
  progressOf(userId: string, itemIds: readonly string[]): Promise<ModuleProgress[]> {
    return this.progressOfMany(itemIds.map((itemId) => ({ userId, itemId })));
  }

  /**
   * Progress of learners in modules, in the order given: three queries for the whole batch, however
   * many learners and modules (for lists): the modules' lesson keys, one plain statement for
   * enrolments, completed lessons and quiz results per (learner, module), and the certificates.
   * `item` is left to the field resolver (a DataLoader). `knownLessonKeys`: the lesson keys of every
   * module of the batch, when the caller has read them.
   */
  async progressOfMany(pairs: readonly LearnerModule[], knownLessonKeys?: Map<string, string[]>): Promise<ModuleProgress[]> {
    if (pairs.length === 0) return [];
    const userIds = [...new Set(pairs.map((pair) => pair.userId))];
    const itemIds = [...new Set(pairs.map((pair) => pair.itemId))];
    // Plain SQL on the hot path: the learner home, completing a lesson and the region learner list all
    // come here, and TypeORM's query building and hydration cost more CPU than the three reads it replaces.
    const [lessonKeysByItem, rows, certificates] = await Promise.all([
      knownLessonKeys ?? this.content.lessonKeysOfPublishedModules(itemIds),
      this.enrolments.query(
        `SELECT p.user_id, p.item_id, e.enrolled_at, e.completed_at,
           coalesce((SELECT array_agg(c.lesson_key::text) FROM lesson_completions c
                     WHERE c.user_id = p.user_id AND c.item_id = p.item_id), '{}') AS done,
           coalesce((SELECT json_agg(json_build_object('quizId', q.id, 'scope', q.scope, 'passed', coalesce(a.passed, false),
                       'best', a.best, 'attempts', a.attempts))
                     FROM quizzes q
                     CROSS JOIN LATERAL (SELECT bool_or(x.passed) AS passed, max(x.score_percent)::int AS best, count(*)::int AS attempts
                                         FROM quiz_attempts x
                                         WHERE x.quiz_id = q.id AND x.user_id = p.user_id AND x.submitted_at IS NOT NULL) a
                     WHERE q.item_id = p.item_id), '[]') AS quizzes
         FROM (SELECT DISTINCT * FROM unnest($1::uuid[], $2::uuid[]) AS pair(user_id, item_id)) p
         LEFT JOIN enrolments e ON e.user_id = p.user_id AND e.item_id = p.item_id`,
        [pairs.map((pair) => pair.userId), pairs.map((pair) => pair.itemId)],
      ) as Promise<ProgressRow[]>,
      this.certificateRows.findBy({ userId: In(userIds), itemId: In(itemIds) }),
    ]);
    const key = (userId: string, itemId: string) => `${userId}:${itemId}`;
    const rowByPair = new Map(rows.map((row) => [key(row.user_id, row.item_id), row]));
    const certificateByPair = new Map(certificates.map((row) => [key(row.userId, row.itemId ?? ''), row]));

    return pairs.map(({ userId, itemId }) => {
      const lessonKeys = lessonKeysByItem.get(itemId) ?? [];
      const row = rowByPair.get(key(userId, itemId));
      const done = new Set(row?.done ?? []);
      const completedLessonKeys = lessonKeys.filter((lessonKey) => done.has(lessonKey));
      const quizStatus: QuizStatus[] = (row?.quizzes ?? [])
        .filter((quiz) => quiz.scope === MODULE_END_SCOPE || lessonKeys.includes(quiz.scope))
        .map((quiz) => ({
          quizId: quiz.quizId,
          lessonKey: quiz.scope === MODULE_END_SCOPE ? null : quiz.scope,
          passed: quiz.passed,
          bestScorePercent: quiz.best,
          attempts: quiz.attempts,
        }));
      const enrolled = row?.enrolled_at != null;
      return {
        itemId,
        enrolled,
        enrolledAt: enrolled ? (row?.enrolled_at ?? null) : null,
        completedAt: row?.completed_at ?? null,
        lessonCount: lessonKeys.length,
        completedLessonKeys,
        progressPercent: lessonKeys.length === 0 ? 0 : Math.floor((completedLessonKeys.length * 100) / lessonKeys.length),
        resumeLessonKey: lessonKeys.find((lessonKey) => !done.has(lessonKey)) ?? null,
        quizzes: quizStatus,
        certificate: certificateByPair.get(key(userId, itemId)) ?? null,
      };
    });
  }

  /**
   * Progress in a module known to exist (callers checked it, or hold a row that refers to it);
   * `published`: the module's published outline, when the caller has just read it.
   */
  async progress(userId: string, itemId: string, published?: PublishedModule): Promise<ModuleProgress> {
    const known = published && new Map([[itemId, published.lessons.map((lesson) => lesson.key)]]);
    const [progress] = await this.progressOfMany([{ userId, itemId }], known);
    return progress;
  }

  /** A published, not archived module; anything else cannot be taken. */
  async publishedModule(itemId: string, manager?: EntityManager): Promise<PublishedModule> {
    const published = await this.content.publishedModule(itemId, manager);
    if (published) return published;
    if (!(await this.content.findItem(itemId))) throw new NotFoundError(ContentErrorReason.CONTENT_NOT_FOUND);
    throw new BadUserInputError(LearningErrorReason.NOT_ENROLLABLE);
  }

  /**
   * Enrolling outside a path, the rule the path pages show: a module is locked for a learner when it is a
   * step of some path and, in every path it is a step of, a module it requires is incomplete (a path
   * that opens it is a way in; paths are seen by everyone, nobody "joins" one). A module in no path is
   * open, and so is one the learner is enrolled in already (re-enrolling is a no-op).
   */
  private async assertUnlockedInSomePath(learner: User, itemId: string): Promise<void> {
    const steps = await this.pathSteps.findBy({ itemId });
    if (steps.length === 0 || steps.some((step) => step.requiresItemIds.length === 0)) return;
    const required = [...new Set(steps.flatMap((step) => step.requiresItemIds))];
    const enrolments = await this.enrolments.findBy({ userId: learner.id, itemId: In([...required, itemId]) });
    if (enrolments.some((enrolment) => enrolment.itemId === itemId)) return;
    const done = new Set(enrolments.filter((enrolment) => enrolment.completedAt !== null).map((enrolment) => enrolment.itemId));
    if (!steps.some((step) => step.requiresItemIds.every((id) => done.has(id)))) throw new ForbiddenError(LearningErrorReason.LOCKED);
  }

  private async assertUnlocked(learner: User, pathId: string, itemId: string): Promise<void> {
    const step = await this.pathSteps.findOneBy({ pathId, itemId });
    if (!step) throw new BadUserInputError(LearningErrorReason.NOT_IN_PATH);
    if (step.requiresItemIds.length === 0) return;
    const enrolments = await this.enrolments.findBy({ userId: learner.id, itemId: In(step.requiresItemIds) });
    const done = new Set(enrolments.filter((enrolment) => enrolment.completedAt !== null).map((enrolment) => enrolment.itemId));
    if (step.requiresItemIds.some((id) => !done.has(id))) throw new ForbiddenError(LearningErrorReason.LOCKED);
  }
}

function notEnrolled(): BadUserInputError {
  return new BadUserInputError(LearningErrorReason.NOT_ENROLLED);
}
