import { ContentEvent } from '../content/content-event.entity';
import { ContentItem } from '../content/content-item.entity';
import { ContentRevision } from '../content/content-revision.entity';
import { ContentRevisionIndicator } from '../content/content-revision-indicator.entity';
import { Region } from '../regions/region.entity';
import { SpbeAspect } from '../spbe/spbe-aspect.entity';
import { SpbeDomain } from '../spbe/spbe-domain.entity';
import { SpbeFramework } from '../spbe/spbe-framework.entity';
import { SpbeIndicator } from '../spbe/spbe-indicator.entity';
import { CoordinatorRegion } from '../users/coordinator-region.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once: the app, the migration generator and the tests use this list. */
export const ENTITIES = [
  Region,
  SpbeFramework,
  SpbeDomain,
  SpbeAspect,
  SpbeIndicator,
  User,
  CoordinatorRegion,
  ContentItem,
  ContentRevision,
  ContentRevisionIndicator,
  ContentEvent,
];
