import { AuthErrorReason } from '@living-lab/shared';
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ACCESS_METADATA, type AccessRule } from '../common/access/access-decorators';
import { requestOf } from '../common/access/current-user';
import { ForbiddenError, UnauthenticatedError } from '../common/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { UsersService } from '../users';
import { requestToken } from './session-cookie';
import { TokenService } from './token.service';

/**
 * Global guard. Reads the bearer token (API clients) or else the session cookie (the web; see
 * session-cookie.ts), loads the user (roles come from the database on every request, so a revoked
 * role takes effect at once) and applies the handler's access rule. A handler with no rule is
 * refused: access is opt-in, never by default.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: TokenService,
    private readonly users: UsersService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_METADATA, [context.getHandler(), context.getClass()]);
    // GraphQL field resolvers are not guarded here (Nest runs guards on them only if told to); they
    // apply their own checks in the service layer.
    if (!rule) throw new ForbiddenError(AuthErrorReason.NO_ACCESS_RULE);

    const request = requestOf(context);
    const token = requestToken(request, this.config);
    if (token && request.user === undefined) {
      const subject = this.tokens.verifyForRequest(request, token);
      const user = subject ? await this.users.findForSession(subject.userId) : null;
      // Revocation costs no statement: the user is loaded anyway. A password change or reset, a
      // sign-out and a deactivation raise token_version, so every older token fails here.
      const current = user && user.tokenVersion === subject?.tokenVersion && !user.deactivatedAt;
      request.user = current ? user : undefined;
      // A public operation still works with a stale token; anything else says the session ended.
      if (!request.user && rule.kind !== 'public') {
        throw new UnauthenticatedError(AuthErrorReason.SESSION_INVALID);
      }
    }

    if (rule.kind === 'public') return true;
    if (!request.user) throw new UnauthenticatedError(AuthErrorReason.NOT_SIGNED_IN);
    if (rule.kind === 'signedIn') return true;
    const held = request.user.roles;
    if (rule.roles.some((role) => held.includes(role))) return true;
    throw new ForbiddenError(AuthErrorReason.MISSING_ROLE, { params: { roles: rule.roles.join(',') } });
  }
}
