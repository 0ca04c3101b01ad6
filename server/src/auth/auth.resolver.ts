import { Inject } from '@nestjs/common';
import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Can, Public, SignedIn } from '../common/access/access-decorators';
import { CurrentUser } from '../common/access/current-user';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import type { GraphqlContext } from '../graphql/graphql-context';
import type { User } from '../users';
import { AccountRecoveryService } from './account-recovery.service';
import { AuthService } from './auth.service';
import {
  ChangePasswordInput,
  RequestPasswordResetInput,
  RequestPasswordResetPayload,
  ResetPasswordInput,
  ResetPasswordPayload,
  SendPasswordResetLinkInput,
  VerifyEmailInput,
} from './dto/account-recovery.input';
import { AuthPayload } from './dto/auth-payload.model';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { RegisterPayload } from './dto/register-payload.model';
import { clearSessionCookie, setSessionCookie } from './session-cookie';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly auth: AuthService,
    private readonly recovery: AccountRecoveryService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Mutation(() => RegisterPayload, {
    description:
      'Creates a civil-servant (LEARNER) account unless the e-mail or NIP has one; answers the same either way. At most 5 per hour from one address.',
  })
  register(@Args('input') input: RegisterInput, @Context() context: GraphqlContext): Promise<RegisterPayload> {
    return this.auth.register(input, clientIp(context));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() context: GraphqlContext): Promise<AuthPayload> {
    return this.signedInAs(context, await this.auth.login(input, clientIp(context)));
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends the session: every token of the signed-in user stops working (all devices).' })
  async signOut(@CurrentUser() user: User, @Context() context: GraphqlContext): Promise<boolean> {
    await this.recovery.signOut(user);
    clearSessionCookie(context.res, this.config);
    return true;
  }

  @Public()
  @Mutation(() => RequestPasswordResetPayload, {
    description:
      '"Lupa kata sandi": mails a reset link if the address has an account; the same answer either way. 5 per hour from one address.',
  })
  async requestPasswordReset(
    @Args('input') input: RequestPasswordResetInput,
    @Context() context: GraphqlContext,
  ): Promise<RequestPasswordResetPayload> {
    await this.recovery.requestPasswordReset(input, clientIp(context));
    return { checkEmail: true };
  }

  @Public()
  @Mutation(() => ResetPasswordPayload, {
    description: 'Sets a new password from a reset link (single use, 30 minutes) and ends every session.',
  })
  resetPassword(@Args('input') input: ResetPasswordInput): Promise<ResetPasswordPayload> {
    return this.recovery.resetPassword(input);
  }

  @SignedIn()
  @Mutation(() => AuthPayload, {
    description: 'Changes the password (the current one is needed); every other session ends, this one gets a new token.',
  })
  async changePassword(
    @CurrentUser() user: User,
    @Args('input') input: ChangePasswordInput,
    @Context() context: GraphqlContext,
  ): Promise<AuthPayload> {
    return this.signedInAs(context, await this.recovery.changePassword(user, input, clientIp(context)));
  }

  @Public()
  @Mutation(() => Boolean, { description: 'Follows a verification link (single use, 7 days).' })
  async verifyEmail(@Args('input') input: VerifyEmailInput): Promise<boolean> {
    await this.recovery.verifyEmail(input);
    return true;
  }

  @SignedIn()
  @Mutation(() => Boolean, {
    description: 'Mails a new verification link (replacing the old one), 3 per hour; nothing for a verified account.',
  })
  async resendVerificationEmail(@CurrentUser() user: User): Promise<boolean> {
    await this.recovery.resendVerification(user);
    return true;
  }

  @Can('manageUsers')
  @Mutation(() => Boolean, { description: 'An admin mails the user a password reset link.' })
  async sendPasswordResetLink(@CurrentUser() actor: User, @Args('input') input: SendPasswordResetLinkInput): Promise<boolean> {
    await this.recovery.sendResetLinkByAdmin(input.userId, actor);
    return true;
  }

  /**
   * The rest of this request (the payload's nested fields) sees the new session's user as the viewer;
   * the browser gets the session cookie (the token stays in the payload for API clients).
   */
  private signedInAs(context: GraphqlContext, payload: AuthPayload): AuthPayload {
    context.req.user = payload.user;
    setSessionCookie(context.res, payload.token, this.config);
    return payload;
  }
}

/** The caller's address: the socket's, or X-Forwarded-For's from a proxy on this machine (`trust proxy` in app.factory.ts). */
function clientIp(context: GraphqlContext): string {
  return context.req.ip ?? context.req.socket?.remoteAddress ?? 'unknown';
}
