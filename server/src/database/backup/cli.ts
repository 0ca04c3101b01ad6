import 'reflect-metadata';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../../config/app-config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../embedded-postgres';
import { BackupError, type BackupMethod, backupDatabase, restoreDatabase } from './backup';

/**
 * `npm run db:backup -- [--out DIR] [--method auto|node|pg_dump]` and `npm run db:restore -- --from DIR`.
 * The database is DATABASE_URL's, or the embedded one of DATA_DIR (started here; the server must not
 * be running on it). Uploaded files come from / go to the folder storage (DATA_DIR/files).
 */
const USAGE = `Usage:
  npm run db:backup -- [--out DIR] [--method auto|node|pg_dump]
  npm run db:restore -- --from DIR`;

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  const { values } = parseArgs({
    args: rest,
    options: { out: { type: 'string' }, from: { type: 'string' }, method: { type: 'string', default: 'auto' } },
  });
  if ((command !== 'backup' && command !== 'restore') || (command === 'restore' && !values.from)) {
    console.error(USAGE);
    return 2;
  }
  const method = values.method as BackupMethod | 'auto';
  if (!['auto', 'node', 'pg_dump'].includes(method)) {
    console.error(`--method must be auto, node or pg_dump\n${USAGE}`);
    return 2;
  }
  const config = loadConfig();
  const filesDir = config.fileStorage.kind === 'folder' ? config.fileStorage.directory : undefined;
  if (!filesDir)
    console.warn('Files are kept in S3 (S3_BUCKET): back the bucket up with its own tools; only the database is handled here.');

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    const running = runningPostmaster(path.join(config.dataDir, 'postgres'));
    if (running) {
      console.error(
        `PostgreSQL (pid ${running}) is running on ${config.dataDir}: stop the server first (Ctrl+C on npm start), or set DATABASE_URL.`,
      );
      return 1;
    }
    console.log(`Starting embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
    databaseUrl = embedded.url;
  }
  try {
    const started = Date.now();
    if (command === 'backup') {
      const outDir = path.resolve(
        values.out ?? path.join(config.dataDir, 'backups', new Date().toISOString().replaceAll(':', '-').slice(0, 19)),
      );
      await backupDatabase({ databaseUrl, outDir, filesDir, method, log: console.log });
      console.log(`Backup written to ${outDir} in ${Date.now() - started} ms`);
    } else {
      await restoreDatabase({ databaseUrl, fromDir: path.resolve(values.from as string), filesDir, log: console.log });
      console.log(`Restored in ${Date.now() - started} ms`);
    }
    return 0;
  } finally {
    await embedded?.stop();
  }
}

/** The pid in postmaster.pid when that process is alive (the server, or another CLI, uses the cluster). */
function runningPostmaster(databaseDir: string): number | undefined {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return undefined;
  const pid = Number.parseInt(readFileSync(pidFile, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return undefined;
  try {
    process.kill(pid, 0);
    return pid;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? pid : undefined;
  }
}

main().then(
  (code) => process.exit(code),
  (error) => {
    if (error instanceof ConfigError || error instanceof BackupError) console.error(error.message);
    else console.error('Failed:', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
