import { RegionsErrorReason } from '@living-lab/shared';
import { Args, Context, Float, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Can, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error';
import type { GraphqlContext } from '../graphql/graphql-context';
import { Person, type User, UsersLoaders } from '../users';
import { IndexPlanModel } from './assessment.models';
import { PemdiEvaluation, PemdiEvidenceItem, PemdiIndicatorEntry } from './pemdi-evaluation.entities';
import { PemdiEvaluationLoaders } from './pemdi-evaluation.loaders';
import {
  AddPemdiEvidenceLinkInput,
  AssignPemdiOwnersInput,
  OpenPemdiEvaluationInput,
  PemdiIndices,
  PemdiOpenItem,
  PemdiTransitionInput,
  PemdiViewerAccess,
  RecordEvidenceVerdictInput,
  SavePemdiIndicatorInput,
} from './pemdi-evaluation.models';
import { PemdiEvaluationService } from './pemdi-evaluation.service';
import { PemdiEvaluationViewService, PlanBasis } from './pemdi-evaluation-view.service';

function viewerOf(context: GraphqlContext): User {
  const viewer = context.req.user;
  if (!viewer) throw new UnauthenticatedError(RegionsErrorReason.NOT_YOUR_REGION);
  return viewer;
}

@Resolver(() => PemdiEvaluation)
export class PemdiEvaluationResolver {
  constructor(
    private readonly evaluations: PemdiEvaluationService,
    private readonly views: PemdiEvaluationViewService,
  ) {}

  @SignedIn()
  @Query(() => PemdiEvaluation, {
    nullable: true,
    description: 'A region’s Pemdi self-assessment for a year, for its users and coordinators; null when not opened.',
  })
  pemdiEvaluation(
    @CurrentUser() viewer: User,
    @Args('regionCode') regionCode: string,
    @Args('year', { type: () => Int }) year: number,
  ): Promise<PemdiEvaluation | null> {
    return this.evaluations.find(viewer, regionCode, year);
  }

  @Can('coordinateRegions')
  @Query(() => [Person], { description: 'Users of the evaluated region who may own indicators (at most 100, by name).' })
  pemdiOwnerCandidates(
    @CurrentUser() viewer: User,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('search', { type: () => String, nullable: true }) search?: string | null,
  ): Promise<User[]> {
    return this.views.ownerCandidates(viewer, evaluationId, search ?? null);
  }

  @Can('coordinateRegions')
  @Query(() => IndexPlanModel, {
    description:
      '"Plan for me" for a Pemdi evaluation: the fewest raises (0.25 each) from its simulated or self-assessed values to the target.',
  })
  pemdiIndexPlan(
    @CurrentUser() viewer: User,
    @Args('evaluationId', { type: () => ID }) evaluationId: string,
    @Args('basis', { type: () => PlanBasis, defaultValue: PlanBasis.SIMULATED }) basis: PlanBasis,
    @Args('target', { type: () => Float, nullable: true }) target?: number | null,
  ): Promise<IndexPlanModel> {
    return this.views.plan(viewer, evaluationId, basis, target ?? null);
  }

  @Can('coordinateRegions')
  @Mutation(() => PemdiEvaluation, { description: 'Opens the region’s Pemdi self-assessment for a year (returns it when already open).' })
  openPemdiEvaluation(@CurrentUser() actor: User, @Args('input') input: OpenPemdiEvaluationInput): Promise<PemdiEvaluation> {
    return this.evaluations.open(actor, input);
  }

  @Can('coordinateRegions')
  @Mutation(() => PemdiEvaluation, { description: 'Assigns indicators to owners (users of the region).' })
  assignPemdiOwners(@CurrentUser() actor: User, @Args('input') input: AssignPemdiOwnersInput): Promise<PemdiEvaluation> {
    return this.evaluations.assignOwners(actor, input);
  }

  @Can('coordinateRegions')
  @Mutation(() => PemdiEvaluation, { description: 'Submits to the assessors (again after revisions): every indicator needs a value.' })
  submitPemdiEvaluation(@CurrentUser() actor: User, @Args('input') input: PemdiTransitionInput): Promise<PemdiEvaluation> {
    return this.evaluations.submit(actor, input.evaluationId, input.version);
  }

  @Can('coordinateRegions')
  @Mutation(() => PemdiEvidenceItem, { description: 'Records the assessors’ verdict on a submitted evidence item.' })
  recordEvidenceVerdict(@CurrentUser() actor: User, @Args('input') input: RecordEvidenceVerdictInput): Promise<PemdiEvidenceItem> {
    return this.evaluations.recordVerdict(actor, input);
  }

  @SignedIn()
  @Mutation(() => PemdiIndicatorEntry, { description: 'The indicator’s owner sets its value and justification (while a draft).' })
  savePemdiIndicator(@CurrentUser() actor: User, @Args('input') input: SavePemdiIndicatorInput): Promise<PemdiIndicatorEntry> {
    return this.evaluations.saveIndicator(actor, input);
  }

  @SignedIn()
  @Mutation(() => PemdiEvidenceItem, {
    description: 'The indicator’s owner adds a link as evidence (files: POST /api/evidence/pemdi/:evaluationId).',
  })
  addPemdiEvidenceLink(@CurrentUser() actor: User, @Args('input') input: AddPemdiEvidenceLinkInput): Promise<PemdiEvidenceItem> {
    return this.evaluations.addLink(actor, input);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'The owner removes an evidence item not submitted yet.' })
  removePemdiEvidence(@CurrentUser() actor: User, @Args('itemId', { type: () => ID }) itemId: string): Promise<boolean> {
    return this.evaluations.removeItem(actor, itemId);
  }

  @ResolveField(() => PemdiViewerAccess)
  viewer(@Parent() evaluation: PemdiEvaluation, @Context() context: GraphqlContext): Promise<PemdiViewerAccess> {
    return context.loaders.of(PemdiEvaluationLoaders).access.load({ viewer: viewerOf(context), evaluation });
  }

  @ResolveField(() => PemdiIndices, { description: 'For everyone who sees the evaluation (learners of the region included).' })
  indices(@Parent() evaluation: PemdiEvaluation, @Context() context: GraphqlContext): Promise<PemdiIndices> {
    return this.views.indices(evaluation, context.loaders.of(PemdiEvaluationLoaders));
  }

  @ResolveField(() => [PemdiIndicatorEntry], { description: 'Owners, values, justifications and evidence: coordinators and owners only.' })
  async indicators(@Parent() evaluation: PemdiEvaluation, @Context() context: GraphqlContext): Promise<PemdiIndicatorEntry[]> {
    await this.requireEvidenceAccess(evaluation, context);
    return context.loaders.of(PemdiEvaluationLoaders).entriesByEvaluationId.load(evaluation.id);
  }

  @ResolveField(() => [PemdiOpenItem], { description: 'What is still open (by indicator, with its owner): coordinators and owners only.' })
  async openItems(@Parent() evaluation: PemdiEvaluation, @Context() context: GraphqlContext): Promise<PemdiOpenItem[]> {
    await this.requireEvidenceAccess(evaluation, context);
    const loaders = context.loaders.of(PemdiEvaluationLoaders);
    const [entries, items] = await Promise.all([
      loaders.entriesByEvaluationId.load(evaluation.id),
      loaders.itemsByEvaluationId.load(evaluation.id),
    ]);
    const open = await this.views.openItems(entries, items);
    const owners = await context.loaders
      .of(UsersLoaders)
      .userById.loadMany([...new Set(open.flatMap((item) => (item.ownerId ? [item.ownerId] : [])))]);
    const byId = new Map(owners.flatMap((owner) => (owner && !(owner instanceof Error) ? [[owner.id, owner] as const] : [])));
    return open.map(({ ownerId, ...item }) => ({ ...item, owner: ownerId ? (byId.get(ownerId) ?? null) : null }));
  }

  private async requireEvidenceAccess(evaluation: PemdiEvaluation, context: GraphqlContext): Promise<void> {
    const access = await context.loaders.of(PemdiEvaluationLoaders).access.load({ viewer: viewerOf(context), evaluation });
    if (!access.seesEvidence) throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
  }
}

@Resolver(() => PemdiIndicatorEntry)
export class PemdiIndicatorEntryResolver {
  constructor(private readonly views: PemdiEvaluationViewService) {}

  @ResolveField(() => String)
  async indicatorCode(@Parent() entry: PemdiIndicatorEntry): Promise<string> {
    return (await this.views.indicator(entry.indicatorId)).code;
  }

  @ResolveField(() => String)
  async indicatorName(@Parent() entry: PemdiIndicatorEntry): Promise<string> {
    return (await this.views.indicator(entry.indicatorId)).name;
  }

  @ResolveField(() => String, { description: 'The aspect the indicator belongs to (A1-A7).' })
  async aspectCode(@Parent() entry: PemdiIndicatorEntry): Promise<string> {
    return (await this.views.indicator(entry.indicatorId)).aspectCode;
  }

  @ResolveField(() => Int)
  async weightBp(@Parent() entry: PemdiIndicatorEntry): Promise<number> {
    return (await this.views.indicator(entry.indicatorId)).weightBp;
  }

  @ResolveField(() => Float, { nullable: true, description: '1.00-5.00 with two decimals; null until the owner sets it.' })
  value(@Parent() entry: PemdiIndicatorEntry): number | null {
    return entry.valueHundredths === null ? null : entry.valueHundredths / 100;
  }

  @ResolveField(() => Person, { nullable: true })
  owner(@Parent() entry: PemdiIndicatorEntry, @Context() context: GraphqlContext): Promise<User | null> | null {
    return entry.ownerId ? context.loaders.of(UsersLoaders).userById.load(entry.ownerId) : null;
  }

  @ResolveField(() => [PemdiEvidenceItem], {
    description: 'The indicator’s evidence items, oldest first; replaced ones keep their verdict and point to their replacement.',
  })
  async evidence(@Parent() entry: PemdiIndicatorEntry, @Context() context: GraphqlContext): Promise<PemdiEvidenceItem[]> {
    // Reached only through PemdiEvaluation.indicators (checked there) or by the owner's own mutation.
    const items = await context.loaders.of(PemdiEvaluationLoaders).itemsByEvaluationId.load(entry.evaluationId);
    return items.filter((item) => item.indicatorId === entry.indicatorId);
  }
}

@Resolver(() => PemdiEvidenceItem)
export class PemdiEvidenceItemResolver {
  @ResolveField(() => String, {
    nullable: true,
    description: 'Where the file downloads (the same access checks as the evaluation); null for a link.',
  })
  downloadPath(@Parent() item: PemdiEvidenceItem): string | null {
    return item.fileKey ? `/api/evidence/pemdi/items/${item.id}/file` : null;
  }

  @ResolveField(() => Person, { nullable: true })
  createdBy(@Parent() item: PemdiEvidenceItem, @Context() context: GraphqlContext): Promise<User | null> {
    return context.loaders.of(UsersLoaders).userById.load(item.createdById);
  }
}
