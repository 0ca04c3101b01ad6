import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { Region } from '../regions';
import { IndexValue, IndexValueKind } from '../spbe';

@ObjectType({ description: 'One kabupaten/kota in the province overview.' })
export class RegionOverviewRow {
  @Field(() => Region)
  region: Region;

  @Field(() => Int)
  learners: number;

  @Field(() => Int, { description: 'Learners with learning activity in the last 30 days.' })
  activeLearners30d: number;

  @Field(() => Int)
  enrolments: number;

  @Field(() => Int)
  completions: number;

  @Field(() => Float, { description: 'Completions per enrolment, 0-1.' })
  completionRate: number;

  @Field(() => Int)
  sessionsHeld: number;

  @Field(() => Int)
  actionItemsOpen: number;

  @Field(() => Int)
  actionItemsDone: number;

  @Field(() => Int)
  playbookStepsDone: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'The index on the overview’s framework: the newest year’s value, official before self-assessed before demo (see latestIndexKind).',
  })
  latestIndex: number | null;

  @Field(() => IndexValueKind, { nullable: true, description: 'What latestIndex is: OFFICIAL, SELF_ASSESSED, SIMULATED or DEMO.' })
  latestIndexKind: IndexValueKind | null;

  @Field(() => Int, { nullable: true, description: 'Evaluation year of latestIndex.' })
  latestIndexYear: number | null;

  @Field(() => IndexValue, { nullable: true, description: 'latestIndex with its framework, year and kind.' })
  latestValue: IndexValue | null;

  @Field(() => Float)
  target: number;
}

@ObjectType({ description: 'A figure’s province median and the region’s rank (1 = highest); index figures on one framework only.' })
export class Benchmark {
  @Field()
  figure: string;

  @Field(() => Float, { nullable: true })
  median: number | null;

  @Field(() => Int, { nullable: true })
  rank: number | null;

  @Field(() => Int)
  of: number;
}

@ObjectType()
export class ProvinceOverview {
  @Field(() => Region)
  province: Region;

  @Field({ description: 'The framework of every index figure here (the current one unless asked for): never mixed with another.' })
  frameworkCode: string;

  @Field(() => Float, { description: 'The province’s target on this framework (3.5 when none is set).' })
  target: number;

  @Field({ description: 'True when no target is set for this framework and 3.5 applies.' })
  targetIsDefault: boolean;

  @Field(() => [RegionOverviewRow], { description: 'The regions the viewer may see (coordinated ones; all for admins).' })
  rows: RegionOverviewRow[];

  @Field(() => [Benchmark], { description: 'Province medians of every figure, over all kabupaten/kota.' })
  medians: Benchmark[];
}

@ObjectType()
export class MonthlyPoint {
  @Field({ description: 'YYYY-MM' })
  month: string;

  @Field(() => Int)
  enrolments: number;

  @Field(() => Int)
  completions: number;

  @Field(() => Int)
  sessionsHeld: number;

  @Field(() => Int)
  playbookStepsDone: number;
}

@ObjectType()
export class RegionDashboard {
  @Field({ description: 'The framework of the index figures (the current one unless asked for).' })
  frameworkCode: string;

  @Field(() => RegionOverviewRow)
  row: RegionOverviewRow;

  @Field(() => [Benchmark], { description: 'The region’s rank and the province median for each figure.' })
  benchmarks: Benchmark[];

  @Field(() => [MonthlyPoint], { description: 'The last 12 months, oldest first.' })
  monthly: MonthlyPoint[];
}
