import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { SpbeCatalogueService } from '../spbe';
import type { PlaybookStep } from './content-body';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';

/** A lesson of a module as other features see it: its stable key and its title. */
export interface ModuleLesson {
  key: string;
  title: string;
}

export interface PublishedPlaybook {
  item: ContentItem;
  /** In order, `position` from 1; `key` stays the same across revisions. */
  steps: PlaybookStep[];
}

export interface PublishedModule {
  item: ContentItem;
  revisionId: string;
  /** The published revision's title (certificates carry it). */
  title: string;
  lessons: ModuleLesson[];
}

/**
 * The only way other features read content. "Published" means, everywhere here: the item has a
 * `published_revision_id` (the revision learners see; set on approval, never unset). Archiving does
 * not unpublish: an archived item keeps its published revision but leaves the catalogue. Each method
 * says whether archived items count.
 */
@Injectable()
export class ContentReaderService {
  constructor(
    @InjectRepository(ContentItem) private readonly items: Repository<ContentItem>,
    @InjectRepository(ContentRevision) private readonly revisions: Repository<ContentRevision>,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  /** Items of any type and status, in the order of `ids`; unknown ids are skipped. */
  async itemsByIds(ids: readonly string[]): Promise<ContentItem[]> {
    if (ids.length === 0) return [];
    const rows = await this.items.findBy({ id: In([...new Set(ids)]) });
    const byId = new Map(rows.map((item) => [item.id, item]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

  /** The published title of each item that has one, by id (exports name modules and playbooks). */
  async publishedTitles(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.items.find({ where: { id: In([...new Set(ids)]) }, relations: { publishedRevision: true } });
    return new Map(
      rows.flatMap((item): Array<[string, string]> => (item.publishedRevision ? [[item.id, item.publishedRevision.title]] : [])),
    );
  }

  /** One item of any type and status. */
  findItem(id: string): Promise<ContentItem | null> {
    return this.items.findOneBy({ id });
  }

  /**
   * A module that can be taken: type MODULE, published and NOT archived; null otherwise (also for an
   * unknown id: call `findItem` to tell the two apart). Pass the manager to read inside a transaction.
   */
  async publishedModule(itemId: string, manager?: EntityManager): Promise<PublishedModule | null> {
    const items = manager ? manager.getRepository(ContentItem) : this.items;
    const revisions = manager ? manager.getRepository(ContentRevision) : this.revisions;
    const item = await items.findOneBy({ id: itemId });
    if (item?.type !== 'MODULE' || !item.publishedRevisionId || item.archivedAt) return null;
    const revision = await revisions.findOneByOrFail({ id: item.publishedRevisionId });
    return { item, revisionId: revision.id, title: revision.title, lessons: lessonsOf(revision) };
  }

  /**
   * Lesson keys of the published revision of each given module, in lesson order, in one query.
   * Archived modules count (learners keep their progress); items without a published module
   * revision are absent from the map.
   */
  async lessonKeysOfPublishedModules(itemIds: readonly string[]): Promise<Map<string, string[]>> {
    if (itemIds.length === 0) return new Map();
    const rows = await this.revisions
      .createQueryBuilder('r')
      .innerJoin(ContentItem, 'i', 'i.publishedRevisionId = r.id')
      .where('i.id IN (:...ids)', { ids: [...new Set(itemIds)] })
      .getMany();
    return new Map(
      rows
        .filter((revision) => revision.body.type === 'MODULE')
        .map((revision) => [revision.itemId, lessonsOf(revision).map((lesson) => lesson.key)]),
    );
  }

  /**
   * Modules that ship with the platform, by slug, with their published revision's title and lessons,
   * in two queries. Archived modules count; slugs without a published module are absent from the map.
   */
  async publishedModulesBySlugs(slugs: readonly string[]): Promise<Map<string, PublishedModule>> {
    const result = new Map<string, PublishedModule>();
    if (slugs.length === 0) return result;
    const items = await this.items.findBy({ slug: In([...new Set(slugs)]), type: 'MODULE' });
    const revisionIds = items.flatMap((item) => item.publishedRevisionId ?? []);
    if (revisionIds.length === 0) return result;
    const revisions = new Map((await this.revisions.findBy({ id: In(revisionIds) })).map((revision) => [revision.id, revision]));
    for (const item of items) {
      const revision = item.publishedRevisionId ? revisions.get(item.publishedRevisionId) : undefined;
      if (item.slug && revision)
        result.set(item.slug, { item, revisionId: revision.id, title: revision.title, lessons: lessonsOf(revision) });
    }
    return result;
  }

  /** Lesson keys of a module's published revision and of its open (DRAFT or IN_REVIEW) revision, if any. */
  async lessonKeysIncludingOpenRevisions(itemId: string): Promise<Set<string>> {
    const revisions = await this.revisions
      .createQueryBuilder('r')
      .innerJoin(ContentItem, 'i', 'i.id = r.itemId')
      .where(`r.itemId = :itemId AND (r.id = i.publishedRevisionId OR r.status IN ('DRAFT', 'IN_REVIEW'))`, { itemId })
      .getMany();
    return new Set(revisions.flatMap((revision) => lessonsOf(revision).map((lesson) => lesson.key)));
  }

  /**
   * A playbook that can be adopted: type PLAYBOOK and published (archived ones count, as replication
   * always allowed); null otherwise. Steps in order, `position` from 1.
   */
  async publishedPlaybook(itemId: string): Promise<PublishedPlaybook | null> {
    return (await this.publishedPlaybooks([itemId])).get(itemId) ?? null;
  }

  /** `publishedPlaybook` for many items in two queries; items that are not published playbooks are absent. */
  async publishedPlaybooks(itemIds: readonly string[]): Promise<Map<string, PublishedPlaybook>> {
    const result = new Map<string, PublishedPlaybook>();
    if (itemIds.length === 0) return result;
    const items = await this.items.findBy({ id: In([...new Set(itemIds)]), type: 'PLAYBOOK' });
    const revisionIds = items.flatMap((item) => item.publishedRevisionId ?? []);
    if (revisionIds.length === 0) return result;
    const revisions = await this.revisions.findBy({ id: In(revisionIds) });
    const revisionById = new Map(revisions.map((revision) => [revision.id, revision]));
    for (const item of items) {
      const revision = item.publishedRevisionId ? revisionById.get(item.publishedRevisionId) : undefined;
      if (!revision) continue;
      const steps = revision.body.type === 'PLAYBOOK' ? revision.body.steps : [];
      result.set(item.id, { item, steps: steps.map((step, index) => ({ ...step, position: index + 1 })) });
    }
    return result;
  }

  /** A playbook item in any status (callers check `publishedRevisionId`); null for other types. */
  findPlaybook(id: string): Promise<ContentItem | null> {
    return this.items.findOneBy({ id, type: 'PLAYBOOK' });
  }

  /**
   * Published, not archived modules and playbooks tagged with these indicators of one framework (the
   * newest when no code is given): one row per (indicator, item), playbooks first, then oldest first.
   */
  async publishedItemsTaggedWith(
    indicatorCodes: readonly string[],
    frameworkCode?: string | null,
  ): Promise<Array<{ indicatorCode: string; item: ContentItem }>> {
    if (indicatorCodes.length === 0) return [];
    const framework = await this.spbe.find(frameworkCode);
    const wanted = new Set(indicatorCodes);
    const codeById = new Map(
      framework.domains
        .flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators))
        .filter((indicator) => wanted.has(indicator.code))
        .map((indicator) => [indicator.id, indicator.code]),
    );
    if (codeById.size === 0) return [];
    const rows: Array<{ indicator_id: number; item_id: string }> = await this.items.query(
      `SELECT ri.indicator_id, i.id AS item_id FROM content_items i
       JOIN content_revision_indicators ri ON ri.revision_id = i.published_revision_id
       WHERE i.archived_at IS NULL AND i.type IN ('PLAYBOOK', 'MODULE') AND ri.indicator_id = ANY($1::int[])
       ORDER BY i.type DESC, i.created_at`,
      [[...codeById.keys()]],
    );
    const items = await this.itemsByIds(rows.map((row) => row.item_id));
    const itemById = new Map(items.map((item) => [item.id, item]));
    return rows.map((row) => ({ indicatorCode: codeById.get(row.indicator_id) as string, item: itemById.get(row.item_id) as ContentItem }));
  }

  /**
   * Published, not archived modules outside `excludeItemIds` (e.g. the ones a learner started), those
   * tagged with the heaviest SPBE indicator first (untagged count as weight 0), then newest published.
   */
  async recommendedModules(excludeItemIds: readonly string[], limit = 6): Promise<ContentItem[]> {
    // The weights are the spbe feature's: passed in as arrays, so the ranking and the LIMIT stay in one query.
    const weights = await this.spbe.indicatorWeights();
    const rows: Array<{ id: string }> = await this.items.query(
      `SELECT i.id
       FROM content_items i
       JOIN content_revisions r ON r.id = i.published_revision_id
       LEFT JOIN content_revision_indicators ri ON ri.revision_id = r.id
       LEFT JOIN unnest($2::int[], $3::int[]) AS w(indicator_id, weight_bp) ON w.indicator_id = ri.indicator_id
       WHERE i.type = 'MODULE' AND i.archived_at IS NULL AND NOT (i.id = ANY($1::uuid[]))
       GROUP BY i.id, r.published_at
       ORDER BY coalesce(max(w.weight_bp), 0) DESC, r.published_at DESC, i.id
       LIMIT $4`,
      [[...excludeItemIds], [...weights.keys()], [...weights.values()], limit],
    );
    return this.itemsByIds(rows.map((row) => row.id));
  }

  /**
   * For each author, which of these indicators are tagged on the published revision of an item they
   * own (any type; archived items count). Authors with none are absent.
   */
  async publishedIndicatorsByAuthor(indicatorIds: readonly number[]): Promise<Map<string, Set<number>>> {
    const result = new Map<string, Set<number>>();
    if (indicatorIds.length === 0) return result;
    const rows: Array<{ author_id: string; indicator_id: number }> = await this.items.query(
      `SELECT DISTINCT i.author_id, ri.indicator_id FROM content_items i
       JOIN content_revision_indicators ri ON ri.revision_id = i.published_revision_id
       WHERE ri.indicator_id = ANY($1::int[])`,
      [[...indicatorIds]],
    );
    for (const row of rows) {
      const set = result.get(row.author_id) ?? new Set<number>();
      set.add(row.indicator_id);
      result.set(row.author_id, set);
    }
    return result;
  }

  /** Authors of published content (any type; archived items count) tagged with any of these indicators. */
  async authorsOfPublishedContentOn(indicatorIds: readonly number[]): Promise<Set<string>> {
    return new Set((await this.publishedIndicatorsByAuthor(indicatorIds)).keys());
  }

  /** The author of an item of any type and status; null for an unknown id. */
  async authorOf(itemId: string): Promise<string | null> {
    const item = await this.items.findOne({ select: { id: true, authorId: true }, where: { id: itemId } });
    return item?.authorId ?? null;
  }
}

function lessonsOf(revision: ContentRevision): ModuleLesson[] {
  return revision.body.type === 'MODULE' ? revision.body.lessons.map(({ key, title }) => ({ key, title })) : [];
}
