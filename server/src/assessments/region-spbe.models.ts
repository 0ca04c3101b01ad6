import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '../regions';
import { IndexValue, SpbeFramework } from '../spbe';
import { Assessment } from './assessment.entities';
import { GroupScoreModel, IndicatorLevelModel } from './assessment.models';
import { PublishedScore } from './published-score.entity';

@ObjectType({ description: 'A region’s values on one framework, oldest first: one series, never mixed with another framework.' })
export class IndexSeries {
  @Field()
  frameworkCode: string;

  @Field(() => [IndexValue])
  values: IndexValue[];
}

@ObjectType({
  description:
    'A region’s position on one framework (latest self-assessment, target, official values, averages), and its history on every framework.',
})
export class RegionSpbe {
  @Field(() => Region)
  region: Region;

  @Field({ description: 'The framework the figures below are on (the current one unless asked for).' })
  frameworkCode: string;

  @Field(() => SpbeFramework)
  framework: SpbeFramework;

  @Field(() => Float, { description: 'The province’s target on this framework (3.5 when none is set).' })
  target: number;

  @Field(() => Int, { nullable: true, description: 'Evaluation year of the target; null when none is set.' })
  targetYear: number | null;

  @Field({ description: 'True when no target is set for this framework and 3.5 applies.' })
  targetIsDefault: boolean;

  @Field(() => Assessment, {
    nullable: true,
    description:
      'The latest finalised self-assessment on this framework. Its `levels` (with evidence and notes) are for the region’s coordinators only.',
  })
  latestAssessment: Assessment | null;

  @Field(() => [IndicatorLevelModel], {
    description: 'The latest finalised self-assessment’s level per indicator, in framework order: for everyone who sees the region.',
  })
  latestLevels: IndicatorLevelModel[];

  @Field(() => IndexValue, {
    nullable: true,
    description: 'The value the gap is measured from: the newest year’s, official before self-assessed before demo.',
  })
  latestValue: IndexValue | null;

  @Field(() => IndexValue, { nullable: true, description: 'The latest official (published, not demo) value on this framework.' })
  latestOfficial: IndexValue | null;

  @Field(() => IndexValue, { nullable: true, description: 'The latest final self-assessment on this framework.' })
  latestSelfAssessed: IndexValue | null;

  @Field(() => IndexValue, {
    nullable: true,
    description: 'The latest index simulated from evidence the assessors accepted (submitted Pemdi evaluations).',
  })
  latestSimulated: IndexValue | null;

  @Field(() => Float, { nullable: true, description: 'Target minus latestValue; 0 when reached.' })
  gapToTarget: number | null;

  @Field(() => [GroupScoreModel], { description: 'Domain scores of the latest self-assessment (none for Pemdi, which has no domains).' })
  domainScores: GroupScoreModel[];

  @Field(() => [GroupScoreModel])
  aspectScores: GroupScoreModel[];

  @Field(() => [Assessment], { description: 'Finalised self-assessments on this framework, oldest first.' })
  selfAssessed: Assessment[];

  @Field(() => [PublishedScore], {
    description: 'Published values for the region on this framework (official and demo, each labelled), oldest first.',
  })
  published: PublishedScore[];

  @Field(() => [PublishedScore], { description: 'Province kab/kota averages and national averages on this framework.' })
  benchmarks: PublishedScore[];

  @Field(() => [IndexSeries], {
    description:
      'Every value of the region on every framework, one series per framework (oldest framework first): SPBE history beside Pemdi.',
  })
  history: IndexSeries[];
}
