import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { ContentItem, ContentLoaders } from '../content';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Region, RegionsLoaders } from '../regions';
import type { User } from '../users';
import { AdoptionStepView, PlaybookAdoption, ReplicationCell } from './replication.entities';
import { UpdateAdoptionStepInput } from './replication.inputs';
import { ReplicationLoaders } from './replication.loaders';
import { ReplicationService } from './replication.service';

@Resolver(() => PlaybookAdoption)
export class ReplicationResolver {
  constructor(private readonly replication: ReplicationService) {}

  @Can('coordinateRegions')
  @Mutation(() => PlaybookAdoption, { description: 'A region you coordinate starts replicating a published playbook (once).' })
  adoptPlaybook(
    @CurrentUser() actor: User,
    @Args('regionCode') regionCode: string,
    @Args('playbookId', { type: () => ID }) playbookId: string,
  ): Promise<PlaybookAdoption> {
    return this.replication.adopt(actor, regionCode, playbookId);
  }

  @Can('coordinateRegions')
  @Mutation(() => AdoptionStepView)
  updateAdoptionStep(@CurrentUser() actor: User, @Args('input') input: UpdateAdoptionStepInput): Promise<AdoptionStepView> {
    return this.replication.updateStep(actor, input);
  }

  @SignedIn()
  @Query(() => PlaybookAdoption, { description: 'A replication of your region, or of a region you coordinate.' })
  playbookAdoption(@CurrentUser() viewer: User, @Args('id', { type: () => ID }) id: string): Promise<PlaybookAdoption> {
    return this.replication.adoption(viewer, id);
  }

  @SignedIn()
  @Query(() => [ReplicationCell], { description: 'Which regions of a province replicate which Sumedang services, and how far they are.' })
  replicationMatrix(@Args('provinceCode') provinceCode: string): Promise<ReplicationCell[]> {
    return this.replication.matrix(provinceCode);
  }

  @ResolveField(() => [AdoptionStepView])
  steps(@Parent() adoption: PlaybookAdoption, @Context() context: GraphqlContext): Promise<AdoptionStepView[]> {
    return context.loaders.of(ReplicationLoaders).stepsByAdoptionId.load(adoption.id);
  }

  @ResolveField(() => Region)
  async region(@Parent() adoption: PlaybookAdoption, @Context() context: GraphqlContext): Promise<Region> {
    return (await context.loaders.of(RegionsLoaders).regionByCode.load(adoption.regionCode)) as Region;
  }

  @ResolveField(() => ContentItem)
  async playbook(@Parent() adoption: PlaybookAdoption, @Context() context: GraphqlContext): Promise<ContentItem> {
    return (await context.loaders.of(ContentLoaders).itemById.load(adoption.playbookId)) as ContentItem;
  }
}
