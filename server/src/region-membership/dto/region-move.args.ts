import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/paginated';
import { RegionMoveStatus } from '../region-move-request.entity';

@ArgsType()
export class RegionMoveRequestsArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'A region the caller coordinates; without it, every region they coordinate.' })
  regionCode?: string | null;

  @Field(() => RegionMoveStatus, {
    nullable: true,
    defaultValue: RegionMoveStatus.PENDING,
    description: 'PENDING unless told; null: every status.',
  })
  status?: RegionMoveStatus | null;
}

@ArgsType()
export class RejectRegionMoveArgs {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Why, for the user (1 to 1000 characters).' })
  reason: string;
}
