import { regionMoveRequestRules } from '@living-lab/shared';
import { Args, Context, ID, Mutation, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { Paginated } from '../common/pagination/paginated';
import { validateInput } from '../common/validate-input';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Region, RegionsLoaders } from '../regions';
import { Person, type User, UsersLoaders } from '../users';
import { RegionMoveRequestsArgs, RejectRegionMoveArgs } from './dto/region-move.args';
import { RegionMembershipService } from './region-membership.service';
import { RegionMoveRequest } from './region-move-request.entity';

@ObjectType()
export class RegionMoveRequestPage extends Paginated(RegionMoveRequest) {}

@Resolver(() => RegionMoveRequest)
export class RegionMembershipResolver {
  constructor(private readonly membership: RegionMembershipService) {}

  @SignedIn()
  @Mutation(() => RegionMoveRequest, { description: 'Asks to move to another region; a coordinator of that region or an admin decides.' })
  requestRegionMove(@CurrentUser() user: User, @Args('toRegionCode') toRegionCode: string): Promise<RegionMoveRequest> {
    return this.membership.request(user, validateInput(regionMoveRequestRules, { toRegionCode }).toRegionCode);
  }

  @SignedIn()
  @Mutation(() => RegionMoveRequest, { description: 'Cancels the caller’s pending request to move.' })
  cancelMyRegionMove(@CurrentUser() user: User): Promise<RegionMoveRequest> {
    return this.membership.cancelMine(user);
  }

  @SignedIn()
  @Query(() => RegionMoveRequest, { nullable: true, description: 'The caller’s latest request to move (pending or decided).' })
  myRegionMoveRequest(@CurrentUser() user: User): Promise<RegionMoveRequest | null> {
    return this.membership.mine(user);
  }

  @Can('coordinateRegions')
  @Query(() => RegionMoveRequestPage, { description: 'Requests to move into the regions the caller coordinates, oldest first.' })
  regionMoveRequests(@CurrentUser() user: User, @Args() args: RegionMoveRequestsArgs): Promise<RegionMoveRequestPage> {
    return this.membership.list(user, args, args);
  }

  @Can('coordinateRegions')
  @Mutation(() => RegionMoveRequest, { description: 'Approves a pending request: the user’s region changes at once.' })
  approveRegionMove(@CurrentUser() user: User, @Args('id', { type: () => ID }) id: string): Promise<RegionMoveRequest> {
    return this.membership.approve(user, id);
  }

  @Can('coordinateRegions')
  @Mutation(() => RegionMoveRequest, { description: 'Rejects a pending request with a reason; the user stays where they are.' })
  rejectRegionMove(@CurrentUser() user: User, @Args() args: RejectRegionMoveArgs): Promise<RegionMoveRequest> {
    return this.membership.reject(user, args.id, args.reason);
  }

  /** Requests reach only their user and those who may decide them, so the person is theirs to see. */
  @ResolveField(() => Person)
  async user(@Parent() request: RegionMoveRequest, @Context() context: GraphqlContext): Promise<User> {
    const user = await context.loaders.of(UsersLoaders).userById.load(request.userId);
    if (!user) throw new Error(`Move request ${request.id} has no user`);
    return user;
  }

  @ResolveField(() => Person, { nullable: true, description: 'Who approved or rejected it.' })
  decidedBy(@Parent() request: RegionMoveRequest, @Context() context: GraphqlContext): Promise<User | null> | null {
    return request.decidedById ? context.loaders.of(UsersLoaders).userById.load(request.decidedById) : null;
  }

  @ResolveField(() => Region, { nullable: true, description: 'Null when a new account asks to join its first region.' })
  async fromRegion(@Parent() request: RegionMoveRequest, @Context() context: GraphqlContext): Promise<Region | null> {
    if (!request.fromRegionCode) return null;
    return requireRegion(await context.loaders.of(RegionsLoaders).regionByCode.load(request.fromRegionCode), request.fromRegionCode);
  }

  @ResolveField(() => Region)
  async toRegion(@Parent() request: RegionMoveRequest, @Context() context: GraphqlContext): Promise<Region> {
    return requireRegion(await context.loaders.of(RegionsLoaders).regionByCode.load(request.toRegionCode), request.toRegionCode);
  }
}

function requireRegion(region: Region | null | undefined, code: string): Region {
  if (!region) throw new Error(`Unknown region ${code}`);
  return region;
}
