import 'reflect-metadata';
import path from 'node:path';
import type { INestApplication } from '@nestjs/common';
import { createApp } from './app.factory';
import { type ConnectionDrainer, trackConnections } from './common/http/graceful-shutdown';
import { type AppConfig, ConfigError, loadConfig } from './config/app-config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './database/embedded-postgres';

/**
 * Starts Living Lab: validates the configuration, starts the embedded PostgreSQL when DATABASE_URL is
 * unset, then the Nest app (migrations run on connect, reference and demo data are seeded). SIGINT and
 * SIGTERM stop accepting connections, let the requests in flight finish (up to SHUTDOWN_GRACE_MS),
 * then close the app (its database pool) and last the embedded database, so no request that was
 * accepted loses its answer and no write commits unseen.
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
  let connections: ConnectionDrainer | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    if (connections) {
      const graceMs = config.shutdownGraceMs ?? 10_000;
      const drained = connections.drain(graceMs);
      console.log(`${signal} received: shutting down; no new connections, requests in flight have ${graceMs} ms`);
      const { cut, inFlight, elapsedMs } = await drained;
      if (cut > 0) console.error(`${cut} connection(s) still open after ${graceMs} ms: cut`);
      else console.log(`Requests in flight (${inFlight}) finished in ${elapsedMs} ms`);
    } else console.log(`${signal} received: shutting down`);
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
      // Killed or crashed, it is started again (with backoff) and the pool reconnects: no app restart.
      embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, restartOnCrash: true });
      databaseUrl = embedded.url;
    }
    app = await createApp(config, databaseUrl);
    connections = trackConnections(app.getHttpServer());
    if (config.host) await app.listen(config.port, config.host);
    else await app.listen(config.port);
    const shown = !config.host || config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
    const where = config.host ? `listening on ${config.host}` : 'listening on every interface';
    console.log(
      `Living Lab is ready on http://${shown.includes(':') ? `[${shown}]` : shown}:${config.port} (${where}; GraphQL at /graphql)`,
    );
  } catch (error) {
    console.error('Living Lab could not start:', error instanceof Error ? error.message : error);
    await app?.close().catch(() => undefined);
    await embedded?.stop().catch(() => undefined);
    process.exit(1);
  }
}

void main();
