import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { type Page, type PageArgs, pageWindow } from '../common/pagination/paginated';
import { ContentItem } from '../content/content-item.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { CertificateService } from './certificate.service';
import type { LearnerHome, RegionLearner } from './learning.models';
import { LearningProgressService } from './learning-progress.service';

@Injectable()
export class LearnerOverviewService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly progress: LearningProgressService,
    private readonly certificates: CertificateService,
    private readonly users: UsersService,
  ) {}

  /**
   * A learner's home. Recommendations: published modules the learner has not started, those tagged
   * with indicators of the framework's heaviest aspects first (where a level gained lifts the index
   * most), newest first. When region SPBE scores exist (the assessments feature) this ranks by the
   * region's weakest indicators instead.
   */
  async home(learner: User): Promise<LearnerHome> {
    const open: Array<{ item_id: string }> = await this.dataSource.query(
      `SELECT item_id FROM enrolments WHERE user_id = $1 AND completed_at IS NULL ORDER BY updated_at DESC LIMIT 10`,
      [learner.id],
    );
    const recommendedIds: Array<{ id: string }> = await this.dataSource.query(
      `SELECT i.id FROM content_items i
       JOIN content_revisions r ON r.id = i.published_revision_id
       WHERE i.type = 'MODULE' AND i.archived_at IS NULL
         AND NOT EXISTS (SELECT 1 FROM enrolments e WHERE e.user_id = $1 AND e.item_id = i.id)
       ORDER BY (SELECT coalesce(max(si.weight_bp), 0) FROM content_revision_indicators ri JOIN spbe_indicators si ON si.id = ri.indicator_id
                 WHERE ri.revision_id = r.id) DESC, r.published_at DESC
       LIMIT 6`,
      [learner.id],
    );
    const [continueLearning, certificates, recommended] = await Promise.all([
      this.progress.progressOf(
        learner.id,
        open.map((row) => row.item_id),
      ),
      this.certificates.mine(learner.id),
      recommendedIds.length
        ? this.dataSource.getRepository(ContentItem).findBy({ id: In(recommendedIds.map((row) => row.id)) })
        : Promise.resolve([]),
    ]);
    const order = new Map(recommendedIds.map((row, index) => [row.id, index]));
    return { continueLearning, certificates, recommended: recommended.sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0)) };
  }

  /**
   * Learners of one region with their modules and progress, for that region's coordinators and for
   * admins. One query for the page of learners and one batch per learner page for progress.
   */
  async regionLearners(viewer: User, regionCode: string, page: PageArgs): Promise<Page<RegionLearner>> {
    await this.users.assertCoordinatesRegion(viewer, regionCode);
    const { skip, take } = pageWindow(page);
    const rows: Array<{ id: string; enrolments: number; completions: number; last_activity: Date | null; total: string }> =
      await this.dataSource.query(
        `SELECT u.id, count(e.id)::int AS enrolments, count(e.completed_at)::int AS completions, max(e.updated_at) AS last_activity,
              count(*) OVER () AS total
       FROM users u LEFT JOIN enrolments e ON e.user_id = u.id
       WHERE u.region_code = $1
       GROUP BY u.id, u.full_name
       ORDER BY u.full_name, u.id
       LIMIT $2 OFFSET $3`,
        [regionCode, take, skip],
      );
    if (rows.length === 0) return { items: [], totalCount: 0 };
    const users = await this.dataSource.getRepository(User).findBy({ id: In(rows.map((row) => row.id)) });
    const enrolled: Array<{ user_id: string; item_id: string }> = await this.dataSource.query(
      'SELECT user_id, item_id FROM enrolments WHERE user_id = ANY($1::uuid[]) ORDER BY enrolled_at',
      [rows.map((row) => row.id)],
    );
    const items = await Promise.all(
      rows.map(async (row) => ({
        learner: users.find((user) => user.id === row.id) as User,
        enrolments: row.enrolments,
        completions: row.completions,
        lastActivityAt: row.last_activity,
        modules: await this.progress.progressOf(
          row.id,
          enrolled.filter((enrolment) => enrolment.user_id === row.id).map((enrolment) => enrolment.item_id),
        ),
      })),
    );
    return { items, totalCount: Number(rows[0].total) };
  }
}
