import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';

/**
 * A direct connection to a test server's embedded PostgreSQL (port from postmaster.pid, password
 * from the data folder), for arranging what the UI cannot do at will, such as letting time pass.
 */
export async function connectToServerDatabase(dataDir: string): Promise<Client> {
  const port = Number(readFileSync(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[3]);
  const password = readFileSync(path.join(dataDir, 'postgres-password'), 'utf8').trim();
  const client = new Client({ host: '127.0.0.1', port, user: 'livinglab', password, database: 'livinglab' });
  await client.connect();
  return client;
}
