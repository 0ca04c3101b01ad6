import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { SpbeModule } from '../spbe/spbe.module';
import { ContentResolver } from './content.resolver';
import { ContentAuthoringService } from './content-authoring.service';
import { ContentCatalogueService } from './content-catalogue.service';
import { ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentItemResolver } from './content-item.resolver';
import { ContentRevision } from './content-revision.entity';
import { ContentEventResolver, ContentRevisionResolver } from './content-revision.resolver';
import { ContentRevisionIndicator } from './content-revision-indicator.entity';
import { ContentSeeder } from './content-seeder';

@Module({
  imports: [TypeOrmModule.forFeature([ContentItem, ContentRevision, ContentRevisionIndicator, ContentEvent]), SpbeModule],
  providers: [
    ContentAuthoringService,
    ContentCatalogueService,
    ContentResolver,
    ContentItemResolver,
    ContentRevisionResolver,
    ContentEventResolver,
    ContentSeeder,
  ],
  exports: [ContentAuthoringService, ContentCatalogueService, ContentSeeder],
})
export class ContentModule {}
