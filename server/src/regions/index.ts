/** The regions feature's public API: provinces and kabupaten/kota, and who coordinates which. */

export { Region, RegionKind } from './region.entity';
export { RegionAccessService, type RegionViewer } from './region-access.service';
export { RegionSeeder } from './region-seeder';
export { type RegionsLoaderSet, RegionsLoaders } from './regions.loaders';
export { RegionsModule } from './regions.module';
export { RegionsService } from './regions.service';
