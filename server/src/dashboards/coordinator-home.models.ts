import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { AssessmentStatus } from '../assessments';
import { Region } from '../regions';

@ObjectType({ description: 'A region’s latest self-assessment, in brief.' })
export class CoordinatorAssessmentSummary {
  @Field(() => Int)
  year: number;

  @Field(() => AssessmentStatus)
  status: AssessmentStatus;

  @Field(() => Float, { nullable: true, description: 'The index, once final.' })
  index: number | null;
}

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

  @Field(() => CoordinatorAssessmentSummary, { nullable: true, description: 'The latest self-assessment, draft or final.' })
  assessment: CoordinatorAssessmentSummary | null;

  @Field(() => Float, { description: 'The province’s index target.' })
  target: number;
}

@ObjectType()
export class CoordinatorHome {
  @Field(() => [CoordinatorRegionSummary], {
    description: 'The kabupaten/kota given to the viewer (directly or by province), in code order.',
  })
  regions: CoordinatorRegionSummary[];

  @Field({ description: 'Whether the viewer coordinates every region (admins): only given regions are listed here.' })
  coordinatesAllRegions: boolean;
}
