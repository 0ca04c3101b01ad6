import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../../test/test-app';

/**
 * HTTP as the GraphQL-over-HTTP spec says: malformed and invalid operations are the client's error
 * (400), so are bodies the parser refuses (400 invalid JSON, 413 too large), for both media types.
 * The app serves a (stand-in) built web app here, as in production, whose static handler used to turn
 * these into 404s.
 */
const JSON_TYPE = 'application/json';
const GRAPHQL_RESPONSE = 'application/graphql-response+json';

let t: TestApp;
let webDist: string;

beforeAll(async () => {
  webDist = mkdtempSync(path.join(os.tmpdir(), 'livinglab-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  t = await createTestApp({ webDistDir: webDist });
});
afterAll(async () => {
  await t?.close();
  rmSync(webDist, { recursive: true, force: true });
});

async function post(body: string, accept: string, contentType = JSON_TYPE) {
  const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType, accept }, body });
  const text = await response.text();
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    body: JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }>; data?: unknown },
  };
}

const operation = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

describe.each([JSON_TYPE, GRAPHQL_RESPONSE])('POST /graphql with Accept: %s', (accept) => {
  it('answers 200 in the media type asked for', async () => {
    const response = await post(operation('{ region(code: "32.11") { name } }'), accept);
    expect(response).toMatchObject({ status: 200, body: { data: { region: { name: 'Kabupaten Sumedang' } } } });
    expect(response.type).toBe(`${accept}; charset=utf-8`);
  });

  it('answers 400 GRAPHQL_PARSE_FAILED to a document that does not parse', async () => {
    const response = await post(operation('{ region(code: '), accept);
    expect(response.status).toBe(400);
    expect(response.type).toBe(`${accept}; charset=utf-8`);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(response.body.data).toBeUndefined();
  });

  it('answers 400 to a document over the token limit', async () => {
    const fields = Array.from({ length: 2100 }, () => '__typename').join(' ');
    const response = await post(operation(`{ ${fields} }`), accept);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('answers 400 GRAPHQL_VALIDATION_FAILED to an unknown field', async () => {
    const response = await post(operation('{ noSuchField }'), accept);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers 400 BAD_USER_INPUT to a missing required variable', async () => {
    const response = await post(operation('query ($code: String!) { region(code: $code) { name } }', {}), accept);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('answers 400 BAD_REQUEST to a body that is not JSON (not 404)', async () => {
    const response = await post('{"query": "{ __typename }"', accept);
    expect(response.status).toBe(400);
    expect(response.body.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('answers 413 PAYLOAD_TOO_LARGE to a body over 2 MB (not 404), and takes one just under', async () => {
    const tooLarge = await post(operation('{ __typename }', { padding: 'x'.repeat(2 * 1024 * 1024) }), accept);
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    // The content limit is 1 MB per revision (content-draft.ts): such a body still passes the parser.
    const large = await post(operation('{ __typename }', { padding: 'x'.repeat(1024 * 1024) }), accept);
    expect(large.status).toBe(200);
  });

  it('answers 400 to a JSON body without a query', async () => {
    const response = await post('{}', accept);
    expect(response.status).toBe(400);
  });
});

it('still answers a domain error with 200 and its reason (the response has data)', async () => {
  const response = await post(operation('{ me { id } }'), JSON_TYPE);
  expect(response.status).toBe(200);
  expect(response.body.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'NOT_SIGNED_IN' });
});

it('still serves the web app for client-side routes and answers 404 for unknown API paths', async () => {
  const page = await fetch(`${t.url}/katalog`);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<div id="root">');
  expect((await fetch(`${t.url}/exports/nope.csv`)).status).toBe(404);
});
