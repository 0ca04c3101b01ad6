import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/request-loaders';
import type { PathStep } from './learning.models';
import { LearningPathService, type ViewedPath } from './learning-path.service';

export interface LearningRequestLoaders {
  /** A path's steps as one viewer sees them (lock and completion state). */
  pathSteps: DataLoader<ViewedPath, PathStep[], string>;
}

@Injectable()
export class LearningLoaders implements LoaderFactory<LearningRequestLoaders> {
  constructor(private readonly paths: LearningPathService) {}

  create(): LearningRequestLoaders {
    return {
      pathSteps: new DataLoader((keys) => this.paths.stepsOf(keys), {
        cacheKeyFn: (key) => `${key.viewerId}:${key.pathId}`,
      }),
    };
  }
}
