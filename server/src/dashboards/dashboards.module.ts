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
import { RegionMonthlyStats, RegionStats } from './region-stats.entities';

@Module({
  imports: [TypeOrmModule.forFeature([RegionStats, RegionMonthlyStats]), RegionsModule, UsersModule, AssessmentsModule, SpbeModule],
  controllers: [ExportsController],
  providers: [DashboardService, DashboardResolver, CoordinatorHomeService, CoordinatorHomeResolver],
  exports: [DashboardService],
})
export class DashboardsModule {}
