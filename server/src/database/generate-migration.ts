import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { DataSource } from 'typeorm';
import { repoRoot } from '../config/repo-root';
import { dataSourceOptions } from './data-source-options';
import { startEmbeddedPostgres } from './embedded-postgres';
import { schemaDiff } from './schema-diff';

/**
 * `npm run migration:generate -- AddSomething`: applies the committed migrations to a scratch
 * embedded PostgreSQL, diffs the entities against it and writes the difference as a new migration
 * into migrations/. Review the file before committing it.
 */
async function main(): Promise<void> {
  const name = process.argv[2];
  if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
    console.error('Usage: npm run migration:generate -- PascalCaseName');
    process.exit(2);
  }
  const scratch = await mkdtemp(path.join(os.tmpdir(), 'livinglab-migration-'));
  const database = await startEmbeddedPostgres({ dataDir: scratch });
  const dataSource = new DataSource({ ...dataSourceOptions(database.url), migrationsRun: false });
  try {
    await dataSource.initialize();
    await dataSource.runMigrations();
    const diff = await schemaDiff(dataSource);
    if (diff.up.length === 0) {
      console.log('The entities match the migrations: nothing to generate.');
      return;
    }
    const timestamp = Date.now();
    const file = path.join(repoRoot(), 'migrations', `${timestamp}-${name}.ts`);
    await writeFile(file, render(`${name}${timestamp}`, diff.up, diff.down));
    // Formatted like the rest of the code base, so lint stays green.
    execFileSync(process.execPath, [require.resolve('@biomejs/biome/bin/biome'), 'format', '--write', file], { stdio: 'inherit' });
    console.log(`Wrote ${path.relative(repoRoot(), file)} (${diff.up.length} statements)`);
  } finally {
    await dataSource.destroy().catch(() => undefined);
    await database.stop();
    await rm(scratch, { recursive: true, force: true });
  }
}

function render(className: string, up: string[], down: string[]): string {
  const lines = (queries: string[]) => queries.map((sql) => `    await queryRunner.query(${JSON.stringify(sql)});`).join('\n');
  return `import type { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(up)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines(down)}
  }
}
`;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
