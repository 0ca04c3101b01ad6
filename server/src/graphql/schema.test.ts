import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { printSchema } from 'graphql';
import { createTestApp, type TestApp } from '../../test/test-app';

/**
 * server/schema.gql is committed (the web's generated types come from it). This fails when the code
 * and the file drift; `UPDATE_SCHEMA=1 npm test` rewrites the file.
 */
const SCHEMA_FILE = path.resolve(__dirname, '../../schema.gql');
const HEADER = '# Generated from the server code (code-first). Do not edit: run `UPDATE_SCHEMA=1 npm test`.\n\n';

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
