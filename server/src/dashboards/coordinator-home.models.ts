import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Region } from '../regions';
import { IndexValue } from '../spbe';

/** Where a region's assessment of the current year stands, on the home's framework. */
export enum EvaluationStatus {
  /** Not opened yet this year. */
  NONE = 'NONE',
  /** Opened; levels, values or evidence being filled in. */
  DRAFT = 'DRAFT',
  /** Indeks Pemerintah Digital: sent to the assessors. */
  SUBMITTED = 'SUBMITTED',
  /** SPBE 59/2020 self-assessment: finalised. */
  FINAL = 'FINAL',
}
registerEnumType(EvaluationStatus, { name: 'EvaluationStatus' });

@ObjectType({ description: 'One coordinated kabupaten/kota on the coordinator’s home page.' })
export class CoordinatorRegionSummary {
  @Field(() => Region)
  region: Region;

  @Field(() => Int, { description: 'People of the region active since the start of this month (WIB).' })
  activeLearnersThisMonth: number;

  @Field(() => Int, { description: 'Modules completed this month (WIB).' })
  completionsThisMonth: number;

  @Field(() => Int)
  completionsTotal: number;

  @Field(() => Int)
  sessionsHeld: number;

  @Field(() => Int)
  openActionItems: number;

  @Field(() => IndexValue, {
    nullable: true,
    description:
      'The region’s latest value on the home’s framework (official, self-assessed, simulated or demo, with its year); null when it has none on that framework.',
  })
  latestValue: IndexValue | null;

  @Field(() => Float, { description: 'The province’s index target on the home’s framework.' })
  target: number;

  @Field(() => EvaluationStatus, { description: 'The region’s assessment of evaluationYear on the home’s framework.' })
  evaluationStatus: EvaluationStatus;

  @Field(() => Int, { description: 'The current year in WIB: the year evaluationStatus is about.' })
  evaluationYear: number;
}

@ObjectType()
export class CoordinatorHome {
  @Field(() => [CoordinatorRegionSummary], {
    description: 'The kabupaten/kota given to the viewer (directly or by province), in code order.',
  })
  regions: CoordinatorRegionSummary[];

  @Field({ description: 'The framework of every value and target here: the one asked for, the current one by default.' })
  frameworkCode: string;

  @Field({ description: 'Whether the viewer coordinates every region (admins): only given regions are listed here.' })
  coordinatesAllRegions: boolean;
}
