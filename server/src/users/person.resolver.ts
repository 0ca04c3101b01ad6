import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Region, RegionsLoaders } from '../regions';
import { Person } from './person.model';

@Resolver(() => Person)
export class PersonResolver {
  @ResolveField(() => Region, { nullable: true })
  region(@Parent() person: Person, @Context() context: GraphqlContext): Promise<Region | null> | null {
    return person.regionCode ? context.loaders.of(RegionsLoaders).regionByCode.load(person.regionCode) : null;
  }
}
