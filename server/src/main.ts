import 'reflect-metadata';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApp } from './app.factory';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';

/**
 * Starts Living Lab: validates the configuration, starts the embedded PostgreSQL when DATABASE_URL is
 * unset, then the Nest app (migrations run on connect, reference and demo data are seeded). SIGINT and
 * SIGTERM close the app first and the database after, so no connection is cut mid-request.
 */
async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }

  let embedded: EmbeddedDatabase | undefined;
  let app: INestApplication | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal} received: shutting down`);
    await app?.close().catch((error) => console.error(error));
    await embedded?.stop().catch((error) => console.error(error));
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  try {
    let databaseUrl = config.databaseUrl;
    if (!databaseUrl) {
      console.log(`Starting embedded PostgreSQL in ${path.join(config.dataDir, 'postgres')}`);
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir });
      databaseUrl = embedded.url;
    }
    app = await createApp(config, databaseUrl);
    await app.listen(config.port);
    console.log(`Living Lab is ready on http://localhost:${config.port} (GraphQL at /graphql)`);
  } catch (error) {
    console.error('Living Lab could not start:', error instanceof Error ? error.message : error);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
