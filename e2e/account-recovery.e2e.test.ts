import { createServer } from 'node:net';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { linkIn, startTestSmtpServer, type TestSmtpServer } from '../server/src/mail/mail.test-helpers';
import { describeInBrowser, launchBrowser } from './support/browser';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * "Lupa kata sandi" end to end: the built server delivers to a real SMTP server started here, the
 * link in the message is followed in chromium, the new password signs in and the old token is refused.
 */
describeInBrowser('account recovery in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let inbox: TestSmtpServer;
  let publicUrl: string;

  const email = 'yusuf@sumedangkab.go.id';
  const oldPassword = 'kata-sandi-lama-yusuf';
  const newPassword = 'jembatan-cincin-jatinangor';

  beforeAll(async () => {
    inbox = await startTestSmtpServer();
    // The links in the mails are built from PUBLIC_URL, so the server gets a port chosen here.
    const port = await freePort();
    publicUrl = `http://127.0.0.1:${port}`;
    [server, browser] = await Promise.all([
      startServer({
        env: { PORT: String(port), PUBLIC_URL: publicUrl, SMTP_URL: inbox.url, MAIL_FROM: 'Living Lab <noreply@livinglab.test>' },
      }),
      launchBrowser(),
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
    await inbox?.stop();
  });

  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  it('Lupa kata sandi: the mail arrives, its link sets a new password, the old token is refused', async () => {
    await graphql(server.url, 'mutation ($input: RegisterInput!) { register(input: $input) { checkEmail } }', {
      input: { email, password: oldPassword, fullName: 'Yusuf Hidayat', regionCode: '32.11', agency: 'Diskominfo Sumedang', locale: 'id' },
    });
    const oldToken = await signInToken(server.url, email, oldPassword);

    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByRole('heading', { level: 1, name: 'Lupa kata sandi' }).waitFor();
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Jika ${email} terdaftar` })
      .waitFor();
    await expectAccessible(page);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    const mail = await inbox.waitFor((m) => m.subject === 'Atur ulang kata sandi Living Lab', 30_000);
    expect(mail.html).toContain('lang="id"');
    const link = linkIn(mail, `${publicUrl}/reset-password?token=`);
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Buat kata sandi baru' }).waitFor();
    await page.getByLabel('Kata sandi baru').fill(newPassword);
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByText(`Kata sandi ${email} sudah diganti`).waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Masuk sekarang' }).click();
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill(newPassword);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();

    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${oldToken}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    const body = (await response.json()) as { errors?: Array<{ extensions?: { reason?: string } }> };
    expect(body.errors?.[0].extensions?.reason).toBe('SESSION_INVALID');
    await expect(signInToken(server.url, email, oldPassword)).rejects.toThrow(/INVALID_CREDENTIALS/);

    // The link is single use: following it again says so.
    await page.goto(link);
    await page.getByLabel('Kata sandi baru').fill('jembatan-lain-di-cileunyi');
    await page.getByRole('button', { name: 'Simpan kata sandi baru' }).click();
    await page.getByRole('alert').filter({ hasText: 'Tautan ini sudah dipakai' }).waitFor();
    await context.close();
  });
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
