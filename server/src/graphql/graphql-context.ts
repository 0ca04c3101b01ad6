import type { Response } from 'express';
import type { AuthenticatedRequest } from '../common/access/current-user';
import type { RequestLoaders } from './request-loaders';

export interface GraphqlContext {
  req: AuthenticatedRequest;
  res: Response;
  loaders: RequestLoaders;
}
