import { Args, Query, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { ProvinceOverview, RegionDashboard } from './dashboard.models';
import { DashboardService } from './dashboard.service';

@Resolver()
export class DashboardResolver {
  constructor(private readonly dashboards: DashboardService) {}

  @Can('coordinateRegions')
  @Query(() => ProvinceOverview, {
    description:
      'The kabupaten/kota of a province you coordinate, with medians; index figures on one framework (the current one by default).',
  })
  provinceOverview(
    @CurrentUser() viewer: User,
    @Args('provinceCode') provinceCode: string,
    @Args('frameworkCode', { type: () => String, nullable: true }) frameworkCode?: string | null,
  ): Promise<ProvinceOverview> {
    return this.dashboards.province(viewer, provinceCode, frameworkCode);
  }

  @SignedIn()
  @Query(() => RegionDashboard, { description: 'A kabupaten/kota: figures, rank and province median, monthly trends.' })
  regionDashboard(
    @CurrentUser() viewer: User,
    @Args('regionCode') regionCode: string,
    @Args('frameworkCode', { type: () => String, nullable: true }) frameworkCode?: string | null,
  ): Promise<RegionDashboard> {
    return this.dashboards.region(viewer, regionCode, frameworkCode);
  }
}
