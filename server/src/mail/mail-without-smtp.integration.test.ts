import { createTestApp, type TestApp } from '../../test/test-app';
import { MailService } from './mail.service';
import { eventually } from './mail.test-helpers';

/** Development without SMTP_URL: every message stays in the outbox (status KEPT) for admins to read. */
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp({ jobsWorker: true });
});
afterAll(() => t.close());

it('keeps the message, rendered, in the outbox for admins', async () => {
  const admin = await t.createUser({ email: 'admin@dev.test', roles: ['ADMIN'] });
  await t.app.get(MailService).send({
    to: 'budi@dev.test',
    locale: 'en',
    kind: 'auth.email-verification',
    essential: true,
    subject: 'Confirm your e-mail address',
    body: { paragraphs: ['Please confirm your address.'], action: { label: 'Confirm', url: 'http://localhost:3000/verify?token=t1' } },
  });
  const kept = await eventually(async () => {
    const response = await t.graphql<{ mailOutbox: { items: Array<{ status: string; textBody: string; to: string }> } }>(
      '{ mailOutbox { items { status textBody to } } }',
      {},
      admin.token,
    );
    const [item] = response.data?.mailOutbox.items ?? [];
    return item?.status === 'KEPT' ? item : undefined;
  });
  expect(kept.to).toBe('budi@dev.test');
  expect(kept.textBody).toContain('Confirm:\nhttp://localhost:3000/verify?token=t1');
});
