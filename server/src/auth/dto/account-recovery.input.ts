import type { Locale } from '@living-lab/shared';
import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { LocaleEnum } from '../../users';

/** Checked by the shared `forgotPasswordRules`. */
@InputType()
export class RequestPasswordResetInput {
  @Field()
  email: string;

  @Field(() => LocaleEnum, { nullable: true, description: 'Ignored: the mail goes out in the account’s language.' })
  locale?: Locale;
}

/** Checked by the shared `resetPasswordRules` and the password strength rules of registration. */
@InputType()
export class ResetPasswordInput {
  @Field({ description: 'The token of the link in the reset mail.' })
  token: string;

  @Field()
  newPassword: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  currentPassword: string;

  @Field()
  newPassword: string;
}

@InputType()
export class VerifyEmailInput {
  @Field({ description: 'The token of the link in the verification mail.' })
  token: string;
}

@InputType()
export class SendPasswordResetLinkInput {
  @Field(() => ID)
  userId: string;
}

@ObjectType({
  description: 'The answer to a reset request, the same whether or not the address has an account: "if it has one, a link is on its way".',
})
export class RequestPasswordResetPayload {
  @Field({ description: 'Always true: "check your e-mail".' })
  checkEmail: boolean;
}

@ObjectType()
export class ResetPasswordPayload {
  @Field({ description: 'The account’s address, for the sign-in form that follows.' })
  email: string;
}
