import { rm } from 'node:fs/promises';
import type { EmbeddedDatabase } from '../src/database/embedded-postgres';

export default async function globalTeardown(): Promise<void> {
  const database = (globalThis as { __livingLabTestDatabase?: EmbeddedDatabase }).__livingLabTestDatabase;
  await database?.stop();
  const dataDir = process.env.LIVINGLAB_TEST_DATA_DIR;
  if (dataDir) await rm(dataDir, { recursive: true, force: true });
}
