import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { SpbeIndicator } from '../spbe';
import { Person, type User, UsersLoaders } from '../users';
import { ContentLoaders } from './content.loaders';
import { CaseStudyBody, Lesson, PlaybookBody, type StoredBody } from './content-body';
import { ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';

@Resolver(() => ContentRevision)
export class ContentRevisionResolver {
  @ResolveField(() => ContentItem)
  async item(@Parent() revision: ContentRevision, @Context() context: GraphqlContext): Promise<ContentItem> {
    return revision.item ?? ((await context.loaders.of(ContentLoaders).itemById.load(revision.itemId)) as ContentItem);
  }

  @ResolveField(() => [SpbeIndicator], { description: 'The SPBE indicators this content helps raise.' })
  indicators(@Parent() revision: ContentRevision, @Context() context: GraphqlContext): Promise<SpbeIndicator[]> {
    return context.loaders.of(ContentLoaders).indicatorsByRevisionId.load(revision.id);
  }

  @ResolveField(() => [Lesson], { description: 'Lessons of a module, in order; empty for other types.' })
  async lessons(@Parent() revision: ContentRevision, @Context() context: GraphqlContext): Promise<Lesson[]> {
    const body = await bodyOf(revision, context);
    return body?.type === 'MODULE' ? body.lessons.map((lesson, index) => ({ ...lesson, position: index + 1 })) : [];
  }

  @ResolveField(() => CaseStudyBody, { nullable: true })
  async caseStudy(@Parent() revision: ContentRevision, @Context() context: GraphqlContext): Promise<CaseStudyBody | null> {
    const body = await bodyOf(revision, context);
    if (body?.type !== 'CASE_STUDY') return null;
    const { type: _type, ...caseStudy } = body;
    return caseStudy;
  }

  @ResolveField(() => PlaybookBody, { nullable: true })
  async playbook(@Parent() revision: ContentRevision, @Context() context: GraphqlContext): Promise<PlaybookBody | null> {
    const body = await bodyOf(revision, context);
    if (body?.type !== 'PLAYBOOK') return null;
    const { type: _type, steps, ...playbook } = body;
    return { ...playbook, steps: steps.map((step, index) => ({ ...step, position: index + 1 })) };
  }

  @ResolveField(() => Person)
  createdBy(@Parent() revision: ContentRevision, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(revision.createdById);
  }

  @ResolveField(() => Person, { description: 'Who saved it last.' })
  updatedBy(@Parent() revision: ContentRevision, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(revision.updatedById);
  }
}

/** The revision's body: loaded with it by services, or read on demand when a loader left it out. */
async function bodyOf(revision: ContentRevision, context: GraphqlContext): Promise<StoredBody | null> {
  return revision.body ?? (await context.loaders.of(ContentLoaders).bodyByRevisionId.load(revision.id));
}

@Resolver(() => ContentEvent)
export class ContentEventResolver {
  @ResolveField(() => Person)
  actor(@Parent() event: ContentEvent, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(event.actorId);
  }
}
