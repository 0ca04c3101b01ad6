import { execFile } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { cp, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { dataSourceOptions } from '../data-source-options';
import { initializeWithMigrations } from '../migrate-under-lock';

/**
 * Backup and restore of the whole database plus the uploaded files (folder storage).
 *
 * Two methods. `pg_dump`: the pg_dump / pg_restore on PATH, used when their major version is at least
 * the server's (PostgreSQL refuses an older pg_dump; the embedded server is 18 and npm ships no
 * pg_dump). `node`: a folder written by this module: manifest.json, one JSON-lines file per table of
 * the `public` schema (read in one REPEATABLE READ snapshot through a cursor), the sequences' values.
 * A node backup is restored into an EMPTY database: the app's migrations create the schema, then the
 * tables are loaded with triggers off (session_replication_role = replica: no foreign-key checks, no
 * audit_events append-only trigger, nothing UPDATEd or DELETEd) and the sequences set.
 * graphile-worker's own schema (its job queue) is left out: the worker recreates it at start, the
 * schedules are registered again, and outbox mail still to be sent gets its job back (MailDelivery).
 */
export const BACKUP_FORMAT = 'living-lab-backup';
export const BACKUP_FORMAT_VERSION = 1;
const MANIFEST = 'manifest.json';
const TABLES_DIR = 'tables';
const FILES_DIR = 'files';
const PG_DUMP_DIR = 'database.pgdump';
const FETCH_ROWS = 1000;
const INSERT_BATCH_BYTES = 4 * 1024 * 1024;
/** TypeORM's record of applied migrations: the restored database keeps the one its migrations wrote. */
const MIGRATIONS_TABLE = 'migrations';
const MIGRATIONS_SEQUENCE = 'migrations_id_seq';

export type BackupMethod = 'node' | 'pg_dump';

export interface BackupManifest {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  method: BackupMethod;
  createdAt: string;
  serverVersion: string;
  migrations: string[];
  tables: Array<{ name: string; rows: number; columns: string[]; file?: string }>;
  sequences: Array<{ name: string; lastValue: string; isCalled: boolean }>;
  files: { included: boolean; count: number; bytes: number };
}

export interface BackupOptions {
  databaseUrl: string;
  outDir: string;
  /** The folder of uploaded files (folder storage); undefined: S3 storage, not included. */
  filesDir?: string;
  /** Default 'auto': pg_dump when a recent enough one is on PATH, else node. */
  method?: BackupMethod | 'auto';
  log?: (message: string) => void;
}

export interface RestoreOptions {
  databaseUrl: string;
  fromDir: string;
  filesDir?: string;
  log?: (message: string) => void;
}

export class BackupError extends Error {}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;

export async function backupDatabase({
  databaseUrl,
  outDir,
  filesDir,
  method = 'auto',
  log = () => {},
}: BackupOptions): Promise<BackupManifest> {
  if (existsSync(outDir) && (await readdir(outDir)).length > 0)
    throw new BackupError(`${outDir} is not empty: choose a new folder for the backup.`);
  await mkdir(outDir, { recursive: true });
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const serverVersion = await versionOf(client);
    const pgDump = await toolMajor('pg_dump');
    const recentPgDump = pgDump >= serverMajor(serverVersion);
    if (method === 'pg_dump' && !recentPgDump) {
      throw new BackupError(
        `pg_dump on PATH is ${pgDump > 0 ? `version ${pgDump}` : 'missing'}; the server is PostgreSQL ${serverVersion}: install a pg_dump ${serverMajor(serverVersion)} or newer, or use --method node.`,
      );
    }
    const chosen = method === 'auto' ? (recentPgDump ? 'pg_dump' : 'node') : method;
    log(`Backing up (method ${chosen}, PostgreSQL ${serverVersion}) into ${outDir}`);
    // One snapshot for the manifest and (node method) every table: the backup is consistent.
    await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows: applied } = await client.query<{ present: boolean }>(
      `SELECT to_regclass('public.${MIGRATIONS_TABLE}') IS NOT NULL AS present`,
    );
    if (!applied[0]?.present)
      throw new BackupError('This database has no migrations table: it is not a Living Lab database (or the server never started on it).');
    const migrations = (await client.query<{ name: string }>(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY id`)).rows.map(
      (row) => row.name,
    );
    const tables: BackupManifest['tables'] = [];
    for (const name of await tableNames(client)) {
      const columns = await insertableColumns(client, name);
      if (chosen === 'pg_dump') {
        const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quote(name)}`);
        tables.push({ name, rows: Number(rows[0]?.n ?? 0), columns });
      } else {
        const file = path.join(TABLES_DIR, `${name}.jsonl`);
        await mkdir(path.join(outDir, TABLES_DIR), { recursive: true });
        tables.push({ name, rows: await dumpTable(client, name, columns, path.join(outDir, file)), columns, file });
      }
    }
    const sequences: BackupManifest['sequences'] = [];
    for (const name of await sequenceNames(client)) {
      const { rows } = await client.query<{ last_value: string; is_called: boolean }>(
        `SELECT last_value, is_called FROM public.${quote(name)}`,
      );
      sequences.push({ name, lastValue: String(rows[0]?.last_value), isCalled: Boolean(rows[0]?.is_called) });
    }
    await client.query('COMMIT');
    if (chosen === 'pg_dump') {
      await runTool(
        'pg_dump',
        ['--format=directory', '--no-owner', '--no-privileges', `--file=${path.join(outDir, PG_DUMP_DIR)}`],
        databaseUrl,
      );
    }
    const files = await copyFiles(filesDir, path.join(outDir, FILES_DIR));
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      method: chosen,
      createdAt: new Date().toISOString(),
      serverVersion,
      migrations,
      tables,
      sequences,
      files,
    };
    await writeFile(path.join(outDir, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
    const rows = tables.reduce((sum, table) => sum + table.rows, 0);
    log(`Backup done: ${tables.length} tables, ${rows} rows, ${sequences.length} sequences, ${files.count} files (${files.bytes} bytes)`);
    return manifest;
  } finally {
    await client.end();
  }
}

export async function restoreDatabase({ databaseUrl, fromDir, filesDir, log = () => {} }: RestoreOptions): Promise<BackupManifest> {
  const manifest = await readManifest(fromDir);
  if (manifest.files.included && filesDir && existsSync(filesDir) && (await readdir(filesDir)).length > 0) {
    throw new BackupError(`The files folder ${filesDir} is not empty: restore needs an empty one.`);
  }
  await assertEmptyDatabase(databaseUrl);
  log(`Restoring ${fromDir} (method ${manifest.method}, taken ${manifest.createdAt})`);
  if (manifest.method === 'pg_dump') {
    await runTool('pg_restore', ['--no-owner', '--no-privileges', '--exit-on-error', path.join(fromDir, PG_DUMP_DIR)], databaseUrl);
  } else {
    await restoreTables(databaseUrl, fromDir, manifest, log);
  }
  await verifyCounts(databaseUrl, manifest);
  if (manifest.files.included) {
    if (!filesDir)
      log(`Files not restored: this installation keeps files in S3 (copy ${path.join(fromDir, FILES_DIR)} into the bucket yourself)`);
    else await copyFiles(path.join(fromDir, FILES_DIR), filesDir);
  }
  log(`Restore done: ${manifest.tables.length} tables, ${manifest.sequences.length} sequences, ${manifest.files.count} files`);
  return manifest;
}

async function restoreTables(databaseUrl: string, fromDir: string, manifest: BackupManifest, log: (message: string) => void) {
  // The schema comes from this version's migrations, exactly as the server creates it at start.
  const dataSource = await initializeWithMigrations({ ...dataSourceOptions(databaseUrl), migrationsRun: false });
  try {
    const known = new Set(dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name));
    const unknown = manifest.migrations.filter((name) => !known.has(name));
    if (unknown.length > 0) {
      throw new BackupError(
        `The backup was taken by a newer version (migrations unknown here: ${unknown.join(', ')}): restore it with that version.`,
      );
    }
  } finally {
    await dataSource.destroy();
  }
  const migrated = await initializeWithMigrations(dataSourceOptions(databaseUrl));
  await migrated.destroy();
  try {
    await loadTables(databaseUrl, fromDir, manifest, log);
  } catch (error) {
    let reason = error instanceof Error ? error.message : String(error);
    if (/session_replication_role/.test(reason)) {
      reason += ' (loading with triggers off needs a superuser, or `GRANT SET ON PARAMETER session_replication_role TO <user>`)';
    }
    throw new BackupError(
      `Restore failed, nothing was loaded (the database now has the schema: drop and create it again before retrying): ${reason}`,
    );
  }
}

async function loadTables(databaseUrl: string, fromDir: string, manifest: BackupManifest, log: (message: string) => void) {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('BEGIN');
    await client.query('SET LOCAL session_replication_role = replica');
    const present = new Set(await tableNames(client));
    const missing = manifest.tables.filter((table) => !present.has(table.name)).map((table) => table.name);
    if (missing.length > 0) throw new BackupError(`Tables of the backup missing after the migrations: ${missing.join(', ')}`);
    // The migrations seed some reference rows and record themselves: the backup's rows replace them
    // (one TRUNCATE of every table; the triggers, audit_events' included, are off).
    const replaced = [...present].filter((name) => name !== MIGRATIONS_TABLE);
    await client.query(`TRUNCATE ${replaced.map((name) => `public.${quote(name)}`).join(', ')}`);
    const loaded = manifest.tables.map((table) => table.name).filter((name) => name !== MIGRATIONS_TABLE);
    for (const name of await dependencyOrder(client, loaded)) {
      const table = manifest.tables.find((candidate) => candidate.name === name);
      if (!table?.file) continue;
      const targetColumns = new Set(await insertableColumns(client, name));
      // Columns added by a later migration than the backup's keep their defaults.
      const columns = table.columns.filter((column) => targetColumns.has(column));
      const rows = await loadTable(client, name, columns, path.join(fromDir, table.file));
      if (rows !== table.rows) throw new BackupError(`${name}: ${rows} rows read, the manifest says ${table.rows}`);
    }
    for (const sequence of manifest.sequences.filter((candidate) => candidate.name !== MIGRATIONS_SEQUENCE)) {
      await client.query('SELECT setval($1::regclass, $2::bigint, $3)', [
        `public.${quote(sequence.name)}`,
        sequence.lastValue,
        sequence.isCalled,
      ]);
    }
    await client.query('COMMIT');
    log(`Loaded ${manifest.tables.reduce((sum, table) => sum + table.rows, 0)} rows`);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    await client.end();
  }
}

async function dumpTable(client: Client, name: string, columns: string[], file: string): Promise<number> {
  const out = createWriteStream(file);
  const closed = new Promise<void>((resolve, reject) => {
    out.on('finish', resolve);
    out.on('error', reject);
  });
  let rows = 0;
  const cursor = `backup_${rows}_${Date.now()}`;
  const list = columns.map(quote).join(', ');
  await client.query(
    `DECLARE ${cursor} NO SCROLL CURSOR FOR SELECT to_jsonb(r)::text AS line FROM (SELECT ${list} FROM public.${quote(name)}) r`,
  );
  for (;;) {
    const batch = await client.query<{ line: string }>(`FETCH ${FETCH_ROWS} FROM ${cursor}`);
    if (batch.rows.length === 0) break;
    const chunk = `${batch.rows.map((row) => row.line).join('\n')}\n`;
    rows += batch.rows.length;
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
  }
  await client.query(`CLOSE ${cursor}`);
  out.end();
  await closed;
  return rows;
}

async function loadTable(client: Client, name: string, columns: string[], file: string): Promise<number> {
  const list = columns.map(quote).join(', ');
  const insert = `INSERT INTO public.${quote(name)} (${list}) OVERRIDING SYSTEM VALUE SELECT ${list} FROM jsonb_populate_recordset(NULL::public.${quote(name)}, $1::jsonb)`;
  let batch: string[] = [];
  let bytes = 0;
  let rows = 0;
  const flush = async () => {
    if (batch.length === 0) return;
    await client.query(insert, [`[${batch.join(',')}]`]);
    rows += batch.length;
    batch = [];
    bytes = 0;
  };
  for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Number.POSITIVE_INFINITY })) {
    if (line.length === 0) continue;
    batch.push(line);
    bytes += line.length;
    if (bytes >= INSERT_BATCH_BYTES) await flush();
  }
  await flush();
  return rows;
}

/** Tables referenced by a foreign key first (cycles, if any, keep their manifest order at the end). */
async function dependencyOrder(client: Client, names: string[]): Promise<string[]> {
  const { rows } = await client.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND c.oid <> p.oid`,
  );
  const ordered: string[] = [];
  const remaining = new Set(names);
  while (remaining.size > 0) {
    const ready = [...remaining].filter((name) => !rows.some((edge) => edge.child === name && remaining.has(edge.parent)));
    const next = ready.length > 0 ? ready : [...remaining];
    for (const name of next) {
      ordered.push(name);
      remaining.delete(name);
    }
  }
  return ordered;
}

async function tableNames(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'r' ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

async function sequenceNames(client: Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind = 'S' ORDER BY c.relname`,
  );
  return rows.map((row) => row.name);
}

/** Columns a row can be inserted with: generated columns are computed again. */
async function insertableColumns(client: Client, table: string): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT attname AS name FROM pg_attribute
      WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
    [`public.${quote(table)}`],
  );
  return rows.map((row) => row.name);
}

async function assertEmptyDatabase(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')`,
    );
    const objects = Number(rows[0]?.n ?? 0);
    if (objects > 0) {
      const name = new URL(databaseUrl).pathname.slice(1);
      throw new BackupError(
        `Database "${name}" is not empty (${objects} tables, views or sequences): restore only into an empty database (create a new one, or a new DATA_DIR).`,
      );
    }
  } finally {
    await client.end();
  }
}

async function verifyCounts(databaseUrl: string, manifest: BackupManifest): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    for (const table of manifest.tables.filter((candidate) => candidate.name !== MIGRATIONS_TABLE || manifest.method === 'pg_dump')) {
      const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM public.${quote(table.name)}`);
      const count = Number(rows[0]?.n ?? 0);
      if (count !== table.rows) throw new BackupError(`${table.name}: ${count} rows after the restore, the backup has ${table.rows}`);
    }
  } finally {
    await client.end();
  }
}

async function readManifest(fromDir: string): Promise<BackupManifest> {
  const file = path.join(fromDir, MANIFEST);
  if (!existsSync(file)) throw new BackupError(`${fromDir} is not a backup (no ${MANIFEST}).`);
  const manifest = JSON.parse(await readFile(file, 'utf8')) as BackupManifest;
  if (manifest.format !== BACKUP_FORMAT) throw new BackupError(`${file} is not a Living Lab backup manifest.`);
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(`${file} has format version ${manifest.formatVersion}; this version reads up to ${BACKUP_FORMAT_VERSION}.`);
  }
  return manifest;
}

async function copyFiles(from: string | undefined, to: string): Promise<BackupManifest['files']> {
  if (!from) return { included: false, count: 0, bytes: 0 };
  await mkdir(to, { recursive: true });
  if (!existsSync(from)) return { included: true, count: 0, bytes: 0 };
  // Entry by entry into the (empty) target: Node 24's cp refuses an existing target folder itself.
  for (const entry of await readdir(from)) {
    await cp(path.join(from, entry), path.join(to, entry), { recursive: true, errorOnExist: true, force: false, preserveTimestamps: true });
  }
  let count = 0;
  let bytes = 0;
  for (const entry of await readdir(to, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    count++;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { included: true, count, bytes };
}

async function versionOf(client: Client): Promise<string> {
  const { rows } = await client.query<{ server_version: string }>('SHOW server_version');
  return rows[0]?.server_version ?? '0';
}

const serverMajor = (version: string) => Number.parseInt(version, 10);

/** The major version of a PostgreSQL client tool on PATH; 0 when there is none. */
export async function toolMajor(tool: 'pg_dump' | 'pg_restore'): Promise<number> {
  try {
    const { stdout } = await promisify(execFile)(tool, ['--version']);
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(stdout);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Runs pg_dump / pg_restore; the password goes through PGPASSWORD, not the command line. */
async function runTool(tool: 'pg_dump' | 'pg_restore', args: string[], databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const password = decodeURIComponent(url.password);
  url.password = '';
  try {
    await promisify(execFile)(tool, [...args, `--dbname=${url.toString()}`], {
      env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new BackupError(`${tool} failed${stderr ? `: ${stderr}` : ''}`);
  }
}
