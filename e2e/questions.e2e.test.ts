import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * A learner asks a question under a lesson of a shipped module on a phone-sized screen; the mentor is
 * told (a QUESTION_ASKED notification linking to the lesson), follows the link, answers, and the
 * learner reads the answer rendered as Markdown.
 */
describeInBrowser('questions on lessons in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let lessonPath: string;
  const moduleTitle = 'Pengantar SPBE dan Indeks SPBE';
  const question = `Bagaimana bobot domain dihitung? (${Date.now()})`;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const learner = await signInToken(server.url, 'asn.sumedang@livinglab.demo');
    const found = await graphql<{
      catalogue: { items: Array<{ item: { id: string }; revision: { title: string; lessons: Array<{ key: string }> } }> };
    }>(
      server.url,
      '{ catalogue(type: MODULE, limit: 20, offset: 0) { items { item { id } revision { title lessons { key } } } } }',
      {},
      learner,
    );
    const hit = found.catalogue.items.find((candidate) => candidate.revision.title === moduleTitle);
    expect(hit).toBeDefined();
    lessonPath = `/belajar/${hit?.item.id}/${hit?.revision.lessons[0].key}`;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).include('.discussion').withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  async function signIn(page: Page, email: string) {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
  }

  it('a mentor answers a learner’s question under a lesson', async () => {
    const phone = { viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' };
    const learnerContext = await browser.newContext(phone);
    const learnerPage = await learnerContext.newPage();
    await signIn(learnerPage, 'asn.sumedang@livinglab.demo');
    await learnerPage.goto(`${server.url}${lessonPath}`);
    await learnerPage.getByRole('heading', { name: 'Tanya jawab' }).waitFor();

    // An empty question is named in the error summary, and nothing is sent.
    await learnerPage.getByRole('button', { name: 'Kirim pertanyaan' }).click();
    await learnerPage.getByRole('alert').filter({ hasText: 'Tulis teks Anda.' }).waitFor();

    await learnerPage.getByLabel('Pertanyaan Anda').fill(question);
    await learnerPage.getByRole('button', { name: 'Kirim pertanyaan' }).click();
    await learnerPage.getByRole('status').filter({ hasText: 'Pertanyaan Anda terkirim.' }).waitFor();
    await learnerPage.getByText(question).waitFor();
    await expectAccessible(learnerPage);
    // Nothing sticks out of a 360 px screen.
    expect(await learnerPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // The mentor is told once, with a link to the lesson.
    const mentorToken = await signInToken(server.url, 'mentor@livinglab.demo');
    const told = await graphql<{ myNotifications: { items: Array<{ kind: string; link: string }> } }>(
      server.url,
      '{ myNotifications(limit: 50, offset: 0) { items { kind link } } }',
      {},
      mentorToken,
    );
    const asked = told.myNotifications.items.filter((item) => item.kind === 'QUESTION_ASKED');
    expect(asked).toHaveLength(1);
    expect(asked[0].link).toBe(lessonPath);

    const mentorContext = await browser.newContext(phone);
    const mentorPage = await mentorContext.newPage();
    await signIn(mentorPage, 'mentor@livinglab.demo');
    await mentorPage.goto(`${server.url}${asked[0].link}`);
    await mentorPage.getByText(question).waitFor();
    await mentorPage.getByRole('button', { name: /^Jawab\W+Pertanyaan dari/ }).click();
    // The answer field takes the focus: the mentor types straight away.
    await mentorPage.keyboard.type('Lihat **Permenpan 59/2020**: bobot domain Layanan 45,5 persen.');
    await mentorPage.getByRole('button', { name: 'Kirim jawaban' }).click();
    await mentorPage.getByText('1 jawaban').waitFor();
    await expectAccessible(mentorPage);

    await learnerPage.reload();
    await learnerPage.locator('.discussion-answer strong', { hasText: 'Permenpan 59/2020' }).waitFor();
    await learnerPage.getByText('Rina Mentor Sumedang', { exact: false }).first().waitFor();
    await learnerContext.close();
    await mentorContext.close();
  });
});
