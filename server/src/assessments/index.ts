// The assessments feature's public API: self-assessments, "plan for me", action plans, province
// targets and published values. The entity classes double as GraphQL types and are exported for
// that use only; other features read and write through the services.
export { ActionPlan, ActionPlanItem } from './action-plan.entities';
export { Assessment, AssessmentLevel, AssessmentStatus } from './assessment.entities';
export { GroupScoreModel, IndexPlanModel, PlannedRaiseModel } from './assessment.models';
export { AssessmentService } from './assessment.service';
export { AssessmentsModule } from './assessments.module';
export { DEFAULT_TARGET, type EffectiveTarget, ProvinceTargetService } from './province-target.service';
export { PublishedScore, ScoreScope } from './published-score.entity';
export { type DemoScore, PublishedScoreService } from './published-score.service';
export { PublishedScoresSeeder } from './published-scores.seeder';
export { IndexSeries, RegionSpbe } from './region-spbe.models';
export { RegionSpbeService } from './region-spbe.service';
export { SpbeTarget } from './spbe-target.entity';
