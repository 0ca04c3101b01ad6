import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../common/transaction';
import { Region } from './region.entity';
import { loadRegionRecords } from './region-source';
import { RegionsService } from './regions.service';

/** Loads the 38 provinces and 514 kabupaten/kota at start; an upsert, so reruns and new data releases are safe. */
@Injectable()
export class RegionSeeder {
  private readonly logger = new Logger(RegionSeeder.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly regions: RegionsService,
  ) {}

  async seed(): Promise<void> {
    const records = loadRegionRecords();
    await this.tx.run(async (manager) => {
      // Provinces first: kabupaten/kota refer to them.
      const provinces = records.filter((record) => record.provinceCode === null);
      const others = records.filter((record) => record.provinceCode !== null);
      for (const batch of [provinces, others]) {
        await manager
          .getRepository(Region)
          .createQueryBuilder()
          .insert()
          .values(batch)
          .orUpdate(['name', 'official_name', 'kind', 'province_code'], ['code'])
          .execute();
      }
    });
    this.regions.invalidate();
    this.logger.log(`Regions: ${records.length} provinces and kabupaten/kota loaded from idn-area-data`);
  }
}
