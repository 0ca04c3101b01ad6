import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { ContentItem } from '../content';
import { Region } from '../regions';
import { Assessment, PublishedScore } from './assessment.entities';

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

@ObjectType({ description: 'A region’s SPBE position: latest self-assessment, target, official values and averages.' })
export class RegionSpbe {
  @Field(() => Region)
  region: Region;

  @Field(() => Float)
  target: number;

  @Field(() => Assessment, {
    nullable: true,
    description: 'The latest finalised self-assessment. Its `levels` (with evidence and notes) are for the region’s coordinators only.',
  })
  latestAssessment: Assessment | null;

  @Field(() => [IndicatorLevelModel], {
    description: 'The latest finalised self-assessment’s level per indicator, in framework order: for everyone who sees the region.',
  })
  latestLevels: IndicatorLevelModel[];

  @Field(() => Float, { nullable: true, description: 'Target minus the latest index (self-assessed, else official); 0 when reached.' })
  gapToTarget: number | null;

  @Field(() => [GroupScoreModel])
  domainScores: GroupScoreModel[];

  @Field(() => [GroupScoreModel])
  aspectScores: GroupScoreModel[];

  @Field(() => [Assessment], { description: 'Finalised self-assessments, oldest first.' })
  selfAssessed: Assessment[];

  @Field(() => [PublishedScore], { description: 'Official published values for the region, oldest first.' })
  published: PublishedScore[];

  @Field(() => [PublishedScore], { description: 'Province kab/kota averages and national averages.' })
  benchmarks: PublishedScore[];
}

@ObjectType()
export class PlannedRaiseModel {
  @Field()
  indicatorCode: string;

  @Field()
  indicatorName: string;

  @Field(() => Int)
  fromLevel: number;

  @Field(() => Int)
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
