import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Region } from './region.entity';
import { RegionSeeder } from './region-seeder';
import { RegionsResolver } from './regions.resolver';
import { RegionsService } from './regions.service';

@Module({
  imports: [TypeOrmModule.forFeature([Region])],
  providers: [RegionsService, RegionsResolver, RegionSeeder],
  exports: [RegionsService, RegionSeeder],
})
export class RegionsModule {}
