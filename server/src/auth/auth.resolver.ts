import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Public } from '../common/access/access-decorators';
import type { GraphqlContext } from '../graphql/graphql-context';
import { AuthService } from './auth.service';
import { AuthPayload } from './dto/auth-payload.model';
import { LoginInput } from './dto/login.input';
import { RegisterInput } from './dto/register.input';

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Public()
  @Mutation(() => AuthPayload, { description: 'Creates a civil-servant (LEARNER) account and signs it in.' })
  async register(@Args('input') input: RegisterInput, @Context() context: GraphqlContext): Promise<AuthPayload> {
    return signedInAs(context, await this.auth.register(input));
  }

  @Public()
  @Mutation(() => AuthPayload)
  async login(@Args('input') input: LoginInput, @Context() context: GraphqlContext): Promise<AuthPayload> {
    return signedInAs(context, await this.auth.login(input));
  }
}

/** The rest of this request (the payload's nested fields) sees the new session's user as the viewer. */
function signedInAs(context: GraphqlContext, payload: AuthPayload): AuthPayload {
  context.req.user = payload.user;
  return payload;
}
