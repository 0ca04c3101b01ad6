import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { createDatabase, testAppConfig } from '../../test/test-app';
import { createApp } from '../app.factory';
import { repoRoot } from '../config/repo-root';

/** Two replicas starting at once on one fresh database: both start, the migrations run once. */
it('two apps starting together on a fresh database both succeed and apply each migration once', async () => {
  const database = await createDatabase();
  const apps: INestApplication[] = [];
  try {
    const started = await Promise.allSettled([createApp(testAppConfig(), database.url), createApp(testAppConfig(), database.url)]);
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
    await database.drop();
  }
}, 120_000);
