import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ContentItem } from '../content';

@ObjectType()
export class GroupScoreModel {
  @Field()
  code: string;

  @Field()
  name: string;

  @Field(() => Float, { description: 'Weighted mean level (1-5).' })
  score: number;

  @Field(() => Int)
  weightBp: number;
}

@ObjectType({ description: 'An indicator’s level in a finalised self-assessment: the figure only, without evidence or notes.' })
export class IndicatorLevelModel {
  @Field()
  indicatorCode: string;

  @Field(() => Int)
  level: number;
}

@ObjectType()
export class PlannedRaiseModel {
  @Field()
  indicatorCode: string;

  @Field()
  indicatorName: string;

  @Field(() => Float, { description: 'Whole levels in SPBE; two decimals in Pemdi (raises of 0.25).' })
  fromLevel: number;

  @Field(() => Float)
  toLevel: number;

  @Field(() => Int)
  weightBp: number;

  @Field(() => Float)
  gain: number;

  @Field(() => [ContentItem], { description: 'Published playbooks and modules tagged with this indicator.' })
  content: ContentItem[];
}

@ObjectType({ description: '"Plan for me": the fewest one-level raises that reach the target.' })
export class IndexPlanModel {
  @Field(() => Float)
  currentIndex: number;

  @Field(() => Float)
  target: number;

  @Field(() => Float)
  plannedIndex: number;

  @Field()
  reachable: boolean;

  @Field({ description: 'Why these raises, in one sentence (Bahasa Indonesia).' })
  explanation: string;

  @Field(() => [PlannedRaiseModel])
  raises: PlannedRaiseModel[];
}
