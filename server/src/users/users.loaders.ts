import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/request-loaders';
import type { User } from './user.entity';
import { UsersService } from './users.service';

export interface UsersLoaderSet {
  userById: DataLoader<string, User | null>;
}

/** Per-request loaders for accounts: `context.loaders.of(UsersLoaders).userById.load(id)`. */
@Injectable()
export class UsersLoaders implements LoaderFactory<UsersLoaderSet> {
  constructor(private readonly users: UsersService) {}

  create(): UsersLoaderSet {
    return { userById: new DataLoader((ids) => this.users.findByIds(ids)) };
  }
}
