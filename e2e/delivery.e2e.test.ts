import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { type ServerProcess, startServer } from './support/server-process';

interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The bytes on the wire (still compressed). */
  body: Buffer;
}

/** node:http rather than fetch: fetch decompresses and picks its own Accept-Encoding. */
function raw(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

function decoded(response: RawResponse): string {
  const encoding = response.headers['content-encoding'];
  if (encoding === 'br') return brotliDecompressSync(response.body).toString('utf8');
  if (encoding === 'gzip') return gunzipSync(response.body).toString('utf8');
  if (encoding === undefined) return response.body.toString('utf8');
  throw new Error(`unexpected Content-Encoding ${encoding}`);
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

const IMMUTABLE = 'public, max-age=31536000, immutable';
const graphqlPost = (encoding: string) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', 'accept-encoding': encoding },
  // The 38 provinces: about 2 KB of JSON, above the 1 KB under which nothing is compressed.
  body: JSON.stringify({ query: '{ provinces { code name } }' }),
});

/** What a phone on a slow connection gets: compressed text, long-lived hashed assets, an installable app. */
describe('delivery of the web app and the API', () => {
  let server: ServerProcess;
  let entryScript: string;
  beforeAll(async () => {
    server = await startServer();
    const index = await (await fetch(`${server.url}/`)).text();
    const script = index.match(/<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/);
    if (!script) throw new Error(`index.html names no entry script:\n${index}`);
    entryScript = script[1];
  });
  afterAll(async () => {
    await server?.stop();
    await server?.cleanup();
  });

  it('sends brotli to clients that accept it and gzip to the others, for the page, an asset and GraphQL', async () => {
    for (const [encoding, expected] of [
      ['gzip, deflate, br', 'br'],
      ['br', 'br'],
      ['gzip, deflate', 'gzip'],
      ['gzip', 'gzip'],
    ]) {
      const page = await raw(`${server.url}/`, { headers: { 'accept-encoding': encoding } });
      expect([page.status, page.headers['content-encoding']]).toEqual([200, expected]);
      expect(page.headers.vary).toMatch(/accept-encoding/i);
      expect(decoded(page)).toContain('<div id="root">');

      const asset = await raw(`${server.url}${entryScript}`, { headers: { 'accept-encoding': encoding } });
      expect([asset.status, asset.headers['content-encoding']]).toEqual([200, expected]);
      expect(asset.headers['content-type']).toMatch(/^text\/javascript|^application\/javascript/);
      const source = decoded(asset);
      // Compressed to well under half: minified JavaScript compresses about 3 to 4 times.
      expect(asset.body.length).toBeLessThan(source.length / 2);

      const graphql = await raw(`${server.url}/graphql`, graphqlPost(encoding));
      expect([graphql.status, graphql.headers['content-encoding']]).toEqual([200, expected]);
      const { data } = JSON.parse(decoded(graphql));
      expect(data.provinces).toHaveLength(38);
      expect(data.provinces).toContainEqual({ code: '32', name: 'Jawa Barat' });
    }
  });

  it('sends uncompressed bytes to a client that accepts no encoding', async () => {
    const page = await raw(`${server.url}/`, { headers: { 'accept-encoding': 'identity' } });
    expect(page.headers['content-encoding']).toBeUndefined();
    expect(page.body.toString('utf8')).toContain('<div id="root">');
    const graphql = await raw(`${server.url}/graphql`, graphqlPost('identity'));
    expect(graphql.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(graphql.body.toString('utf8')).data.provinces).toHaveLength(38);
  });

  it('caches hashed assets for a year and makes index.html and deep links revalidate', async () => {
    const asset = await raw(`${server.url}${entryScript}`);
    expect(asset.headers['cache-control']).toBe(IMMUTABLE);

    for (const url of ['/', '/index.html', '/admin/pengguna', '/spbe/wilayah/32.11', '/belajar/abc/def?x=1']) {
      const page = await raw(`${server.url}${url}`, { headers: { 'accept-encoding': 'identity' } });
      expect([url, page.status, page.headers['content-type']]).toEqual([url, 200, 'text/html; charset=utf-8']);
      expect([url, page.headers['cache-control']]).toEqual([url, 'no-cache']);
      expect(page.body.toString('utf8')).toContain('<div id="root">');
    }
  });

  it('links an installable web app manifest whose icons exist, a favicon and robots.txt', async () => {
    const index = (await raw(`${server.url}/`, { headers: { 'accept-encoding': 'identity' } })).body.toString('utf8');
    expect(index).toContain('<link rel="manifest" href="/manifest.webmanifest"');
    expect(index).toContain('<link rel="icon" href="/favicon.ico"');
    expect(index).toContain('<meta name="theme-color" content="#0b4f6c"');

    const manifestResponse = await raw(`${server.url}/manifest.webmanifest`, { headers: { 'accept-encoding': 'identity' } });
    expect(manifestResponse.status).toBe(200);
    expect(manifestResponse.headers['content-type']).toMatch(/^application\/manifest\+json/);
    const manifest = JSON.parse(manifestResponse.body.toString('utf8'));
    expect(manifest).toMatchObject({ lang: 'id', start_url: '/', display: 'standalone', theme_color: '#0b4f6c' });
    expect(manifest.name).toContain('SPBE');
    expect(manifest.short_name.length).toBeLessThanOrEqual(12);
    expect(manifest.name_localized.en).toEqual(expect.any(String));

    const pngs = manifest.icons.filter((icon: { type: string }) => icon.type === 'image/png');
    expect(pngs.map((icon: { sizes: string; purpose: string }) => `${icon.sizes} ${icon.purpose}`).sort()).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons as { src: string; sizes: string; type: string }[]) {
      const response = await raw(`${server.url}${icon.src}`);
      expect([icon.src, response.status, response.headers['content-type']]).toEqual([icon.src, 200, icon.type]);
      if (icon.type === 'image/png') expect(pngSize(response.body)).toBe(icon.sizes);
    }

    const favicon = await raw(`${server.url}/favicon.ico`);
    expect(favicon.status).toBe(200);
    expect(favicon.headers['content-type']).toMatch(/^image\/(x-icon|vnd\.microsoft\.icon)$/);
    expect(favicon.body.readUInt16LE(2)).toBe(1); // ICO header: type 1 = icon
    expect(favicon.body.readUInt16LE(4)).toBeGreaterThan(0); // with images

    const robots = await raw(`${server.url}/robots.txt`, { headers: { 'accept-encoding': 'identity' } });
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toMatch(/^text\/plain/);
    const robotsText = robots.body.toString('utf8');
    expect(robotsText).toMatch(/^User-agent: \*$/m);
    expect(robotsText).toMatch(/^Disallow: \/graphql$/m);
  });

  it('answers missing files with a 404 that is not the app, and keeps the app on a route with a dot', async () => {
    // The service worker is a real file, revalidated on every visit (a new version must be found at once).
    const worker = await raw(`${server.url}/sw.js`, { headers: { 'accept-encoding': 'identity' } });
    expect([worker.status, worker.headers['content-type'], worker.headers['cache-control']]).toEqual([
      200,
      expect.stringMatching(/javascript/),
      expect.stringMatching(/no-cache/),
    ]);
    // Its precache is the app without what a learner's phone need not fetch in the background: the
    // password-strength dictionaries and the charts (kept at run time once a page used them).
    const precached = [...worker.body.toString('utf8').matchAll(/"url":"([^"]+)"/g)].map(([, url]) => url);
    expect(precached).toEqual(expect.arrayContaining(['index.html', expect.stringMatching(/^assets\/index-.*\.js$/)]));
    expect(precached.filter((url) => /password-strength|charts/.test(url))).toEqual([]);
    for (const url of [
      '/sw-gone.js',
      '/assets/index-gone.js',
      '/assets/missing',
      '/apple-app-site-association.json',
      '/.vite/manifest.json',
    ]) {
      const response = await raw(`${server.url}${url}`, { headers: { 'accept-encoding': 'identity' } });
      expect([url, response.status]).toEqual([url, 404]);
      expect([url, response.headers['content-type']]).not.toEqual([url, expect.stringMatching(/text\/html/)]);
      expect(response.body.toString('utf8')).not.toContain('<div id="root">');
    }
  });
});
