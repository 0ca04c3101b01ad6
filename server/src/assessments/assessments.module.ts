import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { RegionsModule } from '../regions/regions.module';
import { SpbeModule } from '../spbe/spbe.module';
import { UsersModule } from '../users/users.module';
import { ActionPlan, ActionPlanItem } from './action-plan.entities';
import { Assessment, AssessmentLevel, PublishedScore, SpbeTarget } from './assessment.entities';
import { ActionPlanFieldsResolver, AssessmentFieldsResolver, AssessmentResolver } from './assessment.resolver';
import { AssessmentService } from './assessment.service';
import { PublishedScoresSeeder } from './published-scores.seeder';

@Module({
  imports: [
    TypeOrmModule.forFeature([PublishedScore, SpbeTarget, Assessment, AssessmentLevel, ActionPlan, ActionPlanItem]),
    UsersModule,
    RegionsModule,
    SpbeModule,
  ],
  providers: [AssessmentService, AssessmentResolver, AssessmentFieldsResolver, ActionPlanFieldsResolver, PublishedScoresSeeder],
  exports: [PublishedScoresSeeder],
})
export class AssessmentsModule {}
