/// <reference lib="webworker" />
/**
 * The service worker (vite-plugin-pwa, injectManifest: built to dist/sw.js, registered by
 * lib/offline/register-service-worker.ts after the page has loaded).
 *
 * - The app shell: every hashed file of the build is precached, so the app opens offline; a navigation
 *   gets the precached index.html (the server's own paths excepted).
 * - Images (lesson illustrations, icons) through a runtime cache, so a lesson read once shows them offline.
 * - The chunks left out of the precache (password strength and charts: vite.config.ts) are kept once a
 *   page has used them (a hashed file never changes).
 * - /graphql is never cached here: the lessons a learner may read offline are kept by the page in
 *   IndexedDB (lib/offline), per user, and a completion made offline is queued there.
 * - A new version waits: the page asks it to take over (SKIP_WAITING) on the learner's next navigation,
 *   never in the middle of a quiz.
 */
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { ExpirationPlugin } from 'workbox-expiration';
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';

declare let self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

/** Paths the server answers itself (app.module.ts's ServeStaticModule exclusions): never the app's HTML. */
const SERVER_PATHS = [/^\/graphql/, /^\/health/, /^\/calendar\//, /^\/exports\//, /^\/credentials\//, /^\/mail\//, /^\/api\//];

precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(new NavigationRoute(createHandlerBoundToURL('/index.html'), { denylist: SERVER_PATHS }));

registerRoute(
  ({ request, url }) => request.destination === 'image' && url.origin === self.location.origin,
  new CacheFirst({
    cacheName: 'living-lab-images',
    plugins: [
      new CacheableResponsePlugin({ statuses: [200] }),
      new ExpirationPlugin({ maxEntries: 200, maxAgeSeconds: 60 * 60 * 24 * 30 }),
    ],
  }),
);

registerRoute(
  ({ request, url }) =>
    url.origin === self.location.origin &&
    url.pathname.startsWith('/assets/') &&
    (request.destination === 'script' || request.destination === 'style'),
  new CacheFirst({
    cacheName: 'living-lab-assets',
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), new ExpirationPlugin({ maxEntries: 40, maxAgeSeconds: 60 * 60 * 24 * 30 })],
  }),
);

self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
