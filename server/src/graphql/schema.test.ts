import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * server/schema.gql is committed (the web's generated types come from it). This fails when the code
 * and the file drift; `UPDATE_SCHEMA=1 npx jest -c server/jest.config.js schema.test` (from the repository root) rewrites the file.
 */
const SCHEMA_FILE = path.resolve(__dirname, '../../schema.gql');
const HEADER =
  '# Generated from the server code (code-first). Do not edit: run `UPDATE_SCHEMA=1 npx jest -c server/jest.config.js schema.test`.\n\n';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('matches the committed schema.gql', () => {
  const printed = HEADER + printSchema(t.app.get(GraphQLSchemaHost).schema);
  if (process.env.UPDATE_SCHEMA === '1') writeFileSync(SCHEMA_FILE, printed);
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(printed);
});

it('counts depth through fragments by fields, not by fragment nesting', async () => {
  // Eleven nested fragment spreads over one field: deeper than the limit of 10 only if spreads counted.
  const names = Array.from({ length: 11 }, (_, index) => `F${index}`);
  const fragments = names.map(
    (name, index) => `fragment ${name} on Region { ${index + 1 < names.length ? `...${names[index + 1]}` : 'code name'} }`,
  );
  const response = await t.graphql(`query { region(code: "32.11") { ...F0 } } ${fragments.join(' ')}`);
  expect(response.errors).toBeUndefined();
  expect(response.data).toEqual({ region: { code: '32.11', name: 'Kabupaten Sumedang' } });
});
