import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import { AuthModule } from '../auth';
import { pgPoolProvider } from '../database/pg-pool';
import { RateLimitMiddleware } from './rate-limit.middleware';
import { RequestRateLimiter } from './request-rate-limiter';
import { ResponseSizeMiddleware } from './response-size.middleware';

/**
 * Limits no single caller can exceed: requests per IP and per user (RATE_LIMIT_* settings) on the API,
 * and the size of a GraphQL response. The cost of one operation is limited in graphql/query-cost.ts.
 */
@Module({
  imports: [AuthModule],
  providers: [RequestRateLimiter, pgPoolProvider, RateLimitMiddleware, ResponseSizeMiddleware],
})
export class RateLimitsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RateLimitMiddleware).forRoutes('graphql', 'exports/{*path}', 'calendar/{*path}', 'credentials/{*path}', 'api/{*path}');
    consumer.apply(ResponseSizeMiddleware).forRoutes('graphql');
  }
}
