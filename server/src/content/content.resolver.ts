import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import type { User } from '../users';
import { CataloguePage } from './content.models';
import { ContentAuthoringService } from './content-authoring.service';
import { ContentCatalogueService } from './content-catalogue.service';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';
import { CatalogueArgs } from './dto/catalogue.args';
import { CreateContentInput, RevisionTransitionInput, UpdateDraftInput } from './dto/content-draft.input';

@Resolver()
export class ContentResolver {
  constructor(
    private readonly catalogueService: ContentCatalogueService,
    private readonly authoring: ContentAuthoringService,
  ) {}

  @SignedIn()
  @Query(() => CataloguePage, { description: 'Published modules, case studies and playbooks: search and filters.' })
  async catalogue(@Args() args: CatalogueArgs): Promise<CataloguePage> {
    return this.catalogueService.search(args);
  }

  @SignedIn()
  @Query(() => ContentItem, { description: 'One item; unpublished or archived items only for mentors, admins and the author.' })
  contentItem(@CurrentUser() viewer: User, @Args('id', { type: () => ID }) id: string): Promise<ContentItem> {
    return this.catalogueService.item(viewer, id);
  }

  @SignedIn()
  @Query(() => ContentRevision, { description: 'One revision, e.g. for review or to compare with an older one.' })
  contentRevision(@CurrentUser() viewer: User, @Args('id', { type: () => ID }) id: string): Promise<ContentRevision> {
    return this.catalogueService.revision(viewer, id);
  }

  @Can('authorContent')
  @Query(() => [ContentItem], { description: 'The signed-in mentor’s own items.' })
  myContent(@CurrentUser() author: User): Promise<ContentItem[]> {
    return this.catalogueService.mine(author);
  }

  @Can('reviewContent')
  @Query(() => [ContentRevision], { description: 'Revisions waiting for review, except the reviewer’s own.' })
  reviewQueue(@CurrentUser() reviewer: User): Promise<ContentRevision[]> {
    return this.catalogueService.reviewQueue(reviewer);
  }

  @Can('authorContent')
  @Mutation(() => ContentItem, { description: 'Starts a new item as a draft (revision 1).' })
  createContent(@CurrentUser() author: User, @Args('input') input: CreateContentInput): Promise<ContentItem> {
    return this.authoring.create(author, input.type, input.draft);
  }

  @Can('authorContent')
  @Mutation(() => ContentRevision, { description: 'Saves the author’s draft; CONFLICT when the version is stale.' })
  updateDraft(@CurrentUser() author: User, @Args('input') input: UpdateDraftInput): Promise<ContentRevision> {
    return this.authoring.updateDraft(author, input.revisionId, input.version, input.draft);
  }

  @Can('authorContent')
  @Mutation(() => ContentRevision)
  submitForReview(@CurrentUser() author: User, @Args('input') input: RevisionTransitionInput): Promise<ContentRevision> {
    return this.authoring.transition(author, 'submit', input);
  }

  @Can('authorContent')
  @Mutation(() => ContentRevision, { description: 'Takes a revision back from review to keep editing it.' })
  withdrawFromReview(@CurrentUser() author: User, @Args('input') input: RevisionTransitionInput): Promise<ContentRevision> {
    return this.authoring.transition(author, 'withdraw', input);
  }

  @Can('reviewContent')
  @Mutation(() => ContentRevision, { description: 'Publishes a revision in review (not one’s own).' })
  approveRevision(@CurrentUser() reviewer: User, @Args('input') input: RevisionTransitionInput): Promise<ContentRevision> {
    return this.authoring.transition(reviewer, 'approve', input);
  }

  @Can('reviewContent')
  @Mutation(() => ContentRevision, { description: 'Sends a revision in review back to its author with a comment.' })
  requestChanges(@CurrentUser() reviewer: User, @Args('input') input: RevisionTransitionInput): Promise<ContentRevision> {
    return this.authoring.transition(reviewer, 'requestChanges', input);
  }

  @Can('authorContent')
  @Mutation(() => ContentRevision, { description: 'Opens a new draft of a published item; learners keep the published text.' })
  startRevision(@CurrentUser() author: User, @Args('itemId', { type: () => ID }) itemId: string): Promise<ContentRevision> {
    return this.authoring.startRevision(author, itemId);
  }

  @Can('archiveContent')
  @Mutation(() => ContentItem, { description: 'Withdraws an item from the catalogue (author or admin).' })
  archiveContent(@CurrentUser() actor: User, @Args('itemId', { type: () => ID }) itemId: string): Promise<ContentItem> {
    return this.authoring.setArchived(actor, itemId, true);
  }

  @Can('archiveContent')
  @Mutation(() => ContentItem, { description: 'Brings an archived item back to the catalogue (author or admin).' })
  restoreContent(@CurrentUser() actor: User, @Args('itemId', { type: () => ID }) itemId: string): Promise<ContentItem> {
    return this.authoring.setArchived(actor, itemId, false);
  }
}
