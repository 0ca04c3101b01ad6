import type { Provider } from '@nestjs/common';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * The app's pg Pool (the one TypeORM opened), for libraries that speak to PostgreSQL themselves, such
 * as rate-limiter-flexible's store: they share the connections and the configuration, and the
 * DataSource stays inside database/. Inject it with `@Inject(PG_POOL)`.
 */
export const PG_POOL = Symbol('PG_POOL');

export const pgPoolProvider: Provider = {
  provide: PG_POOL,
  inject: [DataSource],
  useFactory: (dataSource: DataSource): Pool => (dataSource.driver as PostgresDriver).master as Pool,
};
