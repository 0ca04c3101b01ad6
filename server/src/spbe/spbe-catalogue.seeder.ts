import { assertWeightsComplete, type SpbeFramework as FrameworkData, PERMENPANRB_59_2020 } from '@living-lab/shared';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SpbeAspect } from './spbe-aspect.entity';
import { SpbeDomain } from './spbe-domain.entity';
import { SpbeFramework } from './spbe-framework.entity';
import { SpbeIndicator } from './spbe-indicator.entity';

/** Frameworks shipped with the app; a new framework version is a new entry here. */
const SHIPPED_FRAMEWORKS: FrameworkData[] = [PERMENPANRB_59_2020];

/**
 * Seeds each shipped framework once. An existing framework is left as it is, so names corrected in
 * the app (the annex names are partly unverified) are not overwritten at the next start.
 */
@Injectable()
export class SpbeCatalogueSeeder {
  private readonly logger = new Logger(SpbeCatalogueSeeder.name);

  constructor(private readonly dataSource: DataSource) {}

  async seed(): Promise<void> {
    for (const data of SHIPPED_FRAMEWORKS) {
      assertWeightsComplete(data);
      await this.dataSource.transaction(async (manager) => {
        const inserted = await manager
          .createQueryBuilder()
          .insert()
          .into(SpbeFramework)
          .values({
            code: data.code,
            name: data.name,
            legalBasis: data.legalBasis,
            validFrom: data.validFrom,
            maturityLevels: data.maturityLevels,
            predicates: data.predicates,
          })
          .orIgnore()
          .returning(['code'])
          .execute();
        if (inserted.raw.length === 0) return;
        for (const domainData of data.domains) {
          const domain = await manager.save(
            manager.create(SpbeDomain, {
              frameworkCode: data.code,
              code: domainData.code,
              number: domainData.number,
              name: domainData.name,
            }),
          );
          for (const aspectData of domainData.aspects) {
            const aspect = await manager.save(
              manager.create(SpbeAspect, { domainId: domain.id, code: aspectData.code, number: aspectData.number, name: aspectData.name }),
            );
            await manager.insert(
              SpbeIndicator,
              aspectData.indicators.map((indicator) => ({ ...indicator, frameworkCode: data.code, aspectId: aspect.id })),
            );
          }
        }
        this.logger.log(`SPBE catalogue: ${data.code} seeded`);
      });
    }
  }
}
