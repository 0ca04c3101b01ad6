import { createHash } from 'node:crypto';
import { AuthErrorReason } from '@living-lab/shared';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { ForbiddenError } from '../common/errors/domain-error';
import { PG_POOL } from '../database/pg-pool';

/** Failures allowed before waits start, how long the count lasts, and the longest wait. */
interface WaitPolicy {
  free: number;
  windowSeconds: number;
  maxWaitSeconds: number;
}

/**
 * Slows password guessing without locking the owner out. Failed sign-ins are counted per IP address
 * and per (IP address, e-mail) in PostgreSQL (table `auth_rate_limits`, migration RateLimits), so
 * every server instance and a restart see the same counts. Past a few free failures each further
 * failure makes that key wait before its next try, twice as long each time (1 s, 2 s, 4 s, ...): the
 * owner signing in from elsewhere is not affected by someone else's failures, and spraying one
 * password over many accounts from one address is slowed by the per-IP count. Unknown e-mails count
 * like known ones, so the waits reveal nothing. A success clears the (IP, e-mail) count only.
 * Keys are SHA-256 hashes: the table holds no address.
 */
@Injectable()
export class LoginThrottle {
  static readonly PER_ACCOUNT: WaitPolicy = { free: 5, windowSeconds: 3600, maxWaitSeconds: 15 * 60 };
  static readonly PER_IP: WaitPolicy = { free: 10, windowSeconds: 3600, maxWaitSeconds: 5 * 60 };
  static readonly REGISTRATIONS_PER_IP = 5;
  static readonly REGISTRATION_WINDOW_SECONDS = 3600;
  /** "Lupa kata sandi" requests per IP an hour (answered TOO_MANY_ATTEMPTS beyond, whatever the address). */
  static readonly RESET_REQUESTS_PER_IP = 5;
  /** Reset mails per address an hour: beyond, requests are answered as usual but send nothing (no mail bombing). */
  static readonly RESET_MAILS_PER_ADDRESS = 3;
  /** Verification mails a signed-in user may ask for an hour. */
  static readonly VERIFICATION_MAILS_PER_USER = 3;

  private readonly accountFailures: RateLimiterPostgres;
  private readonly ipFailures: RateLimiterPostgres;
  /** A blocked key here is a wait in progress; `block()` sets its length. */
  private readonly waits: RateLimiterPostgres;
  private readonly registrations: RateLimiterPostgres;
  private readonly resetRequests: RateLimiterPostgres;
  private readonly resetMails: RateLimiterPostgres;
  private readonly verificationMails: RateLimiterPostgres;

  constructor(@Inject(PG_POOL) pool: Pool) {
    const store = (keyPrefix: string, points: number, duration: number) =>
      new RateLimiterPostgres({
        storeClient: pool,
        storeType: 'pool',
        tableName: 'auth_rate_limits',
        tableCreated: true,
        keyPrefix,
        points,
        duration,
      });
    this.accountFailures = store('login-account', 1_000_000, LoginThrottle.PER_ACCOUNT.windowSeconds);
    this.ipFailures = store('login-ip', 1_000_000, LoginThrottle.PER_IP.windowSeconds);
    this.waits = store('login-wait', 1, 1);
    this.registrations = store('register-ip', LoginThrottle.REGISTRATIONS_PER_IP, LoginThrottle.REGISTRATION_WINDOW_SECONDS);
    this.resetRequests = store('reset-ip', LoginThrottle.RESET_REQUESTS_PER_IP, 3600);
    this.resetMails = store('reset-address', LoginThrottle.RESET_MAILS_PER_ADDRESS, 3600);
    this.verificationMails = store('verify-user', LoginThrottle.VERIFICATION_MAILS_PER_USER, 3600);
  }

  /** Refuses with TOO_MANY_ATTEMPTS `{ seconds }` while this IP, or this IP for this e-mail, has to wait. */
  async assertLoginAllowed(ip: string, email: string): Promise<void> {
    const [account, address] = await Promise.all([this.waits.get(accountKey(ip, email)), this.waits.get(ipKey(ip))]);
    const longest = Math.max(waitingMs(account), waitingMs(address));
    if (longest > 0) throw tooMany(longest);
  }

  async recordLoginFailure(ip: string, email: string): Promise<void> {
    const [account, address] = await Promise.all([this.accountFailures.penalty(accountKey(ip, email)), this.ipFailures.penalty(ipKey(ip))]);
    await Promise.all([
      this.waitAfter(accountKey(ip, email), account.consumedPoints, LoginThrottle.PER_ACCOUNT),
      this.waitAfter(ipKey(ip), address.consumedPoints, LoginThrottle.PER_IP),
    ]);
  }

  async recordLoginSuccess(ip: string, email: string): Promise<void> {
    await Promise.all([this.accountFailures.delete(accountKey(ip, email)), this.waits.delete(accountKey(ip, email))]);
  }

  /** Counts a registration from this IP; past the limit, TOO_MANY_ATTEMPTS `{ seconds }` until the window ends. */
  async consumeRegistration(ip: string): Promise<void> {
    try {
      await this.registrations.consume(ipKey(ip));
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw tooMany(rejection.msBeforeNext);
      throw rejection;
    }
  }

  /** Counts a "Lupa kata sandi" request from this IP; past the limit, TOO_MANY_ATTEMPTS `{ seconds }`. */
  async consumeResetRequest(ip: string): Promise<void> {
    await consumeOrRefuse(this.resetRequests, ipKey(ip));
  }

  /** Whether another reset mail may go to this address this hour (counts it when so). Never throws. */
  async allowResetMail(email: string): Promise<boolean> {
    try {
      await this.resetMails.consume(hash(`reset-mail\n${email}`));
      return true;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return false;
      throw rejection;
    }
  }

  /** Counts a verification mail the user asked for; past the limit, TOO_MANY_ATTEMPTS `{ seconds }`. */
  async consumeVerificationMail(userId: string): Promise<void> {
    await consumeOrRefuse(this.verificationMails, hash(`verify\n${userId}`));
  }

  private async waitAfter(key: string, failures: number, policy: WaitPolicy): Promise<void> {
    if (failures <= policy.free) return;
    await this.waits.block(key, waitSeconds(failures, policy));
  }
}

/** The wait after the n-th failure: 1 s after the first one past the free ones, doubling, at most the policy's maximum. */
export function waitSeconds(failures: number, policy: WaitPolicy): number {
  const beyond = failures - policy.free;
  if (beyond <= 0) return 0;
  return Math.min(2 ** Math.min(beyond - 1, 30), policy.maxWaitSeconds);
}

async function consumeOrRefuse(limiter: RateLimiterPostgres, key: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (rejection) {
    if (rejection instanceof RateLimiterRes) throw tooMany(rejection.msBeforeNext);
    throw rejection;
  }
}

function waitingMs(state: RateLimiterRes | null): number {
  return state && state.consumedPoints > 1 ? state.msBeforeNext : 0;
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

const ipKey = (ip: string) => hash(`ip\n${ip}`);
const accountKey = (ip: string, email: string) => hash(`account\n${ip}\n${email}`);

function tooMany(ms: number): ForbiddenError {
  return new ForbiddenError(AuthErrorReason.TOO_MANY_ATTEMPTS, { params: { seconds: Math.max(1, Math.ceil(ms / 1000)) } });
}
