// The content feature's public API. Other features read content only through ContentReaderService;
// the entity classes below double as GraphQL types and are exported for that use only.
export { ContentLoaders, type ContentRequestLoaders } from './content.loaders';
export { ContentModule } from './content.module';
export type { StoredBody, StoredLesson, StoredSource, StoredStep } from './content-body';
export { CaseStudyBody, Lesson, PlaybookBody, PlaybookStep, Source } from './content-body';
export { ContentAction, ContentEvent } from './content-event.entity';
export { ContentItem, ContentTypeEnum } from './content-item.entity';
export {
  ContentReaderService,
  type IndicatorRecommendation,
  type IndicatorValues,
  type ModuleLesson,
  type PublishedModule,
  type PublishedPlaybook,
  type Recommendations,
  type VisibleParts,
} from './content-reader.service';
export { ContentLevelEnum, ContentRevision, RevisionStatusEnum } from './content-revision.entity';
export { ContentSeeder, SHIPPED_CONTENT_AUTHOR } from './content-seeder';
