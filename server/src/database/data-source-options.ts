import path from 'node:path';
import { Client } from 'pg';
import type { DataSourceOptions } from 'typeorm';
import { repoRoot } from '../config/repo-root';
import { ENTITIES } from './entities';

/**
 * TypeORM options shared by the app, the migration generator and the tests. The schema is owned by
 * the migrations in the top-level migrations/ folder (run at start); synchronize stays off.
 */
export function dataSourceOptions(url: string): DataSourceOptions {
  // Compiled, this file sits under dist/ next to dist/migrations/*.js; as source (tests), the
  // migrations are the .ts files themselves.
  const compiled = __filename.endsWith('.js');
  const migrationsDir = compiled ? path.resolve(__dirname, '../../../migrations') : path.join(repoRoot(), 'migrations');
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [path.join(migrationsDir, compiled ? '*.js' : '*.ts')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    // gen_random_uuid() is built into PostgreSQL 13+: no extension to install, so any managed PostgreSQL works.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    migrationsRun: true,
    // A request waits at most 30 s for a pool connection, then fails: without a limit, transactions that
    // each wait for a second connection (a read outside their manager) wedged the whole process once
    // 20 ran at once; now they fail and free the pool. Reads inside a transaction go through its manager.
    extra: { max: 20, connectionTimeoutMillis: 30_000, application_name: 'living-lab', Client: SurvivingClient },
  };
}

/**
 * A pg Client that survives its server going away. pg emits 'error' on a client whose connection
 * breaks while it is checked out but between queries (a transaction, graphile-worker's LISTEN);
 * TypeORM attaches no listener there, so the process would die of an unhandled 'error' when
 * PostgreSQL restarts. The query in flight still gets the error, and the pool drops the broken
 * client when it is released; the next checkout opens a new connection.
 */
export class SurvivingClient extends Client {
  constructor(...args: ConstructorParameters<typeof Client>) {
    super(...args);
    this.on('error', () => undefined);
  }
}
