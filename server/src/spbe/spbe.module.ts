import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpbeAspect } from './spbe-aspect.entity';
import { SpbeCatalogueResolver } from './spbe-catalogue.resolver';
import { SpbeCatalogueSeeder } from './spbe-catalogue.seeder';
import { SpbeCatalogueService } from './spbe-catalogue.service';
import { SpbeDomain } from './spbe-domain.entity';
import { SpbeFramework } from './spbe-framework.entity';
import { SpbeIndicator } from './spbe-indicator.entity';

@Module({
  imports: [TypeOrmModule.forFeature([SpbeFramework, SpbeDomain, SpbeAspect, SpbeIndicator])],
  providers: [SpbeCatalogueService, SpbeCatalogueResolver, SpbeCatalogueSeeder],
  exports: [SpbeCatalogueService, SpbeCatalogueSeeder],
})
export class SpbeModule {}
