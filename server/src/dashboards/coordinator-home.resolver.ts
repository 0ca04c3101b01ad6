import { Args, Query, Resolver } from '@nestjs/graphql';
import { Can } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { CoordinatorHome } from './coordinator-home.models';
import { CoordinatorHomeService } from './coordinator-home.service';

@Resolver()
export class CoordinatorHomeResolver {
  constructor(private readonly home: CoordinatorHomeService) {}

  @Can('coordinateRegions')
  @Query(() => CoordinatorHome, {
    description: 'The coordinator’s home: figures of each kabupaten/kota given to them; index values and targets on one framework.',
  })
  coordinatorHome(
    @CurrentUser() viewer: User,
    @Args('frameworkCode', {
      type: () => String,
      nullable: true,
      description: 'The framework of the index values; the current one by default.',
    })
    frameworkCode?: string | null,
  ): Promise<CoordinatorHome> {
    return this.home.home(viewer, frameworkCode);
  }
}
