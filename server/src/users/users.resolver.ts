import { CommonErrorReason, can, profileRules } from '@living-lab/shared';
import { Args, Context, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { ForbiddenError } from '../common/errors/domain-error';
import { Paginated } from '../common/pagination/paginated';
import { validateInput } from '../common/validate-input';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Region, RegionsLoaders } from '../regions';
import { UpdateProfileInput } from './dto/update-profile.input';
import { SetCoordinatorRegionsInput, SetUserActiveInput, SetUserRolesInput, UsersArgs } from './dto/users.args';
import { User } from './user.entity';
import { UsersService } from './users.service';

@ObjectType()
export class UserPage extends Paginated(User) {}

@Resolver(() => User)
export class UsersResolver {
  constructor(private readonly usersService: UsersService) {}

  @SignedIn()
  @Query(() => User, { description: 'The signed-in user.' })
  me(@CurrentUser() user: User): User {
    return user;
  }

  @SignedIn()
  @Mutation(() => User)
  updateMyProfile(@CurrentUser() user: User, @Args('input') input: UpdateProfileInput): Promise<User> {
    const { version, ...fields } = input;
    return this.usersService.updateProfile(user, validateInput(profileRules, fields), version);
  }

  @Can('manageUsers')
  @Query(() => UserPage, { description: 'Accounts, for admins: search, filter by role or region.' })
  users(@Args() args: UsersArgs): Promise<UserPage> {
    return this.usersService.list(args, args);
  }

  @Can('manageUsers')
  @Mutation(() => User)
  setUserRoles(@CurrentUser() actor: User, @Args('input') input: SetUserRolesInput): Promise<User> {
    return this.usersService.setRoles(actor, input.userId, input.roles, input.version);
  }

  @Can('manageUsers')
  @Mutation(() => User, { description: 'Deactivates or reactivates an account; an admin cannot deactivate themself.' })
  setUserActive(@CurrentUser() actor: User, @Args('input') input: SetUserActiveInput): Promise<User> {
    return this.usersService.setActive(actor, input.userId, input.active);
  }

  @Can('manageUsers')
  @Mutation(() => User)
  setCoordinatorRegions(@CurrentUser() actor: User, @Args('input') input: SetCoordinatorRegionsInput): Promise<User> {
    return this.usersService.setCoordinatorRegions(input.userId, input.regionCodes, input.version, actor);
  }

  @ResolveField(() => Region, {
    nullable: true,
    description: 'Null while the account waits for a coordinator to approve its first region.',
  })
  async region(@Parent() user: User, @Context() context: GraphqlContext): Promise<Region | null> {
    if (!user.regionCode) return null;
    const region = user.region ?? (await context.loaders.of(RegionsLoaders).regionByCode.load(user.regionCode));
    if (!region) throw new Error(`User ${user.id} has an unknown region ${user.regionCode}`);
    return region;
  }

  /** Visible to the coordinator themself and to admins. */
  @ResolveField(() => [Region])
  coordinatedRegions(@Parent() user: User, @Context() context: GraphqlContext): Promise<Region[]> {
    const viewer = context.req.user;
    if (!viewer || (viewer.id !== user.id && !can(viewer.roles, 'manageUsers'))) {
      throw new ForbiddenError(CommonErrorReason.NOT_ALLOWED);
    }
    return context.loaders.of(RegionsLoaders).coordinatedRegionsByUserId.load(user.id);
  }
}
