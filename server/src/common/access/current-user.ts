import { AuthErrorReason, type Role } from '@living-lab/shared';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { UnauthenticatedError } from '../errors/domain-error';

/**
 * The signed-in user a request carries. Only what the access layer reads is declared here, so this
 * folder names no feature; users/user.entity.ts widens it to the User entity by declaration merging,
 * so `request.user` is a User everywhere.
 */
export interface RequestUser {
  id: string;
  roles: Role[];
  /** Null until a coordinator approves the account's first region. */
  regionCode: string | null;
}

/** The request as the GraphQL context carries it; `user` is set by the AccessGuard. */
export interface AuthenticatedRequest extends Request {
  user?: RequestUser;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in user; only on resolvers that require one (SignedIn or Can). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): RequestUser => {
  const user = requestOf(context).user;
  if (!user) throw new UnauthenticatedError(AuthErrorReason.NOT_SIGNED_IN);
  return user;
});
