import path from 'node:path';
import type { ServeStaticModuleOptions } from '@nestjs/serve-static';

/** Files a browser asks for by name: when one is missing the answer is a 404, never the app's HTML. */
const FILE_EXTENSIONS = 'js|mjs|cjs|css|map|json|webmanifest|txt|xml|html|ico|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf|wasm';

/**
 * Client-side routes get index.html; paths under /assets/ and paths that end in a file extension do
 * not (a stale chunk or an absent /sw.js must fail loudly, not parse HTML as JavaScript). Region codes
 * such as /spbe/wilayah/32.11 end in digits, not in an extension, so they still reach the app.
 */
export const WEB_APP_ROUTE = new RegExp(`^(?!/assets/)(?!.*\\.(?:${FILE_EXTENSIONS})$).*$`, 'i');

/**
 * Cache headers for the built web app. Vite puts a content hash in every file name under assets/, so
 * those are cached for a year and never revalidated; index.html (also sent for every client-side
 * route) must be revalidated on each load so a new release is picked up at once; the few unhashed
 * files copied from web/public (manifest, icons, robots.txt) may be reused for a day.
 */
export function webAppCacheControl(webDistDir: string, filePath: string): string {
  const relative = path.relative(webDistDir, filePath).split(path.sep).join('/');
  if (relative.startsWith('assets/')) return 'public, max-age=31536000, immutable';
  // sw.js (the service worker, web/src/sw.ts) too: a new release's worker must be found on the next check.
  if (relative.endsWith('.html') || relative.endsWith('.webmanifest') || relative === 'sw.js') return 'no-cache';
  return 'public, max-age=86400';
}

/** ServeStaticModule options for the built web app in webDistDir. */
export function webAppStaticOptions(webDistDir: string, exclude: string[]): ServeStaticModuleOptions {
  return {
    rootPath: webDistDir,
    renderPath: WEB_APP_ROUTE,
    exclude,
    serveStaticOptions: {
      // No directory listings or redirects to a trailing slash: the app owns every other path.
      index: false,
      redirect: false,
      setHeaders: (response: WebAppResponse, filePath: string) => {
        response.setHeader('Cache-Control', webAppCacheControl(webDistDir, filePath));
        allowDotFoldersInIndexPath(response, filePath === path.join(webDistDir, 'index.html'));
      },
    },
  };
}

interface WebAppResponse {
  setHeader(name: string, value: string): void;
  sendFile?: (filePath: string, options?: Record<string, unknown> | null, callback?: (error?: Error) => void) => void;
}

/**
 * Client-side routes are answered by ServeStaticModule with `res.sendFile(<absolute index.html>)` and no
 * options, so `send` applies its default `dotfiles: 'ignore'` to every folder of the absolute path: a
 * checkout under `~/.local/...` or `/srv/.releases/...` answered 404 for every deep link. The module
 * calls setHeaders just before that sendFile, on the same response: this response's sendFile then
 * allows dot folders (only the index.html path, which the server chose itself; static files keep
 * `express.static`'s check, which looks at the requested path only).
 */
function allowDotFoldersInIndexPath(response: WebAppResponse, isIndex: boolean): void {
  const sendFile = response.sendFile;
  if (!isIndex || typeof sendFile !== 'function') return;
  response.sendFile = (filePath, options, callback) => sendFile.call(response, filePath, { ...options, dotfiles: 'allow' }, callback);
}
