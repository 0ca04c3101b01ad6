import { Args, Field, InputType, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { MaturityLevel } from './maturity-level.model';
import { SpbeCatalogueService } from './spbe-catalogue.service';
import { SpbeFramework } from './spbe-framework.entity';

@InputType()
export class MaturityLevelInput {
  @Field(() => Int)
  level: number;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  nameEn?: string | null;
}

@Resolver(() => SpbeFramework)
export class SpbeCatalogueResolver {
  constructor(private readonly catalogue: SpbeCatalogueService) {}

  @SignedIn()
  @Query(() => [SpbeFramework], {
    description: 'Evaluation frameworks (SPBE 59/2020, Pemdi 8/2026), newest first, with their years, revocation, scale and tree.',
  })
  spbeFrameworks(): Promise<SpbeFramework[]> {
    return this.catalogue.list();
  }

  @SignedIn()
  @Query(() => SpbeFramework, { description: 'One framework’s catalogue by code; the one in force this year (WIB) when no code is given.' })
  spbeFramework(@Args('code', { type: () => String, nullable: true }) code?: string | null): Promise<SpbeFramework> {
    return this.catalogue.find(code);
  }

  @SignedIn()
  @Query(() => SpbeFramework, { description: 'The framework an evaluation year is scored on; NOT_FOUND for a year none covers.' })
  frameworkForYear(@Args('year', { type: () => Int }) year: number): Promise<SpbeFramework> {
    return this.catalogue.forYear(year);
  }

  @Can('editSpbeCatalogue')
  @Mutation(() => SpbeFramework, {
    description:
      'Renames the maturity levels of a framework, or of one of its domains (domainCode); levels null gives a domain the framework’s names again.',
  })
  setSpbeLevelNames(
    @Args('frameworkCode') frameworkCode: string,
    @Args('domainCode', { type: () => String, nullable: true }) domainCode: string | null,
    @Args('levels', { type: () => [MaturityLevelInput], nullable: true }) levels: MaturityLevelInput[] | null,
  ): Promise<SpbeFramework> {
    return this.catalogue.setLevelNames(frameworkCode, domainCode ?? null, (levels ?? null) as MaturityLevel[] | null);
  }
}
