import { assertWeightsComplete, type SpbeFramework as FrameworkData, PERMENPANRB_59_2020 } from '@living-lab/shared';
import { Injectable, Logger } from '@nestjs/common';
import { TransactionRunner } from '../common/transaction';
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

  constructor(private readonly tx: TransactionRunner) {}

  async seed(): Promise<void> {
    for (const data of SHIPPED_FRAMEWORKS) {
      assertWeightsComplete(data);
      await this.tx.run(async (manager) => {
        const frameworks = manager.getRepository(SpbeFramework);
        const domains = manager.getRepository(SpbeDomain);
        const aspects = manager.getRepository(SpbeAspect);
        const indicators = manager.getRepository(SpbeIndicator);
        const inserted = await frameworks
          .createQueryBuilder()
          .insert()
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
          const domain = await domains.save(
            domains.create({ frameworkCode: data.code, code: domainData.code, number: domainData.number, name: domainData.name }),
          );
          for (const aspectData of domainData.aspects) {
            const aspect = await aspects.save(
              aspects.create({ domainId: domain.id, code: aspectData.code, number: aspectData.number, name: aspectData.name }),
            );
            await indicators.insert(
              aspectData.indicators.map((indicator) => ({ ...indicator, frameworkCode: data.code, aspectId: aspect.id })),
            );
          }
        }
        this.logger.log(`SPBE catalogue: ${data.code} seeded`);
      });
    }
  }
}
