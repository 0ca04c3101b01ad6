import { CommonErrorReason, ContentErrorReason, can } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { ForbiddenError, NotFoundError } from '../common/errors/domain-error';
import { type Page, pageWindow } from '../common/pagination/paginated';
import { SpbeCatalogueService } from '../spbe';
import type { User } from '../users';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';
import type { CatalogueArgs } from './dto/catalogue.args';

export interface CatalogueHit {
  item: ContentItem;
  revision: ContentRevision;
  rank: number | null;
  /** Snippet with matches between \u0002 and \u0003 (the web turns them into <mark>; no HTML passes through). */
  snippet: string | null;
}

export const MATCH_START = '\u0002';
export const MATCH_END = '\u0003';

/** Drafts, reviews and history are for mentors and admins (and the author); learners see published content. */
export const canSeeUnpublished = (viewer: User) => can(viewer.roles, 'reviewContent');

@Injectable()
export class ContentCatalogueService {
  constructor(
    @InjectRepository(ContentItem) private readonly items: Repository<ContentItem>,
    @InjectRepository(ContentRevision) private readonly revisionRepository: Repository<ContentRevision>,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  /**
   * The published catalogue: full-text search in Bahasa Indonesia and English (a query matches when
   * either language's stemming of it matches), ranked by ts_rank_cd with title > summary > body, and
   * filters that each use an index. Without words, newest first.
   */
  async search(args: CatalogueArgs): Promise<Page<CatalogueHit>> {
    const { skip, take } = pageWindow(args);
    const words = args.search?.trim() ? args.search.trim().slice(0, 200) : null;
    const parameters: unknown[] = [];
    const param = (value: unknown) => {
      parameters.push(value);
      return `$${parameters.length}`;
    };
    // status = 'PUBLISHED' always holds here; stating it lets PostgreSQL use the partial search index.
    const where = ['i.archived_at IS NULL', `r.status = 'PUBLISHED'`];
    let rank = 'NULL::real';
    let query = '';
    if (words) {
      const placeholder = param(words);
      query = `(websearch_to_tsquery('indonesian', ${placeholder}) || websearch_to_tsquery('english', ${placeholder}))`;
      where.push(`r.search_vector @@ ${query}`);
      rank = `ts_rank_cd(r.search_vector, ${query})`;
    }
    if (args.type) where.push(`i.type = ${param(args.type)}`);
    if (args.level) where.push(`r.level = ${param(args.level)}`);
    if (args.authorId) where.push(`i.author_id = ${param(args.authorId)}`);
    // The indicator and domain filters name SPBE codes of any framework; the SPBE feature turns them into indicator ids.
    for (const indicatorIds of await this.indicatorFilters(args)) {
      where.push(`EXISTS (SELECT 1 FROM content_revision_indicators ri
                          WHERE ri.revision_id = r.id AND ri.indicator_id = ANY(${param(indicatorIds)}::int[]))`);
    }
    const rows: Array<{ item_id: string; revision_id: string; rank: number | null; total: string }> = await this.items.query(
      `SELECT i.id AS item_id, r.id AS revision_id, ${rank} AS rank, count(*) OVER () AS total
       FROM content_items i
       JOIN content_revisions r ON r.id = i.published_revision_id
       WHERE ${where.join(' AND ')}
       ORDER BY rank DESC NULLS LAST, r.published_at DESC, i.id
       LIMIT ${param(take)} OFFSET ${param(skip)}`,
      parameters,
    );
    if (rows.length === 0) return { items: [], totalCount: 0 };

    const revisionIds = rows.map((row) => row.revision_id);
    const [items, revisions, snippets] = await Promise.all([
      this.items.findBy({ id: In(rows.map((row) => row.item_id)) }),
      this.revisionRepository.findBy({ id: In(revisionIds) }),
      words ? this.snippets(revisionIds, words) : Promise.resolve(new Map<string, string>()),
    ]);
    const itemById = new Map(items.map((item) => [item.id, item]));
    const revisionById = new Map(revisions.map((revision) => [revision.id, revision]));
    return {
      totalCount: Number(rows[0].total),
      items: rows.map((row) => ({
        item: itemById.get(row.item_id) as ContentItem,
        revision: revisionById.get(row.revision_id) as ContentRevision,
        rank: row.rank,
        snippet: snippets.get(row.revision_id) ?? null,
      })),
    };
  }

  /** One list of indicator ids per filter given (indicator code, domain code); an item must carry one of each list. */
  private async indicatorFilters(args: CatalogueArgs): Promise<number[][]> {
    if (!args.indicatorCode && !args.domainCode) return [];
    const domains = (await this.spbe.list()).flatMap((framework) => framework.domains);
    const filters: number[][] = [];
    if (args.indicatorCode) {
      const code = args.indicatorCode;
      filters.push(
        domains.flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators.filter((i) => i.code === code).map((i) => i.id))),
      );
    }
    if (args.domainCode) {
      filters.push(
        domains
          .filter((domain) => domain.code === args.domainCode)
          .flatMap((domain) => domain.aspects.flatMap((aspect) => aspect.indicators.map((i) => i.id))),
      );
    }
    return filters;
  }

  /**
   * ts_headline only for the page shown (it re-parses the text, so never for the whole result set), and
   * over the first 6000 characters: enough for a snippet, and it halves the cost on long modules.
   */
  private async snippets(revisionIds: string[], words: string): Promise<Map<string, string>> {
    const rows: Array<{ id: string; snippet: string }> = await this.revisionRepository.query(
      `SELECT r.id, ts_headline(CASE WHEN r.language = 'en' THEN 'english'::regconfig ELSE 'indonesian'::regconfig END,
                                left(r.plain_text, 6000),
                                websearch_to_tsquery('indonesian', $2) || websearch_to_tsquery('english', $2),
                                'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "') AS snippet
       FROM content_revisions r WHERE r.id = ANY($1)`,
      [revisionIds, words],
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
