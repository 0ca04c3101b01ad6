import { type ServerProcess, startServer } from './support/server-process';

/**
 * The built server (web app served beside /graphql, as in production) answers malformed requests with
 * the client-error statuses of the GraphQL-over-HTTP spec, and logs none of them as an error or with
 * a stack trace: they are the client's mistakes, not the server's.
 */
describe('GraphQL over HTTP on the built server', () => {
  let server: ServerProcess;
  beforeAll(async () => {
    server = await startServer({ env: { LOG_LEVEL: 'info' } });
  });
  afterAll(async () => {
    await server?.stop();
    await server?.cleanup();
  });

  const post = async (body: string, accept: string) => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body,
    });
    const json = (await response.json()) as { errors?: Array<{ extensions?: { code?: string } }> };
    return { status: response.status, type: response.headers.get('content-type'), code: json.errors?.[0]?.extensions?.code };
  };
  const operation = (query: string, variables?: Record<string, unknown>) => JSON.stringify({ query, variables });

  it.each(['application/json', 'application/graphql-response+json'])('answers client errors with 4xx for Accept: %s', async (accept) => {
    expect(await post(operation('{ region(code: '), accept)).toMatchObject({ status: 400, code: 'GRAPHQL_PARSE_FAILED' });
    expect(await post(operation('{ noSuchField }'), accept)).toMatchObject({ status: 400, code: 'GRAPHQL_VALIDATION_FAILED' });
    expect(await post(operation('query ($c: String!) { region(code: $c) { name } }'), accept)).toMatchObject({
      status: 400,
      code: 'BAD_USER_INPUT',
    });
    expect(await post('{"query": ', accept)).toMatchObject({ status: 400, code: 'BAD_REQUEST' });
    expect(await post(operation('{ __typename }', { padding: 'x'.repeat(10 * 1024 * 1024) }), accept)).toMatchObject({
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
    });
    const ok = await post(operation('{ region(code: "32.11") { name } }'), accept);
    expect(ok).toMatchObject({ status: 200 });
    expect(ok.type).toBe(`${accept}; charset=utf-8`);
  });

  it('logs expected user errors without error level or stack trace', async () => {
    // A domain error (signed out) and an invalid sign-up, beside the malformed requests above.
    expect(await post(operation('{ me { id } }'), 'application/json')).toMatchObject({ status: 200, code: 'UNAUTHENTICATED' });
    const signUp = await post(
      operation('mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }', {
        input: { email: 'not-an-email', password: 'x', fullName: '', regionCode: '32.11', agency: '' },
      }),
      'application/json',
    );
    expect(signUp).toMatchObject({ status: 200, code: 'BAD_USER_INPUT' });
    // pino writes asynchronously: give the last lines a moment.
    await new Promise((resolve) => setTimeout(resolve, 500));
    const lines = server.output().split('\n');
    expect(lines.filter((line) => /"level":(50|60)/.test(line))).toEqual([]);
    expect(lines.filter((line) => /\n?\s+at \S+ \(|\\n\s+at /.test(line))).toEqual([]);
    // The requests were logged, at info level: those the body parser refused too.
    const info = lines.filter((line) => line.includes('"level":30'));
    expect(info.some((line) => line.includes('POST /graphql refused: 413 entity.too.large'))).toBe(true);
    expect(info.some((line) => line.includes('POST /graphql refused: 400 entity.parse.failed'))).toBe(true);
    expect(info.some((line) => line.includes('"statusCode":400'))).toBe(true);
  });
});
