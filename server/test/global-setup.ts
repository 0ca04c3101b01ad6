import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

/**
 * One embedded PostgreSQL for the whole Jest run (each test file then creates its own database in
 * it). Its data folder is under the OS temp dir, which the `postgres` user can always reach.
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.TEST_DATABASE_URL) return;
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'livinglab-test-'));
  const database = await startEmbeddedPostgres({ dataDir });
  process.env.TEST_DATABASE_URL = database.url;
  process.env.LIVINGLAB_TEST_DATA_DIR = dataDir;
  (globalThis as { __livingLabTestDatabase?: typeof database }).__livingLabTestDatabase = database;
}
