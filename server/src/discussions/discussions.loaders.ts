import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { LoaderFactory } from '../graphql/request-loaders';
import type { DiscussionAnswer } from './discussion.entities';
import { DiscussionService } from './discussion.service';

export interface DiscussionsLoaderSet {
  /** Each question's answers, oldest first, for the whole page of questions in one query. */
  answersByQuestionId: DataLoader<string, DiscussionAnswer[]>;
}

/** Per-request loaders: `context.loaders.of(DiscussionsLoaders).answersByQuestionId.load(id)`. */
@Injectable()
export class DiscussionsLoaders implements LoaderFactory<DiscussionsLoaderSet> {
  constructor(private readonly discussions: DiscussionService) {}

  create(): DiscussionsLoaderSet {
    return { answersByQuestionId: new DataLoader((ids) => this.discussions.answersOfQuestions(ids)) };
  }
}
