import { linkIn, startTestSmtpServer, type TestSmtpServer } from '../src/mail/mail.test-helpers';

/**
 * Kept only for e2e/account-recovery.e2e.test.ts, which imports it (e2e/ is edited elsewhere): the
 * server's tests use `startTestSmtpServer` from src/mail/mail.test-helpers.ts. Delete this file once
 * that e2e file imports mail.test-helpers (`close()` there is `stop()`).
 */
export type SmtpInbox = TestSmtpServer & { close(): Promise<void> };

export async function startSmtpInbox(): Promise<SmtpInbox> {
  const server = await startTestSmtpServer();
  return Object.assign(server, { close: server.stop });
}

export { linkIn };
