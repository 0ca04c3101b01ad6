import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssessmentsModule } from '../assessments';
import { RegionsModule } from '../regions';
import { SpbeModule } from '../spbe';
import { UsersModule } from '../users';
import { CoordinatorHomeResolver } from './coordinator-home.resolver';
import { CoordinatorHomeService } from './coordinator-home.service';
import { DashboardResolver } from './dashboard.resolver';
import { DashboardService } from './dashboard.service';
import { ExportsController } from './exports.controller';
import { RegionActivityCounts } from './region-activity-counts';
import { RegionLastActiveDay, RegionMonthlyStats, RegionStats } from './region-stats.entities';

@Module({
  imports: [
    TypeOrmModule.forFeature([RegionStats, RegionMonthlyStats, RegionLastActiveDay]),
    RegionsModule,
    UsersModule,
    AssessmentsModule,
    SpbeModule,
  ],
  controllers: [ExportsController],
  providers: [DashboardService, DashboardResolver, CoordinatorHomeService, CoordinatorHomeResolver, RegionActivityCounts],
  exports: [DashboardService],
})
export class DashboardsModule {}
