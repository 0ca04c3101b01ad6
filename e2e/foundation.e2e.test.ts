import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, openMenu } from './support/browser';
import { connectToServerDatabase } from './support/database';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * A visitor registers, switches language, signs out and in again; the admin grants them a role,
 * which their navigation then reflects. Also checks each page with axe and at 360 px width.
 */
describeInBrowser('foundation in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  const newPage = async (width = 1280): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    return context.newPage();
  };

  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  const signIn = async (page: Page, email: string, password: string) => {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill(password);
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
  };

  it('a civil servant registers, switches to English and back, signs out and in', async () => {
    const page = await newPage(360);
    await page.goto(server.url);
    await expectAccessible(page);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Daftar' }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();

    // A bad form is explained field by field before anything is sent.
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByRole('alert').first().waitFor();
    expect(await page.getByLabel('Email').getAttribute('aria-invalid')).toBe('true');

    await page.getByLabel('Nama lengkap').fill('Wulan Permata');
    await page.getByLabel('Email').fill('wulan@kuningankab.go.id');
    await page.getByLabel('Kata sandi').fill('kata-sandi-wulan');
    await page.getByLabel('Provinsi').selectOption('32');
    await page.getByLabel('Kabupaten/kota').selectOption('32.08');
    await page.getByLabel('Instansi/OPD').fill('Dinas Komunikasi dan Informatika');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Daftar', exact: true }).click();
    await page.getByRole('heading', { name: /Selamat datang, Wulan Permata/ }).waitFor();
    // The region chosen is asked for, not taken: until its coordinator approves, she is in none.
    await page.getByText(/Akun Anda belum tergabung ke wilayah/).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    await page.getByLabel('Bahasa').selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByLabel('Language').selectOption({ label: 'Bahasa Indonesia' });
    await page.getByRole('button', { name: 'Keluar' }).click();

    await signIn(page, 'wulan@kuningankab.go.id', 'kata-sandi-wulan');
    // The session is an httpOnly cookie: nothing in localStorage, nothing page scripts can read.
    expect(await page.evaluate(() => JSON.stringify(Object.entries(window.localStorage)))).not.toMatch(/eyJ|token/i);
    expect(await page.evaluate(() => document.cookie)).not.toContain('ll_session');
    const [session] = (await page.context().cookies()).filter((cookie) => cookie.name === 'll_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    await page.reload();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    await openMenu(page);
    await page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Profil' }).click();
    await page.getByText(/Permintaan bergabung ke Kabupaten Kuningan menunggu persetujuan/).waitFor();
    await expectAccessible(page);

    // Kuningan's coordinator sees a new account asking to join, approves, and she is a member.
    const coordinator = await newPage();
    await signIn(coordinator, 'koordinator@livinglab.demo', 'demo-livinglab-2026');
    await coordinator.goto(`${server.url}/koordinasi/pindah-wilayah`);
    const card = coordinator.getByRole('listitem').filter({ hasText: 'Wulan Permata' });
    await card.getByText('Akun baru, meminta bergabung ke Kabupaten Kuningan').waitFor();
    await expectAccessible(coordinator);
    await card.getByRole('button', { name: /^Setujui/ }).click();
    await coordinator.getByText('Wulan Permata sekarang terdaftar di wilayah tujuan.').waitFor();
    await coordinator.context().close();
    await page.reload();
    await page.getByText(/Permintaan bergabung ke Kabupaten Kuningan disetujui/).waitFor();
    await page
      .getByRole('definition')
      .filter({ hasText: /^Kabupaten Kuningan$/ })
      .waitFor();
    await page.context().close();
  });

  it('a wrong password is refused with a clear message', async () => {
    const page = await newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill('admin@livinglab.demo');
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Email atau kata sandi salah.' }).waitFor();
    await page.context().close();
  });

  it('the admin grants a registered user the MENTOR role once they confirmed their address, and the user’s session reflects it', async () => {
    const wulan = 'wulan@kuningankab.go.id';
    const admin = await newPage();
    await signIn(admin, 'admin@livinglab.demo', 'demo-livinglab-2026');
    const findWulan = async () => {
      await admin.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Kelola Pengguna' }).click();
      await admin.getByLabel('Cari pengguna').fill('Wulan');
      await admin.getByRole('button', { name: 'Cari', exact: true }).click();
      const card = admin.getByRole('article', { name: 'Wulan Permata' });
      await card.waitFor();
      return card;
    };

    // Not confirmed yet: the card says so, and a grant is refused with the reason (not silently).
    let card = await findWulan();
    await card.getByText('Email belum dikonfirmasi').waitFor();
    await card.getByLabel('Mentor').check();
    await card.getByRole('button', { name: 'Simpan peran' }).click();
    await card
      .getByRole('alert')
      .filter({ hasText: 'Peran Mentor belum dapat diberikan: pemilik akun belum mengonfirmasi alamat emailnya.' })
      .waitFor();
    expect(await card.getByRole('status').textContent()).toBe('');
    await expectAccessible(admin);

    // Wulan follows the link of her registration mail (kept in the outbox: this server has no SMTP_URL).
    const db = await connectToServerDatabase(server.dataDir);
    const [mail] = (
      await db.query(`SELECT text_body FROM mail_messages WHERE to_address = $1 AND kind = 'auth.email-verification'`, [wulan])
    ).rows as Array<{ text_body: string }>;
    await db.end();
    const link = new URL(mail.text_body.match(/https?:\/\/\S+\/verify-email\?token=\S+/)?.[0] ?? '');
    const learner = await newPage();
    // The link's origin is PUBLIC_URL (localhost by default); the page is the same on this server's address.
    await learner.goto(`${server.url}${link.pathname}${link.search}`);
    await learner.getByRole('status').filter({ hasText: 'Terima kasih, alamat email Anda sudah dikonfirmasi.' }).waitFor();
    await expectAccessible(learner);

    // The admin opens the list afresh: the account is confirmed now, and the grant goes through.
    await admin.reload();
    card = await findWulan();
    expect(await card.getByText('Email belum dikonfirmasi').count()).toBe(0);
    await card.getByLabel('Mentor').check();
    await card.getByRole('button', { name: 'Simpan peran' }).click();
    await admin.getByRole('status').filter({ hasText: 'Peran Wulan Permata berhasil disimpan.' }).waitFor();
    expect(await card.getByRole('alert').count()).toBe(0);
    await expectAccessible(admin);

    await signIn(learner, wulan, 'kata-sandi-wulan');
    await learner.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link', { name: 'Profil' }).click();
    await learner.getByText('Mentor').first().waitFor();

    // A learner does not get the admin page.
    expect(await learner.getByRole('link', { name: 'Kelola Pengguna' }).count()).toBe(0);
    await admin.context().close();
    await learner.context().close();
  });
});
