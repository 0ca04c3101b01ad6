import { can, RegionsErrorReason, type Role } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, In, type Repository } from 'typeorm';
import { ForbiddenError } from '../common/errors/domain-error';
import { CoordinatorRegion } from './coordinator-region.entity';
import { Region } from './region.entity';

/** What region scoping needs to know of a user; the signed-in User fits it (this folder names no other feature). */
export interface RegionViewer {
  id: string;
  roles: readonly Role[];
  /** Null while waiting to join a region: a member of none. */
  regionCode: string | null;
}

/**
 * Region scoping in one place: who coordinates which regions (the coordinator_regions table, owned
 * here) and what a user may see or act on because of it.
 */
@Injectable()
export class RegionAccessService {
  constructor(@InjectRepository(CoordinatorRegion) private readonly coordinatorRegions: Repository<CoordinatorRegion>) {}

  /**
   * Whether the user may act for a region as its coordinator: admins for every region, coordinators
   * for the regions they coordinate (a province code covers its kabupaten/kota).
   */
  async coordinatesRegion(user: RegionViewer, regionCode: string): Promise<boolean> {
    if (can(user.roles, 'coordinateAllRegions')) return true;
    if (!can(user.roles, 'beGivenRegions')) return false;
    const [{ allowed }]: Array<{ allowed: boolean }> = await this.coordinatorRegions.query(
      `SELECT EXISTS (
         SELECT 1 FROM coordinator_regions c JOIN regions r ON r.code = $2
         WHERE c.user_id = $1 AND (c.region_code = r.code OR c.region_code = r.province_code)) AS allowed`,
      [user.id, regionCode],
    );
    return allowed;
  }

  /** FORBIDDEN/NOT_YOUR_REGION unless the user coordinates the region (admins always do). */
  async assertCoordinatesRegion(user: RegionViewer, regionCode: string): Promise<void> {
    if (!(await this.coordinatesRegion(user, regionCode))) throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
  }

  /** For region figures: the user's own region, or one they coordinate. */
  async assertSeesRegion(user: RegionViewer, regionCode: string): Promise<void> {
    if (user.regionCode !== regionCode && !(await this.coordinatesRegion(user, regionCode))) {
      throw new ForbiddenError(RegionsErrorReason.NOT_YOUR_REGION);
    }
  }

  /** Of the given regions, those the user coordinates, in one query (for lists). */
  async coordinatedAmong(user: RegionViewer, regionCodes: string[]): Promise<Set<string>> {
    if (can(user.roles, 'coordinateAllRegions')) return new Set(regionCodes);
    if (!can(user.roles, 'beGivenRegions')) return new Set();
    const rows: Array<{ code: string }> = await this.coordinatorRegions.query(
      `SELECT r.code FROM regions r
       WHERE r.code = ANY($2) AND EXISTS (SELECT 1 FROM coordinator_regions c
                                           WHERE c.user_id = $1 AND (c.region_code = r.code OR c.region_code = r.province_code))`,
      [user.id, regionCodes],
    );
    return new Set(rows.map((row) => row.code));
  }

  /**
   * The kabupaten/kota a user has been given to coordinate (directly or through their province), in
   * code order, in one query. Only given regions count: an admin's coordination of every region is not listed.
   */
  async givenKabKotaOf(user: RegionViewer): Promise<Region[]> {
    if (!can(user.roles, 'beGivenRegions')) return [];
    return this.coordinatorRegions.manager
      .getRepository(Region)
      .createQueryBuilder('r')
      .where('r.province_code IS NOT NULL')
      .andWhere(
        'EXISTS (SELECT 1 FROM coordinator_regions c WHERE c.user_id = :userId AND (c.region_code = r.code OR c.region_code = r.province_code))',
        { userId: user.id },
      )
      .orderBy('r.code', 'ASC')
      .getMany();
  }

  /** Batch lookup for the DataLoader: each user's coordinated regions in code order. */
  async coordinatedRegionsOf(userIds: readonly string[]): Promise<Region[][]> {
    const rows = await this.coordinatorRegions.find({
      where: { userId: In([...userIds]) },
      relations: { region: true },
      order: { regionCode: 'ASC' },
    });
    const byUser = new Map<string, Region[]>(userIds.map((id) => [id, []]));
    for (const row of rows) if (row.region) byUser.get(row.userId)?.push(row.region);
    return userIds.map((id) => byUser.get(id) ?? []);
  }

  /**
   * Replaces the regions a user coordinates, inside the caller's transaction. The codes must exist
   * (the foreign key refuses others); the caller checks them first to report which are unknown.
   */
  async setCoordinatedRegions(userId: string, regionCodes: readonly string[], manager: EntityManager): Promise<void> {
    const rows = manager.getRepository(CoordinatorRegion);
    await rows.delete({ userId });
    const codes = [...new Set(regionCodes)];
    if (codes.length > 0) await rows.insert(codes.map((regionCode) => ({ userId, regionCode })));
  }

  /**
   * Who has been given the region to coordinate (directly or through its province): for
   * notifications to a region's coordinators. The caller checks the users still hold the role.
   */
  async coordinatorIdsOf(regionCode: string, manager?: EntityManager): Promise<string[]> {
    const rows: Array<{ user_id: string }> = await (manager ?? this.coordinatorRegions.manager).query(
      `SELECT DISTINCT c.user_id FROM coordinator_regions c JOIN regions r ON r.code = $1
       WHERE c.region_code = r.code OR c.region_code = r.province_code`,
      [regionCode],
    );
    return rows.map((row) => row.user_id);
  }

  /** Drops every region the user coordinates, inside the caller's transaction. */
  async clearCoordinatedRegions(userId: string, manager: EntityManager): Promise<void> {
    await manager.getRepository(CoordinatorRegion).delete({ userId });
  }
}
