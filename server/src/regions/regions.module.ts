import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CoordinatorRegion } from './coordinator-region.entity';
import { Region } from './region.entity';
import { RegionAccessService } from './region-access.service';
import { RegionSeeder } from './region-seeder';
import { RegionsLoaders } from './regions.loaders';
import { RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region, CoordinatorRegion])],
  providers: [RegionsService, RegionAccessService, RegionsLoaders, RegionsResolver, RegionSeeder],
  exports: [RegionsService, RegionAccessService, RegionsLoaders, RegionSeeder],
})
export class RegionsModule {}
