import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync } from 'node:fs';
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { createDatabase, createTestApp, type TestApp } from '../../../test/test-app';
import { AuditService } from '../../audit/audit.service';
import { BackupError, type BackupManifest, backupDatabase, restoreDatabase, toolMajor } from './backup';

/** A backup of a test app's database restored into a fresh empty one: same rows, sequences, files. */
let t: TestApp;
let sourceFiles: string;
let work: string;
const ENROL = 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { itemId enrolled } }';
const FILE_BYTES = randomBytes(70_000);
const FILE_PATH = 'evidence/2026/12/scan.pdf';

beforeAll(async () => {
  sourceFiles = mkdtempSync(path.join(os.tmpdir(), 'livinglab-backup-files-'));
  t = await createTestApp({ seedContent: true, fileStorage: { kind: 'folder', directory: sourceFiles } });
  work = mkdtempSync(path.join(os.tmpdir(), 'livinglab-backup-'));
  const admin = await t.createUser({ email: 'admin@backup.test', roles: ['ADMIN'], fullName: 'Dewi O\'Hara "Backup"' });
  const learner = await t.createUser({ email: 'learner@backup.test', regionCode: '32.73' });
  const [item] = await t.dataSource.query(
    `SELECT id FROM content_items WHERE type = 'MODULE' AND published_revision_id IS NOT NULL ORDER BY slug LIMIT 1`,
  );
  const enrolled = await t.graphql<{ enrol: { enrolled: boolean } }>(ENROL, { itemId: item.id }, learner.token);
  expect(enrolled).toEqual({ data: { enrol: { itemId: item.id, enrolled: true } } });
  await t.dataSource.transaction(async (manager) => {
    const audit = t.app.get(AuditService);
    await audit.record(manager, { actor: admin.user, action: 'user.deactivated', subjectType: 'User', subjectId: learner.user.id });
    await audit.record(manager, { actor: null, action: 'content.published', subjectType: 'ContentRevision', subjectId: 'r-1' });
  });
  // Advanced past the last row: the restored sequence must carry the value, not a max(id).
  for (let i = 0; i < 5; i++) await t.dataSource.query(`SELECT nextval('audit_events_id_seq')`);
  await mkdir(path.join(sourceFiles, path.dirname(FILE_PATH)), { recursive: true });
  await writeFile(path.join(sourceFiles, FILE_PATH), FILE_BYTES);
});

afterAll(async () => {
  await t?.close();
  await rm(work, { recursive: true, force: true });
  await rm(sourceFiles, { recursive: true, force: true });
});

async function withFreshDatabase<T>(run: (url: string) => Promise<T>): Promise<T> {
  const database = await createDatabase();
  try {
    return await run(database.url);
  } finally {
    await database.drop();
  }
}

async function query<T>(url: string, sql: string): Promise<T[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows as T[];
  } finally {
    await client.end();
  }
}

const databaseUrl = () => (t.dataSource.options as { url: string }).url;

describe('db:backup / db:restore', () => {
  let manifest: BackupManifest;
  const backupDir = () => path.join(work, 'backup');

  beforeAll(async () => {
    const started = Date.now();
    manifest = await backupDatabase({ databaseUrl: databaseUrl(), outDir: backupDir(), filesDir: sourceFiles, method: 'node' });
    const size = execFileSync('du', ['-sk', backupDir()]).toString().split('\t')[0];
    console.log(`backup of the test database: ${size} KiB in ${Date.now() - started} ms`);
  });

  it('writes a manifest with the migrations, the tables with their row counts and the files', async () => {
    const migrations = await query<{ name: string }>(databaseUrl(), 'SELECT name FROM migrations ORDER BY id');
    expect(manifest.migrations).toEqual(migrations.map((row) => row.name));
    const rows = (name: string) => manifest.tables.find((table) => table.name === name)?.rows;
    for (const table of ['users', 'enrolments', 'audit_events', 'content_items']) {
      const [live] = await query<{ n: number }>(databaseUrl(), `SELECT count(*)::int AS n FROM ${table}`);
      expect({ table, rows: rows(table) }).toEqual({ table, rows: live?.n });
    }
    expect(rows('users')).toBeGreaterThanOrEqual(2);
    expect(rows('enrolments')).toBe(1);
    expect(rows('audit_events')).toBeGreaterThanOrEqual(2);
    expect(rows('content_items')).toBeGreaterThan(0);
    expect(manifest.files).toEqual({ included: true, count: 1, bytes: FILE_BYTES.length });
    expect(manifest.serverVersion).toMatch(/^\d+/);
  });

  it('restores into an empty database: the same rows, sequence values and file bytes', async () => {
    const restoredFiles = path.join(work, 'restored-files');
    await withFreshDatabase(async (url) => {
      const started = Date.now();
      await restoreDatabase({ databaseUrl: url, fromDir: backupDir(), filesDir: restoredFiles });
      console.log(`restore of the test database: ${Date.now() - started} ms`);

      for (const table of manifest.tables) {
        const [source] = await query<{ n: number }>(databaseUrl(), `SELECT count(*)::int AS n FROM "${table.name}"`);
        const [restored] = await query<{ n: number }>(url, `SELECT count(*)::int AS n FROM "${table.name}"`);
        expect({ table: table.name, rows: restored?.n }).toEqual({ table: table.name, rows: source?.n });
      }
      const sameRows = async (sql: string) => expect(await query(url, sql)).toEqual(await query(databaseUrl(), sql));
      await sameRows('SELECT id, email, full_name, password_hash, roles, region_code, created_at FROM users ORDER BY email');
      await sameRows('SELECT * FROM enrolments ORDER BY user_id');
      await sameRows('SELECT * FROM audit_events ORDER BY id');
      await sameRows('SELECT * FROM content_items ORDER BY id');
      await sameRows('SELECT * FROM content_revisions ORDER BY id');
      await sameRows('SELECT name FROM migrations ORDER BY id');
      await sameRows(`SELECT last_value, is_called FROM audit_events_id_seq`);
      const [{ next }] = await query<{ next: string }>(url, `SELECT nextval('audit_events_id_seq')::text AS next`);
      const [{ max }] = await query<{ max: string }>(url, 'SELECT max(id)::text AS max FROM audit_events');
      expect(Number(next)).toBe(Number(max) + 6);
      // The append-only trigger is back on after the load.
      await expect(query(url, `UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only/);
    });
    expect(await readFile(path.join(restoredFiles, FILE_PATH))).toEqual(FILE_BYTES);
  });

  it('refuses a database that is not empty, and changes nothing in it', async () => {
    const before = await query<{ n: number }>(databaseUrl(), 'SELECT count(*)::int AS n FROM users');
    const files = path.join(work, 'other-files');
    await expect(restoreDatabase({ databaseUrl: databaseUrl(), fromDir: backupDir(), filesDir: files })).rejects.toThrow(BackupError);
    await expect(restoreDatabase({ databaseUrl: databaseUrl(), fromDir: backupDir(), filesDir: files })).rejects.toThrow(/is not empty/);
    expect(await query(databaseUrl(), 'SELECT count(*)::int AS n FROM users')).toEqual(before);
    expect(existsSync(path.join(files, FILE_PATH))).toBe(false);
  });

  it('refuses a backup taken by a newer version (a migration unknown here) before loading anything', async () => {
    const newer = path.join(work, 'newer');
    await cp(backupDir(), newer, { recursive: true });
    await writeFile(
      path.join(newer, 'manifest.json'),
      JSON.stringify({ ...manifest, migrations: [...manifest.migrations, 'Future1899999999999'] }),
    );
    await withFreshDatabase(async (url) => {
      await expect(restoreDatabase({ databaseUrl: url, fromDir: newer })).rejects.toThrow(/newer version.*Future1899999999999/);
      expect(await query(url, `SELECT 1 FROM pg_tables WHERE schemaname = 'public'`)).toEqual([]);
    });
  });

  it('uses pg_dump only when the one on PATH is at least the server version, and says so when asked for an older one', async () => {
    const [{ major }] = await query<{ major: number }>(databaseUrl(), `SELECT current_setting('server_version_num')::int / 10000 AS major`);
    const pgDump = await toolMajor('pg_dump');
    const auto = await backupDatabase({ databaseUrl: databaseUrl(), outDir: path.join(work, 'auto'), method: 'auto' });
    expect(auto.method).toBe(pgDump >= major ? 'pg_dump' : 'node');
    if (pgDump < major) {
      await expect(
        backupDatabase({ databaseUrl: databaseUrl(), outDir: path.join(work, 'old-pg-dump'), method: 'pg_dump' }),
      ).rejects.toThrow(/pg_dump on PATH is (version \d+|missing).*--method node/);
    }
  });

  it('refuses a folder that is not a backup, and an output folder that is not empty', async () => {
    await withFreshDatabase(async (url) => {
      await expect(restoreDatabase({ databaseUrl: url, fromDir: work })).rejects.toThrow(/not a backup/);
    });
    await expect(backupDatabase({ databaseUrl: databaseUrl(), outDir: backupDir(), method: 'node' })).rejects.toThrow(/not empty/);
  });
});
