/** Minimal GraphQL client for arranging end-to-end scenarios through the public API. */
export async function graphql<T>(baseUrl: string, query: string, variables: Record<string, unknown> = {}, token?: string): Promise<T> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

export async function signInToken(baseUrl: string, email: string, password = 'demo-livinglab-2026'): Promise<string> {
  const data = await graphql<{ login: { token: string } }>(baseUrl, 'mutation ($input: LoginInput!) { login(input: $input) { token } }', {
    input: { email, password },
  });
  return data.login.token;
}
