import {
  assertWeightsComplete,
  type EvaluationFramework,
  PERMENPANRB_8_2026,
  PERMENPANRB_59_2020,
  type SpbeAspectData,
} from '@living-lab/shared';
import { Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { TransactionRunner } from '../common/transaction';
import { SpbeAspect } from './spbe-aspect.entity';
import { SpbeCatalogueService } from './spbe-catalogue.service';
import { SpbeDomain } from './spbe-domain.entity';
import { SpbeFramework } from './spbe-framework.entity';
import { SpbeIndicator } from './spbe-indicator.entity';

/** Frameworks shipped with the app, newest first; a new framework version is a new entry here. */
export const SHIPPED_FRAMEWORKS: readonly EvaluationFramework[] = [PERMENPANRB_8_2026, PERMENPANRB_59_2020];

/**
 * Seeds each shipped framework once, so a database made before a framework shipped gets it at the
 * next start. An existing framework is left as it is, so names corrected in the app (the annex names
 * are partly unverified) are not overwritten.
 */
@Injectable()
export class SpbeCatalogueSeeder {
  private readonly logger = new Logger(SpbeCatalogueSeeder.name);

  constructor(
    private readonly tx: TransactionRunner,
    private readonly catalogue: SpbeCatalogueService,
  ) {}

  async seed(): Promise<void> {
    for (const data of SHIPPED_FRAMEWORKS) {
      assertWeightsComplete(data);
      await this.tx.run(async (manager) => {
        const inserted = await manager
          .getRepository(SpbeFramework)
          .createQueryBuilder()
          .insert()
          .values({
            code: data.code,
            name: data.name,
            legalBasis: data.legalBasis,
            validFrom: data.validFrom,
            validTo: data.validTo,
            revokedOn: data.revoked?.on ?? null,
            revokedBy: data.revoked?.by ?? null,
            scaleResolution: data.scale.resolution,
            scalePlanStep: data.scale.planStep,
            maturityLevels: data.maturityLevels,
            predicates: data.predicates,
          })
          .orIgnore()
          .returning(['code'])
          .execute();
        if (inserted.raw.length === 0) return;
        if (data.domains) {
          for (const domainData of data.domains) {
            const domain = await manager.getRepository(SpbeDomain).save({
              frameworkCode: data.code,
              code: domainData.code,
              number: domainData.number,
              name: domainData.name,
              maturityLevels: domainData.maturityLevels ?? null,
            });
            await insertAspects(manager, data.code, domain.id, domainData.aspects);
          }
        } else {
          await insertAspects(manager, data.code, null, data.aspects);
        }
        this.logger.log(`SPBE catalogue: ${data.code} seeded`);
      });
    }
    this.catalogue.invalidate();
  }
}

async function insertAspects(manager: EntityManager, frameworkCode: string, domainId: number | null, aspects: readonly SpbeAspectData[]) {
  for (const aspectData of aspects) {
    const aspect = await manager
      .getRepository(SpbeAspect)
      .save({ frameworkCode, domainId, code: aspectData.code, number: aspectData.number, name: aspectData.name });
    await manager
      .getRepository(SpbeIndicator)
      .insert(aspectData.indicators.map((indicator) => ({ ...indicator, frameworkCode, aspectId: aspect.id })));
  }
}
