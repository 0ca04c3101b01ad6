import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/request-loaders';
import type { AdoptionStepView } from './replication.entities';
import { ReplicationService } from './replication.service';

export interface ReplicationLoaderSet {
  /** Each adoption's steps with the region's progress, for the whole batch at once. */
  stepsByAdoptionId: DataLoader<string, AdoptionStepView[]>;
}

/** Per-request loaders for replication: `context.loaders.of(ReplicationLoaders).stepsByAdoptionId.load(id)`. */
@Injectable()
export class ReplicationLoaders implements LoaderFactory<ReplicationLoaderSet> {
  constructor(private readonly replication: ReplicationService) {}

  create(): ReplicationLoaderSet {
    return { stepsByAdoptionId: new DataLoader((ids) => this.replication.stepsOfAdoptions(ids)) };
  }
}
