import { CommonErrorReason } from '@living-lab/shared';
import { Inject, Injectable, Logger, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { requestToken, TokenService } from '../auth';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { RequestRateLimiter } from './request-rate-limiter';

const logger = new Logger('RateLimit');

/**
 * Counts every API request against the caller's IP address and, with a valid session (bearer token or cookie), the user's
 * budget; beyond either: HTTP 429 with `Retry-After` and a GraphQL-shaped TOO_MANY_REQUESTS error
 * `{ seconds }`, before the body is looked at. An invalid token counts against the IP only (the access
 * guard refuses it afterwards), so nobody can spend another person's budget.
 */
@Injectable()
export class RateLimitMiddleware implements NestMiddleware {
  constructor(
    private readonly limiter: RequestRateLimiter,
    private readonly tokens: TokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  use(request: Request, response: Response, next: NextFunction): void {
    if (!this.limiter.enabled) {
      next();
      return;
    }
    try {
      const token = requestToken(request, this.config);
      const userId = token ? this.tokens.verifyForRequest(request, token)?.userId : undefined;
      const decision = this.limiter.consume(request.ip ?? request.socket.remoteAddress ?? 'unknown', userId);
      if (decision.allowed) {
        next();
        return;
      }
      logger.log(`${request.method} ${request.path} refused: 429, retry after ${decision.retryAfterSeconds} s`);
      response
        .status(429)
        .setHeader('Retry-After', String(decision.retryAfterSeconds))
        .json({
          errors: [
            {
              message: CommonErrorReason.TOO_MANY_REQUESTS,
              extensions: {
                code: 'TOO_MANY_REQUESTS',
                reason: CommonErrorReason.TOO_MANY_REQUESTS,
                params: { seconds: decision.retryAfterSeconds },
              },
            },
          ],
        });
    } catch (error) {
      // The count is a safeguard: if counting fails, the request goes on (and fails later if it must).
      logger.warn(`Rate limit not counted: ${error instanceof Error ? error.message : String(error)}`);
      next();
    }
  }
}
