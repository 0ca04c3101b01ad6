import type { DataSource, DataSourceOptions } from 'typeorm';
import { DataSource as TypeOrmDataSource } from 'typeorm';

/** Key of the session-level advisory lock held while migrations run (any constant bigint). */
export const MIGRATION_LOCK_KEY = 7_211_480_012;

/**
 * Runs the pending migrations while holding a PostgreSQL advisory lock, so replicas starting at the
 * same time on one database take turns: the first applies them, the others wait, then find nothing
 * left to run. The lock is held on a connection of its own and always released.
 */
export async function runMigrationsUnderLock(dataSource: DataSource): Promise<string[]> {
  const lock = dataSource.createQueryRunner();
  await lock.connect();
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      return (await dataSource.runMigrations({ transaction: 'each' })).map((migration) => migration.name);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await lock.release();
  }
}

/**
 * The app's DataSource: connects with migrationsRun off, then runs the migrations under the lock.
 * A failure closes the half-open DataSource so a retry starts clean.
 */
export async function initializeWithMigrations(options: DataSourceOptions): Promise<DataSource> {
  const dataSource = new TypeOrmDataSource({ ...options, migrationsRun: false });
  await dataSource.initialize();
  try {
    if (options.migrationsRun !== false) await runMigrationsUnderLock(dataSource);
    return dataSource;
  } catch (error) {
    await dataSource.destroy().catch(() => undefined);
    throw error;
  }
}
