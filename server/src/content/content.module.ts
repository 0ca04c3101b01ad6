import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsModule } from '../notifications';
import { SpbeModule } from '../spbe';
import { UsersModule } from '../users';
import { ContentLoaders } from './content.loaders';
import { ContentResolver } from './content.resolver';
import { ContentAuthoringService } from './content-authoring.service';
import { ContentCatalogueService } from './content-catalogue.service';
import { ContentEvent } from './content-event.entity';
import { ContentItem } from './content-item.entity';
import { ContentItemResolver } from './content-item.resolver';
import { ContentNotifications } from './content-notifications';
import { ContentReaderService } from './content-reader.service';
import { ContentRevision } from './content-revision.entity';
import { ContentEventResolver, ContentRevisionResolver } from './content-revision.resolver';
import { ContentRevisionIndicator } from './content-revision-indicator.entity';
import { ContentSeeder } from './content-seeder';

@Module({
  imports: [
    TypeOrmModule.forFeature([ContentItem, ContentRevision, ContentRevisionIndicator, ContentEvent]),
    SpbeModule,
    UsersModule,
    NotificationsModule,
  ],
  providers: [
    ContentAuthoringService,
    ContentNotifications,
    ContentCatalogueService,
    ContentReaderService,
    ContentLoaders,
    ContentResolver,
    ContentItemResolver,
    ContentRevisionResolver,
    ContentEventResolver,
    ContentSeeder,
  ],
  exports: [ContentAuthoringService, ContentCatalogueService, ContentReaderService, ContentLoaders, ContentSeeder],
})
export class ContentModule {}
