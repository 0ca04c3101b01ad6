import type { ParsedMail } from 'mailparser';
import { createTestApp, type TestApp } from '../../test/test-app';
import { TransactionRunner } from '../common/transaction';
import { MailService } from './mail.service';
import { eventually, startTestSmtpServer, type TestSmtpServer } from './mail.test-helpers';
import { MailDelivery } from './mail-delivery';
import type { OutgoingMail } from './outgoing-mail';

/** Delivery through a real SMTP server (smtp-server), read back with mailparser; the app runs its job worker. */
let t: TestApp;
let smtp: TestSmtpServer;
let mail: MailService;
let admin: { token: string };
let learner: { user: { id: string; email: string }; token: string };

beforeAll(async () => {
  smtp = await startTestSmtpServer();
  t = await createTestApp({ smtpUrl: smtp.url, mailFrom: 'Living Lab Jawa Barat <no-reply@livinglab.test>', jobsWorker: true });
  mail = t.app.get(MailService);
  admin = await t.createUser({ email: 'admin@mail.test', roles: ['ADMIN'] });
  learner = await t.createUser({ email: 'siti@mail.test', fullName: 'Siti Aminah' });
});

afterAll(async () => {
  await t.close();
  await smtp.stop();
});

const OUTBOX = `query ($status: MailStatus, $search: String) {
  mailOutbox(status: $status, search: $search, limit: 100) {
    totalCount
    items { id to toUserId kind locale essential subject status attempts lastError textBody attachmentNames createdAt sentAt }
  }
}`;

interface OutboxItem {
  id: string;
  to: string;
  kind: string;
  locale: string;
  subject: string;
  status: string;
  attempts: number;
  lastError: string | null;
  textBody: string;
  attachmentNames: string[];
  sentAt: string | null;
}

async function outbox(search: string): Promise<OutboxItem[]> {
  const response = await t.graphql<{ mailOutbox: { items: OutboxItem[] } }>(OUTBOX, { search }, admin.token);
  if (!response.data) throw new Error(JSON.stringify(response.errors));
  return response.data.mailOutbox.items;
}

/** Waits until the message with this subject reaches `status`. */
function messageWithStatus(subject: string, status: string, timeoutMs?: number): Promise<OutboxItem> {
  return eventually(async () => (await outbox(subject)).find((item) => item.subject === subject && item.status === status), timeoutMs);
}

function essentialMail(subject: string, extra: Partial<OutgoingMail> = {}): OutgoingMail {
  return {
    to: learner.user.email,
    toUserId: learner.user.id,
    locale: 'id',
    kind: 'auth.password-reset',
    essential: true,
    subject,
    body: {
      greeting: 'Halo Siti Aminah,',
      paragraphs: ['Kami menerima permintaan untuk mengatur ulang kata sandi Anda.', 'Tautan berlaku 1 jam.'],
      action: { label: 'Atur ulang kata sandi', url: 'http://localhost:3000/reset-password?token=abc' },
      footer: 'Abaikan e-mail ini jika Anda tidak memintanya.',
    },
    ...extra,
  };
}

const bySubject = (subject: string) => (parsed: ParsedMail) => parsed.subject === subject;

it('delivers a multipart text + HTML message in the recipient language, with an .ics attachment', async () => {
  const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Living Lab//ID\r\nEND:VCALENDAR\r\n';
  await mail.send(
    essentialMail('Atur ulang kata sandi <Living Lab>', {
      attachments: [{ filename: 'sesi.ics', content: ics, contentType: 'text/calendar; charset=utf-8; method=REQUEST' }],
    }),
  );
  const received = await smtp.waitFor(bySubject('Atur ulang kata sandi <Living Lab>'));
  expect(received.from?.text).toBe('"Living Lab Jawa Barat" <no-reply@livinglab.test>');
  expect(received.to && !Array.isArray(received.to) ? received.to.text : '').toBe('siti@mail.test');
  expect(received.text).toContain('Halo Siti Aminah,');
  expect(received.text).toContain('Atur ulang kata sandi:\nhttp://localhost:3000/reset-password?token=abc');
  expect(received.html).toContain('<html lang="id">');
  expect(received.html).toContain('href="http://localhost:3000/reset-password?token=abc"');
  // Texts are escaped, never markup.
  expect(received.html).toContain('Atur ulang kata sandi &lt;Living Lab&gt;');
  expect(received.html).not.toContain('<Living Lab>');
  expect(received.headerLines.some((line) => line.key.startsWith('list-'))).toBe(false);
  expect(received.messageId).toMatch(/@livinglab\.test>$/);
  expect(received.attachments).toHaveLength(1);
  expect(received.attachments[0]).toMatchObject({ filename: 'sesi.ics', contentType: 'text/calendar' });
  expect(received.attachments[0].content.toString('utf8')).toBe(ics);

  const sent = await messageWithStatus('Atur ulang kata sandi <Living Lab>', 'SENT');
  expect(sent).toMatchObject({ attempts: 1, lastError: null, attachmentNames: ['sesi.ics'], locale: 'id' });
  expect(sent.sentAt).not.toBeNull();
});

it('puts List-Unsubscribe and RFC 8058 one-click on non-essential mail; one-click opts out of that kind only', async () => {
  const digest = (subject: string): OutgoingMail => ({
    to: learner.user.email,
    toUserId: learner.user.id,
    locale: 'en',
    kind: 'notifications.digest',
    essential: false,
    subject,
    body: { paragraphs: ['Three new answers to your questions.'] },
  });
  await mail.send(digest('Your weekly digest'));
  const received = await smtp.waitFor(bySubject('Your weekly digest'));
  expect(received.html).toContain('<html lang="en">');
  expect(received.text).toContain('Stop receiving this kind of e-mail');
  // The raw header lines (mailparser folds List-* headers into one structured `list` header).
  const headerLine = (key: string) => received.headerLines.find((line) => line.key === key)?.line.replace(/\r?\n\s+/g, ' ');
  expect(headerLine('list-unsubscribe-post')).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
  const unsubscribeUrl = /^List-Unsubscribe: ?<(\S+)>$/.exec(headerLine('list-unsubscribe') ?? '')?.[1] ?? '';
  expect(received.text).toContain(unsubscribeUrl);
  expect(unsubscribeUrl).toMatch(/^http:\/\/localhost:3000\/mail\/unsubscribe\?u=/);
  const onApp = unsubscribeUrl.replace('http://localhost:3000', t.url);

  // A forged signature, or the signature of another kind, changes nothing.
  const forged = new URL(onApp);
  forged.searchParams.set('k', 'auth.password-reset');
  expect((await fetch(forged, { method: 'POST' })).status).toBe(400);
  // Following the link (GET, as link scanners do) only asks.
  const page = await fetch(onApp);
  expect(page.status).toBe(200);
  expect(await page.text()).toContain('<form method="post"');
  expect(await mail.isUnsubscribed(learner.user.id, 'notifications.digest')).toBe(false);

  const oneClick = await fetch(onApp, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'List-Unsubscribe=One-Click',
  });
  expect(oneClick.status).toBe(200);
  expect(await mail.isUnsubscribed(learner.user.id, 'notifications.digest')).toBe(true);
  expect(await mail.isUnsubscribed(learner.user.id, 'notifications.reminder')).toBe(false);

  await mail.send(digest('Your next weekly digest'));
  await messageWithStatus('Your next weekly digest', 'SKIPPED');
  // Essential mail still goes out.
  await mail.send(essentialMail('Kata sandi Anda diubah', { kind: 'auth.password-changed' }));
  await smtp.waitFor(bySubject('Kata sandi Anda diubah'));
  expect(smtp.received.filter(bySubject('Your next weekly digest'))).toHaveLength(0);
});

it('refuses non-essential mail without a recipient account, and a link that is not http(s)', async () => {
  await expect(mail.send({ ...essentialMail('x'), essential: false, toUserId: undefined })).rejects.toThrow('needs toUserId');
  await expect(
    mail.send(essentialMail('y', { body: { paragraphs: [], action: { label: 'Klik', url: 'javascript:alert(1)' } } })),
  ).rejects.toThrow('http(s)');
});

it('retries a temporary refusal (451) with backoff, showing RETRYING and the error in the outbox, then sends', async () => {
  smtp.refuseNext(451);
  await mail.send(essentialMail('Coba lagi nanti'));
  const retrying = await messageWithStatus('Coba lagi nanti', 'RETRYING');
  expect(retrying.attempts).toBe(1);
  expect(retrying.lastError).toContain('451');
  await smtp.waitFor(bySubject('Coba lagi nanti'));
  const sent = await messageWithStatus('Coba lagi nanti', 'SENT');
  expect(sent).toMatchObject({ attempts: 2, lastError: null });
});

it('marks a permanent refusal (550) FAILED at once; an admin queues it again and it is sent', async () => {
  smtp.refuseNext(550);
  await mail.send(essentialMail('Ditolak server'));
  const failed = await messageWithStatus('Ditolak server', 'FAILED');
  expect(failed.attempts).toBe(1);
  expect(failed.lastError).toContain('550');

  const retry = 'mutation ($id: ID!) { retryMail(id: $id) { id status } }';
  expect((await t.graphql(retry, { id: failed.id }, learner.token)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const queued = await t.graphql<{ retryMail: { status: string } }>(retry, { id: failed.id }, admin.token);
  expect(queued.data?.retryMail.status).toBe('QUEUED');
  await smtp.waitFor(bySubject('Ditolak server'));
  expect(await messageWithStatus('Ditolak server', 'SENT')).toMatchObject({ attempts: 2 });
  // Only a FAILED message can be queued again.
  const again = await t.graphql(retry, { id: failed.id }, admin.token);
  expect(again.errors?.[0].extensions?.reason).toBe('MAIL_NOT_RETRYABLE');
});

it('loses nothing while the SMTP server is down and does not make the sender wait', async () => {
  await smtp.stop();
  const started = Date.now();
  await mail.send(essentialMail('Server mati'));
  expect(Date.now() - started).toBeLessThan(1000);
  const retrying = await messageWithStatus('Server mati', 'RETRYING');
  expect(retrying.lastError).toMatch(/ECONNREFUSED|ESOCKET|ECONNECTION/);
  await smtp.start();
  await smtp.waitFor(bySubject('Server mati'), 30_000);
  await messageWithStatus('Server mati', 'SENT');
});

it('gives a message whose job was lost (a restored database) its delivery job again, once', async () => {
  await smtp.stop();
  await mail.send(essentialMail('Setelah pemulihan'));
  const retrying = await messageWithStatus('Setelah pemulihan', 'RETRYING');
  // What a restore leaves: the message in the outbox and no job in the queue (its schema is not backed up).
  const removed = await t.dataSource.query(
    `SELECT id FROM graphile_worker.complete_jobs(
       (SELECT array_agg(j.id) FROM graphile_worker._private_jobs j JOIN graphile_worker._private_tasks k ON k.id = j.task_id
        WHERE k.identifier = 'mail.deliver' AND j.payload->>'messageId' = $1))`,
    [retrying.id],
  );
  expect(removed).toHaveLength(1);
  const delivery = t.app.get(MailDelivery);
  await smtp.start();
  expect(await delivery.requeueOrphans()).toBe(1);
  expect(await delivery.requeueOrphans()).toBe(0);
  await smtp.waitFor(bySubject('Setelah pemulihan'), 30_000);
  await messageWithStatus('Setelah pemulihan', 'SENT');
  expect(smtp.received.filter(bySubject('Setelah pemulihan'))).toHaveLength(1);
});

it('sends one message for one idempotency key', async () => {
  const keyed = essentialMail('Pengingat sesi', { idempotencyKey: `reminder:session-1:${learner.user.id}` });
  await mail.send(keyed);
  await mail.send(keyed);
  await smtp.waitFor(bySubject('Pengingat sesi'));
  await messageWithStatus('Pengingat sesi', 'SENT');
  await new Promise((resolve) => setTimeout(resolve, 500));
  expect(smtp.received.filter(bySubject('Pengingat sesi'))).toHaveLength(1);
  expect(await outbox('Pengingat sesi')).toHaveLength(1);
});

it('a rolled-back transaction sends nothing and leaves no message', async () => {
  await expect(
    t.app.get(TransactionRunner).run(async (manager) => {
      await mail.send(essentialMail('Tidak jadi'), manager);
      throw new Error('request failed');
    }),
  ).rejects.toThrow('request failed');
  await mail.send(essentialMail('Sesudahnya'));
  await smtp.waitFor(bySubject('Sesudahnya'));
  expect(await outbox('Tidak jadi')).toHaveLength(0);
  expect(smtp.received.filter(bySubject('Tidak jadi'))).toHaveLength(0);
});

it('shows the outbox to admins only', async () => {
  const coordinator = await t.createUser({ email: 'koordinator@mail.test', roles: ['COORDINATOR'] });
  const mentor = await t.createUser({ email: 'mentor@mail.test', roles: ['MENTOR'] });
  for (const token of [learner.token, coordinator.token, mentor.token]) {
    const response = await t.graphql(OUTBOX, {}, token);
    expect(response.data).toBeNull();
    expect(response.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  }
  expect((await t.graphql(OUTBOX, {})).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  const failedOnly = await t.graphql<{ mailOutbox: { totalCount: number; items: OutboxItem[] } }>(OUTBOX, { status: 'SENT' }, admin.token);
  expect(failedOnly.data?.mailOutbox.totalCount).toBeGreaterThan(0);
  expect(failedOnly.data?.mailOutbox.items.every((item) => item.status === 'SENT')).toBe(true);
});
