import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/request-loaders';
import type { User } from '../users';
import type { PemdiEvaluation, PemdiEvidenceItem, PemdiIndicatorEntry } from './pemdi-evaluation.entities';
import { type EvaluationAccess, PemdiEvaluationService } from './pemdi-evaluation.service';

export interface PemdiEvaluationRequestLoaders {
  /** Each evaluation's indicator entries, in framework order. */
  entriesByEvaluationId: DataLoader<string, PemdiIndicatorEntry[]>;
  /** Each evaluation's evidence items (current and replaced), oldest first. */
  itemsByEvaluationId: DataLoader<string, PemdiEvidenceItem[]>;
  /** The viewer's access to an evaluation (computed once per request and evaluation). */
  access: DataLoader<{ viewer: User; evaluation: PemdiEvaluation }, EvaluationAccess, string>;
}

@Injectable()
export class PemdiEvaluationLoaders implements LoaderFactory<PemdiEvaluationRequestLoaders> {
  constructor(private readonly evaluations: PemdiEvaluationService) {}

  create(): PemdiEvaluationRequestLoaders {
    return {
      entriesByEvaluationId: new DataLoader((ids) => this.evaluations.entriesOf(ids)),
      itemsByEvaluationId: new DataLoader((ids) => this.evaluations.itemsOf(ids)),
      access: new DataLoader((keys) => Promise.all(keys.map(({ viewer, evaluation }) => this.evaluations.accessOf(viewer, evaluation))), {
        cacheKeyFn: ({ viewer, evaluation }) => `${viewer.id}:${evaluation.id}`,
      }),
    };
  }
}
