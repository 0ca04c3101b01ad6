import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { moduleIdByTitle } from './support/catalogue';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * A learner enrols in a shipped module, finishes its lessons, fails then passes its quiz, gets the
 * certificate and opens its verification page signed out. The module ships with its quiz; an admin
 * shortens it to one question through the API (as an author may edit it).
 */
describeInBrowser('learning in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let itemId: string;
  const moduleTitle = 'Pengantar SPBE dan Indeks SPBE';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = await signInToken(server.url, 'admin@livinglab.demo');
    itemId = await moduleIdByTitle(server.url, admin, moduleTitle);
    const shipped = await graphql<{ quizForEditing: { version: number } | null }>(
      server.url,
      'query ($itemId: ID!) { quizForEditing(itemId: $itemId) { version } }',
      { itemId },
      admin,
    );
    expect(shipped.quizForEditing).not.toBeNull();
    await graphql(
      server.url,
      'mutation ($input: SaveQuizInput!) { saveQuiz(input: $input) { id } }',
      {
        input: {
          itemId,
          version: shipped.quizForEditing!.version,
          passMarkPercent: 100,
          questions: [
            {
              kind: 'SINGLE_CHOICE',
              prompt: 'Berapa bobot domain Layanan dalam indeks SPBE?',
              explanation: 'Domain Layanan berbobot 45,5 persen.',
              options: [
                { text: '45,5 persen', correct: true },
                { text: '13 persen', correct: false },
              ],
            },
          ],
        },
      },
      admin,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  it('enrol, learn, pass the quiz, get and verify the certificate', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill('asn.sumedang@livinglab.demo');
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();

    await page.goto(`${server.url}/konten/${itemId}`);
    await page.getByRole('heading', { name: moduleTitle }).waitFor();
    await page.getByRole('button', { name: 'Ikuti modul' }).click();
    await page.getByRole('link', { name: 'Lanjutkan belajar' }).click();

    // Every lesson: mark complete (shown only once the server recorded it), then go on.
    for (let lesson = 1; ; lesson++) {
      await page.getByRole('heading', { name: new RegExp(`^Pelajaran ${lesson}:`) }).waitFor();
      await page.getByRole('button', { name: 'Tandai selesai' }).click();
      await page.getByRole('status').filter({ hasText: 'Pelajaran ini sudah selesai.' }).waitFor();
      const next = page.getByRole('link', { name: /^Berikutnya:/ });
      if ((await next.count()) === 0) break;
      await next.click();
    }
    await expectAccessible(page);

    await page
      .getByRole('link', { name: /^Kerjakan kuis/ })
      .first()
      .click();
    const takeQuiz = async (answer: string) => {
      await page
        .getByRole('group', { name: /^Pertanyaan 1 dari 1/ })
        .getByLabel(answer)
        .check();
      await page.getByRole('button', { name: 'Kirim jawaban' }).click();
      await page.getByRole('heading', { name: /^Hasil kuis/ }).waitFor();
    };
    await page.getByRole('button', { name: 'Mulai kuis' }).click();
    await takeQuiz('13 persen');
    // The default answer policy (after passing): a failed attempt shows neither the answer nor the explanation.
    await page.getByText('Jawaban yang benar dan penjelasannya tidak ditampilkan untuk percobaan ini.').waitFor();
    expect(await page.getByText('Domain Layanan berbobot 45,5 persen.').count()).toBe(0);
    // "Ulangi kuis" starts a new attempt straight away.
    await page.getByRole('button', { name: 'Ulangi kuis' }).click();
    await takeQuiz('45,5 persen');
    await page.getByText('Domain Layanan berbobot 45,5 persen.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Lihat sertifikat' }).click();
    await page.getByRole('button', { name: 'Cetak' }).waitFor();
    const code = /\/sertifikat\/([0-9A-Z-]+)/.exec(page.url())?.[1];
    expect(code).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    const signed = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh kredensial bertanda tangan (Open Badges 3.0, VC-JWT)' }).click();
    expect((await signed).suggestedFilename()).toBe(`sertifikat-${code}.jwt`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh kredensial tanpa tanda tangan (JSON)' }).click();
    expect((await download).suggestedFilename()).toBe(`sertifikat-${code}.json`);
    await context.close();

    // Anyone can verify it, signed out, and sees who earned what and when — no email or NIP.
    const visitorContext = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID' });
    const visitor = await visitorContext.newPage();
    await visitor.goto(`${server.url}/verify/${code}`);
    await visitor.getByRole('heading', { name: 'Sertifikat sah' }).waitFor();
    await visitor.getByText('Siti ASN Sumedang').waitFor();
    await visitor.getByText(moduleTitle).first().waitFor();
    // What was required: every lesson and the quiz with its pass mark.
    await visitor.getByText('Semua 5 pelajaran diselesaikan').waitFor();
    await visitor.getByText('Lulus kuis dengan nilai minimal 100%').waitFor();
    expect(await visitor.content()).not.toContain('asn.sumedang@livinglab.demo');
    await expectAccessible(visitor);
    await visitor.goto(`${server.url}/verify/AAAA-BBBB-CCCC`);
    await visitor.getByRole('heading', { name: 'Sertifikat tidak ditemukan' }).waitFor();
    await visitorContext.close();
  });
});
