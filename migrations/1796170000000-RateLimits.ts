import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The counters of sign-in and registration throttling (auth/login-throttle.ts), written by
 * rate-limiter-flexible's PostgreSQL store (its own table layout: no entity). Keys are hashes of the
 * IP address and e-mail, never the address itself; `expire` is epoch milliseconds.
 */
export class RateLimits1796170000000 implements MigrationInterface {
  name = 'RateLimits1796170000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "auth_rate_limits" ("key" character varying(255) NOT NULL, "points" integer NOT NULL DEFAULT 0, "expire" bigint, CONSTRAINT "auth_rate_limits_pkey" PRIMARY KEY ("key"))',
    );
    // The store deletes expired rows every 5 minutes.
    await queryRunner.query('CREATE INDEX "auth_rate_limits_expire_idx" ON "auth_rate_limits" ("expire")');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP TABLE "auth_rate_limits"');
  }
}
