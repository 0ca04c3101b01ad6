import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { sessionCookieName } from './auth/session-cookie';
import { bodyParserErrors, JSON_BODY_LIMIT } from './common/http/body-parser-errors';
import { useCompression } from './common/http/compression';
import { sameOriginWrites } from './common/http/same-origin-writes';
import { securityHeaders } from './common/http/security-headers';
import type { AppConfig } from './config/app-config';

/** Builds the Nest application; used by main.ts and by the integration tests alike. */
export async function createApp(config: AppConfig, databaseUrl: string): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, databaseUrl), {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  useCompression(app);
  app.use(securityHeaders(config));
  // CSRF: a write the session cookie authenticates must come from the app's own origin.
  app.use(sameOriginWrites({ publicUrl: config.publicUrl, sessionCookie: sessionCookieName(config) }));
  // Lessons may be up to 200 KB of Markdown each; a whole revision up to 1 MB (content-draft.ts).
  app.useBodyParser('json', { limit: JSON_BODY_LIMIT });
  // Right after the parser: refused bodies answer 400/413 (not the static handler's 404).
  app.use(bodyParserErrors);
  app.getHttpAdapter().getInstance().disable('x-powered-by');
  // The caller's address (sign-in throttling, rate limits) from X-Forwarded-For only when a trusted proxy
  // sent it: by default one on this machine; TRUST_PROXY names a load balancer elsewhere.
  app.set('trust proxy', config.trustProxy ?? 'loopback');
  return app;
}
