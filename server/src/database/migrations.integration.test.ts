import { createTestApp, type TestApp } from '../../test/test-app';
import { schemaDiff } from './schema-diff';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('the committed migrations produce exactly the schema the entities describe', async () => {
  const diff = await schemaDiff(t.dataSource);
  // Non-empty: run `npm run migration:generate -- DescribeTheChange` and commit the file.
  expect(diff.up).toEqual([]);
});

it('every migration can be reverted and re-applied', async () => {
  const applied = await t.dataSource.query('SELECT count(*)::int AS count FROM migrations');
  for (let i = 0; i < applied[0].count; i++) await t.dataSource.undoLastMigration();
  const [{ tables }] = await t.dataSource.query(
    `SELECT count(*)::int AS tables FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`,
  );
  expect(tables).toBe(0);
  await t.dataSource.runMigrations();
  expect((await schemaDiff(t.dataSource)).up).toEqual([]);
});

it('every foreign key column is indexed (joins and cascades stay fast)', async () => {
  const unindexed = await t.dataSource.query(`
    SELECT c.conrelid::regclass::text AS "table", a.attname AS "column"
    FROM pg_constraint c
    JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
    WHERE c.contype = 'f'
      AND NOT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid AND i.indkey[0] = c.conkey[1])`);
  expect(unindexed).toEqual([]);
});
