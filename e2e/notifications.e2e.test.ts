import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, openMenu } from './support/browser';
import { connectToServerDatabase } from './support/database';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

/** A mentor sees the bell's count rise when a coordinator books a session for them, and follows it to the pair. */
describeInBrowser('notifications in the browser', () => {
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

  const day = (offset: number) =>
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + offset * 86_400_000));

  const bellCount = async (page: Page): Promise<number> => {
    const label = await page.getByRole('link', { name: /^Pemberitahuan, \d+ belum dibaca$/ }).getAttribute('aria-label');
    return Number(/(\d+)/.exec(label ?? '')?.[1]);
  };

  it('the bell counts a booked session; the list links to it', async () => {
    const db = await connectToServerDatabase(server.dataDir);
    const { rows } = await db.query<{ email: string; id: string }>(
      `SELECT email, id FROM users WHERE email IN ('mentor@livinglab.demo', 'asn.kuningan@livinglab.demo')`,
    );
    await db.end();
    const idOf = (email: string) => rows.find((row) => row.email === email)?.id;
    const coordinatorToken = await signInToken(server.url, 'koordinator@livinglab.demo');
    const paired = await graphql<{ createMentoringPair: { id: string } }>(
      server.url,
      'mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }',
      {
        input: {
          mentorId: idOf('mentor@livinglab.demo'),
          menteeKind: 'LEARNER',
          menteeUserId: idOf('asn.kuningan@livinglab.demo'),
          indicatorCodes: [],
          goals: 'Menyiapkan Tim Koordinasi SPBE Kuningan.',
          startDate: day(0),
          endDate: day(30),
          capacityOverrideReason: 'Demo',
        },
      },
      coordinatorToken,
    );
    const pairId = paired.createMentoringPair.id;

    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const mentor = await context.newPage();
    await mentor.goto(`${server.url}/masuk`);
    await mentor.getByLabel('Email').fill('mentor@livinglab.demo');
    await mentor.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await mentor.getByRole('button', { name: 'Masuk', exact: true }).click();
    await mentor.getByRole('heading', { level: 1, name: /Selamat datang/ }).waitFor();
    // The greeting comes with the shell, before the bell's own query answers: wait for its count (the new pair).
    await mentor.getByRole('link', { name: /^Pemberitahuan, [1-9]\d* belum dibaca$/ }).waitFor();
    const before = await bellCount(mentor);
    expect(before).toBeGreaterThanOrEqual(1); // the new pair

    await graphql(
      server.url,
      'mutation ($input: ScheduleSessionInput!) { scheduleSession(input: $input) { id } }',
      {
        input: {
          pairId,
          startsAt: new Date(`${day(2)}T09:00:00+07:00`).toISOString(),
          durationMinutes: 60,
          onlineUrl: 'https://meet.example.id/kuningan',
          agenda: 'Rencana SK Tim Koordinasi',
        },
      },
      coordinatorToken,
    );
    // Moving on to another page refreshes the bell.
    await openMenu(mentor);
    await mentor.getByRole('link', { name: 'Mentoring', exact: true }).click();
    await mentor.getByRole('link', { name: `Pemberitahuan, ${before + 1} belum dibaca` }).waitFor();

    await mentor.getByRole('link', { name: `Pemberitahuan, ${before + 1} belum dibaca` }).click();
    await mentor.getByRole('heading', { level: 1, name: 'Pemberitahuan' }).waitFor();
    const booked = mentor.getByRole('link', { name: /Sesi "Rencana SK Tim Koordinasi" dijadwalkan pada .*09\.00 WIB/ });
    await booked.waitFor();
    const { violations } = await new AxeBuilder({ page: mentor }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await booked.click();
    await mentor.waitForURL(new RegExp(`/mentoring/pasangan/${pairId}$`));
    await mentor.getByRole('link', { name: `Pemberitahuan, ${before} belum dibaca` }).waitFor();
    await context.close();
  }, 120_000);
});
