/**
 * Preloaded into a server under benchmark (`node -r .../count-statements.js`): counts the SQL
 * statements its pg clients send (every `Client#query`, which TypeORM and pg's Pool both go through;
 * BEGIN and COMMIT count too: they are round trips) and answers the bench's `statements?` message
 * over the IPC channel. Nothing else changes in the server.
 */
import { appendFileSync } from 'node:fs';
import { Client } from 'pg';

/** For finding hot spots: BENCH_SQL_LOG=<file> appends each statement's text (diagnostics only: synchronous). */
const sqlLog = process.env.BENCH_SQL_LOG;

let statements = 0;
const query = Client.prototype.query;
Client.prototype.query = function countedQuery(this: Client, ...args: unknown[]) {
  statements++;
  if (sqlLog) {
    const first = args[0] as string | { text?: string };
    const text = typeof first === 'string' ? first : (first?.text ?? '(not text)');
    appendFileSync(sqlLog, `${text.replace(/\s+/g, ' ').slice(0, 400)}\n`);
  }
  return (query as (...a: unknown[]) => unknown).apply(this, args);
} as typeof Client.prototype.query;

process.on('message', (message) => {
  if (message === 'statements?') process.send?.({ statements });
});
// The IPC channel must not keep a server alive that is asked to stop.
process.channel?.unref();
