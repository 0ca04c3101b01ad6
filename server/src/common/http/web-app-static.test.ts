import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { ServeStaticModule } from '@nestjs/serve-static';
import { WEB_APP_ROUTE, webAppCacheControl, webAppStaticOptions } from './web-app-static';

describe('web app routes and cache headers', () => {
  it('sends the app for client-side routes, region codes with dots included, and not for missing files', () => {
    for (const route of ['/', '/masuk', '/admin/pengguna', '/spbe/wilayah/32.11', '/spbe/wilayah/32.11/penilaian/2026', '/verify/AB-12']) {
      expect([route, WEB_APP_ROUTE.test(route)]).toEqual([route, true]);
    }
    for (const file of ['/sw.js', '/assets/index-abc.js', '/assets/gone', '/manifest.json', '/apple-touch-icon.PNG', '/old.html']) {
      expect([file, WEB_APP_ROUTE.test(file)]).toEqual([file, false]);
    }
  });

  it('caches hashed assets for a year, revalidates index.html and the manifest, and keeps icons a day', () => {
    const dist = path.join(path.sep, 'srv', 'web', 'dist');
    expect(webAppCacheControl(dist, path.join(dist, 'assets', 'index-abc123.js'))).toBe('public, max-age=31536000, immutable');
    expect(webAppCacheControl(dist, path.join(dist, 'index.html'))).toBe('no-cache');
    expect(webAppCacheControl(dist, path.join(dist, 'manifest.webmanifest'))).toBe('no-cache');
    expect(webAppCacheControl(dist, path.join(dist, 'sw.js'))).toBe('no-cache');
    expect(webAppCacheControl(dist, path.join(dist, 'icons', 'icon-192.png'))).toBe('public, max-age=86400');
    // A file named like the folder but outside it is not a hashed asset.
    expect(webAppCacheControl(dist, path.join(dist, 'assets-list.txt'))).toBe('public, max-age=86400');
  });
});

describe('web app served from a folder under a dot folder (~/.local/..., /srv/.releases/...)', () => {
  let app: INestApplication;
  let url: string;

  beforeAll(async () => {
    const dist = path.join(mkdtempSync(path.join(os.tmpdir(), 'livinglab-static-')), '.hidden', 'dist');
    mkdirSync(path.join(dist, 'assets'), { recursive: true });
    writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>Living Lab</title>');
    writeFileSync(path.join(dist, 'assets', 'index-abc123.js'), 'console.log(1);');
    writeFileSync(path.join(dist, '.secret.txt'), 'TOP-SECRET-CONTENT');
    app = await NestFactory.create(ServeStaticModule.forRoot(webAppStaticOptions(dist, ['/graphql{/*path}'])), { logger: false });
    await app.listen(0, '127.0.0.1');
    url = await app.getUrl();
  });

  afterAll(async () => {
    await app?.close();
  });

  it('answers deep links with index.html and serves hashed assets', async () => {
    for (const route of ['/', '/masuk', '/spbe/wilayah/32.11']) {
      const response = await fetch(`${url}${route}`);
      expect([route, response.status, response.headers.get('cache-control')]).toEqual([route, 200, 'no-cache']);
      expect(await response.text()).toContain('<title>Living Lab</title>');
    }
    const asset = await fetch(`${url}/assets/index-abc123.js`);
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(await asset.text()).toBe('console.log(1);');
  });

  it('still refuses dot files inside the web app folder, and missing files are 404', async () => {
    const secret = await fetch(`${url}/.secret.txt`);
    expect(secret.status).toBe(404);
    expect(await secret.text()).not.toContain('TOP-SECRET-CONTENT');
    expect((await fetch(`${url}/assets/gone.js`)).status).toBe(404);
  });
});
