import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { verifyAggregates } from '../bench/aggregates';
import { createBaselineServer } from '../bench/baseline';
import { checkAnswers, runLoad, type Side } from '../bench/load';
import { buildOperations, shapeDifferences, shapeOf } from '../bench/operations';
import { seedBenchData } from '../bench/seed';
import { createTestApp, type TestApp } from './test-app';

/**
 * `npm run bench` in small, so the benchmark cannot rot: a tiny seeded data set (through the real
 * schema, with the aggregate triggers and foreign keys running), the baseline beside the app, every
 * operation answered by both with status 200 and the same JSON shape, and one short load run each
 * without a failed response. No timings are asserted (the machine may be busy).
 */
describe('benchmark smoke run (200 learners)', () => {
  const jwtSecret = randomBytes(32).toString('hex');
  let app: TestApp;
  let databaseUrl: string;
  let baseline: ReturnType<typeof createBaselineServer>;
  let db: Client;

  beforeAll(async () => {
    app = await createTestApp({ jwtSecret, seedContent: true });
    databaseUrl = (app.dataSource.options as { url: string }).url;
    baseline = createBaselineServer({ databaseUrl, jwtSecret, poolSize: 5 });
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
  }, 120_000);

  afterAll(async () => {
    await db?.end();
    await baseline?.close();
    await app?.close();
  });

  it('seeds a consistent data set, and both servers answer every operation alike under load', async () => {
    const report = await seedBenchData(databaseUrl, {
      learners: 200,
      seed: 7,
      contentItems: 40,
      triggers: true,
      progress: false,
      log: () => {},
    });
    expect(report.rows.users).toBeGreaterThan(200);
    expect(report.rows.enrolments / 200).toBeGreaterThan(3);
    expect(report.rows.lesson_completions / 200).toBeGreaterThan(10);
    for (const table of ['quiz_attempts', 'certificates', 'mentoring_sessions', 'spbe_assessments', 'adoption_steps']) {
      expect(report.rows[table]).toBeGreaterThan(0);
    }
    // The triggers kept the aggregates while the rows went in: they agree with a recount.
    expect(await verifyAggregates(db)).toEqual([]);

    const baselineUrl = await baseline.listen();
    const sides: Side[] = [
      { name: 'Living Lab', url: app.url },
      { name: 'hand-written SQL', url: baselineUrl },
    ];
    const operations = await buildOperations(db, jwtSecret, 7);
    expect(operations.map((operation) => operation.name)).toHaveLength(9);
    expect(await checkAnswers(sides, operations)).toEqual([]);

    const measurements = await runLoad(sides, operations, { connections: 4, durationSeconds: 1, warmupSeconds: 0, rounds: 1 });
    expect(measurements).toHaveLength(operations.length * sides.length);
    for (const measurement of measurements) {
      expect({ run: `${measurement.operation} on ${measurement.side}`, failures: measurement.failures }).toEqual({
        run: `${measurement.operation} on ${measurement.side}`,
        failures: 0,
      });
    }
  }, 180_000);
});

describe('comparing JSON shapes', () => {
  it('finds a missing key, a changed type and a different element shape, and lets nulls and empty lists pass', () => {
    const living = shapeOf({ me: { id: 'a', roles: ['LEARNER'], region: { code: '32.11' }, nip: null, items: [] } });
    expect(
      shapeDifferences(living, shapeOf({ me: { id: 'b', roles: ['ADMIN'], region: { code: '32.73' }, nip: '1990', items: [{ x: 1 }] } })),
    ).toEqual([]);
    expect(shapeDifferences(living, shapeOf({ me: { id: 'a', roles: ['LEARNER'], region: { code: '32.11' }, items: [] } }))).toEqual([
      '$.me.nip: only on one side',
    ]);
    expect(shapeDifferences(living, shapeOf({ me: { id: 1, roles: [2], region: {}, nip: null, items: [] } }))).toEqual([
      '$.me.id: "string" vs "number"',
      '$.me.region.code: only on one side',
      '$.me.roles[0]: "string" vs "number"',
    ]);
  });
});
