import autocannon from 'autocannon';
import { type Operation, shapeDifferences, shapeOf } from './operations';

/** One side of the comparison: a server answering POST /graphql. */
export interface Side {
  name: string;
  url: string;
  /** Further instances of the same side: the load's connections are split evenly over `url` and these. */
  moreUrls?: string[];
  /** SQL statements sent so far, when the side can tell. */
  statements?: () => Promise<number>;
  /** Resident memory in MiB, when the side can tell. */
  rss?: () => number;
  /** CPU time the server process has used so far in ms, when the side can tell. */
  cpuMs?: () => number;
}

export interface Measurement {
  operation: string;
  side: string;
  round: number;
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  /** Responses that were not 200 or carried GraphQL errors. */
  failures: number;
  peakRssMiB?: number;
  /** The server process's CPU time per request in ms (its database's CPU not included). */
  cpuMsPerRequest?: number;
}

export interface LoadOptions {
  connections: number;
  durationSeconds: number;
  warmupSeconds: number;
  rounds: number;
  log?: (line: string) => void;
}

/** Sends one request of each operation to each side: status 200, no errors, the same JSON shape. */
export async function checkAnswers(sides: Side[], operations: Operation[]): Promise<string[]> {
  const problems: string[] = [];
  for (const operation of operations) {
    const request = operation.next();
    const answers = await Promise.all(
      sides.map(async (side) => {
        const response = await fetch(`${side.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
          body: request.body,
        });
        const json = (await response.json()) as { data?: unknown; errors?: unknown };
        if (response.status !== 200) problems.push(`${operation.name} on ${side.name}: HTTP ${response.status}`);
        if (json.errors) problems.push(`${operation.name} on ${side.name}: ${JSON.stringify(json.errors).slice(0, 300)}`);
        return shapeOf(json.data);
      }),
    );
    for (let index = 1; index < answers.length; index++) {
      for (const difference of shapeDifferences(answers[0], answers[index])) {
        problems.push(`${operation.name}: ${sides[0].name} and ${sides[index].name} differ at ${difference}`);
      }
    }
  }
  return problems;
}

/** operation name -> side name -> SQL statements per request. */
export type StatementCounts = Map<string, Map<string, number>>;

/**
 * SQL statements per request, exactly: `sample` requests sent one at a time to each side, the
 * server's statement counter read before and after (the load runs later have requests in flight at
 * their ends, which would blur the count).
 */
export async function countStatements(sides: Side[], operations: Operation[], sample: number): Promise<StatementCounts> {
  const counts: StatementCounts = new Map();
  for (const operation of operations) {
    const requests = Array.from({ length: sample }, () => operation.next());
    const bySide = new Map<string, number>();
    for (const side of sides) {
      if (!side.statements) continue;
      const before = await side.statements();
      for (const request of requests) {
        const response = await fetch(`${side.url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${request.token}` },
          body: request.body,
        });
        await response.arrayBuffer();
      }
      bySide.set(side.name, ((await side.statements()) - before) / sample);
    }
    counts.set(operation.name, bySide);
  }
  return counts;
}

function fire(
  url: string,
  operation: Operation,
  connections: number,
  seconds: number,
): Promise<{ result: autocannon.Result; failures: number }> {
  let failures = 0;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: `${url}/graphql`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'POST',
            setupRequest: (request) => {
              const next = operation.next();
              return {
                ...request,
                body: next.body,
                headers: { 'content-type': 'application/json', authorization: `Bearer ${next.token}` },
              };
            },
            onResponse: (status, body) => {
              // A cheap check: GraphQL errors are a top-level "errors" key.
              if (status !== 200 || body.startsWith('{"errors"') || body.includes('"errors":[')) failures++;
            },
          },
        ],
      },
      (error, result) => (error ? reject(error) : resolve({ result, failures })),
    );
  });
}

type Fired = { requests: number; p50: number; p99: number; failures: number };

/**
 * The load on every instance of a side at once, the connections split evenly. With several instances
 * the p50 is the request-weighted mean of theirs and the p99 the worst of theirs (autocannon reports
 * percentiles, not the histograms that would merge exactly).
 */
async function fireAtAll(side: Side, operation: Operation, connections: number, seconds: number): Promise<Fired> {
  const urls = [side.url, ...(side.moreUrls ?? [])];
  const runs = await Promise.all(
    urls.map((url, index) =>
      fire(url, operation, Math.floor(connections / urls.length) + (index < connections % urls.length ? 1 : 0), seconds),
    ),
  );
  const requests = runs.reduce((sum, run) => sum + run.result.requests.total, 0);
  return {
    requests,
    p50: Math.round(runs.reduce((sum, run) => sum + run.result.latency.p50 * run.result.requests.total, 0) / Math.max(1, requests)),
    p99: Math.max(...runs.map((run) => run.result.latency.p99)),
    failures: runs.reduce((sum, run) => sum + run.failures + run.result.errors + run.result.timeouts, 0),
  };
}

/**
 * Each operation on each side: a warm-up, then a measured run at a fixed concurrency; sides
 * alternate first and second per operation and round, so neither always runs on a warmer machine.
 */
export async function runLoad(sides: Side[], operations: Operation[], options: LoadOptions): Promise<Measurement[]> {
  const log = options.log ?? (() => {});
  const measurements: Measurement[] = [];
  for (let round = 1; round <= options.rounds; round++) {
    for (const [index, operation] of operations.entries()) {
      const order = (round + index) % 2 === 0 ? sides : [...sides].reverse();
      for (const side of order) {
        if (options.warmupSeconds > 0) await fireAtAll(side, operation, options.connections, options.warmupSeconds);
        let peakRss = side.rss?.() ?? 0;
        const sampler = side.rss ? setInterval(() => (peakRss = Math.max(peakRss, side.rss?.() ?? 0)), 250) : undefined;
        const cpuBefore = side.cpuMs?.();
        const result = await fireAtAll(side, operation, options.connections, options.durationSeconds);
        const cpuAfter = side.cpuMs?.();
        if (sampler) clearInterval(sampler);
        const requests = result.requests;
        const measurement: Measurement = {
          operation: operation.name,
          side: side.name,
          round,
          requests,
          requestsPerSecond: requests / options.durationSeconds,
          p50: result.p50,
          p99: result.p99,
          failures: result.failures,
          peakRssMiB: side.rss ? peakRss : undefined,
          cpuMsPerRequest:
            cpuBefore === undefined || cpuAfter === undefined || requests === 0 ? undefined : (cpuAfter - cpuBefore) / requests,
        };
        measurements.push(measurement);
        log(
          `round ${round} ${operation.name.padEnd(36)} ${side.name.padEnd(16)} ${measurement.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${measurement.p50} ms  p99 ${measurement.p99} ms` +
            `${measurement.cpuMsPerRequest === undefined ? '' : `  ${measurement.cpuMsPerRequest.toFixed(2)} CPU ms/req`}` +
            `${measurement.failures ? `  ${measurement.failures} failed` : ''}`,
        );
      }
    }
  }
  return measurements;
}
