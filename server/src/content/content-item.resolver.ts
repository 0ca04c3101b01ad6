import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Person, type User, UsersLoaders } from '../users';
import { ContentLoaders } from './content.loaders';
import { ContentCatalogueService } from './content-catalogue.service';
import { ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';

/** Nested fields of an item. Unpublished work is checked here, since Nest guards only top-level operations. */
@Resolver(() => ContentItem)
export class ContentItemResolver {
  constructor(private readonly catalogue: ContentCatalogueService) {}

  @ResolveField(() => Person)
  author(@Parent() item: ContentItem, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(item.authorId);
  }

  @ResolveField(() => String, { description: 'DRAFT / IN_REVIEW while never published, then PUBLISHED or ARCHIVED.' })
  async status(@Parent() item: ContentItem, @Context() context: GraphqlContext): Promise<string> {
    if (item.archivedAt) return 'ARCHIVED';
    if (item.publishedRevisionId) return 'PUBLISHED';
    return (await context.loaders.of(ContentLoaders).workingRevisionByItemId.load(item.id))?.status ?? 'DRAFT';
  }

  @ResolveField(() => ContentRevision, { nullable: true, description: 'What learners see.' })
  async publishedRevision(@Parent() item: ContentItem, @Context() context: GraphqlContext): Promise<ContentRevision | null> {
    if (!item.publishedRevisionId) return null;
    if (item.archivedAt) this.catalogue.assertCanSeeWork(viewer(context), item);
    return context.loaders.of(ContentLoaders).revisionById.load(item.publishedRevisionId);
  }

  @ResolveField(() => ContentRevision, { nullable: true, description: 'The open draft or revision in review (mentors, admins, author).' })
  workingRevision(@Parent() item: ContentItem, @Context() context: GraphqlContext): Promise<ContentRevision | null> {
    this.catalogue.assertCanSeeWork(viewer(context), item);
    return context.loaders.of(ContentLoaders).workingRevisionByItemId.load(item.id);
  }

  @ResolveField(() => [ContentRevision], { description: 'All revisions, newest first (mentors, admins, author).' })
  revisions(@Parent() item: ContentItem, @Context() context: GraphqlContext): Promise<ContentRevision[]> {
    this.catalogue.assertCanSeeWork(viewer(context), item);
    return context.loaders.of(ContentLoaders).revisionsByItemId.load(item.id);
  }

  @ResolveField(() => [ContentEvent], { description: 'Version history: who did what and when (mentors, admins, author).' })
  history(@Parent() item: ContentItem, @Context() context: GraphqlContext): Promise<ContentEvent[]> {
    this.catalogue.assertCanSeeWork(viewer(context), item);
    return context.loaders.of(ContentLoaders).historyByItemId.load(item.id);
  }
}

function viewer(context: GraphqlContext): User {
  const user = context.req.user;
  if (!user) throw new Error('Content fields are only reachable by signed-in users');
  return user;
}
