import { can, NotificationKind } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { NotificationService } from '../notifications';
import { RegionAccessService, RegionsService } from '../regions';
import { UsersService } from '../users';
import { type Assessment, AssessmentStatus } from './assessment.entities';

/** What the notification names: a self-assessment or a Pemdi evaluation of a region and year. */
export type AssessedRegionYear = Pick<Assessment, 'id' | 'regionCode' | 'year'>;

/**
 * The region's team hears of its self-assessment: the coordinators given the region (the people
 * `AssessmentService` lets see it, besides admins), except the one who acted.
 */
@Injectable()
export class AssessmentNotifications {
  constructor(
    private readonly notifications: NotificationService,
    private readonly regionAccess: RegionAccessService,
    private readonly regions: RegionsService,
    private readonly users: UsersService,
  ) {}

  /** Finalised or reopened (by its new status). */
  async statusChanged(manager: EntityManager, assessment: Assessment, actorId: string): Promise<void> {
    const finalised = assessment.status === AssessmentStatus.FINAL;
    const kind = finalised ? NotificationKind.ASSESSMENT_FINALISED : NotificationKind.ASSESSMENT_REOPENED;
    await this.notifyTeam(manager, assessment, actorId, {
      kind,
      params: {},
      dedupeKey: `${kind}:${assessment.id}:${assessment.version}`,
    });
  }

  /**
   * An assessor's verdict on one evidence item of a Pemdi evaluation: the indicator's owner (who has
   * to act on "to revise") and the region's other coordinators hear of it.
   */
  async evidenceVerdict(
    manager: EntityManager,
    evaluation: AssessedRegionYear,
    actorId: string,
    verdict: { evidenceId: string; indicatorCode: string; verdict: string; version: number | string; ownerId: string | null },
  ): Promise<void> {
    await this.notifyTeam(manager, evaluation, actorId, {
      kind: NotificationKind.EVIDENCE_VERDICT,
      params: { indicator: verdict.indicatorCode, verdict: verdict.verdict },
      dedupeKey: `evidence-verdict:${verdict.evidenceId}:${verdict.version}`,
      alsoNotify: verdict.ownerId ? [verdict.ownerId] : [],
      link: `/spbe/wilayah/${evaluation.regionCode}/pemdi/${evaluation.year}`,
    });
  }

  private async notifyTeam(
    manager: EntityManager,
    assessment: AssessedRegionYear,
    actorId: string,
    event: {
      kind: NotificationKind;
      params: Record<string, string | number>;
      dedupeKey: string;
      /** People besides the coordinators (e.g. an indicator's owner); the actor is never told. */
      alsoNotify?: string[];
      link?: string;
    },
  ): Promise<void> {
    const ids = (await this.regionAccess.coordinatorIdsOf(assessment.regionCode)).filter((id) => id !== actorId);
    const coordinators =
      ids.length === 0 ? [] : (await this.users.findByIds(ids)).filter((user) => user !== null && can(user.roles, 'beGivenRegions'));
    const recipientIds = [...new Set([...coordinators.map((user) => (user as { id: string }).id), ...(event.alsoNotify ?? [])])].filter(
      (id) => id !== actorId,
    );
    if (recipientIds.length === 0) return;
    const region = await this.regions.findByCode(assessment.regionCode);
    await this.notifications.notify(manager, {
      kind: event.kind,
      recipientIds,
      object: {
        type: 'Assessment',
        id: assessment.id,
        link: event.link ?? `/spbe/wilayah/${assessment.regionCode}/penilaian/${assessment.year}`,
      },
      params: { regionName: region?.name ?? assessment.regionCode, year: assessment.year, ...event.params },
      dedupeKey: event.dedupeKey,
    });
  }
}
