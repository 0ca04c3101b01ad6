import type { Role } from '@living-lab/shared';
import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/paginated';
import { RoleEnum } from '../user.entity';

@ArgsType()
export class UsersArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or email.' })
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => String, { nullable: true })
  regionCode?: string | null;
}

@InputType()
export class SetUserRolesInput {
  @Field(() => ID)
  userId: string;

  @Field(() => [RoleEnum], { description: 'LEARNER is always kept.' })
  roles: Role[];

  @Field(() => Int, { description: 'The user version the change is based on.' })
  version: number;
}

@InputType()
export class SetCoordinatorRegionsInput {
  @Field(() => ID)
  userId: string;

  @Field(() => [String])
  regionCodes: string[];

  @Field(() => Int, { description: 'The user version the change is based on.' })
  version: number;
}

@InputType()
export class SetUserActiveInput {
  @Field(() => ID)
  userId: string;

  @Field({ description: 'false: deactivate (sign-in refused, every token stops working at once); true: reactivate.' })
  active: boolean;
}
