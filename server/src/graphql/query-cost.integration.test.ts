import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  type OperationDefinitionNode,
  parse,
  typeFromAST,
  visit,
} from 'graphql';
import { createTestApp, type TestApp } from '../../test/test-app';
import { MAX_QUERY_COST, queryCost } from './query-cost';

const WEB_SRC = path.resolve(__dirname, '../../../web/src');

/** Every `graphql(`...`)` document in the web app's sources (not its tests, not the generated folder). */
function webDocuments(): Array<{ file: string; source: string }> {
  const found: Array<{ file: string; source: string }> = [];
  const walk = (directory: string) => {
    for (const entry of readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== 'gql') walk(full);
      } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
        for (const match of readFileSync(full, 'utf8').matchAll(/graphql\(\s*`([^`]*)`/g)) {
          found.push({ file: path.relative(WEB_SRC, full), source: match[1] });
        }
      }
    }
  };
  walk(WEB_SRC);
  return found;
}

/** A valid value of an input type, with page sizes at their largest (the worst case a document can ask for). */
function sampleValue(type: GraphQLInputType): unknown {
  if (isNonNullType(type)) return sampleValue(type.ofType);
  if (isListType(type)) return [sampleValue(type.ofType)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    return Object.fromEntries(
      Object.values(type.getFields())
        .filter((field) => isNonNullType(field.type) && field.defaultValue === undefined)
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  switch (type.name) {
    case 'Int':
    case 'Float':
      return 100;
    case 'Boolean':
      return true;
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return '00000000-0000-4000-8000-000000000000';
  }
}

function sampleVariables(schema: GraphQLSchema, operation: OperationDefinitionNode): Record<string, unknown> {
  return Object.fromEntries(
    (operation.variableDefinitions ?? []).map((definition) => [
      definition.variable.name.value,
      sampleValue(typeFromAST(schema, definition.type as never) as GraphQLInputType),
    ]),
  );
}

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

it('allows every document the web app ships (every Int variable at 100) with 40 % to spare', () => {
  const schema = t.app.get(GraphQLSchemaHost).schema;
  const documents = webDocuments().map((document) => ({ ...document, parsed: parse(document.source) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { parsed } of documents) {
    for (const definition of parsed.definitions)
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const costs: Array<{ name: string; cost: number | undefined }> = [];
  for (const { parsed } of documents) {
    for (const operation of parsed.definitions) {
      if (operation.kind !== Kind.OPERATION_DEFINITION) continue;
      const needed = new Map<string, DefinitionNode>();
      const add = (node: DefinitionNode) =>
        visit(node, {
          FragmentSpread(spread) {
            const fragment = fragments.get(spread.name.value);
            if (fragment && !needed.has(spread.name.value)) {
              needed.set(spread.name.value, fragment);
              add(fragment);
            }
          },
        });
      add(operation);
      const document: DocumentNode = { kind: Kind.DOCUMENT, definitions: [operation, ...needed.values()] };
      costs.push({ name: operation.name?.value ?? '(anonymous)', cost: queryCost(schema, document, sampleVariables(schema, operation)) });
    }
  }
  expect(costs.length).toBeGreaterThan(50);
  const heaviest = costs.reduce((top, next) => ((next.cost ?? 0) > (top.cost ?? 0) ? next : top));
  console.log(
    `${costs
      .sort((a, b) => (b.cost ?? 0) - (a.cost ?? 0))
      .slice(0, 5)
      .map(({ name, cost }) => `${name} ${cost}`)
      .join(', ')}\n${costs.length} web operations; heaviest ${heaviest.name}: ${heaviest.cost} (limit ${MAX_QUERY_COST})`,
  );
  expect(costs.filter(({ cost }) => cost === undefined || cost > MAX_QUERY_COST * 0.6)).toEqual([]);
});

it('refuses 15 aliases of a catalogue page with its lessons fast, with HTTP 400', async () => {
  const aliases = Array.from({ length: 15 }, (_, index) => `a${index}: catalogue(limit: 100) { items { revision { lessons { body } } } }`);
  const started = Date.now();
  const { token } = await t.createUser({ email: 'aliases@example.go.id' });
  const response = await fetch(`${t.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: `query { ${aliases.join(' ')} }` }),
  });
  const elapsed = Date.now() - started;
  const body = (await response.json()) as { errors: Array<{ extensions: { code: string; params: { cost: number } } }> };
  console.log(`15 aliases: HTTP ${response.status} in ${elapsed} ms, cost ${body.errors?.[0].extensions.params?.cost}`);
  expect(response.status).toBe(400);
  expect(body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  expect(elapsed).toBeLessThan(3000);
});

it('refuses one big page with a list inside each item, counting the page size given by a variable', async () => {
  const { token } = await t.createUser({ email: 'pages@example.go.id' });
  const response = await t.graphql(
    'query ($n: Int!) { catalogue(limit: $n) { items { revision { lessons { body title } } } } }',
    { n: 100 },
    token,
  );
  expect(response.errors?.[0].extensions?.code).toBeUndefined();
  const page = await t.graphql(
    'query ($n: Int!) { a: catalogue(limit: $n) { items { revision { lessons { body title } } } } b: catalogue(limit: $n) { items { revision { lessons { body title } } } } c: catalogue(limit: $n) { items { revision { lessons { body title } } } } d: catalogue(limit: $n) { items { revision { lessons { body title } } } } e: catalogue(limit: $n) { items { revision { lessons { body title } } } } f: catalogue(limit: $n) { items { revision { lessons { body title } } } } }',
    { n: 100 },
    token,
  );
  expect(page.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
});
