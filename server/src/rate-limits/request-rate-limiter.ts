import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig, type RequestBudgets } from '../config/app-config';
import { PG_POOL } from '../database/pg-pool';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts API requests per IP address and per signed-in user in PostgreSQL, in the table the sign-in
 * throttle's rate-limiter-flexible stores use (`auth_rate_limits`: key, points, expire in epoch ms; the
 * same fixed-window upsert, and their timer deletes expired rows), so several server instances share the
 * counts. One statement per request: both keys are counted by one multi-row upsert. Once a key is over
 * its budget it is also remembered in memory until its window ends, so a flood costs no statement.
 * Keys are SHA-256 hashes, like the sign-in throttle's: the table holds no address and no user id.
 */
@Injectable()
export class RequestRateLimiter {
  private readonly budgets?: RequestBudgets;
  /** Keys over budget in this process, until when (epoch ms). */
  private readonly blockedUntil = new Map<string, number>();

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const budgets = config.rateLimits;
    this.budgets = budgets && (budgets.perIp > 0 || budgets.perUser > 0) ? budgets : undefined;
  }

  get enabled(): boolean {
    return this.budgets !== undefined;
  }

  async consume(ip: string, userId?: string): Promise<RateDecision> {
    const budgets = this.budgets;
    if (!budgets) return { allowed: true };
    const now = Date.now();
    const keys: Array<{ key: string; budget: number }> = [];
    if (budgets.perIp > 0) keys.push({ key: ipKey(ip), budget: budgets.perIp });
    if (userId && budgets.perUser > 0) keys.push({ key: userKey(userId), budget: budgets.perUser });
    if (keys.length === 0) return { allowed: true };
    const remembered = Math.max(...keys.map(({ key }) => this.blockedUntil.get(key) ?? 0));
    if (remembered > now) return refused(remembered - now);

    const expire = now + budgets.windowSeconds * 1000;
    const values = keys.map(({ key }) => key);
    const rows = keys.map((_, index) => `($${index + 3}, 1, $1::bigint)`).join(', ');
    const result = await this.pool.query<{ key: string; points: number; expire: string }>(
      `INSERT INTO auth_rate_limits (key, points, expire) VALUES ${rows}
       ON CONFLICT (key) DO UPDATE SET
         points = CASE WHEN auth_rate_limits.expire <= $2 OR auth_rate_limits.expire IS NULL THEN 1 ELSE auth_rate_limits.points + 1 END,
         expire = CASE WHEN auth_rate_limits.expire <= $2 OR auth_rate_limits.expire IS NULL THEN $1::bigint ELSE auth_rate_limits.expire END
       RETURNING key, points, expire`,
      [expire, now, ...values],
    );
    let waitMs = 0;
    for (const row of result.rows) {
      const budget = keys.find(({ key }) => key === row.key)?.budget ?? Number.POSITIVE_INFINITY;
      if (row.points > budget) {
        const until = Number(row.expire);
        this.remember(row.key, until, now);
        waitMs = Math.max(waitMs, until - now);
      }
    }
    return waitMs > 0 ? refused(waitMs) : { allowed: true };
  }

  private remember(key: string, until: number, now: number): void {
    // Bounded: expired entries go first; a flood of distinct keys cannot grow the map without limit.
    if (this.blockedUntil.size >= 10_000) {
      for (const [known, knownUntil] of this.blockedUntil) if (knownUntil <= now) this.blockedUntil.delete(known);
      if (this.blockedUntil.size >= 10_000) this.blockedUntil.clear();
    }
    this.blockedUntil.set(key, until);
  }
}

function refused(ms: number): RateDecision {
  return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(ms / 1000)) };
}

function hash(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

const ipKey = (ip: string) => `request-ip:${hash(`ip\n${ip}`)}`;
const userKey = (userId: string) => `request-user:${hash(`user\n${userId}`)}`;
