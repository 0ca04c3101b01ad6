import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/request-loaders';
import { RegionAccessService } from '../regions';
import type { User } from '../users';
import type { ActionPlanItem } from './action-plan.entities';
import { ActionPlanService } from './action-plan.service';
import type { AssessmentLevel } from './assessment.entities';
import { AssessmentService } from './assessment.service';

export interface AssessmentsRequestLoaders {
  /** Each assessment's levels, in indicator order. */
  levelsByAssessmentId: DataLoader<string, AssessmentLevel[]>;
  /** Each action plan's items, in indicator order. */
  itemsByPlanId: DataLoader<string, ActionPlanItem[]>;
  /** Whether the viewer coordinates the region (admins do every region): one query per viewer for a list. */
  viewerCoordinates: DataLoader<{ viewer: User; regionCode: string }, boolean, string>;
}

@Injectable()
export class AssessmentsLoaders implements LoaderFactory<AssessmentsRequestLoaders> {
  constructor(
    private readonly assessments: AssessmentService,
    private readonly actionPlans: ActionPlanService,
    private readonly regionAccess: RegionAccessService,
  ) {}

  create(): AssessmentsRequestLoaders {
    return {
      levelsByAssessmentId: new DataLoader((ids) => this.assessments.levelsOf(ids)),
      itemsByPlanId: new DataLoader((ids) => this.actionPlans.itemsOf(ids)),
      viewerCoordinates: new DataLoader((keys) => this.coordinated(keys), {
        cacheKeyFn: ({ viewer, regionCode }) => `${viewer.id}:${regionCode}`,
      }),
    };
  }

  private async coordinated(keys: ReadonlyArray<{ viewer: User; regionCode: string }>): Promise<boolean[]> {
    const viewers = new Map(keys.map(({ viewer }) => [viewer.id, viewer]));
    const allowed = new Map<string, Set<string>>();
    for (const [id, viewer] of viewers) {
      const codes = [...new Set(keys.filter((key) => key.viewer.id === id).map((key) => key.regionCode))];
      allowed.set(id, await this.regionAccess.coordinatedAmong(viewer, codes));
    }
    return keys.map(({ viewer, regionCode }) => allowed.get(viewer.id)?.has(regionCode) ?? false);
  }
}
