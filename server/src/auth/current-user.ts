import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Request } from 'express';
import { UnauthenticatedError } from '../common/errors/domain-error';
import type { User } from '../users/user.entity';

/** The request as the GraphQL context carries it; `user` is set by the AccessGuard. */
export interface AuthenticatedRequest extends Request {
  user?: User;
}

export function requestOf(context: ExecutionContext): AuthenticatedRequest {
  if (context.getType<string>() === 'graphql') {
    return GqlExecutionContext.create(context).getContext<{ req: AuthenticatedRequest }>().req;
  }
  return context.switchToHttp().getRequest<AuthenticatedRequest>();
}

/** The signed-in user; only on resolvers that require one (SignedIn or Roles). */
export const CurrentUser = createParamDecorator((_: unknown, context: ExecutionContext): User => {
  const user = requestOf(context).user;
  if (!user) throw new UnauthenticatedError();
  return user;
});
