/**
 * The SPBE feature's public API: the framework catalogue. The entity classes double as GraphQL types;
 * other features return them in their own types, and read them only through SpbeCatalogueService.
 */

export { SpbeModule } from './spbe.module';
export { SpbeAspect } from './spbe-aspect.entity';
export { SpbeCatalogueSeeder } from './spbe-catalogue.seeder';
export { SpbeCatalogueService } from './spbe-catalogue.service';
export { SpbeDomain } from './spbe-domain.entity';
export { MaturityLevel, PredicateBand, SpbeFramework } from './spbe-framework.entity';
export { SpbeIndicator } from './spbe-indicator.entity';
