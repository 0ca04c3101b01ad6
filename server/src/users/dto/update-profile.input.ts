import type { Locale } from '@living-lab/shared';
import { Field, InputType, Int } from '@nestjs/graphql';
import { LocaleEnum } from '../user.entity';

/** Checked by the shared `profileRules`. `version` is the one the form was loaded with. */
@InputType()
export class UpdateProfileInput {
  @Field()
  fullName: string;

  @Field(() => String, { nullable: true })
  nip?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Must be the current region (null while waiting to join one): a move is asked for with requestRegionMove.',
  })
  regionCode: string | null;

  @Field()
  agency: string;

  @Field(() => LocaleEnum)
  locale: Locale;

  @Field()
  timeZone: string;

  @Field(() => Int)
  version: number;
}
