import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { foreignKeyViolation } from '../common/errors/postgres-errors';
import { ContentItem } from '../content/content-item.entity';
import { ContentRevision } from '../content/content-revision.entity';
import type { User } from '../users/user.entity';
import { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import { Enrolment } from './enrolment.entity';
import type { ModuleProgress, QuizStatus } from './learning.models';
import { LearningPathStep } from './learning-path.entity';
import { LessonCompletion } from './lesson-completion.entity';
import { MODULE_END_SCOPE, Quiz } from './quiz.entity';

/**
 * Enrolment and lesson progress. Progress is counted against the lessons of the module's published
 * revision by their stable keys: a later revision that adds, reorders or edits lessons keeps every
 * completed lesson counted; a lesson removed from the module no longer counts. Completion is
 * recorded once (an UPDATE guarded by completed_at IS NULL) and is never taken back by later edits.
 */
@Injectable()
export class LearningProgressService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly certificates: CertificateService,
  ) {}

  /** Enrols in a published module; enrolling again is a no-op. Through a path, a locked module is refused. */
  async enrol(learner: User, itemId: string, pathId?: string | null): Promise<ModuleProgress> {
    await this.publishedModule(itemId);
    if (pathId) await this.assertUnlocked(learner, pathId, itemId);
    await this.touchActivity(learner.id);
    await this.dataSource.createQueryBuilder().insert().into(Enrolment).values({ userId: learner.id, itemId }).orIgnore().execute();
    return this.progress(learner.id, itemId);
  }

  /** Idempotent: the same lesson twice (or a retried request) records one row. */
  async completeLesson(learner: User, itemId: string, lessonKey: string): Promise<ModuleProgress> {
    const { lessonKeys } = await this.publishedModule(itemId);
    if (!lessonKeys.includes(lessonKey)) {
      throw new BadUserInputError('This lesson is not part of the module.', 'UNKNOWN_LESSON', [
        { field: 'lessonKey', message: 'field.invalid' },
      ]);
    }
    await this.dataSource.transaction(async (manager) => {
      try {
        await manager
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
      await manager.update(Enrolment, { userId: learner.id, itemId }, { lastLessonKey: lessonKey });
      await this.touchActivity(learner.id, manager);
      await this.recordCompletionIfDone(manager, learner, itemId);
    });
    return this.progress(learner.id, itemId);
  }

  /** Marks the user active for the "active learners" figures; written at most hourly per user. */
  async touchActivity(userId: string, manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.query(
      `UPDATE users SET last_active_at = now() WHERE id = $1 AND (last_active_at IS NULL OR last_active_at < now() - interval '1 hour')`,
      [userId],
    );
  }

  async assertEnrolled(userId: string, itemId: string): Promise<void> {
    const enrolled = await this.dataSource.getRepository(Enrolment).existsBy({ userId, itemId });
    if (!enrolled) throw notEnrolled();
  }

  /**
   * Marks the module complete when every published lesson is done and every quiz of the module is
   * passed; issues the module certificate and, where this completes a path, the path certificate.
   */
  async recordCompletionIfDone(manager: EntityManager, learner: User, itemId: string): Promise<void> {
    const { lessonKeys, title } = await this.publishedModule(itemId, manager);
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
      .createQueryBuilder()
      .update(Enrolment)
      .set({ completedAt: () => 'now()' })
      .where('user_id = :userId AND item_id = :itemId AND completed_at IS NULL', { userId: learner.id, itemId })
      .execute();
    if (completed.affected !== 1) return;
    await this.certificates.issueForModule(manager, learner, itemId, title);
    await this.certificates.issueForCompletedPaths(manager, learner, itemId);
  }

  /** Progress of one learner in modules, batched (for lists). */
  async progressOf(userId: string, itemIds: string[]): Promise<ModuleProgress[]> {
    if (itemIds.length === 0) return [];
    const [items, enrolments, completions, quizzes, attempts, certificates] = await Promise.all([
      this.dataSource.getRepository(ContentItem).findBy({ id: In(itemIds) }),
      this.dataSource.getRepository(Enrolment).findBy({ userId, itemId: In(itemIds) }),
      this.dataSource.getRepository(LessonCompletion).findBy({ userId, itemId: In(itemIds) }),
      this.dataSource.getRepository(Quiz).find({ select: { id: true, itemId: true, scope: true }, where: { itemId: In(itemIds) } }),
      this.dataSource.query(
        `SELECT a.quiz_id, bool_or(a.passed) AS passed, max(a.score_percent)::int AS best, count(*)::int AS attempts
         FROM quiz_attempts a JOIN quizzes q ON q.id = a.quiz_id
         WHERE a.user_id = $1 AND q.item_id = ANY($2::uuid[]) AND a.submitted_at IS NOT NULL GROUP BY a.quiz_id`,
        [userId, itemIds],
      ) as Promise<Array<{ quiz_id: string; passed: boolean; best: number; attempts: number }>>,
      this.dataSource.getRepository(Certificate).findBy({ userId, itemId: In(itemIds) }),
    ]);
    const revisions = await this.dataSource
      .getRepository(ContentRevision)
      .findBy({ id: In(items.map((item) => item.publishedRevisionId).filter((id): id is string => id !== null)) });
    const revisionById = new Map(revisions.map((revision) => [revision.id, revision]));
    const attemptsByQuiz = new Map(attempts.map((row) => [row.quiz_id, row]));

    return itemIds.flatMap((itemId) => {
      const item = items.find((candidate) => candidate.id === itemId);
      if (!item) return [];
      const revision = item.publishedRevisionId ? revisionById.get(item.publishedRevisionId) : undefined;
      const lessonKeys = revision?.body.type === 'MODULE' ? revision.body.lessons.map((lesson) => lesson.key) : [];
      const done = new Set(completions.filter((row) => row.itemId === itemId).map((row) => row.lessonKey));
      const completedLessonKeys = lessonKeys.filter((key) => done.has(key));
      const enrolment = enrolments.find((row) => row.itemId === itemId);
      const quizStatus: QuizStatus[] = quizzes
        .filter((quiz) => quiz.itemId === itemId && (quiz.scope === MODULE_END_SCOPE || lessonKeys.includes(quiz.scope)))
        .map((quiz) => {
          const row = attemptsByQuiz.get(quiz.id);
          return {
            quizId: quiz.id,
            lessonKey: quiz.scope === MODULE_END_SCOPE ? null : quiz.scope,
            passed: row?.passed ?? false,
            bestScorePercent: row?.best ?? null,
            attempts: row?.attempts ?? 0,
          };
        });
      return [
        {
          itemId,
          item,
          enrolled: enrolment !== undefined,
          enrolledAt: enrolment?.enrolledAt ?? null,
          completedAt: enrolment?.completedAt ?? null,
          lessonCount: lessonKeys.length,
          completedLessonKeys,
          progressPercent: lessonKeys.length === 0 ? 0 : Math.floor((completedLessonKeys.length * 100) / lessonKeys.length),
          resumeLessonKey: lessonKeys.find((key) => !done.has(key)) ?? null,
          quizzes: quizStatus,
          certificate: certificates.find((certificate) => certificate.itemId === itemId) ?? null,
        },
      ];
    });
  }

  async progress(userId: string, itemId: string): Promise<ModuleProgress> {
    const [progress] = await this.progressOf(userId, [itemId]);
    if (!progress) throw new NotFoundError('This module does not exist.', 'CONTENT_NOT_FOUND');
    return progress;
  }

  /** The lesson keys and title of a published, not archived module; anything else cannot be taken. */
  async publishedModule(
    itemId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<{ lessonKeys: string[]; title: string }> {
    const item = await manager.findOneBy(ContentItem, { id: itemId });
    if (!item) throw new NotFoundError('This module does not exist.', 'CONTENT_NOT_FOUND');
    if (item.type !== 'MODULE' || !item.publishedRevisionId || item.archivedAt) {
      throw new BadUserInputError('Only published modules can be taken.', 'NOT_ENROLLABLE');
    }
    const revision = await manager.findOneByOrFail(ContentRevision, { id: item.publishedRevisionId });
    const lessonKeys = revision.body.type === 'MODULE' ? revision.body.lessons.map((lesson) => lesson.key) : [];
    return { lessonKeys, title: revision.title };
  }

  private async assertUnlocked(learner: User, pathId: string, itemId: string): Promise<void> {
    const step = await this.dataSource.getRepository(LearningPathStep).findOneBy({ pathId, itemId });
    if (!step) throw new BadUserInputError('This module is not part of the path.', 'NOT_IN_PATH');
    if (step.requiresItemIds.length === 0) return;
    const enrolments = await this.dataSource.getRepository(Enrolment).findBy({ userId: learner.id, itemId: In(step.requiresItemIds) });
    const done = new Set(enrolments.filter((enrolment) => enrolment.completedAt !== null).map((enrolment) => enrolment.itemId));
    const missing = step.requiresItemIds.filter((id) => !done.has(id));
    if (missing.length > 0) {
      throw new ForbiddenError('This module unlocks when the modules before it in the path are complete.', 'LOCKED');
    }
  }
}

function notEnrolled(): BadUserInputError {
  return new BadUserInputError('Enrol in the module first.', 'NOT_ENROLLED');
}
