import { AuthErrorReason } from '@living-lab/shared';
import { Injectable } from '@nestjs/common';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { ForbiddenError } from '../common/errors/domain-error';

/**
 * Slows password guessing: after 10 failed sign-ins for one email within 15 minutes, that email is
 * refused until the window passes. A success clears the count. Kept in memory: with several server
 * instances each counts on its own (rate-limiter-flexible has a PostgreSQL store for that case).
 */
@Injectable()
export class LoginThrottle {
  static readonly MAX_FAILURES = 10;
  static readonly WINDOW_SECONDS = 15 * 60;

  private readonly failures = new RateLimiterMemory({ points: LoginThrottle.MAX_FAILURES, duration: LoginThrottle.WINDOW_SECONDS });

  async assertAllowed(email: string): Promise<void> {
    const state = await this.failures.get(email);
    if (state && state.consumedPoints >= LoginThrottle.MAX_FAILURES) throw tooMany(state);
  }

  async recordFailure(email: string): Promise<void> {
    try {
      await this.failures.consume(email);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooMany(rejection);
      throw rejection;
    }
  }

  async recordSuccess(email: string): Promise<void> {
    await this.failures.delete(email);
  }
}

function tooMany(state: RateLimiterRes): ForbiddenError {
  const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
  return new ForbiddenError(AuthErrorReason.TOO_MANY_ATTEMPTS, { params: { minutes } });
}
