import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { RegionLastActiveDay } from './region-stats.entities';

/**
 * People active in a region since a WIB day, from the trigger-kept region_last_active_days rows (each
 * person counts once, on the day they were last active): exact and current, and a read of at most one
 * row per region and day of the window, never of the users table.
 */
@Injectable()
export class RegionActivityCounts {
  constructor(@InjectRepository(RegionLastActiveDay) private readonly days: Repository<RegionLastActiveDay>) {}

  async activeSince(regionCodes: readonly string[], firstDay: string): Promise<Map<string, number>> {
    if (regionCodes.length === 0) return new Map();
    const rows: Array<{ region_code: string; people: number }> = await this.days.query(
      `SELECT region_code, sum(people)::int AS people FROM region_last_active_days
       WHERE region_code = ANY($1::varchar[]) AND day >= $2::date GROUP BY region_code`,
      [[...regionCodes], firstDay],
    );
    return new Map(rows.map((row) => [row.region_code, row.people]));
  }
}
