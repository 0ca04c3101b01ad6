import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentModule } from '../content';
import { RegionsModule } from '../regions';
import { SpbeModule } from '../spbe';
import { ActionPlan, ActionPlanItem } from './action-plan.entities';
import { ActionPlanResolver } from './action-plan.resolver';
import { ActionPlanService } from './action-plan.service';
import { Assessment, AssessmentLevel, PublishedScore, SpbeTarget } from './assessment.entities';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { AssessmentsLoaders } from './assessments.loaders';
import { AssessmentsExportsController } from './assessments-exports.controller';
import { IndexPlanResolver } from './index-plan.resolver';
import { IndexPlanService } from './index-plan.service';
import { ProvinceTargetService } from './province-target.service';
import { PublishedScoreService } from './published-score.service';
import { PublishedScoresSeeder } from './published-scores.seeder';
import { RegionSpbeResolver } from './region-spbe.resolver';
import { RegionSpbeService } from './region-spbe.service';

@Module({
  imports: [
    TypeOrmModule.forFeature([PublishedScore, SpbeTarget, Assessment, AssessmentLevel, ActionPlan, ActionPlanItem]),
    RegionsModule,
    SpbeModule,
    ContentModule,
  ],
  controllers: [AssessmentsExportsController],
  providers: [
    AssessmentService,
    IndexPlanService,
    ActionPlanService,
    ProvinceTargetService,
    PublishedScoreService,
    RegionSpbeService,
    AssessmentsLoaders,
    AssessmentResolver,
    IndexPlanResolver,
    ActionPlanResolver,
    RegionSpbeResolver,
    PublishedScoresSeeder,
  ],
  exports: [AssessmentService, ProvinceTargetService, PublishedScoreService, PublishedScoresSeeder],
})
export class AssessmentsModule {}
