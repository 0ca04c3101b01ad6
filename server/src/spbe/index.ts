/**
 * The SPBE feature's public API: the framework catalogue. The entity classes double as GraphQL types;
 * other features return them in their own types, and read them only through SpbeCatalogueService.
 */

export { IndexValue, preferredValue } from './index-value.model';
export { IndexValueKind } from './index-value-kind';
export { MaturityLevel } from './maturity-level.model';
export { SpbeModule } from './spbe.module';
export { SpbeAspect } from './spbe-aspect.entity';
export { SpbeCatalogueSeeder } from './spbe-catalogue.seeder';
export { currentYearInWib, SpbeCatalogueService } from './spbe-catalogue.service';
export { SpbeDomain } from './spbe-domain.entity';
export { FrameworkRevocation, IndicatorValueScale, PredicateBand, SpbeFramework } from './spbe-framework.entity';
export { SpbeIndicator } from './spbe-indicator.entity';
