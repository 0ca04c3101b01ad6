import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, Repository } from 'typeorm';
import type { LoaderFactory } from '../graphql/request-loaders';
import { SpbeCatalogueService, type SpbeIndicator } from '../spbe';
import type { StoredBody } from './content-body';
import { ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentRevision, revisionHead } from './content-revision.entity';
import { ContentRevisionIndicator } from './content-revision-indicator.entity';

/**
 * The revision loaders below read revisions WITHOUT their body (24 KB on average): most queries want
 * titles and summaries. The fields made from the body (lessons, case study, playbook) ask
 * `bodyByRevisionId` for it when the revision came without one.
 */
export interface ContentRequestLoaders {
  itemById: DataLoader<string, ContentItem | null>;
  revisionById: DataLoader<string, ContentRevision | null>;
  bodyByRevisionId: DataLoader<string, StoredBody | null>;
  /** The open (DRAFT or IN_REVIEW) revision of each item, if any. */
  workingRevisionByItemId: DataLoader<string, ContentRevision | null>;
  /** The SPBE indicators tagged on each revision, by indicator number. */
  indicatorsByRevisionId: DataLoader<string, SpbeIndicator[]>;
  /** All revisions of each item, newest first. */
  revisionsByItemId: DataLoader<string, ContentRevision[]>;
  /** The version history of each item, newest first. */
  historyByItemId: DataLoader<string, ContentEvent[]>;
}

@Injectable()
export class ContentLoaders implements LoaderFactory<ContentRequestLoaders> {
  constructor(
    @InjectRepository(ContentItem) private readonly items: Repository<ContentItem>,
    @InjectRepository(ContentRevision) private readonly revisions: Repository<ContentRevision>,
    @InjectRepository(ContentRevisionIndicator) private readonly revisionIndicators: Repository<ContentRevisionIndicator>,
    @InjectRepository(ContentEvent) private readonly events: Repository<ContentEvent>,
    private readonly spbe: SpbeCatalogueService,
  ) {}

  create(): ContentRequestLoaders {
    return {
      itemById: new DataLoader((ids) => this.byId(this.items, ids)),
      revisionById: new DataLoader(async (ids) => {
        const rows = await this.revisions.find({ select: revisionHead(this.revisions), where: { id: In([...ids]) } });
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      bodyByRevisionId: new DataLoader(async (ids) => {
        const rows = await this.revisions.find({ select: { id: true, body: true }, where: { id: In([...ids]) } });
        const byId = new Map(rows.map((row) => [row.id, row.body]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
      workingRevisionByItemId: new DataLoader((ids) => this.workingRevisions(ids)),
      indicatorsByRevisionId: new DataLoader((ids) => this.indicatorsOfRevisions(ids)),
      revisionsByItemId: new DataLoader(async (itemIds) =>
        groupBy(
          itemIds,
          await this.revisions.find({
            select: revisionHead(this.revisions),
            where: { itemId: In([...itemIds]) },
            order: { number: 'DESC' },
          }),
        ),
      ),
      historyByItemId: new DataLoader(async (itemIds) =>
        groupBy(itemIds, await this.events.find({ where: { itemId: In([...itemIds]) }, order: { createdAt: 'DESC', id: 'DESC' } })),
      ),
    };
  }

  private async byId<T extends { id: string }>(repository: Repository<T>, ids: readonly string[]): Promise<(T | null)[]> {
    const rows = await repository.findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async workingRevisions(itemIds: readonly string[]): Promise<(ContentRevision | null)[]> {
    const rows = await this.revisions.find({
      select: revisionHead(this.revisions),
      where: { itemId: In([...itemIds]), status: In(['DRAFT', 'IN_REVIEW']) },
    });
    const byItem = new Map(rows.map((row) => [row.itemId, row]));
    return itemIds.map((id) => byItem.get(id) ?? null);
  }

  /** Two queries for the whole batch: the tags here, the indicators through the SPBE feature. */
  private async indicatorsOfRevisions(revisionIds: readonly string[]): Promise<SpbeIndicator[][]> {
    const tags = await this.revisionIndicators.findBy({ revisionId: In([...revisionIds]) });
    const indicators = await this.spbe.indicatorsByIds(tags.map((tag) => tag.indicatorId));
    const idsByRevision = new Map<string, Set<number>>(revisionIds.map((id) => [id, new Set()]));
    for (const tag of tags) idsByRevision.get(tag.revisionId)?.add(tag.indicatorId);
    // indicatorsByIds is ordered by number, so each revision's list is too.
    return revisionIds.map((id) => {
      const wanted = idsByRevision.get(id) ?? new Set();
      return indicators.filter((indicator) => wanted.has(indicator.id));
    });
  }
}

/** Rows per item id, in the rows' order. */
function groupBy<T extends { itemId: string }>(itemIds: readonly string[], rows: T[]): T[][] {
  const byItem = new Map<string, T[]>(itemIds.map((id) => [id, []]));
  for (const row of rows) byItem.get(row.itemId)?.push(row);
  return itemIds.map((id) => byItem.get(id) ?? []);
}
