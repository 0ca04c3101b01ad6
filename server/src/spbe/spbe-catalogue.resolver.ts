import { Args, Query, Resolver } from '@nestjs/graphql';
import { SignedIn } from '../common/access/access-decorators';
import { SpbeCatalogueService } from './spbe-catalogue.service';
import { SpbeFramework } from './spbe-framework.entity';

@Resolver(() => SpbeFramework)
export class SpbeCatalogueResolver {
  constructor(private readonly catalogue: SpbeCatalogueService) {}

  @SignedIn()
  @Query(() => [SpbeFramework], { description: 'SPBE evaluation frameworks, newest first, with domains, aspects and indicators.' })
  spbeFrameworks(): Promise<SpbeFramework[]> {
    return this.catalogue.list();
  }

  @SignedIn()
  @Query(() => SpbeFramework, { description: 'One framework by code; the newest when no code is given.' })
  spbeFramework(@Args('code', { type: () => String, nullable: true }) code?: string | null): Promise<SpbeFramework> {
    return this.catalogue.find(code);
  }
}
