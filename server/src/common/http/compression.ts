import { constants } from 'node:zlib';
import type { INestApplication } from '@nestjs/common';
import compression from 'compression';

/**
 * Compresses every text response (the web app, its assets, GraphQL, CSV exports, calendar feeds):
 * brotli when the client accepts it, gzip otherwise. Quality 5 keeps brotli cheap enough to run per
 * request on a 2-core host while still beating gzip; responses under 512 bytes are sent as they are
 * (the app's index.html is about 800 bytes since the shell is one script: it is compressed too).
 * Register it before anything that writes a body (createApp calls it first).
 */
export function useCompression(app: INestApplication): void {
  app.use(
    compression({
      threshold: 512,
      brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } },
    }),
  );
}
