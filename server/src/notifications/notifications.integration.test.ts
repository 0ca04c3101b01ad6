import { NotificationKind } from '@living-lab/shared';
import type { ParsedMail } from 'mailparser';
import { createTestApp, type TestApp } from '../../test/test-app';
import { AssessmentStatus } from '../assessments/assessment.entities';
import { AssessmentNotifications } from '../assessments/assessment-notifications';
import { APPROVE, createModule, moduleDraft, REQUEST_CHANGES, SUBMIT } from '../content/content.test-helpers';
import { MailService } from '../mail';
import { startTestSmtpServer, type TestSmtpServer } from '../mail/mail.test-helpers';
import { MentoringNotifications } from '../mentoring/mentoring-notifications';
import { NotificationService } from './notification.service';

type Account = { user: { id: string; email: string }; token: string };

const CREATE_PAIR = 'mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id version } }';
const SCHEDULE = 'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id version startsAt } }';
const RESCHEDULE = 'mutation ($input: RescheduleSessionInput!) { rescheduleSession(input: $input) { id version startsAt } }';
const CANCEL = 'mutation ($input: CancelSessionInput!) { cancelSession(input: $input) { id version } }';
const LIST = `query ($offset: Int, $limit: Int, $unreadOnly: Boolean) {
  myNotifications(offset: $offset, limit: $limit, unreadOnly: $unreadOnly) {
    totalCount items { id kind link read objectType params { name value } }
  }
}`;
const COUNT = 'query { myUnreadNotificationCount }';
const MARK_READ = 'mutation ($id: ID!) { markNotificationRead(id: $id) { id read } }';
const MARK_ALL = 'mutation { markAllNotificationsRead }';
const PREFERENCES = 'query { myNotificationPreferences { kind emailDelivery } }';
const SET_PREFERENCE =
  'mutation ($input: SetNotificationPreferenceInput!) { setNotificationPreference(input: $input) { kind emailDelivery } }';

/** The queue's pending reminder jobs (graphile-worker's own tables). */
const REMINDER_JOBS = `SELECT j.run_at, j.payload FROM graphile_worker._private_jobs j
  JOIN graphile_worker._private_tasks k ON k.id = j.task_id WHERE k.identifier = 'mentoring.session-reminder' ORDER BY j.run_at`;

let t: TestApp;
let inbox: TestSmtpServer;
let coordinator: Account;
let otherCoordinator: Account;
let admin: Account;
let mentor: Account;
let learner: Account;
let outsider: Account;
let reviewer: Account;

const day = (offsetDays: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const at = (days: number, hourWib: number) => new Date(`${day(days)}T${String(hourWib).padStart(2, '0')}:00:00+07:00`);

async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
  const response = await t.graphql<T>(query, variables, token);
  if (!response.data || response.errors) throw new Error(JSON.stringify(response.errors));
  return response.data;
}

/** Outbox rows of one notification kind, by recipient. */
async function outboxOf(kind: NotificationKind | 'digest'): Promise<Array<{ to_user_id: string; subject: string; locale: string }>> {
  return t.dataSource.query('SELECT to_user_id, subject, locale FROM mail_messages WHERE kind = $1 ORDER BY created_at, to_user_id', [
    `notifications.${kind}`,
  ]);
}

async function notificationsOf(kind: NotificationKind): Promise<string[]> {
  const rows: Array<{ recipient_id: string }> = await t.dataSource.query(
    'SELECT recipient_id FROM notifications WHERE kind = $1 ORDER BY recipient_id',
    [kind],
  );
  return rows.map((row) => row.recipient_id);
}

const ids = (...accounts: Account[]) => accounts.map((account) => account.user.id).sort();
const subjectIs = (to: string, start: string) => (mail: ParsedMail) =>
  [mail.to ?? []].flat().some((address) => address.text.includes(to)) && (mail.subject ?? '').startsWith(start);

let pairId: string;

beforeAll(async () => {
  inbox = await startTestSmtpServer();
  t = await createTestApp({ smtpUrl: inbox.url, mailFrom: 'Living Lab <no-reply@livinglab.test>', jobsWorker: true });
  coordinator = await t.createUser({ email: 'koord@example.id', roles: ['COORDINATOR'], regionCode: '32' });
  otherCoordinator = await t.createUser({ email: 'koord.kota@example.id', roles: ['COORDINATOR'], regionCode: '32.73' });
  await t.dataSource.query(`INSERT INTO coordinator_regions (user_id, region_code) VALUES ($1, '32.11'), ($2, '32.73')`, [
    coordinator.user.id,
    otherCoordinator.user.id,
  ]);
  admin = await t.createUser({ email: 'admin@example.id', roles: ['ADMIN'] });
  mentor = await t.createUser({ email: 'mentor@example.id', roles: ['MENTOR'], fullName: 'Ahmad Mentor' });
  learner = await t.createUser({ email: 'wulan@example.id', fullName: 'Wulan', regionCode: '32.11' });
  outsider = await t.createUser({ email: 'luar@example.id', fullName: 'Orang Luar', regionCode: '32.73' });
  reviewer = await t.createUser({ email: 'reviewer@example.id', roles: ['MENTOR'], fullName: 'Rina Reviewer' });
  // The learner reads English; everyone else the default, Bahasa Indonesia.
  await t.dataSource.query(`UPDATE users SET locale = 'en' WHERE id = $1`, [learner.user.id]);
});
afterAll(async () => {
  await t.close();
  await inbox.stop();
});

describe('mentoring events', () => {
  it('a new pair tells its mentor, its mentee and the region’s other coordinators, each by e-mail in their language', async () => {
    const pair = await ok<{ createMentoringPair: { id: string } }>(
      CREATE_PAIR,
      {
        input: {
          mentorId: mentor.user.id,
          menteeKind: 'LEARNER',
          menteeUserId: learner.user.id,
          indicatorCodes: [],
          goals: 'Membentuk Tim Koordinasi SPBE.',
          startDate: day(0),
          endDate: day(60),
        },
      },
      coordinator.token,
    );
    pairId = pair.createMentoringPair.id;
    // The coordinator acted; the other region's coordinator, the admin and the outsider may not see the pair.
    expect(await notificationsOf(NotificationKind.PAIR_CREATED)).toEqual(ids(mentor, learner));
    expect((await outboxOf(NotificationKind.PAIR_CREATED)).map((row) => [row.to_user_id, row.locale]).sort()).toEqual(
      [
        [mentor.user.id, 'id'],
        [learner.user.id, 'en'],
      ].sort(),
    );
    const toMentor = await inbox.waitFor(subjectIs('mentor@example.id', 'Pasangan mentoring baru dengan Ahmad Mentor'));
    expect(toMentor.text).toContain('http://localhost:3000/mentoring/pasangan/');
    expect(toMentor.headerLines.map((line) => line.key)).toContain('list-unsubscribe');
    await inbox.waitFor(subjectIs('wulan@example.id', 'New mentoring pair with Ahmad Mentor'));
  });

  let sessionId: string;
  let version: number;
  let startsAt: string;

  it('a booked session tells the participants but not who booked it, with the .ics, and plans both reminders', async () => {
    const booked = await ok<{ scheduleSession: { id: string; version: number; startsAt: string } }>(
      SCHEDULE,
      {
        input: {
          pairId,
          startsAt: at(3, 10).toISOString(),
          durationMinutes: 60,
          onlineUrl: 'https://meet.example.id/sk',
          agenda: 'Menyusun SK Tim',
        },
      },
      mentor.token,
    );
    ({ id: sessionId, version, startsAt } = booked.scheduleSession);
    expect(await notificationsOf(NotificationKind.SESSION_SCHEDULED)).toEqual(ids(learner));
    const mail = await inbox.waitFor(subjectIs('wulan@example.id', 'Mentoring session booked'));
    // The date in the subject is the WIB wall time, 10:00.
    expect(mail.subject).toMatch(/10:00 WIB$/);
    const ics = mail.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
    expect(ics?.content.toString()).toContain(`UID:${sessionId}@localhost`);
    expect(ics?.content.toString()).toContain('TZID=Asia/Jakarta');

    const jobs: Array<{ run_at: Date; payload: { lead: string; startsAt: string } }> = await t.dataSource.query(REMINDER_JOBS);
    expect(jobs.map((job) => [job.payload.lead, new Date(job.run_at).toISOString()])).toEqual([
      ['24H', new Date(new Date(startsAt).getTime() - 86_400_000).toISOString()],
      ['1H', new Date(new Date(startsAt).getTime() - 3_600_000).toISOString()],
    ]);
  });

  it('a moved session tells the participants again and is not reminded at the old time', async () => {
    const oldStart = startsAt;
    const moved = await ok<{ rescheduleSession: { version: number; startsAt: string } }>(
      RESCHEDULE,
      { input: { sessionId, startsAt: at(4, 14).toISOString(), durationMinutes: 60, version } },
      coordinator.token,
    );
    ({ version, startsAt } = moved.rescheduleSession);
    // The coordinator moved it: both participants hear of it.
    expect(await notificationsOf(NotificationKind.SESSION_RESCHEDULED)).toEqual(ids(mentor, learner));
    await inbox.waitFor(subjectIs('mentor@example.id', 'Sesi mentoring dipindah ke'));
    // One pending job per lead: the reschedule replaced the old ones.
    const jobs: Array<{ payload: { startsAt: string } }> = await t.dataSource.query(REMINDER_JOBS);
    expect(jobs.map((job) => job.payload.startsAt)).toEqual([startsAt, startsAt]);

    const reminders = t.app.get(MentoringNotifications);
    // A reminder job planned for the old start finds the session moved and tells no one.
    await reminders.remind({ sessionId, lead: '24H', startsAt: oldStart });
    expect(await notificationsOf(NotificationKind.SESSION_REMINDER_24H)).toEqual([]);
    // The job for the new start reminds both participants; run twice (a retry), it reminds them once.
    await reminders.remind({ sessionId, lead: '24H', startsAt });
    await reminders.remind({ sessionId, lead: '24H', startsAt });
    expect(await notificationsOf(NotificationKind.SESSION_REMINDER_24H)).toEqual(ids(mentor, learner));
    expect(await outboxOf(NotificationKind.SESSION_REMINDER_24H)).toHaveLength(2);
  });

  it('a cancelled session tells the participants, and its reminders then tell no one', async () => {
    await ok(CANCEL, { input: { sessionId, reason: 'Bentrok dengan rapat', version } }, mentor.token);
    expect(await notificationsOf(NotificationKind.SESSION_CANCELLED)).toEqual(ids(learner));
    await inbox.waitFor(subjectIs('wulan@example.id', 'Mentoring session cancelled'));
    await t.app.get(MentoringNotifications).remind({ sessionId, lead: '1H', startsAt });
    expect(await notificationsOf(NotificationKind.SESSION_REMINDER_1H)).toEqual([]);
  });

  it('a logged session tells the mentee, each action item its owner, and the mentee’s feedback the mentor', async () => {
    const logged = await ok<{ logPastSession: { id: string } }>(
      'mutation ($input: LogPastSessionInput!) { logPastSession(input: $input) { id } }',
      {
        input: {
          pairId,
          // Within the pair's days (it starts today, WIB): three hours ago, or at WIB midnight if that is later.
          startsAt: new Date(Math.max(Date.now() - 3 * 3_600_000, new Date(`${day(0)}T00:00:00+07:00`).getTime())).toISOString(),
          durationMinutes: 30,
          agenda: 'Diskusi arsitektur SPBE',
          status: 'HELD',
          notes: 'Baik',
          actionItems: [
            { text: 'Petakan aplikasi OPD', ownerId: learner.user.id, dueDate: day(7) },
            { text: 'Kirim contoh SK', ownerId: mentor.user.id },
          ],
        },
      },
      mentor.token,
    );
    expect(await notificationsOf(NotificationKind.SESSION_OUTCOME_RECORDED)).toEqual(ids(learner));
    // The mentor wrote their own item: only the learner's is announced.
    expect(await notificationsOf(NotificationKind.ACTION_ITEM_ASSIGNED)).toEqual(ids(learner));
    await inbox.waitFor(subjectIs('wulan@example.id', 'Action item for you: Petakan aplikasi OPD'));

    await ok(
      'mutation ($input: FeedbackInput!) { giveSessionFeedback(input: $input) { rating } }',
      { input: { sessionId: logged.logPastSession.id, rating: 5, comment: 'Sangat membantu' } },
      learner.token,
    );
    expect(await notificationsOf(NotificationKind.FEEDBACK_RECEIVED)).toEqual(ids(mentor));
    await inbox.waitFor(subjectIs('mentor@example.id', 'Umpan balik baru: Diskusi arsitektur SPBE'));
  });

  it('action items due tomorrow and overdue remind their owner once', async () => {
    // A held session with items, written as the mentor's log would.
    const [{ id: heldId }] = await t.dataSource.query(
      `INSERT INTO mentoring_sessions (pair_id, starts_at, duration_minutes, agenda, status, created_by)
       VALUES ($1, now() - interval '2 days', 60, 'Sesi lalu', 'HELD', $2) RETURNING id`,
      [pairId, mentor.user.id],
    );
    await t.dataSource.query(
      `INSERT INTO mentoring_action_items (session_id, text, owner_id, due_date) VALUES
         ($1, 'Kirim draf SK', $2, $3), ($1, 'Undang OPD', $2, $4), ($1, 'Nanti saja', $2, $5)`,
      [heldId, learner.user.id, day(1), day(-1), day(10)],
    );
    const reminders = t.app.get(MentoringNotifications);
    await reminders.remindActionItems(new Date());
    await reminders.remindActionItems(new Date());
    expect(await notificationsOf(NotificationKind.ACTION_ITEM_DUE_TOMORROW)).toEqual(ids(learner));
    expect(await notificationsOf(NotificationKind.ACTION_ITEM_OVERDUE)).toEqual(ids(learner));
    await inbox.waitFor(subjectIs('wulan@example.id', 'Due tomorrow: Kirim draf SK'));
    await inbox.waitFor(subjectIs('wulan@example.id', 'Overdue: Undang OPD'));
  });
});

describe('content review', () => {
  it('a submitted revision goes to the mentors who may review it; changes requested and the approval to its author', async () => {
    const created = await createModule(t, mentor.token, moduleDraft({ title: 'Tata Kelola SPBE' }));
    const submitted = await ok<{ submitForReview: { version: number } }>(
      SUBMIT,
      { input: { revisionId: created.revisionId, version: created.version } },
      mentor.token,
    );
    // Every mentor but the author; not learners, coordinators or admins.
    expect(await notificationsOf(NotificationKind.REVISION_SUBMITTED)).toEqual(ids(reviewer));
    await inbox.waitFor(subjectIs('reviewer@example.id', 'Revisi menunggu tinjauan: Tata Kelola SPBE'));

    const sentBack = await ok<{ requestChanges: { version: number } }>(
      REQUEST_CHANGES,
      { input: { revisionId: created.revisionId, version: submitted.submitForReview.version, comment: 'Tambahkan contoh.' } },
      reviewer.token,
    );
    expect(await notificationsOf(NotificationKind.REVISION_CHANGES_REQUESTED)).toEqual(ids(mentor));
    const again = await ok<{ submitForReview: { version: number } }>(
      SUBMIT,
      { input: { revisionId: created.revisionId, version: sentBack.requestChanges.version } },
      mentor.token,
    );
    // The second submission is a new event (a new version), so the reviewer hears of it again.
    expect(await notificationsOf(NotificationKind.REVISION_SUBMITTED)).toEqual(ids(reviewer, reviewer));
    await ok(APPROVE, { input: { revisionId: created.revisionId, version: again.submitForReview.version } }, reviewer.token);
    expect(await notificationsOf(NotificationKind.REVISION_PUBLISHED)).toEqual(ids(mentor));
    await inbox.waitFor(subjectIs('mentor@example.id', 'Terbit: Tata Kelola SPBE'));
  });
});

describe('assessments', () => {
  it('a finalised or reopened self-assessment tells the coordinators given its region, not other regions’ nor the actor', async () => {
    const assessment = { id: '00000000-0000-4000-8000-000000000001', regionCode: '32.11', year: 2026, version: 3 };
    const notifier = t.app.get(AssessmentNotifications);
    await t.dataSource.transaction((manager) =>
      notifier.statusChanged(manager, { ...assessment, status: AssessmentStatus.FINAL } as never, admin.user.id),
    );
    expect(await notificationsOf(NotificationKind.ASSESSMENT_FINALISED)).toEqual(ids(coordinator));
    const mail = await inbox.waitFor(subjectIs('koord@example.id', 'Penilaian mandiri Kabupaten Sumedang 2026 difinalkan'));
    expect(mail.text).toContain('http://localhost:3000/spbe/wilayah/32.11/penilaian/2026');
    // The coordinator reopens it: nobody else coordinates the region, so nobody is told.
    await t.dataSource.transaction((manager) =>
      notifier.statusChanged(manager, { ...assessment, status: AssessmentStatus.DRAFT, version: 4 } as never, coordinator.user.id),
    );
    expect(await notificationsOf(NotificationKind.ASSESSMENT_REOPENED)).toEqual([]);
  });
});

describe('role granted', () => {
  it('tells the user of each role given, not of roles kept', async () => {
    const [{ version }] = await t.dataSource.query('SELECT version FROM users WHERE id = $1', [outsider.user.id]);
    await ok(
      'mutation ($input: SetUserRolesInput!) { setUserRoles(input: $input) { id } }',
      { input: { userId: outsider.user.id, roles: ['LEARNER', 'MENTOR'], version } },
      admin.token,
    );
    expect(await notificationsOf(NotificationKind.ROLE_GRANTED)).toEqual(ids(outsider));
    await inbox.waitFor(subjectIs('luar@example.id', 'Peran baru: Mentor'));
  });
});

describe('the bell and the list', () => {
  it('count the unread, list newest first with params and links, and mark one and all read', async () => {
    const count = async (account: Account) =>
      (await ok<{ myUnreadNotificationCount: number }>(COUNT, {}, account.token)).myUnreadNotificationCount;
    const before = await count(learner);
    expect(before).toBeGreaterThanOrEqual(5);
    const list = await ok<{
      myNotifications: { totalCount: number; items: Array<{ id: string; kind: string; link: string; read: boolean; params: unknown[] }> };
    }>(LIST, { limit: 2 }, learner.token);
    expect(list.myNotifications.totalCount).toBe(before);
    expect(list.myNotifications.items).toHaveLength(2);
    const first = list.myNotifications.items[0];
    expect(first.link).toMatch(/^\/mentoring\/pasangan\//);

    // Someone else's notification is NOT_FOUND, and stays unread.
    const stranger = await t.graphql(MARK_READ, { id: first.id }, outsider.token);
    expect(stranger.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NOTIFICATION_NOT_FOUND' });
    expect(await count(learner)).toBe(before);

    expect(
      (await ok<{ markNotificationRead: { read: boolean } }>(MARK_READ, { id: first.id }, learner.token)).markNotificationRead.read,
    ).toBe(true);
    expect(await count(learner)).toBe(before - 1);
    const unread = await ok<{ myNotifications: { totalCount: number } }>(LIST, { unreadOnly: true }, learner.token);
    expect(unread.myNotifications.totalCount).toBe(before - 1);

    const mentorBefore = await count(mentor);
    expect((await ok<{ markAllNotificationsRead: number }>(MARK_ALL, {}, learner.token)).markAllNotificationsRead).toBe(before - 1);
    expect(await count(learner)).toBe(0);
    // Only the caller's own.
    expect(await count(mentor)).toBe(mentorBefore);
  });

  it('count on the partial unread index, whatever the number of read ones', async () => {
    // A long-time user: thousands read, a few unread.
    await t.dataSource.query(
      `INSERT INTO notifications (recipient_id, kind, object_type, object_id, link, dedupe_key, read_at)
       SELECT $1, 'QUESTION_ASKED', 'Question', g::text, '/', 'bulk:' || g, CASE WHEN g % 1000 = 0 THEN NULL ELSE now() END
       FROM generate_series(1, 5000) g`,
      [outsider.user.id],
    );
    await t.dataSource.query('ANALYZE notifications');
    const plan: Array<{ 'QUERY PLAN': string }> = await t.dataSource.query(
      'EXPLAIN SELECT count(*) FROM notifications WHERE recipient_id = $1 AND read_at IS NULL',
      [outsider.user.id],
    );
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('notifications_unread_idx');
    expect((await ok<{ myUnreadNotificationCount: number }>(COUNT, {}, outsider.token)).myUnreadNotificationCount).toBeGreaterThanOrEqual(
      5,
    );
  });

  it('are for signed-in users only', async () => {
    expect((await t.graphql(COUNT, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect((await t.graphql(LIST, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuse a page larger than 100', async () => {
    expect((await t.graphql(LIST, { limit: 101 }, learner.token)).errors?.[0].extensions?.reason).toBe('INVALID_PAGE');
  });
});

describe('preferences', () => {
  const notify = (kind: NotificationKind, recipients: Account[], key: string) =>
    t.app.get(NotificationService).notify(undefined, {
      kind,
      recipientIds: recipients.map((account) => account.user.id),
      object: { type: 'ContentItem', id: key, link: `/konten/${key}` },
      params: { title: `Modul ${key}` },
      dedupeKey: `test:${key}`,
    });

  it('lists every kind, e-mail at once by default', async () => {
    const { myNotificationPreferences } = await ok<{ myNotificationPreferences: Array<{ kind: string; emailDelivery: string }> }>(
      PREFERENCES,
      {},
      mentor.token,
    );
    expect(myNotificationPreferences).toHaveLength(Object.values(NotificationKind).length);
    expect(new Set(myNotificationPreferences.map((preference) => preference.emailDelivery))).toEqual(new Set(['IMMEDIATE']));
  });

  it('refuses an unknown kind or delivery with a typed error, nothing written', async () => {
    const unknownKind = await t.graphql(SET_PREFERENCE, { input: { kind: 'NEWSLETTER', emailDelivery: 'OFF' } }, mentor.token);
    expect(unknownKind.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_NOTIFICATION_KIND',
      fields: [{ field: 'kind', message: 'field.invalid' }],
    });
    const unknownDelivery = await t.graphql(
      SET_PREFERENCE,
      { input: { kind: NotificationKind.REVISION_PUBLISHED, emailDelivery: 'WEEKLY' } },
      mentor.token,
    );
    expect(unknownDelivery.errors?.[0].extensions?.reason).toBe('UNKNOWN_EMAIL_DELIVERY');
    const [{ count }] = await t.dataSource.query('SELECT count(*)::int AS count FROM notification_preferences');
    expect(count).toBe(0);
  });

  it('off: in the app only; digest: one daily message with the day’s notifications, sent once', async () => {
    await ok(SET_PREFERENCE, { input: { kind: NotificationKind.QUESTION_ANSWERED, emailDelivery: 'OFF' } }, mentor.token);
    // An earlier unsubscribe link stopped the digest; choosing the digest again here takes that back.
    await t.app.get(MailService).unsubscribe(learner.user.id, 'notifications.digest');
    await ok(SET_PREFERENCE, { input: { kind: NotificationKind.QUESTION_ANSWERED, emailDelivery: 'DAILY_DIGEST' } }, learner.token);
    await notify(NotificationKind.QUESTION_ANSWERED, [mentor, learner, admin], 'a');
    await notify(NotificationKind.QUESTION_ANSWERED, [mentor, learner, admin], 'b');
    expect(await notificationsOf(NotificationKind.QUESTION_ANSWERED)).toEqual(ids(mentor, mentor, learner, learner, admin, admin).sort());
    // Only the admin (default: at once) is e-mailed now.
    expect((await outboxOf(NotificationKind.QUESTION_ANSWERED)).map((row) => row.to_user_id)).toEqual([admin.user.id, admin.user.id]);

    const service = t.app.get(NotificationService);
    expect(await service.sendDigests()).toBe(1);
    expect(await service.sendDigests()).toBe(0);
    const digests = await outboxOf('digest');
    expect(digests).toEqual([{ to_user_id: learner.user.id, subject: 'Your Living Lab daily digest: 2 notifications', locale: 'en' }]);
    const mail = await inbox.waitFor(subjectIs('wulan@example.id', 'Your Living Lab daily digest'));
    expect(mail.text).toContain('Your question about "Modul a" has an answer.');
    expect(mail.text).toContain('Your question about "Modul b" has an answer.');
    expect(mail.text).toContain('http://localhost:3000/konten/b');
  });

  it('a repeated event (same dedupe key) is stored and mailed once', async () => {
    const first = await notify(NotificationKind.CERTIFICATE_ISSUED, [admin], 'once');
    const again = await notify(NotificationKind.CERTIFICATE_ISSUED, [admin], 'once');
    expect(first).toHaveLength(1);
    expect(again).toEqual([]);
    expect(await notificationsOf(NotificationKind.CERTIFICATE_ISSUED)).toEqual([admin.user.id]);
    expect(await outboxOf(NotificationKind.CERTIFICATE_ISSUED)).toHaveLength(1);
  });

  it('refuses an unknown kind from a caller', async () => {
    await expect(notify('NEWSLETTER' as NotificationKind, [admin], 'bad')).rejects.toMatchObject({ reason: 'UNKNOWN_NOTIFICATION_KIND' });
  });
});
