import { Field, Float, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Paginated } from '../common/pagination/paginated';
import { SpbeIndicator } from '../spbe';
import { ContentItem } from './content-item.entity';
import { ContentRevision } from './content-revision.entity';

/** How an item matched an indicator filter. */
export enum IndicatorMatch {
  /** Tagged with the indicator itself. */
  DIRECT = 'DIRECT',
  /** Tagged only with indicators of another framework that Living Lab's editorial crosswalk maps onto it. */
  CROSSWALK = 'CROSSWALK',
}
registerEnumType(IndicatorMatch, {
  name: 'IndicatorMatch',
  description: 'How an item matched the indicator filter: tagged with it, or via Living Lab’s own (editorial, unofficial) crosswalk.',
});

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

  @Field(() => IndicatorMatch, { nullable: true, description: 'Set when the catalogue was filtered by an indicator.' })
  indicatorMatch: IndicatorMatch | null;

  @Field(() => [SpbeIndicator], {
    description: 'For a CROSSWALK match: the tagged indicators of the other framework that the editorial crosswalk maps onto the filter.',
  })
  crosswalkedFrom: SpbeIndicator[];
}

@ObjectType()
export class CataloguePage extends Paginated(CatalogueHit) {}
