import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { createApp } from '../app.factory';
import type { AppConfig } from '../config/app-config';
import { repoRoot } from '../config/repo-root';

/** Two replicas starting at once on one fresh database: both start, the migrations run once. */
it('two apps starting together on a fresh database both succeed and apply each migration once', async () => {
  const adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set');
  const databaseName = `test_${randomBytes(6).toString('hex')}`;
  const admin = new Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${databaseName}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${databaseName}`;

  const config = (): AppConfig => ({
    nodeEnv: 'test',
    port: 0,
    dataDir: '/tmp',
    jwtSecret: randomBytes(32).toString('hex'),
    jwtTtlSeconds: 3600,
    credentialSigningKey: generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    seedDemoData: false,
    seedContent: false,
    logLevel: 'silent',
    publicUrl: 'http://localhost:3000',
    webDistDir: '/nonexistent',
    uploadMaxBytes: 1024 * 1024,
    fileStorage: { kind: 'folder', directory: mkdtempSync(path.join(os.tmpdir(), 'livinglab-files-')) },
  });
  const apps: INestApplication[] = [];
  try {
    const started = await Promise.allSettled([createApp(config(), url.toString()), createApp(config(), url.toString())]);
    for (const result of started) if (result.status === 'fulfilled') apps.push(result.value);
    expect(started.map((result) => (result.status === 'rejected' ? String(result.reason) : 'started'))).toEqual(['started', 'started']);

    const files = readdirSync(path.join(repoRoot(), 'migrations')).filter((name) => name.endsWith('.ts'));
    const rows: Array<{ name: string; count: number }> = await apps[0]
      .get(DataSource)
      .query('SELECT name, count(*)::int AS count FROM migrations GROUP BY name');
    expect(rows).toHaveLength(files.length);
    expect(rows.every((row) => row.count === 1)).toBe(true);
    // The lock is released once the migrations are done.
    const [{ held }] = await apps[0]
      .get(DataSource)
      .query(
        `SELECT count(*)::int AS held FROM pg_locks WHERE locktype = 'advisory' AND database = (SELECT oid FROM pg_database WHERE datname = current_database())`,
      );
    expect(held).toBe(0);
  } finally {
    await Promise.all(apps.map((app) => app.close()));
  }
}, 120_000);
