import { downloadCsv, parseCsv } from '../../test/csv-export';
import { createTestApp, type TestApp } from '../../test/test-app';
import { TransactionRunner } from '../common/transaction';
import { AuditService } from './audit.service';

let t: TestApp;
let audit: AuditService;
let tx: TransactionRunner;
const tokens: Record<string, string> = {};
let admin: { id: string; email: string };

const EVENTS = `query ($filter: AuditEventFilter, $offset: Int, $limit: Int) {
  auditEvents(filter: $filter, offset: $offset, limit: $limit) {
    totalCount items { id occurredAt actorUserId actorEmail action subjectType subjectId regionCode before after }
  }
}`;

interface EventsData {
  auditEvents: {
    totalCount: number;
    items: Array<{
      action: string;
      actorEmail: string | null;
      subjectId: string;
      regionCode: string | null;
      before: string | null;
      after: string | null;
    }>;
  };
}

beforeAll(async () => {
  t = await createTestApp();
  audit = t.app.get(AuditService);
  tx = t.app.get(TransactionRunner);
  const created = await t.createUser({ email: 'admin@audit.test', roles: ['ADMIN'] });
  admin = created.user;
  tokens.admin = created.token;
  tokens.learner = (await t.createUser({ email: 'learner@audit.test' })).token;
  tokens.mentor = (await t.createUser({ email: 'mentor@audit.test', roles: ['MENTOR'] })).token;
  tokens.coordinator = (await t.createUser({ email: 'coord@audit.test', roles: ['COORDINATOR'], regionCode: '32.11' })).token;
  await tx.run(async (manager) => {
    await audit.record(manager, {
      actor: admin,
      action: 'user.roles-changed',
      subjectType: 'User',
      subjectId: 'u-1',
      regionCode: '32.11',
      before: { roles: ['LEARNER'] },
      after: { roles: ['LEARNER', 'MENTOR'], passwordHash: 'argon2...', nested: { resetToken: 'x', kept: 1 } },
    });
    await audit.record(manager, { actor: null, action: 'content.published', subjectType: 'ContentRevision', subjectId: 'r-1' });
  });
});

afterAll(() => t.close());

describe('the audit_events table', () => {
  it('refuses UPDATE, DELETE and TRUNCATE, also for the table owner', async () => {
    await expect(t.dataSource.query(`UPDATE audit_events SET action = 'x'`)).rejects.toThrow(/append-only: UPDATE refused/);
    await expect(t.dataSource.query('DELETE FROM audit_events')).rejects.toThrow(/append-only: DELETE refused/);
    await expect(t.dataSource.query('TRUNCATE audit_events')).rejects.toThrow(/append-only: TRUNCATE refused/);
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM audit_events');
    expect(count).toBeGreaterThanOrEqual(2);
  });

  it('rolls back with the transaction that recorded the event', async () => {
    await expect(
      tx.run(async (manager) => {
        await audit.record(manager, { actor: admin, action: 'user.deactivated', subjectType: 'User', subjectId: 'rolled-back' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const rows = await t.dataSource.query(`SELECT 1 FROM audit_events WHERE subject_id = 'rolled-back'`);
    expect(rows).toHaveLength(0);
  });

  it('keeps no password hash or token, at any depth', async () => {
    const [row] = await t.dataSource.query(`SELECT after FROM audit_events WHERE subject_id = 'u-1'`);
    expect(row.after).toEqual({ roles: ['LEARNER', 'MENTOR'], nested: { kept: 1 } });
  });
});

describe('auditEvents', () => {
  it('is for admins: learners, mentors and coordinators are refused, anonymous callers too', async () => {
    const allowed = await t.graphql<EventsData>(EVENTS, {}, tokens.admin);
    expect(allowed.errors).toBeUndefined();
    expect(allowed.data?.auditEvents.totalCount).toBeGreaterThanOrEqual(2);
    for (const who of ['learner', 'mentor', 'coordinator']) {
      const refused = await t.graphql(EVENTS, {}, tokens[who]);
      expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
      expect(refused.data?.auditEvents ?? null).toBeNull();
    }
    const anonymous = await t.graphql(EVENTS, {});
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('filters by actor e-mail (any case), action, region and period, newest first', async () => {
    const byActor = await t.graphql<EventsData>(EVENTS, { filter: { actorEmail: 'ADMIN@audit.test' } }, tokens.admin);
    expect(byActor.data?.auditEvents.items.map((item) => item.subjectId)).toEqual(['u-1']);
    const item = byActor.data?.auditEvents.items[0];
    expect(JSON.parse(item?.before ?? 'null')).toEqual({ roles: ['LEARNER'] });
    const byAction = await t.graphql<EventsData>(EVENTS, { filter: { action: 'content.published' } }, tokens.admin);
    expect(byAction.data?.auditEvents.items.map((event) => event.subjectId)).toEqual(['r-1']);
    const byRegion = await t.graphql<EventsData>(EVENTS, { filter: { regionCode: '32.11' } }, tokens.admin);
    expect(byRegion.data?.auditEvents.items.map((event) => event.subjectId)).toEqual(['u-1']);
    const future = new Date(Date.now() + 3600_000).toISOString();
    const none = await t.graphql<EventsData>(EVENTS, { filter: { from: future } }, tokens.admin);
    expect(none.data?.auditEvents.totalCount).toBe(0);
    const past = await t.graphql<EventsData>(EVENTS, { filter: { to: future }, limit: 1 }, tokens.admin);
    expect(past.data?.auditEvents.items).toHaveLength(1);
    expect(past.data?.auditEvents.totalCount).toBeGreaterThanOrEqual(2);
  });

  it('refuses a period that ends before it starts, and an oversized page', async () => {
    const backwards = await t.graphql(EVENTS, { filter: { from: '2026-05-02T00:00:00Z', to: '2026-05-01T00:00:00Z' } }, tokens.admin);
    expect(backwards.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_PERIOD' });
    const page = await t.graphql(EVENTS, { limit: 1000 }, tokens.admin);
    expect(page.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('GET /exports/audit-events.csv', () => {
  it('gives admins the filtered trail and refuses everyone else', async () => {
    const file = await downloadCsv(t, '/exports/audit-events.csv?lang=en&actorEmail=admin%40audit.test', tokens.admin);
    expect(file.status).toBe(200);
    const rows = parseCsv(file.text, ',');
    expect(rows[0]).toEqual(['Time (WIB)', 'Actor', 'Action', 'Subject type', 'Subject id', 'Region', 'Before', 'After']);
    expect(rows.slice(1).map((row) => row.slice(1, 6))).toEqual([['admin@audit.test', 'user.roles-changed', 'User', 'u-1', '32.11']]);
    expect(file.text).not.toContain('argon2');
    for (const who of ['learner', 'mentor', 'coordinator']) {
      expect((await downloadCsv(t, '/exports/audit-events.csv', tokens[who])).status).toBe(403);
    }
    expect((await downloadCsv(t, '/exports/audit-events.csv')).status).toBe(401);
  });

  it('refuses impossible dates as input errors', async () => {
    for (const from of ['2026-02-30T00:00:00Z', '0000-01-01T00:00:00Z', 'yesterday']) {
      const file = await downloadCsv(t, `/exports/audit-events.csv?from=${encodeURIComponent(from)}`, tokens.admin);
      expect(file.status).toBe(400);
      expect(file.error?.code).toBe('BAD_USER_INPUT');
    }
  });
});
