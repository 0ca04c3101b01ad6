import type { Locale } from '@living-lab/shared';
import { Field, InputType } from '@nestjs/graphql';
import { LocaleEnum } from '../../users';

/** Checked by the shared `registerRules`, the same rules the web form uses. */
@InputType()
export class RegisterInput {
  @Field()
  email: string;

  @Field()
  password: string;

  @Field()
  fullName: string;

  @Field(() => String, { nullable: true, description: 'NIP, 18 digits; optional.' })
  nip?: string | null;

  @Field({ description: 'Kemendagri code of the province or kabupaten/kota.' })
  regionCode: string;

  @Field({ description: 'Agency / OPD.' })
  agency: string;

  @Field(() => LocaleEnum, { nullable: true })
  locale?: Locale;
}
