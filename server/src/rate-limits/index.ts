/** Request rate limits and the response size cap (middleware on the API routes). */
export { RateLimitsModule } from './rate-limits.module';
