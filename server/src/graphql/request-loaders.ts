import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { ContentItem } from '../content/content-item.entity';
import { ContentRevision } from '../content/content-revision.entity';
import type { Region } from '../regions/region.entity';
import { RegionsService } from '../regions/regions.service';
import { SpbeIndicator } from '../spbe/spbe-indicator.entity';
import { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';

/**
 * DataLoaders live for one request (created in the GraphQL context), so nested fields batch into one
 * query per kind instead of one per parent, and nothing is cached across users.
 */
export interface RequestLoaders {
  regionByCode: DataLoader<string, Region | null>;
  coordinatedRegionsByUserId: DataLoader<string, Region[]>;
  userById: DataLoader<string, User | null>;
  contentItemById: DataLoader<string, ContentItem | null>;
  contentRevisionById: DataLoader<string, ContentRevision | null>;
  indicatorsByRevisionId: DataLoader<string, SpbeIndicator[]>;
  /** The open (DRAFT or IN_REVIEW) revision of each item, if any. */
  workingRevisionByItemId: DataLoader<string, ContentRevision | null>;
}

@Injectable()
export class RequestLoadersFactory {
  constructor(
    private readonly regions: RegionsService,
    private readonly users: UsersService,
    private readonly dataSource: DataSource,
  ) {}

  create(): RequestLoaders {
    return {
      regionByCode: new DataLoader((codes) => this.regions.findByCodes(codes)),
      coordinatedRegionsByUserId: new DataLoader((userIds) => this.users.coordinatedRegionsOf(userIds)),
      userById: new DataLoader((ids) => this.byId(User, ids)),
      contentItemById: new DataLoader((ids) => this.byId(ContentItem, ids)),
      contentRevisionById: new DataLoader((ids) => this.byId(ContentRevision, ids)),
      indicatorsByRevisionId: new DataLoader((ids) => this.indicatorsOfRevisions(ids)),
      workingRevisionByItemId: new DataLoader((ids) => this.workingRevisions(ids)),
    };
  }

  private async byId<T extends { id: string }>(entity: new () => T, ids: readonly string[]): Promise<(T | null)[]> {
    const rows = await this.dataSource.getRepository(entity).findBy({ id: In([...ids]) } as never);
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  private async workingRevisions(itemIds: readonly string[]): Promise<(ContentRevision | null)[]> {
    const rows = await this.dataSource
      .getRepository(ContentRevision)
      .findBy({ itemId: In([...itemIds]), status: In(['DRAFT', 'IN_REVIEW']) });
    const byItem = new Map(rows.map((row) => [row.itemId, row]));
    return itemIds.map((id) => byItem.get(id) ?? null);
  }

  private async indicatorsOfRevisions(revisionIds: readonly string[]): Promise<SpbeIndicator[][]> {
    const rows: Array<SpbeIndicator & { revision_id: string }> = await this.dataSource.query(
      `SELECT ri.revision_id, i.id, i.framework_code AS "frameworkCode", i.aspect_id AS "aspectId", i.code, i.number, i.name, i.weight_bp AS "weightBp"
       FROM content_revision_indicators ri JOIN spbe_indicators i ON i.id = ri.indicator_id
       WHERE ri.revision_id = ANY($1) ORDER BY i.number`,
      [revisionIds],
    );
    const byRevision = new Map<string, SpbeIndicator[]>(revisionIds.map((id) => [id, []]));
    for (const { revision_id, ...indicator } of rows) byRevision.get(revision_id)?.push(Object.assign(new SpbeIndicator(), indicator));
    return revisionIds.map((id) => byRevision.get(id) ?? []);
  }
}
