import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/paginated';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';

@ObjectType({ description: 'A published item found in the catalogue.' })
export class CatalogueHit {
  @Field(() => ContentItem)
  item: ContentItem;

  @Field(() => ContentRevision, { description: 'The published revision.' })
  revision: ContentRevision;

  @Field(() => Float, { nullable: true, description: 'Search rank (higher is better); null without search words.' })
  rank: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Plain-text snippet around the matches; each match is wrapped in \\u0002 … \\u0003 (no HTML).',
  })
  snippet: string | null;
}

@ObjectType()
export class CataloguePage extends Paginated(CatalogueHit) {}
