// The assessments feature's public API: self-assessments, "plan for me", action plans, province
// targets and published values. The entity classes double as GraphQL types and are exported for
// that use only; other features read and write through the services.
export { ActionPlan, ActionPlanItem } from './action-plan.entities';
export { Assessment, AssessmentLevel, AssessmentStatus, PublishedScore, ScoreScope, SpbeTarget } from './assessment.entities';
export { GroupScoreModel, IndexPlanModel, PlannedRaiseModel, RegionSpbe } from './assessment.models';
export { AssessmentService } from './assessment.service';
export { AssessmentsModule } from './assessments.module';
export { DEFAULT_TARGET, ProvinceTargetService } from './province-target.service';
export { type DemoScore, PublishedScoreService } from './published-score.service';
export { PublishedScoresSeeder } from './published-scores.seeder';
