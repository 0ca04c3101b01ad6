import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, openMenu } from './support/browser';
import { type ServerProcess, startServer } from './support/server-process';

/** A mentor writes and submits a module, a second mentor approves it, a learner finds it by search. */
describeInBrowser('content in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  const title = 'Menyusun Peta Rencana SPBE Kabupaten';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  const signedIn = async (email: string, width = 1280): Promise<Page> => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    return page;
  };
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Navigasi utama' });
  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  it('goes from a mentor’s draft to a learner’s search result', async () => {
    const mentor = await signedIn('mentor@livinglab.demo');
    await nav(mentor).getByRole('link', { name: 'Konten Saya' }).click();
    await mentor.getByRole('link', { name: 'Buat modul baru' }).click();
    await mentor.getByRole('heading', { name: 'Modul baru' }).waitFor();
    await mentor.getByLabel('Judul', { exact: true }).fill(title);
    await mentor.getByLabel('Ringkasan').fill('Langkah menyusun peta rencana SPBE lima tahunan dan menyelaraskannya dengan RPJMD.');
    await mentor.getByLabel('Tingkat', { exact: true }).selectOption({ label: 'Menengah' });
    await mentor.getByLabel('Perkiraan waktu (menit)').fill('40');
    // New content is tagged with the Indeks Pemdi by default; this one names an SPBE 59/2020 indicator.
    await mentor.getByRole('radio', { name: 'SPBE (PermenPANRB 59/2020)' }).check();
    await mentor.getByLabel('Cari indikator').fill('Peta Rencana');
    await mentor.getByRole('checkbox', { name: /^I12 / }).check();
    const lesson = mentor.getByRole('group', { name: 'Pelajaran 1' });
    await lesson.getByLabel('Judul pelajaran').fill('Mengapa peta rencana');
    await lesson.getByLabel('Isi pelajaran').fill('### Tujuan\n\nPeta rencana menyelaraskan **arsitektur SPBE** dengan anggaran daerah.');
    await lesson.getByRole('button', { name: /^Pratinjau Isi pelajaran/ }).click();
    await mentor.locator('h3', { hasText: 'Tujuan' }).waitFor();
    await mentor.getByRole('button', { name: 'Simpan draf' }).click();
    await mentor.getByRole('status').filter({ hasText: 'Draf tersimpan.' }).waitFor();
    await expectAccessible(mentor);
    await mentor.getByRole('button', { name: 'Ajukan untuk ditinjau' }).click();
    await mentor.getByRole('status').filter({ hasText: 'Draf diajukan untuk ditinjau.' }).waitFor();

    // The author cannot approve their own work: it is not in their review queue.
    await nav(mentor).getByRole('link', { name: 'Tinjauan' }).click();
    await mentor.getByRole('heading', { level: 1 }).waitFor();
    expect(await mentor.getByRole('link', { name: title }).count()).toBe(0);

    const reviewer = await signedIn('mentor2@livinglab.demo');
    await nav(reviewer).getByRole('link', { name: 'Tinjauan' }).click();
    await reviewer.getByRole('link', { name: title }).click();
    await reviewer.getByRole('heading', { name: `Tinjau: ${title}` }).waitFor();
    await reviewer.getByLabel('Komentar peninjau').fill('Jelas dan siap terbit.');
    await reviewer.getByRole('button', { name: 'Setujui dan terbitkan' }).click();
    await reviewer.getByRole('status').filter({ hasText: 'Revisi disetujui dan diterbitkan.' }).waitFor();

    const learner = await signedIn('asn.sumedang@livinglab.demo', 360);
    await openMenu(learner);
    await nav(learner).getByRole('link', { name: 'Katalog', exact: true }).click();
    await learner.getByLabel('Cari konten').fill('peta rencana anggaran');
    await learner.getByRole('button', { name: 'Cari', exact: true }).click();
    await learner.getByRole('link', { name: title }).first().click();
    await learner.getByRole('heading', { name: title }).waitFor();
    await learner.getByText('Pelajaran 1: Mengapa peta rencana').waitFor();
    expect(await learner.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(learner);

    for (const page of [mentor, reviewer, learner]) await page.context().close();
  });
});
