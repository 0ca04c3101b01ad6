import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';

@InputType()
export class IndicatorLevelInput {
  @Field({ description: 'I01-I47' })
  indicatorCode: string;

  @Field(() => Int)
  level: number;

  @Field(() => String, { nullable: true })
  evidenceUrl?: string | null;

  @Field({ defaultValue: '' })
  note: string;
}

@InputType()
export class SaveAssessmentInput {
  @Field()
  regionCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => String, { nullable: true, description: 'Framework version; the newest when omitted.' })
  frameworkCode?: string | null;

  @Field(() => [IndicatorLevelInput], { description: 'Levels to set (others are kept).' })
  levels: IndicatorLevelInput[];

  @Field(() => Int, { nullable: true, description: 'The version the edit is based on; omit to create.' })
  version?: number | null;
}

@InputType()
export class AssessmentTransitionInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => Int)
  version: number;
}

@InputType()
export class ActionPlanItemInput {
  @Field()
  indicatorCode: string;

  @Field(() => Int)
  fromLevel: number;

  @Field(() => Int)
  toLevel: number;

  @Field()
  owner: string;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  dueDate?: string | null;
}

@InputType()
export class SaveActionPlanInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => Float)
  target: number;

  @Field(() => [ActionPlanItemInput])
  items: ActionPlanItemInput[];
}

@InputType()
export class RecordPublishedScoreInput {
  @Field()
  regionCode: string;

  @Field(() => Int)
  year: number;

  @Field(() => Float)
  index: number;

  @Field({ description: 'Kind and year of the publication, e.g. "Hasil evaluasi SPBE KemenPANRB 2024".' })
  source: string;

  @Field(() => String, { nullable: true, description: 'The framework of the value; must be the one its year was scored on (the default).' })
  frameworkCode?: string | null;
}
