import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/access/access-decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { AuthService } from './auth.service';
import { AuthPayload } from './dto/auth-payload.model';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';
import { RegisterPayload } from './dto/register-payload.model';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

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
    return signedInAs(context, await this.auth.login(input, clientIp(context)));
  }
}

/** The rest of this request (the payload's nested fields) sees the new session's user as the viewer. */
function signedInAs(context: GraphqlContext, payload: AuthPayload): AuthPayload {
  context.req.user = payload.user;
  return payload;
}

/** The caller's address: the socket's, or X-Forwarded-For's from a proxy on this machine (`trust proxy` in app.factory.ts). */
function clientIp(context: GraphqlContext): string {
  return context.req.ip ?? context.req.socket?.remoteAddress ?? 'unknown';
}
