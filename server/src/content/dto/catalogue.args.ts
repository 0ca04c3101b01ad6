import type { ContentLevel, ContentType } from '@living-lab/shared';
import { ArgsType, Field, ID } from '@nestjs/graphql';
import { PageArgs } from '../../common/pagination/paginated';
import { ContentTypeEnum } from '../content-item.entity';
import { ContentLevelEnum } from '../content-revision.entity';

@ArgsType()
export class CatalogueArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words to search for, in Bahasa Indonesia or English ("quotes" and -minus work).' })
  search?: string | null;

  @Field(() => ContentTypeEnum, { nullable: true })
  type?: ContentType | null;

  @Field(() => String, {
    nullable: true,
    description: 'Domain code of SPBE PermenPANRB 59/2020, e.g. D2 (the Indeks Pemerintah Digital has no domains).',
  })
  domainCode?: string | null;

  @Field(() => String, { nullable: true, description: 'Indicator code of `frameworkCode`, e.g. I05.' })
  indicatorCode?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Framework of `indicatorCode` (PERMENPANRB-8-2026, PERMENPANRB-59-2020); the one in force when absent. Items tagged with an indicator of another framework that Living Lab’s editorial crosswalk maps onto it are found too.',
  })
  frameworkCode?: string | null;

  @Field(() => ContentLevelEnum, { nullable: true })
  level?: ContentLevel | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;
}
