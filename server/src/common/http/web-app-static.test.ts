import path from 'node:path';
import { WEB_APP_ROUTE, webAppCacheControl } from './web-app-static';

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
    expect(webAppCacheControl(dist, path.join(dist, 'icons', 'icon-192.png'))).toBe('public, max-age=86400');
    // A file named like the folder but outside it is not a hashed asset.
    expect(webAppCacheControl(dist, path.join(dist, 'assets-list.txt'))).toBe('public, max-age=86400');
  });
});
