import { CommonErrorReason, ContentErrorReason, can, crosswalkedIndicators } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { LRUCache } from 'lru-cache';
import { In, Repository } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { type Page, pageWindow } from '../common/pagination/paginated';
import { TransactionRunner } from '../common/transaction';
import { SpbeCatalogueService, type SpbeIndicator } from '../spbe';
import type { User } from '../users';
import { IndicatorMatch } from './content.models';
import { ContentItem } from './content-item.entity';
import { ContentRevision, revisionHead } from './content-revision.entity';
import type { CatalogueArgs } from './dto/catalogue.args';
import { planSearch, tsquerySql } from './search-query';

export interface CatalogueHit {
  item: ContentItem;
  revision: ContentRevision;
  rank: number | null;
  /** Snippet with matches between \u0002 and \u0003 (the web turns them into <mark>; no HTML passes through). */
  snippet: string | null;
  /** Set when filtered by an indicator: tagged with it, or only through the editorial crosswalk. */
  indicatorMatch: IndicatorMatch | null;
  /** For a crosswalk match, the tagged indicators of the other framework that led to it. */
  crosswalkedFrom: SpbeIndicator[];
}

type Param = (value: unknown) => string;
interface Filters {
  sql(param: Param): string[];
  indicator: IndicatorFilter | null;
}
/** The indicator filter: the indicator itself, and the indicators of other frameworks the crosswalk maps onto it. */
interface IndicatorFilter {
  directIds: number[];
  crosswalkIds: number[];
  indicatorById: Map<number, SpbeIndicator>;
}
interface HitRow {
  item_id: string;
  revision_id: string;
  rank: number | null;
  total: string;
}

/** Fewer full-text matches than this, and similar titles and summaries are added (typos). */
export const FUZZY_BELOW = 3;
/**
 * pg_trgm word_similarity from which a title or summary counts as similar: one letter left out or
 * changed in an 8-letter word scores 0.5 to 0.55 ("presnsi" ~ "presensi"); unrelated words of the
 * same language reach about 0.45.
 */
const SIMILARITY_THRESHOLD = 0.5;
/** Too short a query is similar to too much. */
const fuzzyEligible = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '').length >= 4;

const collector = () => {
  const parameters: unknown[] = [];
  const param: Param = (value) => {
    parameters.push(value);
    return `$${parameters.length}`;
  };
  return { param, parameters };
};

export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/**
 * How long a page of published-catalogue results is reused. The catalogue is the same for every
 * viewer and many learners search the same words, while a common word ranks most published items
 * (about 10 ms of database time with 1 000 of them). This process forgets its pages as soon as its
 * own change to the catalogue commits; another instance shows that change at most this much later.
 */
export const CATALOGUE_CACHE_SECONDS = 30;

/** Drafts, reviews and history are for mentors and admins (and the author); learners see published content. */
export const canSeeUnpublished = (viewer: User) => can(viewer.roles, 'reviewContent');

@Injectable()
export class ContentCatalogueService {
  constructor(
    @InjectRepository(ContentItem) private readonly items: Repository<ContentItem>,
    @InjectRepository(ContentRevision) private readonly revisionRepository: Repository<ContentRevision>,
    private readonly spbe: SpbeCatalogueService,
    private readonly tx: TransactionRunner,
  ) {}

  /** Pages of `search` by their arguments; promises, so that the same search arriving at once runs once. */
  private readonly pages = new LRUCache<string, Promise<Page<CatalogueHit>>>({ max: 1_000, ttl: CATALOGUE_CACHE_SECONDS * 1_000 });

  /** `searchPublished`, reused for CATALOGUE_CACHE_SECONDS (a failed search is not kept). */
  search(args: CatalogueArgs): Promise<Page<CatalogueHit>> {
    const { skip, take } = pageWindow(args);
    const key = JSON.stringify([
      args.search?.trim() ?? '',
      args.type ?? null,
      args.domainCode ?? null,
      args.indicatorCode ?? null,
      args.frameworkCode ?? null,
      args.level ?? null,
      args.authorId ?? null,
      skip,
      take,
    ]);
    const cached = this.pages.get(key);
    if (cached) return cached;
    const page = this.searchPublished(args);
    // Kept from the start, so that `invalidate` also drops a search still reading the old catalogue.
    this.pages.set(key, page);
    page.catch(() => {
      if (this.pages.peek(key) === page) this.pages.delete(key);
    });
    return page;
  }

  /** Forgets every kept page: called once a change to what the published catalogue shows has committed. */
  invalidate(): void {
    this.pages.clear();
  }

  /**
   * The published catalogue: full-text search in Bahasa Indonesia and English (a query matches when
   * either language's stemming of it matches), with the bilingual synonyms of `search-synonyms.ts`
   * and hyphen variants OR'ed in, ranked by ts_rank_cd over title (A) and summary (B); body-only
   * matches follow. When that finds fewer than FUZZY_BELOW items, titles and summaries similar to
   * the words (pg_trgm: typos, missing hyphens) follow the full-text matches. Filters each use an
   * index. Without words, newest first.
   */
  private async searchPublished(args: CatalogueArgs): Promise<Page<CatalogueHit>> {
    const { skip, take } = pageWindow(args);
    const typed = args.search?.trim() ?? '';
    const plan = typed ? planSearch(typed) : null;
    const filters = await this.filters(args);
    let rows: HitRow[];
    let totalCount: number;
    let query: ((param: Param) => string) | null = null;
    if (!plan) {
      ({ rows, totalCount } = await this.fullText(filters, null, null, skip, take));
    } else {
      if (!tsquerySql(plan, () => '')) return { items: [], totalCount: 0 };
      // Scalar subqueries: each tsquery is built once per statement (an InitPlan), not once per row.
      query = (param) => `(SELECT ${tsquerySql(plan, param)})`;
      const literal = (param: Param) => `(SELECT ${tsquerySql(plan, param, { literal: true })})`;
      ({ rows, totalCount } = await this.fullText(filters, query, literal, skip, take));
      if (totalCount < FUZZY_BELOW && fuzzyEligible(plan.text)) {
        // The few full-text matches are left out of the similar ones (by id: cheaper than matching again).
        const matched = rows.length === totalCount ? rows : (await this.fullText(filters, query, literal, 0, FUZZY_BELOW)).rows;
        const fuzzy = await this.similar(
          filters,
          matched.map((row) => row.revision_id),
          plan.text,
          Math.max(0, skip - totalCount),
          take - rows.length,
        );
        rows = [...rows, ...fuzzy.rows];
        totalCount += fuzzy.totalCount;
      }
    }
    if (rows.length === 0) return { items: [], totalCount };

    const revisionIds = rows.map((row) => row.revision_id);
    const [items, revisions, snippets, matches] = await Promise.all([
      this.items.findBy({ id: In(rows.map((row) => row.item_id)) }),
      // Without bodies: a result shows titles and summaries (lessons, if asked, come from a loader).
      this.revisionRepository.find({ select: revisionHead(this.revisionRepository), where: { id: In(revisionIds) } }),
      query ? this.snippets(revisionIds, query) : Promise.resolve(new Map<string, string>()),
      this.indicatorMatches(revisionIds, filters.indicator),
    ]);
    const itemById = new Map(items.map((item) => [item.id, item]));
    const revisionById = new Map(revisions.map((revision) => [revision.id, revision]));
    return {
      totalCount,
      items: rows.map((row) => ({
        item: itemById.get(row.item_id) as ContentItem,
        revision: revisionById.get(row.revision_id) as ContentRevision,
        rank: row.rank,
        snippet: snippets.get(row.revision_id) ?? null,
        indicatorMatch: filters.indicator ? (matches.get(row.revision_id)?.match ?? IndicatorMatch.CROSSWALK) : null,
        crosswalkedFrom: matches.get(row.revision_id)?.crosswalkedFrom ?? [],
      })),
    };
  }

  /**
   * How each revision of the page matched the indicator filter, in one query: DIRECT when it carries
   * the indicator itself, else CROSSWALK with the tagged indicators of the other framework.
   */
  private async indicatorMatches(
    revisionIds: string[],
    filter: IndicatorFilter | null,
  ): Promise<Map<string, { match: IndicatorMatch; crosswalkedFrom: SpbeIndicator[] }>> {
    const result = new Map<string, { match: IndicatorMatch; crosswalkedFrom: SpbeIndicator[] }>();
    if (!filter || revisionIds.length === 0) return result;
    const tags: Array<{ revision_id: string; indicator_id: number }> = await this.items.query(
      `SELECT revision_id, indicator_id FROM content_revision_indicators
       WHERE revision_id = ANY($1::uuid[]) AND indicator_id = ANY($2::int[])
       ORDER BY indicator_id`,
      [revisionIds, [...filter.directIds, ...filter.crosswalkIds]],
    );
    const direct = new Set(filter.directIds);
    for (const tag of tags) {
      const entry = result.get(tag.revision_id) ?? { match: IndicatorMatch.CROSSWALK, crosswalkedFrom: [] };
      if (direct.has(tag.indicator_id)) entry.match = IndicatorMatch.DIRECT;
      else entry.crosswalkedFrom.push(filter.indicatorById.get(tag.indicator_id) as SpbeIndicator);
      result.set(tag.revision_id, entry);
    }
    for (const entry of result.values()) if (entry.match === IndicatorMatch.DIRECT) entry.crosswalkedFrom = [];
    return result;
  }

  /**
   * Full-text matches (or, without a query, everything) in rank order, with the total; counted apart
   * for a page past the end. The rank reads the small title+summary vector, once with the synonyms
   * and once more with the literal words, so what was typed ranks above what only a synonym matched.
   */
  private async fullText(
    filters: Filters,
    query: ((param: Param) => string) | null,
    literal: ((param: Param) => string) | null,
    skip: number,
    take: number,
  ) {
    const build = (ranked: boolean) => {
      const { param, parameters } = collector();
      const where = filters.sql(param);
      let rank = 'NULL::real';
      if (query && literal) {
        where.push(`r.search_vector @@ ${query(param)}`);
        if (ranked) rank = `ts_rank_cd(r.rank_vector, ${query(param)}) + ts_rank_cd(r.rank_vector, ${literal(param)})`;
      }
      return { param, parameters, where: where.join(' AND '), rank };
    };
    const page = build(true);
    const rows: HitRow[] = await this.items.query(
      `SELECT i.id AS item_id, r.id AS revision_id, ${page.rank} AS rank, count(*) OVER () AS total
       FROM content_items i
       JOIN content_revisions r ON r.id = i.published_revision_id
       WHERE ${page.where}
       ORDER BY rank DESC NULLS LAST, r.published_at DESC, i.id
       LIMIT ${page.param(take)} OFFSET ${page.param(skip)}`,
      page.parameters,
    );
    if (rows.length > 0 || skip === 0) return { rows, totalCount: rows.length > 0 ? Number(rows[0].total) : 0 };
    const count = build(false);
    const [{ total }]: Array<{ total: string }> = await this.items.query(
      `SELECT count(*) AS total FROM content_items i JOIN content_revisions r ON r.id = i.published_revision_id WHERE ${count.where}`,
      count.parameters,
    );
    return { rows, totalCount: Number(total) };
  }

  /**
   * Published items whose title or summary is similar to the words (word_similarity, the GIN trigram
   * index), but for the full-text matches, most similar first. The threshold is set for
   * this transaction only. Rank 0: below every full-text match.
   */
  private async similar(filters: Filters, excludedRevisionIds: string[], text: string, skip: number, take: number) {
    const { param, parameters } = collector();
    const where = filters.sql(param);
    const words = param(text.slice(0, 100));
    where.push(`(${words} <% r.title OR ${words} <% r.summary)`, `r.id <> ALL(${param(excludedRevisionIds)}::uuid[])`);
    const rows: Array<HitRow & { similarity: number }> = await this.tx.run(async (manager) => {
      await manager.query(`SELECT set_config('pg_trgm.word_similarity_threshold', $1, true)`, [String(SIMILARITY_THRESHOLD)]);
      return manager.query(
        `SELECT i.id AS item_id, r.id AS revision_id, 0::real AS rank, count(*) OVER () AS total,
                greatest(word_similarity(${words}, r.title), word_similarity(${words}, r.summary)) AS similarity
         FROM content_items i
         JOIN content_revisions r ON r.id = i.published_revision_id
         WHERE ${where.join(' AND ')}
         ORDER BY similarity DESC, r.published_at DESC, i.id
         LIMIT ${param(Math.max(take, 1))} OFFSET ${param(skip)}`,
        parameters,
      );
    });
    return { rows: take > 0 ? rows : [], totalCount: rows.length > 0 ? Number(rows[0].total) : 0 };
  }

  /** The filters as SQL conditions; each call binds its values anew (every statement has its own parameters). */
  private async filters(args: CatalogueArgs): Promise<Filters> {
    const { indicator, domainIds } = await this.indicatorFilters(args);
    const tagLists = [...(indicator ? [[...indicator.directIds, ...indicator.crosswalkIds]] : []), ...(domainIds ? [domainIds] : [])];
    return {
      indicator,
      sql: (param) => {
        // status = 'PUBLISHED' always holds here; stating it lets PostgreSQL use the partial search indexes.
        const where = ['i.archived_at IS NULL', `r.status = 'PUBLISHED'`];
        if (args.type) where.push(`i.type = ${param(args.type)}`);
        if (args.level) where.push(`r.level = ${param(args.level)}`);
        if (args.authorId) where.push(`i.author_id = ${param(args.authorId)}`);
        for (const indicatorIds of tagLists) {
          where.push(`EXISTS (SELECT 1 FROM content_revision_indicators ri
                              WHERE ri.revision_id = r.id AND ri.indicator_id = ANY(${param(indicatorIds)}::int[]))`);
        }
        return where;
      },
    };
  }

  /**
   * The indicator filter (the indicator of `frameworkCode`, the framework in force when absent, plus
   * the indicators of other frameworks Living Lab's editorial crosswalk maps onto it) and the domain
   * filter (SPBE 59/2020 domains); an item must carry one tag of each filter given. An unknown
   * framework or code matches nothing.
   */
  private async indicatorFilters(args: CatalogueArgs): Promise<{ indicator: IndicatorFilter | null; domainIds: number[] | null }> {
    if (!args.indicatorCode && !args.domainCode) return { indicator: null, domainIds: null };
    const frameworks = await this.spbe.list();
    const indicatorsOf = (frameworkCode: string) =>
      frameworks.find((framework) => framework.code === frameworkCode)?.aspects.flatMap((aspect) => aspect.indicators) ?? [];
    let indicator: IndicatorFilter | null = null;
    if (args.indicatorCode) {
      const code = args.indicatorCode;
      const frameworkCode = args.frameworkCode ?? (await this.spbe.currentCode());
      const direct = indicatorsOf(frameworkCode).filter((candidate) => candidate.code === code);
      const crosswalk =
        direct.length === 0
          ? []
          : crosswalkedIndicators(frameworkCode, code).flatMap((target) =>
              indicatorsOf(target.frameworkCode).filter((candidate) => candidate.code === target.code),
            );
      indicator = {
        directIds: direct.map((candidate) => candidate.id),
        crosswalkIds: crosswalk.map((candidate) => candidate.id),
        indicatorById: new Map(crosswalk.map((candidate) => [candidate.id, candidate])),
      };
    }
    let domainIds: number[] | null = null;
    if (args.domainCode) {
      domainIds = frameworks
        .flatMap((framework) => framework.domains)
        .filter((domain) => domain.code === args.domainCode)
        .flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators.map((candidate) => candidate.id)));
    }
    return { indicator, domainIds };
  }

  /**
   * ts_headline only for the page shown (it re-parses the text, so never for the whole result set), and
   * over the first 6000 characters: enough for a snippet, and it halves the cost on long modules.
   * Synonyms are highlighted too; an item found by similarity alone gets the start of its text.
   */
  private async snippets(revisionIds: string[], query: (param: Param) => string): Promise<Map<string, string>> {
    const { param, parameters } = collector();
    const ids = param(revisionIds);
    const rows: Array<{ id: string; snippet: string }> = await this.revisionRepository.query(
      `SELECT r.id, ts_headline(CASE WHEN r.language = 'en' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END,
                                left(r.plain_text, 6000),
                                ${query(param)},
                                'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
       FROM content_revisions r WHERE r.id = ANY(${ids})`,
      parameters,
    );
    return new Map(rows.map((row) => [row.id, row.snippet]));
  }

  /** An item as the viewer may see it: published and not archived, or anything for mentors, admins and the author. */
  async item(viewer: User, id: string): Promise<ContentItem> {
    const item = await this.items.findOneBy({ id });
    if (!item || !this.visible(viewer, item)) throw new NotFoundError(ContentErrorReason.CONTENT_NOT_FOUND);
    return item;
  }

  visible(viewer: User, item: ContentItem): boolean {
    return (item.publishedRevisionId !== null && item.archivedAt === null) || item.authorId === viewer.id || canSeeUnpublished(viewer);
  }

  /** One revision: published ones of visible items for everyone, others for mentors, admins and the author. */
  async revision(viewer: User, id: string): Promise<ContentRevision> {
    const revision = await this.revisionRepository.findOne({ where: { id }, relations: { item: true } });
    const item = revision?.item;
    const allowed =
      item &&
      (item.authorId === viewer.id || canSeeUnpublished(viewer) || (item.archivedAt === null && item.publishedRevisionId === revision.id));
    if (!revision || !allowed) throw new NotFoundError(ContentErrorReason.REVISION_NOT_FOUND);
    return revision;
  }

  assertCanSeeWork(viewer: User, item: ContentItem): void {
    if (item.authorId !== viewer.id && !canSeeUnpublished(viewer)) {
      throw new ForbiddenError(CommonErrorReason.NOT_ALLOWED);
    }
  }

  /** A mentor's own items, newest change first. */
  async mine(author: User): Promise<ContentItem[]> {
    return this.items.find({ where: { authorId: author.id }, order: { updatedAt: 'DESC' } });
  }

  /** Revisions waiting for review that the reviewer did not write, oldest submission first. */
  reviewQueue(reviewer: User): Promise<ContentRevision[]> {
    return this.revisionRepository
      .createQueryBuilder('r')
      .innerJoinAndSelect('r.item', 'i')
      .where(`r.status = 'IN_REVIEW' AND i.author_id <> :me`, { me: reviewer.id })
      .orderBy('r.submitted_at', 'ASC')
      .getMany();
  }
}
