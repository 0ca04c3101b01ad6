import { createTestApp, type TestApp } from '../../test/test-app';
import { MentoringSession } from './mentoring-session.entity';

const CREATE_PAIR = 'mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }';
const LOG = `mutation ($input: LogPastSessionInput!) {
  logPastSession(input: $input) { id status startsAt durationMinutes agenda notes actionItems { text owner { fullName } dueDate } }
}`;
const FEEDBACK = 'mutation ($input: FeedbackInput!) { giveSessionFeedback(input: $input) { rating } }';

type Account = { user: { id: string }; token: string };
let t: TestApp;
let coordinator: Account;
let otherCoordinator: Account;
let mentor: Account;
let otherMentor: Account;
let mentee: Account;
let pairId: string;

const DAY = 86_400_000;
const day = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offsetDays * DAY));
/** An instant `days` ago (whole hours, so two logs can overlap on purpose). */
const ago = (days: number, hours = 0) => new Date(Math.floor((Date.now() - days * DAY - hours * 3_600_000) / 3_600_000) * 3_600_000);
const past = (startsAt: Date, extra: Record<string, unknown> = {}) => ({
  pairId,
  startsAt: startsAt.toISOString(),
  durationMinutes: 60,
  agenda: 'Menyusun SK Tim Koordinasi SPBE',
  status: 'HELD',
  notes: 'Draf SK selesai.',
  actionItems: [],
  ...extra,
});
const sessionCount = () => t.dataSource.getRepository(MentoringSession).count();

beforeAll(async () => {
  t = await createTestApp();
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'], regionCode: '32' });
  otherCoordinator = await t.createUser({ email: 'koord.kota@example.id', roles: ['COORDINATOR'], regionCode: '32.73' });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.08'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], fullName: 'Ahmad Mentor' });
  otherMentor = await t.createUser({ email: 'mentor2@example.id', roles: ['MENTOR'], fullName: 'Bunga Mentor' });
  mentee = await t.createUser({ email: 'wulan@example.id', fullName: 'Wulan', regionCode: '32.08' });
  const pair = await t.graphql<{ createMentoringPair: { id: string } }>(
    CREATE_PAIR,
    {
      input: {
        mentorId: mentor.user.id,
        menteeKind: 'LEARNER',
        menteeUserId: mentee.user.id,
        goals: 'Tim Koordinasi SPBE',
        startDate: day(-40),
        endDate: day(60),
      },
    },
    coordinator.token,
  );
  if (!pair.data) throw new Error(JSON.stringify(pair.errors));
  pairId = pair.data.createMentoringPair.id;
});
afterAll(() => t.close());

describe('logging a session that already took place', () => {
  it('the pair’s mentor logs it with its outcome, notes and action items in one step', async () => {
    const startsAt = ago(2);
    const response = await t.graphql<{
      logPastSession: {
        id: string;
        status: string;
        startsAt: string;
        notes: string;
        actionItems: Array<{ text: string; owner: { fullName: string } }>;
      };
    }>(
      LOG,
      { input: past(startsAt, { actionItems: [{ text: 'Kirim draf SK ke Bagian Hukum', ownerId: mentee.user.id, dueDate: day(7) }] }) },
      mentor.token,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data?.logPastSession).toMatchObject({
      status: 'HELD',
      startsAt: startsAt.toISOString(),
      notes: 'Draf SK selesai.',
      actionItems: [{ text: 'Kirim draf SK ke Bagian Hukum', owner: { fullName: 'Wulan' } }],
    });
    // A held session like any other: the mentee can rate it.
    const feedback = await t.graphql(
      FEEDBACK,
      { input: { sessionId: response.data?.logPastSession.id, rating: 5, comment: '' } },
      mentee.token,
    );
    expect(feedback.errors).toBeUndefined();
  });

  it('a no-show too', async () => {
    const response = await t.graphql<{ logPastSession: { status: string } }>(
      LOG,
      { input: past(ago(10), { status: 'NO_SHOW', notes: '' }) },
      mentor.token,
    );
    expect(response.data?.logPastSession.status).toBe('NO_SHOW');
  });

  it('is refused to the mentee, the pair’s coordinator, another mentor and another region’s coordinator, nothing written', async () => {
    const before = await sessionCount();
    for (const [account, code, reason] of [
      [mentee, 'FORBIDDEN', 'NOT_ALLOWED'],
      [coordinator, 'FORBIDDEN', 'NOT_ALLOWED'],
      [otherMentor, 'NOT_FOUND', 'PAIR_NOT_FOUND'],
      [otherCoordinator, 'NOT_FOUND', 'PAIR_NOT_FOUND'],
    ] as const) {
      const response = await t.graphql(LOG, { input: past(ago(3)) }, account.token);
      expect(response.errors?.[0].extensions).toMatchObject({ code, reason });
    }
    expect((await t.graphql(LOG, { input: past(ago(3)) })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(await sessionCount()).toBe(before);
  });

  it.each([
    ['in the future', () => past(new Date(Date.now() + 3_600_000)), 'startsAt', 'startsAt.future'],
    ['more than 30 days ago', () => past(ago(31)), 'startsAt', 'startsAt.tooOld'],
    ['without an agenda', () => past(ago(4), { agenda: '  ' }), 'agenda', 'agenda.required'],
    ['too long', () => past(ago(4), { durationMinutes: 481 }), 'durationMinutes', 'duration.invalid'],
    ['still SCHEDULED', () => past(ago(4), { status: 'SCHEDULED' }), 'status', 'field.invalid'],
    [
      'with an action item owned by an outsider',
      () => past(ago(4), { actionItems: [{ text: 'x', ownerId: otherMentor.user.id }] }),
      'actionItems.0.ownerId',
      'field.invalid',
    ],
  ])('refuses a session %s with a field error', async (_, input, field, message) => {
    const before = await sessionCount();
    const response = await t.graphql(LOG, { input: input() }, mentor.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(response.errors?.[0].extensions?.fields).toContainEqual({ field, message });
    expect(await sessionCount()).toBe(before);
  });

  it('refuses overlapping another session of the pair (double booking), nothing written', async () => {
    const before = await sessionCount();
    // The first test logged a session two days ago, for an hour: this one starts half an hour into it.
    const response = await t.graphql(LOG, { input: past(new Date(ago(2).getTime() + 30 * 60_000)) }, mentor.token);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DOUBLE_BOOKED', params: { whose: 'own' } });
    expect(await sessionCount()).toBe(before);
  });

  it('refuses a day before the pair started, and an ended pair', async () => {
    const late = await t.graphql<{ createMentoringPair: { id: string } }>(
      CREATE_PAIR,
      {
        input: {
          mentorId: mentor.user.id,
          menteeKind: 'LEARNER',
          menteeUserId: mentee.user.id,
          goals: 'Pasangan baru',
          startDate: day(0),
          endDate: day(30),
        },
      },
      coordinator.token,
    );
    const latePair = late.data!.createMentoringPair.id;
    const before = await t.graphql(LOG, { input: { ...past(ago(5)), pairId: latePair } }, mentor.token);
    expect(before.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'OUTSIDE_PAIR_DATES' });
    await t.graphql(
      'mutation ($input: EndPairInput!) { endMentoringPair(input: $input) { status } }',
      { input: { pairId: latePair, status: 'COMPLETED', reason: 'Selesai', version: 1 } },
      coordinator.token,
    );
    const ended = await t.graphql(LOG, { input: { ...past(ago(0, 1)), pairId: latePair } }, mentor.token);
    expect(ended.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'PAIR_ENDED' });
  });
});
