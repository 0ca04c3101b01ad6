import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContentModule } from '../content';
import { NotificationsModule } from '../notifications';
import { RegionsModule } from '../regions';
import { SpbeModule } from '../spbe';
import { UsersModule } from '../users';
import { ActionPlan, ActionPlanItem } from './action-plan.entities';
import { ActionPlanResolver } from './action-plan.resolver';
import { ActionPlanService } from './action-plan.service';
import { Assessment, AssessmentLevel } from './assessment.entities';
import { AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { AssessmentNotifications } from './assessment-notifications';
import { AssessmentsLoaders } from './assessments.loaders';
import { AssessmentsExportsController } from './assessments-exports.controller';
import { IndexPlanResolver } from './index-plan.resolver';
import { IndexPlanService } from './index-plan.service';
import { PemdiEvaluation, PemdiEvidenceItem, PemdiIndicatorEntry } from './pemdi-evaluation.entities';
import { PemdiEvaluationLoaders } from './pemdi-evaluation.loaders';
import { PemdiEvaluationResolver, PemdiEvidenceItemResolver, PemdiIndicatorEntryResolver } from './pemdi-evaluation.resolver';
import { PemdiEvaluationService } from './pemdi-evaluation.service';
import { PemdiEvaluationViewService } from './pemdi-evaluation-view.service';
import { PemdiEvidenceController } from './pemdi-evidence.controller';
import { ProvinceTargetService } from './province-target.service';
import { PublishedScore } from './published-score.entity';
import { PublishedScoreService } from './published-score.service';
import { PublishedScoresSeeder } from './published-scores.seeder';
import { RegionSpbeResolver } from './region-spbe.resolver';
import { RegionSpbeService } from './region-spbe.service';
import { SpbeTarget } from './spbe-target.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      PublishedScore,
      SpbeTarget,
      Assessment,
      AssessmentLevel,
      ActionPlan,
      ActionPlanItem,
      PemdiEvaluation,
      PemdiIndicatorEntry,
      PemdiEvidenceItem,
    ]),
    RegionsModule,
    SpbeModule,
    ContentModule,
    UsersModule,
    NotificationsModule,
  ],
  controllers: [AssessmentsExportsController, PemdiEvidenceController],
  providers: [
    AssessmentService,
    AssessmentNotifications,
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
    PemdiEvaluationService,
    PemdiEvaluationViewService,
    PemdiEvaluationLoaders,
    PemdiEvaluationResolver,
    PemdiIndicatorEntryResolver,
    PemdiEvidenceItemResolver,
  ],
  exports: [AssessmentService, ProvinceTargetService, PublishedScoreService, PublishedScoresSeeder, RegionSpbeService],
})
export class AssessmentsModule {}
