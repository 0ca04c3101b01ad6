import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { SpbeIndicator } from '../spbe';
import { Person, type User, UsersLoaders } from '../users';
import { ContentLoaders } from './content.loaders';
import { CaseStudyBody, Lesson, PlaybookBody } from './content-body';
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
  lessons(@Parent() revision: ContentRevision): Lesson[] {
    return revision.body.type === 'MODULE' ? revision.body.lessons.map((lesson, index) => ({ ...lesson, position: index + 1 })) : [];
  }

  @ResolveField(() => CaseStudyBody, { nullable: true })
  caseStudy(@Parent() revision: ContentRevision): CaseStudyBody | null {
    if (revision.body.type !== 'CASE_STUDY') return null;
    const { type: _type, ...body } = revision.body;
    return body;
  }

  @ResolveField(() => PlaybookBody, { nullable: true })
  playbook(@Parent() revision: ContentRevision): PlaybookBody | null {
    if (revision.body.type !== 'PLAYBOOK') return null;
    const { type: _type, steps, ...body } = revision.body;
    return { ...body, steps: steps.map((step, index) => ({ ...step, position: index + 1 })) };
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

@Resolver(() => ContentEvent)
export class ContentEventResolver {
  @ResolveField(() => Person)
  actor(@Parent() event: ContentEvent, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(event.actorId);
  }
}
