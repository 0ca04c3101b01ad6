import { appliesToYear, crosswalkedIndicators, wibYear } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, Repository } from 'typeorm';
import { SpbeCatalogueService, type SpbeIndicator } from '../spbe';
import type { User } from '../users';
import type { PlaybookStep, StoredBody } from './content-body';
import { canSeeUnpublished } from './content-catalogue.service';
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

/** A region's indicator values on one framework from one evaluation year, in hundredths (2.37 = 237), by indicator id. */
export interface IndicatorValues {
  year: number;
  valueByIndicatorId: ReadonlyMap<number, number>;
}

/** Recommendations on one framework, with the region's values they were ranked by (null: by weight). */
export interface Recommendations {
  frameworkCode: string;
  values: IndicatorValues | null;
  recommendations: IndicatorRecommendation[];
}

/** A module recommended for an indicator, and why. */
export interface IndicatorRecommendation {
  item: ContentItem;
  /** The indicator of the framework the recommendation is about; null for an untagged module (newest first, last). */
  indicator: SpbeIndicator | null;
  /** The region's value on it in hundredths; null when recommended for its weight (no values). */
  valueHundredths: number | null;
  /** The module's tag of another framework when it covers `indicator` only through the editorial crosswalk. */
  crosswalkedFrom: SpbeIndicator | null;
}

/** The lessons of a published module or the steps of a published playbook, as a viewer may see them. */
export interface VisibleParts {
  item: ContentItem;
  /** The published revision's title. */
  title: string;
  /** LESSON for a module, STEP for a playbook. */
  kind: 'LESSON' | 'STEP';
  /** Lessons or steps in order, by their stable key. */
  parts: ModuleLesson[];
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
    const rows: Array<{ id: string; title: string }> = await this.items
      .createQueryBuilder('i')
      .innerJoin(ContentRevision, 'r', 'r.id = i.published_revision_id')
      .select(['i.id AS id', 'r.title AS title'])
      .where('i.id IN (:...ids)', { ids: [...new Set(ids)] })
      .getRawMany();
    return new Map(rows.map((row) => [row.id, row.title]));
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
    const [outline] = await outlines(revisions, 'r.id = :id', { id: item.publishedRevisionId });
    return { item, revisionId: outline.id, title: outline.title, lessons: outline.lessons };
  }

  /**
   * Lesson keys of the published revision of each given module, in lesson order, in one query.
   * Archived modules count (learners keep their progress); items without a published module
   * revision are absent from the map.
   */
  async lessonKeysOfPublishedModules(itemIds: readonly string[]): Promise<Map<string, string[]>> {
    if (itemIds.length === 0) return new Map();
    const rows = await outlines(this.revisions, 'r.id IN (SELECT i.published_revision_id FROM content_items i WHERE i.id IN (:...ids))', {
      ids: [...new Set(itemIds)],
    });
    return new Map(rows.filter((row) => row.type === 'MODULE').map((row) => [row.itemId, row.lessons.map((lesson) => lesson.key)]));
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
    const revisions = new Map((await outlines(this.revisions, 'r.id IN (:...ids)', { ids: revisionIds })).map((row) => [row.id, row]));
    for (const item of items) {
      const revision = item.publishedRevisionId ? revisions.get(item.publishedRevisionId) : undefined;
      if (item.slug && revision) result.set(item.slug, { item, revisionId: revision.id, title: revision.title, lessons: revision.lessons });
    }
    return result;
  }

  /** Lesson keys of a module's published revision and of its open (DRAFT or IN_REVIEW) revision, if any. */
  async lessonKeysIncludingOpenRevisions(itemId: string): Promise<Set<string>> {
    const revisions = await outlines(
      this.revisions,
      `r.item_id = :itemId AND (r.id = (SELECT i.published_revision_id FROM content_items i WHERE i.id = :itemId) OR r.status IN ('DRAFT', 'IN_REVIEW'))`,
      { itemId },
    );
    return new Set(revisions.flatMap((revision) => revision.lessons.map((lesson) => lesson.key)));
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
    // The steps only, not the rest of the body.
    const revisions: Array<{ id: string; steps: PlaybookStep[] | null }> = await this.revisions
      .createQueryBuilder('r')
      .select('r.id', 'id')
      .addSelect(`CASE WHEN r.body->>'type' = 'PLAYBOOK' THEN r.body->'steps' END`, 'steps')
      .where('r.id IN (:...ids)', { ids: revisionIds })
      .getRawMany();
    const stepsByRevision = new Map(revisions.map((revision) => [revision.id, revision.steps ?? []]));
    for (const item of items) {
      const steps = item.publishedRevisionId ? stepsByRevision.get(item.publishedRevisionId) : undefined;
      if (!steps) continue;
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
   * one in force when no code is given), or with an indicator of another framework that Living Lab's
   * editorial crosswalk maps onto one of them (`viaCrosswalk`): one row per (indicator, item), direct
   * tags before crosswalk ones, playbooks first, then oldest first.
   */
  async publishedItemsTaggedWith(
    indicatorCodes: readonly string[],
    frameworkCode?: string | null,
  ): Promise<Array<{ indicatorCode: string; item: ContentItem; viaCrosswalk: boolean }>> {
    if (indicatorCodes.length === 0) return [];
    const frameworks = await this.spbe.list();
    const code = frameworkCode ?? (await this.spbe.currentCode());
    const framework = frameworks.find((candidate) => candidate.code === code);
    if (!framework) return [];
    const idOf = new Map(
      frameworks.flatMap((candidate) =>
        candidate.aspects.flatMap((aspect) =>
          aspect.indicators.map((indicator) => [`${candidate.code}:${indicator.code}`, indicator.id] as const),
        ),
      ),
    );
    const wanted = new Set(indicatorCodes);
    const tagIds: number[] = [];
    const focusCodes: string[] = [];
    const direct: boolean[] = [];
    for (const indicator of framework.aspects.flatMap((aspect) => aspect.indicators).filter((candidate) => wanted.has(candidate.code))) {
      tagIds.push(indicator.id);
      focusCodes.push(indicator.code);
      direct.push(true);
      for (const target of crosswalkedIndicators(code, indicator.code)) {
        const id = idOf.get(`${target.frameworkCode}:${target.code}`);
        if (id === undefined) continue;
        tagIds.push(id);
        focusCodes.push(indicator.code);
        direct.push(false);
      }
    }
    if (tagIds.length === 0) return [];
    const rows: Array<{ focus_code: string; item_id: string; direct: boolean }> = await this.items.query(
      `SELECT f.focus_code, i.id AS item_id, bool_or(f.direct) AS direct
       FROM content_items i
       JOIN content_revision_indicators ri ON ri.revision_id = i.published_revision_id
       JOIN unnest($1::int[], $2::text[], $3::boolean[]) AS f(tag_id, focus_code, direct) ON f.tag_id = ri.indicator_id
       WHERE i.archived_at IS NULL AND i.type IN ('PLAYBOOK', 'MODULE')
       GROUP BY f.focus_code, i.id, i.type, i.created_at
       ORDER BY f.focus_code, bool_or(f.direct) DESC, i.type DESC, i.created_at`,
      [tagIds, focusCodes, direct],
    );
    const items = await this.itemsByIds(rows.map((row) => row.item_id));
    const itemById = new Map(items.map((item) => [item.id, item]));
    // In the order the codes were asked.
    const order = new Map(indicatorCodes.map((indicatorCode, index) => [indicatorCode, index]));
    return rows
      .map((row) => ({ indicatorCode: row.focus_code, item: itemById.get(row.item_id) as ContentItem, viaCrosswalk: !row.direct }))
      .sort((a, b) => (order.get(a.indicatorCode) ?? 0) - (order.get(b.indicatorCode) ?? 0));
  }

  /**
   * Published, not archived modules outside `excludeItemIds` for a region, ranked on the framework
   * `frameworkCode` (the one in force this year in WIB when absent). `valuesOn` gives the region's
   * values on that framework: with them, modules on its weakest indicators first (lowest value, then
   * heavier weight); without, modules on the framework's heaviest indicators. A module covers an
   * indicator when tagged with it, or through Living Lab's editorial crosswalk with an indicator of
   * another framework mapped onto it (a direct tag ranks first). Modules covering none follow, newest
   * published first. Three queries besides `valuesOn`: the catalogue, the ranking, the items.
   */
  async recommendedModulesFor(
    excludeItemIds: readonly string[],
    valuesOn: (frameworkCode: string) => Promise<IndicatorValues | null>,
    limit = 6,
    frameworkCode?: string | null,
  ): Promise<Recommendations> {
    const frameworks = await this.spbe.list();
    // The catalogue's rule for the framework in force (SpbeCatalogueService.find), read from the list already loaded.
    const year = wibYear();
    const framework = frameworkCode
      ? frameworks.find((candidate) => candidate.code === frameworkCode)
      : (frameworks.find((candidate) => appliesToYear(candidate, year)) ?? frameworks[0]);
    const code = framework?.code ?? frameworkCode ?? '';
    const values = framework ? await valuesOn(code) : null;
    const indicators = framework?.aspects.flatMap((aspect) => aspect.indicators) ?? [];
    const regionValue = (indicator: SpbeIndicator) => values?.valueByIndicatorId.get(indicator.id);
    // With values, only the indicators that have one; lowest value first, heavier weight breaks ties.
    const focus = (values ? indicators.filter((indicator) => regionValue(indicator) !== undefined) : indicators).sort(
      (a, b) => (regionValue(a) ?? 0) - (regionValue(b) ?? 0) || b.weightBp - a.weightBp || a.number - b.number,
    );
    const byFrameworkAndCode = new Map(
      frameworks.flatMap((candidate) =>
        candidate.aspects.flatMap((aspect) =>
          aspect.indicators.map((indicator) => [`${candidate.code}:${indicator.code}`, indicator] as const),
        ),
      ),
    );
    const byId = new Map([...byFrameworkAndCode.values()].map((indicator) => [indicator.id, indicator]));
    // (tag, focus, position): a tag counts for the focus indicator itself and for the indicators the crosswalk maps onto it.
    const tagIds: number[] = [];
    const focusIds: number[] = [];
    const positions: number[] = [];
    focus.forEach((indicator, position) => {
      const crosswalked = crosswalkedIndicators(code, indicator.code).flatMap(
        (target) => byFrameworkAndCode.get(`${target.frameworkCode}:${target.code}`) ?? [],
      );
      for (const tag of [indicator, ...crosswalked]) {
        tagIds.push(tag.id);
        focusIds.push(indicator.id);
        positions.push(position);
      }
    });
    const rows: Array<{ id: string; focus_id: number | null; tag_id: number | null }> = await this.items.query(
      `SELECT m.id, m.focus_id, m.tag_id FROM (
         SELECT DISTINCT ON (i.id) i.id, f.focus_id, f.tag_id, f.position, f.tag_id = f.focus_id AS direct, r.published_at
         FROM content_items i
         JOIN content_revisions r ON r.id = i.published_revision_id
         LEFT JOIN content_revision_indicators ri ON ri.revision_id = r.id
         LEFT JOIN unnest($2::int[], $3::int[], $4::int[]) AS f(tag_id, focus_id, position) ON f.tag_id = ri.indicator_id
         WHERE i.type = 'MODULE' AND i.archived_at IS NULL AND NOT (i.id = ANY($1::uuid[]))
         ORDER BY i.id, f.position NULLS LAST, (f.tag_id = f.focus_id) DESC NULLS LAST
       ) m
       ORDER BY m.position NULLS LAST, m.direct DESC NULLS LAST, m.published_at DESC, m.id
       LIMIT $5`,
      [[...excludeItemIds], tagIds, focusIds, positions, limit],
    );
    const items = new Map((await this.itemsByIds(rows.map((row) => row.id))).map((item) => [item.id, item]));
    const recommendations = rows.map((row) => {
      const indicator = row.focus_id === null ? null : (byId.get(row.focus_id) ?? null);
      return {
        item: items.get(row.id) as ContentItem,
        indicator,
        valueHundredths: indicator ? (regionValue(indicator) ?? null) : null,
        crosswalkedFrom: row.tag_id !== null && row.tag_id !== row.focus_id ? (byId.get(row.tag_id) ?? null) : null,
      };
    });
    return { frameworkCode: code, values, recommendations };
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

  /**
   * The lessons or steps of an item's published revision, if the viewer may see the item (published and
   * not archived, or any item for its author, mentors and admins: the catalogue's rule); null for an
   * unknown or invisible item. Parts are empty for an item without a published module or playbook.
   */
  /** Inside a transaction pass its manager, so the read takes no second pool connection. */
  async visibleParts(viewer: User, itemId: string, manager?: EntityManager): Promise<VisibleParts | null> {
    const item = await (manager?.getRepository(ContentItem) ?? this.items).findOneBy({ id: itemId });
    if (!item) return null;
    const visible =
      (item.publishedRevisionId !== null && item.archivedAt === null) || item.authorId === viewer.id || canSeeUnpublished(viewer);
    if (!visible) return null;
    const revisions = manager?.getRepository(ContentRevision) ?? this.revisions;
    const [revision] = item.publishedRevisionId ? await outlines(revisions, 'r.id = :id', { id: item.publishedRevisionId }) : [];
    const kind = item.type === 'PLAYBOOK' ? 'STEP' : 'LESSON';
    return { item, title: revision?.title ?? '', kind, parts: revision?.lessons ?? [] };
  }

  /** The author of an item of any type and status; null for an unknown id. */
  async authorOf(itemId: string): Promise<string | null> {
    const item = await this.items.findOne({ select: { id: true, authorId: true }, where: { id: itemId } });
    return item?.authorId ?? null;
  }
}

/** A revision's title and its parts: the lessons of a module or the steps of a playbook, key and title. */
interface RevisionOutline {
  id: string;
  itemId: string;
  title: string;
  type: StoredBody['type'];
  lessons: ModuleLesson[];
}

/**
 * Outlines of the revisions matching `where` (alias r), extracted by PostgreSQL: of the body (24 KB on
 * average) only the parts' keys and titles travel. `lessons` holds a playbook's steps too.
 */
async function outlines(
  revisions: Repository<ContentRevision>,
  where: string,
  parameters: Record<string, unknown>,
): Promise<RevisionOutline[]> {
  const rows: Array<{ id: string; item_id: string; title: string; type: StoredBody['type']; parts: ModuleLesson[] }> = await revisions
    .createQueryBuilder('r')
    .select(['r.id AS id', 'r.item_id AS item_id', 'r.title AS title', `r.body->>'type' AS type`])
    .addSelect(
      `(SELECT coalesce(jsonb_agg(jsonb_build_object('key', part->>'key', 'title', part->>'title') ORDER BY position), '[]'::jsonb)
        FROM jsonb_array_elements(coalesce(r.body->'lessons', r.body->'steps', '[]'::jsonb)) WITH ORDINALITY AS parts(part, position))`,
      'parts',
    )
    .where(where, parameters)
    .getRawMany();
  return rows.map((row) => ({ id: row.id, itemId: row.item_id, title: row.title, type: row.type, lessons: row.parts }));
}
