import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/request-loaders';
import type { Region } from './region.entity';
import { RegionAccessService } from './region-access.service';
import { RegionsService } from './regions.service';

export interface RegionsLoaderSet {
  regionByCode: DataLoader<string, Region | null>;
  /** Each user's coordinated regions, in code order. */
  coordinatedRegionsByUserId: DataLoader<string, Region[]>;
}

/** Per-request loaders for regions: `context.loaders.of(RegionsLoaders).regionByCode.load(code)`. */
@Injectable()
export class RegionsLoaders implements LoaderFactory<RegionsLoaderSet> {
  constructor(
    private readonly regions: RegionsService,
    private readonly access: RegionAccessService,
  ) {}

  create(): RegionsLoaderSet {
    return {
      regionByCode: new DataLoader((codes) => this.regions.findByCodes(codes)),
      coordinatedRegionsByUserId: new DataLoader((userIds) => this.access.coordinatedRegionsOf(userIds)),
    };
  }
}
