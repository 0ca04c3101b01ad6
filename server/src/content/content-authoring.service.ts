import { CommonErrorReason, ContentErrorReason, type ContentType, can, type IndicatorTag, reviewCommentRules } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { AuditService } from '../audit';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { uniqueViolation } from '../common/errors/postgres-errors';
import { TransactionRunner } from '../common/transaction';
import { validateInput } from '../common/validate-input';
import { SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import { ContentCatalogueService } from './content-catalogue.service';
import { assertComplete, changedFields, draftTags, type ValidDraft, validateDraft } from './content-draft';
import { ContentAction, ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentNotifications } from './content-notifications';
import { ContentRevision } from './content-revision.entity';
import { ContentRevisionIndicator } from './content-revision-indicator.entity';
import { nextStatus, type WorkflowAction } from './content-workflow';
import type { ContentDraftInput, RevisionTransitionInput } from './dto/content-draft.input';

/**
 * Writing and reviewing content. Every change is one transaction; every state change names the
 * revision version it read and is refused (CONFLICT) when the row moved on in between.
 */
@Injectable()
export class ContentAuthoringService {
  constructor(
    @InjectRepository(ContentItem) private readonly items: Repository<ContentItem>,
    @InjectRepository(ContentRevision) private readonly revisions: Repository<ContentRevision>,
    private readonly tx: TransactionRunner,
    private readonly spbe: SpbeCatalogueService,
    private readonly notifier: ContentNotifications,
    private readonly audit: AuditService,
    private readonly catalogue: ContentCatalogueService,
  ) {}

  async create(actor: User, type: ContentType, input: ContentDraftInput): Promise<ContentItem> {
    return this.tx.run(async (manager) => (await this.createDraft(manager, actor, type, input)).item);
  }

  /** A new item with its first revision as a DRAFT, inside the caller's transaction (the seeder publishes it in the same one). */
  async createDraft(
    manager: EntityManager,
    actor: User,
    type: ContentType,
    input: ContentDraftInput,
  ): Promise<{ item: ContentItem; revision: ContentRevision }> {
    const draft = validateDraft(type, input);
    const indicatorIds = await this.indicatorIds(draftTags(draft.fields));
    await this.checkLinks(manager, draft);
    const item = await manager.save(manager.create(ContentItem, { type, authorId: actor.id, publishedRevisionId: null, archivedAt: null }));
    const revision = await manager.save(
      manager.create(ContentRevision, {
        ...this.columns(draft),
        itemId: item.id,
        number: 1,
        status: 'DRAFT',
        createdById: actor.id,
        updatedById: actor.id,
      }),
    );
    await this.writeIndicatorsAndSearch(manager, revision.id, indicatorIds, draft);
    await this.record(manager, item.id, revision.id, actor, ContentAction.CREATED);
    return { item, revision };
  }

  async updateDraft(actor: User, revisionId: string, expectedVersion: number, input: ContentDraftInput): Promise<ContentRevision> {
    const { revision, item } = await this.load(revisionId);
    nextStatus('edit', revision.status, this.actorOf(actor, item));
    const draft = validateDraft(item.type, input);
    return this.tx.run(async (manager) => {
      const tags = draftTags(draft.fields);
      const indicatorIds = await this.indicatorIds(tags);
      await this.checkLinks(manager, draft);
      const before = { ...revision, tags: await this.tagsOf(manager, revision.id) };
      const result = await manager
        .createQueryBuilder()
        .update(ContentRevision)
        .set({ ...this.columns(draft), updatedById: actor.id, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND status = :status', { id: revision.id, version: expectedVersion, status: 'DRAFT' })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);
      await manager.delete(ContentRevisionIndicator, { revisionId: revision.id });
      await this.writeIndicatorsAndSearch(manager, revision.id, indicatorIds, draft);
      const changed = changedFields(before, { ...draft.fields, body: draft.body, tags });
      await this.record(manager, item.id, revision.id, actor, ContentAction.EDITED, { changedFields: changed });
      return manager.findOneByOrFail(ContentRevision, { id: revision.id });
    });
  }

  /** submit, withdraw, approve or request changes. */
  async transition(actor: User, action: Exclude<WorkflowAction, 'edit'>, input: RevisionTransitionInput): Promise<ContentRevision> {
    const { revision, item } = await this.load(input.revisionId);
    const to = nextStatus(action, revision.status, this.actorOf(actor, item));
    if (action === 'submit') {
      // Drafts may be incomplete; review needs the whole text. The UPDATE below names the version
      // checked here, so a save in between makes the submit a CONFLICT rather than slip through.
      const tags = await this.tagsOf(this.revisions.manager, revision.id);
      if (revision.version === input.version) assertComplete(item.type, { ...revision, tags });
    }
    const comment =
      action === 'requestChanges'
        ? validateInput(reviewCommentRules, { comment: input.comment ?? '' }).comment
        : input.comment?.trim()
          ? validateInput(reviewCommentRules, { comment: input.comment }).comment
          : null;

    const moved = await this.tx.run(async (manager) => {
      const now = new Date();
      const result = await manager
        .createQueryBuilder()
        .update(ContentRevision)
        .set({
          status: to,
          version: () => 'version + 1',
          ...(action === 'submit' ? { submittedAt: now } : {}),
          ...(action === 'approve' ? { publishedAt: now } : {}),
        })
        .where('id = :id AND version = :version AND status = :status', { id: revision.id, version: input.version, status: revision.status })
        .execute();
      if (result.affected !== 1) throw new ConflictError(CommonErrorReason.STALE_VERSION);

      if (action === 'approve') {
        // The revision learners saw until now is frozen as history; this one takes its place.
        if (item.publishedRevisionId) {
          await manager.update(ContentRevision, { id: item.publishedRevisionId }, { status: 'SUPERSEDED' });
        }
        await manager.update(ContentItem, { id: item.id }, { publishedRevisionId: revision.id });
      }
      const eventAction = {
        submit: ContentAction.SUBMITTED,
        withdraw: ContentAction.WITHDRAWN,
        approve: ContentAction.PUBLISHED,
        requestChanges: ContentAction.CHANGES_REQUESTED,
      }[action];
      await this.record(manager, item.id, revision.id, actor, eventAction, { comment });
      await this.audit.record(manager, {
        actor,
        action: (
          {
            submit: 'content.submitted',
            withdraw: 'content.withdrawn',
            approve: 'content.published',
            requestChanges: 'content.changes-requested',
          } as const
        )[action],
        subjectType: 'ContentRevision',
        subjectId: revision.id,
        before: { status: revision.status, ...(action === 'approve' ? { publishedRevisionId: item.publishedRevisionId } : {}) },
        after: { status: to, itemId: item.id, number: revision.number, title: revision.title, ...(comment ? { comment } : {}) },
      });
      const moved = await manager.findOneByOrFail(ContentRevision, { id: revision.id });
      await this.notifier.transitioned(manager, action, item, moved, actor.id);
      return moved;
    });
    if (action === 'approve') this.catalogue.invalidate();
    return moved;
  }

  /**
   * For the seeder: publishes corrected shipped text as the item's next revision, inside the caller's
   * transaction, when it differs from the published one (title, summary, level, time, body). Lessons
   * and steps keep the published revision's keys by position, so learners' progress and replication
   * trackers stay attached; the old revision becomes SUPERSEDED history. Returns whether it published.
   */
  async publishCorrection(manager: EntityManager, author: User, item: ContentItem, input: ContentDraftInput): Promise<boolean> {
    if (!item.publishedRevisionId) return false;
    const published = await manager.findOneByOrFail(ContentRevision, { id: item.publishedRevisionId });
    const keyed = withPublishedKeys(input, published);
    const draft = validateDraft(item.type, keyed);
    const { body: _body, plainText: _plain, ...fields } = this.columns(draft);
    const unchanged =
      canonicalJson(draft.body) === canonicalJson(published.body) &&
      (Object.keys(fields) as Array<keyof typeof fields>).every((field) => published[field] === fields[field]);
    if (unchanged) return false;
    const indicatorIds = await this.indicatorIds(draftTags(draft.fields));
    const [{ max }] = await manager.query('SELECT max(number)::int AS max FROM content_revisions WHERE item_id = $1', [item.id]);
    const now = new Date();
    const revision = await manager.save(
      manager.create(ContentRevision, {
        ...this.columns(draft),
        itemId: item.id,
        number: max + 1,
        status: 'PUBLISHED',
        submittedAt: now,
        publishedAt: now,
        createdById: author.id,
        updatedById: author.id,
      }),
    );
    await this.writeIndicatorsAndSearch(manager, revision.id, indicatorIds, draft);
    await manager.update(ContentRevision, { id: published.id }, { status: 'SUPERSEDED' });
    await manager.update(ContentItem, { id: item.id }, { publishedRevisionId: revision.id });
    await this.record(manager, item.id, revision.id, author, ContentAction.PUBLISHED, {
      changedFields: changedFields({ ...published, tags: [] }, { ...draft.fields, body: draft.body, tags: [] }),
      comment: 'Koreksi konten bawaan Living Lab',
    });
    return true;
  }

  /** Opens a new draft from the published revision; learners keep seeing the published one. */
  async startRevision(actor: User, itemId: string): Promise<ContentRevision> {
    const item = await this.requireItem(itemId);
    if (item.authorId !== actor.id) throw new ForbiddenError(ContentErrorReason.NOT_THE_AUTHOR);
    if (!item.publishedRevisionId)
      throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION, { params: { action: 'startRevision' } });
    try {
      return await this.tx.run(async (manager) => {
        const published = await manager.findOneByOrFail(ContentRevision, { id: item.publishedRevisionId as string });
        const [{ max }] = await manager.query('SELECT max(number)::int AS max FROM content_revisions WHERE item_id = $1', [item.id]);
        const plain = await manager.findOneOrFail(ContentRevision, { where: { id: published.id }, select: { id: true, plainText: true } });
        const revision = await manager.save(
          manager.create(ContentRevision, {
            itemId: item.id,
            number: max + 1,
            status: 'DRAFT',
            title: published.title,
            summary: published.summary,
            level: published.level,
            estimatedMinutes: published.estimatedMinutes,
            language: published.language,
            body: published.body,
            plainText: plain.plainText,
            createdById: actor.id,
            updatedById: actor.id,
          }),
        );
        await manager.query(
          `INSERT INTO content_revision_indicators (revision_id, indicator_id)
           SELECT $1, indicator_id FROM content_revision_indicators WHERE revision_id = $2`,
          [revision.id, published.id],
        );
        await manager.query(
          `UPDATE content_revisions r SET search_vector = p.search_vector, rank_vector = p.rank_vector
           FROM content_revisions p WHERE r.id = $1 AND p.id = $2`,
          [revision.id, published.id],
        );
        await this.record(manager, item.id, revision.id, actor, ContentAction.REVISION_STARTED);
        return revision;
      });
    } catch (error) {
      if (uniqueViolation(error) === 'content_revisions_one_open_per_item') {
        throw new ConflictError(ContentErrorReason.OPEN_REVISION_EXISTS);
      }
      throw error;
    }
  }

  /** Withdraws an item from the catalogue (or brings it back); the author or an admin. */
  async setArchived(actor: User, itemId: string, archived: boolean): Promise<ContentItem> {
    const item = await this.requireItem(itemId);
    if (item.authorId !== actor.id && !can(actor.roles, 'manageAnyContent')) {
      throw new ForbiddenError(ContentErrorReason.NOT_THE_AUTHOR);
    }
    const action = archived ? 'archive' : 'restore';
    if (archived === (item.archivedAt !== null)) {
      throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION, {
        params: { action, status: archived ? 'ARCHIVED' : 'NOT_ARCHIVED' },
      });
    }
    if (archived && !item.publishedRevisionId) {
      throw new BadUserInputError(CommonErrorReason.INVALID_TRANSITION, { params: { action, status: 'UNPUBLISHED' } });
    }
    const changed = await this.tx.run(async (manager) => {
      await manager.update(ContentItem, { id: item.id }, { archivedAt: archived ? new Date() : null });
      await this.record(manager, item.id, null, actor, archived ? ContentAction.ARCHIVED : ContentAction.RESTORED);
      await this.audit.record(manager, {
        actor,
        action: archived ? 'content.archived' : 'content.restored',
        subjectType: 'ContentItem',
        subjectId: item.id,
        before: { archived: !archived },
        after: { archived },
      });
      return manager.findOneByOrFail(ContentItem, { id: item.id });
    });
    this.catalogue.invalidate();
    return changed;
  }

  private actorOf(actor: User, item: ContentItem) {
    return { isAuthor: item.authorId === actor.id, isMentor: actor.roles.includes('MENTOR'), isAdmin: actor.roles.includes('ADMIN') };
  }

  private async load(revisionId: string): Promise<{ revision: ContentRevision; item: ContentItem }> {
    const revision = await this.revisions.findOne({ where: { id: revisionId }, relations: { item: true } });
    if (!revision?.item) throw new NotFoundError(ContentErrorReason.REVISION_NOT_FOUND);
    return { revision, item: revision.item };
  }

  private async requireItem(id: string): Promise<ContentItem> {
    const item = await this.items.findOneBy({ id });
    if (!item) throw new NotFoundError(ContentErrorReason.CONTENT_NOT_FOUND);
    return item;
  }

  private columns(draft: ValidDraft) {
    const { indicatorCodes: _codes, indicators: _tags, ...fields } = draft.fields;
    return { ...fields, body: draft.body, plainText: draft.plainText };
  }

  /**
   * Indicator ids of tags of any framework the catalogue holds (SPBE 59/2020, Pemdi 8/2026); a tag
   * whose framework or code is unknown is an input error naming the tags.
   */
  private async indicatorIds(tags: IndicatorTag[]): Promise<number[]> {
    if (tags.length === 0) return [];
    const idByKey = new Map(
      (await this.spbe.list()).flatMap((framework) =>
        framework.aspects.flatMap((aspect) =>
          aspect.indicators.map((indicator) => [`${framework.code}:${indicator.code}`, indicator.id] as const),
        ),
      ),
    );
    const unknown = tags.filter((tag) => !idByKey.has(`${tag.frameworkCode}:${tag.code}`));
    if (unknown.length > 0) {
      throw new BadUserInputError(CommonErrorReason.UNKNOWN_INDICATOR, {
        params: { codes: unknown.map((tag) => tag.code).join(', ') },
        fields: [{ field: 'indicatorCodes', message: 'indicatorCodes.unknown' }],
      });
    }
    return tags.map((tag) => idByKey.get(`${tag.frameworkCode}:${tag.code}`) as number);
  }

  private async tagsOf(manager: EntityManager, revisionId: string): Promise<IndicatorTag[]> {
    const tags = await manager.getRepository(ContentRevisionIndicator).findBy({ revisionId });
    const indicators = await this.spbe.indicatorsByIds(tags.map((tag) => tag.indicatorId));
    return draftTags({ indicatorCodes: [], indicators: indicators.map(({ frameworkCode, code }) => ({ frameworkCode, code })) });
  }

  /** A playbook may link only a published case study. */
  private async checkLinks(manager: EntityManager, draft: ValidDraft): Promise<void> {
    if (draft.body.type !== 'PLAYBOOK' || !draft.body.caseStudyId) return;
    const linked = await manager.findOneBy(ContentItem, { id: draft.body.caseStudyId, type: 'CASE_STUDY' });
    if (!linked?.publishedRevisionId) {
      throw new BadUserInputError(CommonErrorReason.INVALID_INPUT, {
        fields: [{ field: 'playbook.caseStudyId', message: 'playbook.caseStudy.invalid' }],
      });
    }
  }

  private async writeIndicatorsAndSearch(
    manager: EntityManager,
    revisionId: string,
    indicatorIds: number[],
    draft: ValidDraft,
  ): Promise<void> {
    if (indicatorIds.length > 0) {
      await manager.insert(
        ContentRevisionIndicator,
        indicatorIds.map((indicatorId) => ({ revisionId, indicatorId })),
      );
    }
    // Title weighs most, then the summary, then the body; stemmed with the text's own language.
    // content_search_text adds hyphenated words once more without hyphens ("e-Office" also as "eoffice");
    // rank_vector is the title and summary part alone (see the entity).
    await manager.query(
      `UPDATE content_revisions r
       SET rank_vector = v.head,
           search_vector = v.head || setweight(to_tsvector($2::regconfig, content_search_text(r.plain_text)), 'C')
       FROM (SELECT id, setweight(to_tsvector($2::regconfig, content_search_text(title)), 'A')
                     || setweight(to_tsvector($2::regconfig, content_search_text(summary)), 'B') AS head
             FROM content_revisions WHERE id = $1) v
       WHERE r.id = v.id`,
      [revisionId, searchConfig(draft.fields.language)],
    );
  }

  private async record(
    manager: EntityManager,
    itemId: string,
    revisionId: string | null,
    actor: User,
    action: ContentAction,
    extra: { changedFields?: string[]; comment?: string | null } = {},
  ): Promise<ContentEvent> {
    // The item's updated_at orders a mentor's "my content" list by latest activity.
    await manager.update(ContentItem, { id: itemId }, { updatedAt: new Date() });
    return manager.save(
      manager.create(ContentEvent, {
        itemId,
        revisionId,
        actorId: actor.id,
        action,
        changedFields: extra.changedFields ?? [],
        comment: extra.comment ?? null,
      }),
    );
  }
}

/** PostgreSQL text search configuration for a content language. */
export const searchConfig = (language: string): string => (language === 'en' ? 'english' : 'indonesian');

/** The input with the published revision's lesson or step keys, by position (a shipped correction keeps them). */
function withPublishedKeys(input: ContentDraftInput, published: ContentRevision): ContentDraftInput {
  const body = published.body;
  if (body.type === 'MODULE' && input.lessons) {
    return { ...input, lessons: input.lessons.map((lesson, index) => ({ ...lesson, key: body.lessons[index]?.key ?? null })) };
  }
  if (body.type === 'PLAYBOOK' && input.playbook) {
    const steps = input.playbook.steps.map((step, index) => ({ ...step, key: body.steps[index]?.key ?? null }));
    return { ...input, playbook: { ...input.playbook, steps } };
  }
  return input;
}

/** JSON with object keys sorted at every level: jsonb does not keep the order keys were written in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}
