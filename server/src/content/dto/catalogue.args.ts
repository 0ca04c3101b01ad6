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

  @Field(() => String, { nullable: true, description: 'SPBE domain code, e.g. D2.' })
  domainCode?: string | null;

  @Field(() => String, { nullable: true, description: 'SPBE indicator code, e.g. I19.' })
  indicatorCode?: string | null;

  @Field(() => ContentLevelEnum, { nullable: true })
  level?: ContentLevel | null;

  @Field(() => ID, { nullable: true })
  authorId?: string | null;
}
