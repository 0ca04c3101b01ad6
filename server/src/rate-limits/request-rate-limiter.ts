import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { LRUCache } from 'lru-cache';
import type { Pool } from 'pg';
import { APP_CONFIG, type AppConfig, type RequestBudgets } from '../config/app-config';
import { PG_POOL } from '../database/pg-pool';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const logger = new Logger('RateLimit');

/** How often this process adds its counts to the shared ones (and learns the other instances'). */
const FLUSH_INTERVAL_MS = 1000;
/** Rows per upsert: two parameters a row stays far below PostgreSQL's 65 535. */
const FLUSH_CHUNK = 5000;
/**
 * Keys remembered per process, each until its window ends; past it the least recently used go first,
 * so a flood of distinct keys cannot grow memory while busy keys keep their counts.
 */
const MAX_KEYS = 100_000;

interface SharedCount {
  points: number;
  /** End of the key's window, epoch ms. */
  expire: number;
}

/**
 * Counts API requests per IP address and per signed-in user in PostgreSQL, in the table the sign-in
 * throttle's rate-limiter-flexible stores use (`auth_rate_limits`: key, points, expire in epoch ms; the
 * same fixed-window arithmetic, and their timer deletes expired rows), so several server instances
 * share the counts. A request costs no statement: it is counted in memory and decided on the shared
 * count last read plus this process's own; once a second one multi-row upsert adds this process's
 * counts and reads back the totals. One process enforces its budgets exactly; N instances together
 * can exceed one by at most what the others counted in the last second.
 * Keys are SHA-256 hashes, like the sign-in throttle's: the table holds no address and no user id.
 */
@Injectable()
export class RequestRateLimiter implements OnModuleDestroy {
  private readonly budgets?: RequestBudgets;
  /** Keys over budget in this process, until when (epoch ms). */
  private readonly blockedUntil = new LRUCache<string, number>({ max: 10_000 });
  /** The totals of every instance as of the last flush. */
  private readonly shared = new LRUCache<string, SharedCount>({ max: MAX_KEYS });
  /** Counted here and not yet sent; `sending` holds the counts of the flush under way. */
  private pending = new Map<string, { count: number; budget: number }>();
  private sending = new Map<string, { count: number; budget: number }>();
  private flushing?: Promise<void>;
  private readonly timer?: NodeJS.Timeout;

  constructor(
    @Inject(PG_POOL) private readonly pool: Pool,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    const budgets = config.rateLimits;
    this.budgets = budgets && (budgets.perIp > 0 || budgets.perUser > 0) ? budgets : undefined;
    if (this.budgets) {
      this.timer = setInterval(() => void this.flush(), FLUSH_INTERVAL_MS);
      this.timer.unref();
    }
  }

  get enabled(): boolean {
    return this.budgets !== undefined;
  }

  consume(ip: string, userId?: string): RateDecision {
    const budgets = this.budgets;
    if (!budgets) return { allowed: true };
    const now = Date.now();
    const keys: Array<{ key: string; budget: number }> = [];
    if (budgets.perIp > 0) keys.push({ key: ipKey(ip), budget: budgets.perIp });
    if (userId && budgets.perUser > 0) keys.push({ key: userKey(userId), budget: budgets.perUser });
    if (keys.length === 0) return { allowed: true };
    const remembered = Math.max(...keys.map(({ key }) => this.blockedUntil.get(key) ?? 0));
    if (remembered > now) return refused(remembered - now);

    let waitMs = 0;
    for (const { key, budget } of keys) {
      const counted = (this.pending.get(key)?.count ?? 0) + 1;
      this.pending.set(key, { count: counted, budget });
      const known = this.shared.get(key);
      const live = known && known.expire > now ? known : undefined;
      if ((live?.points ?? 0) + (this.sending.get(key)?.count ?? 0) + counted > budget) {
        // Before the first flush the window's end is not known yet: a whole window is the longest it can be.
        const until = live?.expire ?? now + budgets.windowSeconds * 1000;
        this.remember(key, until, now);
        waitMs = Math.max(waitMs, until - now);
      }
    }
    return waitMs > 0 ? refused(waitMs) : { allowed: true };
  }

  /** Adds this process's counts to the shared ones and reads the totals back (also run at shutdown). */
  flush(): Promise<void> {
    this.flushing ??= this.send().finally(() => {
      this.flushing = undefined;
    });
    return this.flushing;
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.flush();
  }

  private async send(): Promise<void> {
    if (!this.budgets || this.pending.size === 0) return;
    this.sending = this.pending;
    this.pending = new Map();
    const windowMs = this.budgets.windowSeconds * 1000;
    try {
      const batch = [...this.sending];
      for (let start = 0; start < batch.length; start += FLUSH_CHUNK) {
        const chunk = batch.slice(start, start + FLUSH_CHUNK);
        const now = Date.now();
        const rows = chunk.map((_, index) => `($${2 * index + 3}, $${2 * index + 4}::int, $1::bigint)`).join(', ');
        const result = await this.pool.query<{ key: string; points: number; expire: string }>(
          `INSERT INTO auth_rate_limits (key, points, expire) VALUES ${rows}
           ON CONFLICT (key) DO UPDATE SET
             points = CASE WHEN auth_rate_limits.expire <= $2 OR auth_rate_limits.expire IS NULL THEN EXCLUDED.points ELSE auth_rate_limits.points + EXCLUDED.points END,
             expire = CASE WHEN auth_rate_limits.expire <= $2 OR auth_rate_limits.expire IS NULL THEN $1::bigint ELSE auth_rate_limits.expire END
           RETURNING key, points, expire`,
          [now + windowMs, now, ...chunk.flatMap(([key, { count }]) => [key, count])],
        );
        for (const row of result.rows) {
          const expire = Number(row.expire);
          this.shared.set(row.key, { points: row.points, expire }, { ttl: Math.max(1, expire - now) });
          const budget = this.sending.get(row.key)?.budget ?? Number.POSITIVE_INFINITY;
          // Over budget through the other instances' requests: refused here too, without asking again.
          if (row.points > budget) this.remember(row.key, expire, now);
        }
      }
    } catch (error) {
      // The count is a safeguard: when the database cannot count, requests go on and are counted next time.
      logger.warn(`Rate limits not saved: ${error instanceof Error ? error.message : String(error)}`);
      for (const [key, sent] of this.sending) {
        this.pending.set(key, { count: sent.count + (this.pending.get(key)?.count ?? 0), budget: sent.budget });
      }
    } finally {
      this.sending = new Map();
    }
  }

  private remember(key: string, until: number, now: number): void {
    this.blockedUntil.set(key, until, { ttl: Math.max(1, until - now) });
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
