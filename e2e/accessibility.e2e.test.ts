import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser, openMenu } from './support/browser';
import { lessonsOf, moduleIdByTitle } from './support/catalogue';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * Issue 13, "Accessibility stays at zero": axe (WCAG 2.0 and 2.1, A and AA) on every main page, for a
 * visitor and each role, at 360 x 740 and 1280 x 800. One browser, one context per role; each page is
 * loaded once at 1280 px, scanned, narrowed to 360 px and scanned again. Every violation is collected
 * and the test fails with the whole list (role, page, width, rule, targets). Also: signed out and
 * offline, the app says plainly that it is offline, under an h1.
 */
const PASSWORD = 'demo-livinglab-2026';
const MODULE_TITLE = 'Pengantar SPBE dan Indeks SPBE';
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 360, height: 740 },
];

interface Found {
  who: string;
  path: string;
  width: number;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

describeInBrowser('accessibility of every main page, every role, 360 and 1280 px', () => {
  let server: ServerProcess;
  let browser: Browser;
  let moduleId: string;
  let lessonKey: string;
  let quizId: string | undefined;
  let draftId: string;
  let pairId: string | undefined;
  let reviewRevisionId: string;
  const found: Found[] = [];
  const scanned: string[] = [];
  const headings: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const admin = await signInToken(server.url, 'admin@livinglab.demo');
    moduleId = await moduleIdByTitle(server.url, admin, MODULE_TITLE);
    lessonKey = (await lessonsOf(server.url, admin, moduleId))[0].key;

    const learner = await signInToken(server.url, 'asn.sumedang@livinglab.demo');
    await graphql(server.url, 'mutation ($itemId: ID!) { enrol(itemId: $itemId) { itemId } }', { itemId: moduleId }, learner);
    const quizzes = await graphql<{ moduleQuizzes: Array<{ id: string; lessonKey: string | null }> }>(
      server.url,
      'query ($itemId: ID!) { moduleQuizzes(itemId: $itemId) { id lessonKey } }',
      { itemId: moduleId },
      learner,
    );
    quizId = quizzes.moduleQuizzes[0]?.id;

    const mentor = await signInToken(server.url, 'mentor@livinglab.demo');
    const draft = await graphql<{ createContent: { id: string } }>(
      server.url,
      'mutation ($input: CreateContentInput!) { createContent(input: $input) { id } }',
      {
        input: {
          type: 'MODULE',
          draft: { title: 'Draf uji aksesibilitas', summary: 'Ringkasan', lessons: [{ title: 'Satu', body: 'Isi', position: 1 }] },
        },
      },
      mentor,
    );
    draftId = draft.createContent.id;
    // Another draft, sent to review, for the review page.
    const inReview = await graphql<{ createContent: { id: string } }>(
      server.url,
      'mutation ($input: CreateContentInput!) { createContent(input: $input) { id } }',
      {
        input: {
          type: 'MODULE',
          draft: {
            title: 'Draf untuk ditinjau',
            summary: 'Ringkasan',
            estimatedMinutes: 30,
            lessons: [{ title: 'Satu', body: 'Isi pelajaran', position: 1 }],
          },
        },
      },
      mentor,
    );
    const working = await graphql<{ contentItem: { workingRevision: { id: string; version: number } } }>(
      server.url,
      'query ($id: ID!) { contentItem(id: $id) { workingRevision { id version } } }',
      { id: inReview.createContent.id },
      mentor,
    );
    reviewRevisionId = working.contentItem.workingRevision.id;
    await graphql(
      server.url,
      'mutation ($input: RevisionTransitionInput!) { submitForReview(input: $input) { id } }',
      { input: { revisionId: reviewRevisionId, version: working.contentItem.workingRevision.version } },
      mentor,
    );
    // A pair of the mentor with a Kabupaten Bandung team, made by its coordinator, for the pair's page.
    const ids = async (email: string) =>
      (
        await graphql<{ login: { token: string; user: { id: string } } }>(
          server.url,
          'mutation ($input: LoginInput!) { login(input: $input) { token user { id } } }',
          { input: { email, password: PASSWORD } },
        )
      ).login;
    const [coordinator, mentorUser, member] = await Promise.all([
      ids('koordinator@livinglab.demo'),
      ids('mentor@livinglab.demo'),
      ids('asn.bandung@livinglab.demo'),
    ]);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date());
    const later = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + 60 * 86_400_000));
    const pair = await graphql<{ createMentoringPair: { id: string } }>(
      server.url,
      'mutation ($input: CreatePairInput!) { createMentoringPair(input: $input) { id } }',
      {
        input: {
          mentorId: mentorUser.user.id,
          menteeKind: 'REGION_TEAM',
          regionCode: '32.04',
          memberIds: [member.user.id],
          goals: 'Menaikkan indeks SPBE',
          startDate: today,
          endDate: later,
          capacityOverrideReason: 'Uji aksesibilitas',
        },
      },
      coordinator.token,
    );
    pairId = pair.createMentoringPair.id;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  async function settle(page: Page) {
    await page.locator('h1').first().waitFor({ timeout: 20_000 });
    await page.waitForLoadState('networkidle');
    // Loading states give way to the page's content.
    await page
      .waitForFunction(() => !document.querySelector('[aria-busy="true"], .spinner'), undefined, { timeout: 15_000 })
      .catch(() => undefined);
  }

  async function scan(page: Page, who: string, path: string) {
    await page.setViewportSize(WIDTHS[0]);
    await page.goto(`${server.url}${path}`);
    await settle(page);
    headings.push(`${who} ${path}: ${(await page.locator('h1').first().textContent())?.trim()}`);
    for (const size of WIDTHS) {
      if (size !== WIDTHS[0]) {
        await page.setViewportSize(size);
        await page.waitForTimeout(150);
      }
      const { violations, passes } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      // axe ran and checked something (an empty page would pass every rule vacuously).
      expect(passes.length).toBeGreaterThan(10);
      scanned.push(`${who} ${path} @${size.width}`);
      record(violations, who, path, size.width);
    }
  }

  function record(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations'], who: string, path: string, width: number) {
    for (const violation of violations) {
      found.push({
        who,
        path,
        width,
        rule: violation.id,
        impact: violation.impact ?? '',
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      });
    }
  }

  async function asRole(who: string, email: string | null, paths: string[]) {
    const context = await browser.newContext({ viewport: WIDTHS[0], locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    if (email) {
      await page.goto(`${server.url}/masuk`);
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Kata sandi').fill(PASSWORD);
      await page.getByRole('button', { name: 'Masuk', exact: true }).click();
      await page.getByRole('button', { name: 'Keluar' }).waitFor();
    }
    for (const path of paths) await scan(page, who, path);
    if (email) {
      // At 360 px the navigation sits behind the Menu disclosure: scanned once open.
      await page.setViewportSize(WIDTHS[1]);
      await page.goto(`${server.url}/`);
      await settle(page);
      await openMenu(page);
      const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
      scanned.push(`${who} / menu open @360`);
      record(violations, who, '/ (Menu open)', 360);
    }
    await context.close();
  }

  it('finds no WCAG 2.1 A/AA violation on any page', async () => {
    const started = Date.now();
    const year = 2025;
    await asRole('visitor', null, [
      '/',
      '/masuk',
      '/daftar',
      '/lupa-kata-sandi',
      '/reset-password?token=tidak-berlaku',
      '/verify-email?token=tidak-berlaku',
      '/verify/AAAA-BBBB-CCCC',
      '/halaman-yang-tidak-ada',
    ]);
    await asRole('learner', 'asn.sumedang@livinglab.demo', [
      '/',
      '/katalog',
      `/konten/${moduleId}`,
      `/belajar/${moduleId}/${lessonKey}`,
      ...(quizId ? [`/belajar/${moduleId}/kuis/${quizId}`] : []),
      '/jalur',
      '/sertifikat',
      '/pemberitahuan',
      '/pemberitahuan/pengaturan',
      '/profil',
      '/mentoring',
      '/spbe',
      '/spbe/wilayah/32.11',
      '/replikasi',
    ]);
    await asRole('mentor', 'mentor@livinglab.demo', [
      '/',
      '/konten-saya',
      '/konten/baru/modul',
      `/konten/${draftId}/sunting`,
      `/konten/${draftId}/kuis`,
      `/konten/${moduleId}/riwayat`,
      '/tinjauan',
      '/jalur/baru',
      '/mentoring',
      ...(pairId ? [`/mentoring/pasangan/${pairId}`] : []),
    ]);
    await asRole('coordinator', 'koordinator@livinglab.demo', [
      '/',
      '/spbe/provinsi/32',
      '/spbe/wilayah/32.04',
      `/spbe/wilayah/32.04/penilaian/${year}`,
      '/spbe/wilayah/32.04/simulasi',
      `/spbe/wilayah/32.04/pemdi/${year + 1}`,
      '/koordinasi/peserta',
      '/koordinasi/mentoring',
      '/koordinasi/mentoring/baru',
      '/koordinasi/pindah-wilayah',
      '/replikasi',
    ]);
    await asRole('admin', 'admin@livinglab.demo', [
      '/',
      '/admin/pengguna',
      '/admin/audit',
      '/admin/email',
      '/tinjauan',
      `/tinjauan/${reviewRevisionId}`,
      `/konten/${moduleId}/sunting`,
      `/konten/${moduleId}/kuis`,
    ]);

    const seconds = Math.round((Date.now() - started) / 1000);
    const listed = found.map(
      (f) => `${f.who} ${f.path} @${f.width}px: ${f.rule} (${f.impact}) ${f.help} -> ${f.targets.slice(0, 5).join(' | ')}`,
    );
    console.log(
      `axe: ${scanned.length} scans (pages x widths) in ${seconds} s, ${found.length} violations\n${listed.join('\n')}\n\npages (h1):\n${headings.join('\n')}`,
    );
    expect(listed).toEqual([]);
  }, 300_000);

  it('says plainly that it is offline, under an h1, to a visitor without a connection', async () => {
    const context = await browser.newContext({ viewport: WIDTHS[1], locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    await page.goto(`${server.url}/`);
    await page.locator('h1').first().waitFor();
    // The service worker keeps the app shell: after a reload it controls the page, which then opens offline.
    await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready,
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('No active service worker after 15 s')), 15_000)),
      ]),
    );
    await page.reload();
    await page.locator('h1').first().waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await context.setOffline(true);
    await page.goto(`${server.url}/katalog`);
    const heading = page.getByRole('heading', { level: 1 });
    await heading.waitFor();
    expect(await heading.textContent()).toBe('Anda sedang offline');
    await page.getByText('Perangkat ini tidak terhubung ke internet').waitFor();
    await page.getByRole('button', { name: 'Coba lagi' }).waitFor();
    const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });
});
