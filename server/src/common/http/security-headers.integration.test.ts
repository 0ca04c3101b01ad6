import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, type TestApp } from '../../../test/test-app';

/** Security headers on the web app, its files and the API; HSTS only when the app is reached over https. */
let webDist: string;
beforeAll(() => {
  webDist = mkdtempSync(path.join(os.tmpdir(), 'livinglab-web-'));
  writeFileSync(path.join(webDist, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(webDist, 'app.js'), 'console.log(1);');
});
afterAll(() => rmSync(webDist, { recursive: true, force: true }));

function directives(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name, values.join(' ')] as [string, string];
      }),
  );
}

describe('over http (development, intranet)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ webDistDir: webDist, publicUrl: 'http://localhost:3000' });
  });
  afterAll(() => t?.close());

  it.each(['/', '/katalog', '/app.js', '/health', '/graphql?query=%7B__typename%7D'])('sends the security headers on %s', async (route) => {
    const response = await fetch(`${t.url}${route}`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(response.status).toBe(200);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('style-src')).toBe("'self'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(csp.has('upgrade-insecure-requests')).toBe(false);
    expect(response.headers.get('content-security-policy')).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('strict-transport-security')).toBeNull();
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it('sends them on errors too', async () => {
    const response = await fetch(`${t.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{' });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('over https (PUBLIC_URL https://)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp({ webDistDir: webDist, publicUrl: 'https://livinglab.example.go.id' });
  });
  afterAll(() => t?.close());

  it('adds HSTS and upgrade-insecure-requests', async () => {
    const response = await fetch(`${t.url}/`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(directives(response.headers.get('content-security-policy')).has('upgrade-insecure-requests')).toBe(true);
  });
});
