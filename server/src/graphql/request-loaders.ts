import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { Region } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import { UsersService } from '../users/users.service';

/**
 * DataLoaders live for one request (created in the GraphQL context), so nested fields batch into one
 * query per kind instead of one per parent, and nothing is cached across users.
 */
export interface RequestLoaders {
  regionByCode: DataLoader<string, Region | null>;
  coordinatedRegionsByUserId: DataLoader<string, Region[]>;
}

@Injectable()
export class RequestLoadersFactory {
  constructor(
    private readonly regions: RegionsService,
    private readonly users: UsersService,
  ) {}

  create(): RequestLoaders {
    return {
      regionByCode: new DataLoader((codes) => this.regions.findByCodes(codes)),
      coordinatedRegionsByUserId: new DataLoader((userIds) => this.users.coordinatedRegionsOf(userIds)),
    };
  }
}
