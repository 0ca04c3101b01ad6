import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ContentItem, ContentLoaders } from '../content';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Region, RegionsLoaders } from '../regions';
import { SpbeIndicator } from '../spbe';
import { Person, type User, UsersLoaders } from '../users';
import { MentoringLoaders } from './mentoring.loaders';
import { MentoringPair } from './mentoring-pair.entity';
import { MentoringSession } from './mentoring-session.entity';

/** Nested fields of a pair: every query that returns a pair has checked the viewer's role in it. */
@Resolver(() => MentoringPair)
export class MentoringPairResolver {
  @ResolveField(() => Person)
  mentor(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(pair.mentorId);
  }

  @ResolveField(() => [Person], { description: 'The mentee: one civil servant, or the region team’s members.' })
  async members(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<User[]> {
    const memberIds = await context.loaders.of(MentoringLoaders).menteeIdsByPairId.load(pair.id);
    const users = await context.loaders.of(UsersLoaders).userById.loadMany(memberIds);
    return users.filter((user): user is User => user !== null && !(user instanceof Error));
  }

  @ResolveField(() => Region)
  async region(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<Region> {
    return (await context.loaders.of(RegionsLoaders).regionByCode.load(pair.regionCode)) as Region;
  }

  @ResolveField(() => ContentItem, { nullable: true })
  playbook(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<ContentItem | null> {
    return pair.playbookId ? context.loaders.of(ContentLoaders).itemById.load(pair.playbookId) : Promise.resolve(null);
  }

  @ResolveField(() => [SpbeIndicator])
  indicators(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<SpbeIndicator[]> {
    return context.loaders.of(MentoringLoaders).indicatorsByPairId.load(pair.id);
  }

  @ResolveField(() => [MentoringSession])
  sessions(@Parent() pair: MentoringPair, @Context() context: GraphqlContext): Promise<MentoringSession[]> {
    const loaders = context.loaders.of(MentoringLoaders);
    // The sessions' own fields ask for their pair: this one is already at hand.
    loaders.pairById.prime(pair.id, pair);
    return loaders.sessionsByPairId.load(pair.id);
  }
}
