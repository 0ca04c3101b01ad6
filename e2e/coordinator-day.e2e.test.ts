import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * The coordinator's day on a phone (360 x 740), in Bahasa Indonesia and then, switched through the
 * header's language select, in English: the home page's region cards (figures, assessment status,
 * index against the target, links on), the province table, "plan for me" (one row per indicator,
 * by gain, saved in order, printable) and the region's learners CSV downloaded through the page.
 * Kuningan (32.08, coordinated by koordinator@) gets a learner with progress and a finalised 2025
 * self-assessment through the API first.
 */
const REGION = '32.08';
const REGION_NAME = 'Kabupaten Kuningan';
const SPBE = 'PERMENPANRB-59-2020';

/** The texts the test reads, in each language (from the web's locale files). */
const TEXT = {
  id: {
    logout: 'Keluar',
    homeTitle: 'Wilayah yang Anda koordinasikan',
    figures: [
      'Peserta aktif bulan ini',
      'Modul selesai bulan ini',
      'Modul selesai (total)',
      'Sesi mentoring terlaksana',
      'Tindak lanjut terbuka',
    ],
    indexAgainstTarget: /(Indeks \d,\d\d, (mencapai|di bawah) target provinsi \d,\d\d|Target provinsi: \d,\d\d)\./,
    assessmentStatus: /Penilaian \S.* \d{4}: (belum dibuka|sedang diisi|sudah dikirim ke penilai|sudah final)\./,
    learnersLink: `Peserta ${REGION_NAME}`,
    learnersHeading: 'Peserta di wilayah saya',
    provinceCaption: /Angka per kabupaten\/kota/,
    framework: 'Kerangka evaluasi',
    planButton: 'Rencanakan untuk saya',
    planTable: /^Rencana per indikator/,
    defaultOwner: 'Penanggung jawab untuk semua indikator',
    rowOwner: (code: string) => `Penanggung jawab ${code} (opsional bila penanggung jawab untuk semua diisi)`,
    save: 'Simpan sebagai rencana aksi',
    saved: 'Rencana aksi tersimpan.',
    latestPlan: 'Butir rencana aksi terakhir',
    download: 'Unduh CSV',
    semicolon: 'Pemisah titik koma (;)',
    learnerHeaders: [
      'Nama',
      'Instansi',
      'Kode wilayah',
      'Pendaftaran modul',
      'Modul selesai',
      'Aktivitas terakhir',
      'Modul',
      'Pelajaran selesai',
      'Jumlah pelajaran',
      'Kemajuan',
      'Modul selesai pada',
    ],
    overviewIndex: 'Indeks terakhir',
    delimiter: ';',
    decimal: (value: string) => value.replace('.', ','),
  },
  en: {
    logout: 'Sign out',
    homeTitle: 'The regions you coordinate',
    figures: [
      'Learners active this month',
      'Modules completed this month',
      'Modules completed (total)',
      'Mentoring sessions held',
      'Open action items',
    ],
    indexAgainstTarget: /(Index \d\.\d\d, (reaching|below) the province target \d\.\d\d|Province target: \d\.\d\d)\./,
    assessmentStatus: /assessment \d{4}: (not opened yet|being filled in|sent to the assessors|final)\./,
    learnersLink: `Learners of ${REGION_NAME}`,
    learnersHeading: 'Learners in my region',
    provinceCaption: /Figures per regency\/city/,
    framework: 'Evaluation framework',
    planButton: 'Plan for me',
    planTable: /^Plan per indicator/,
    defaultOwner: 'Owner for all indicators',
    rowOwner: (code: string) => `Owner of ${code} (optional when the owner for all is filled in)`,
    save: 'Save as action plan',
    saved: 'Action plan saved.',
    latestPlan: 'Items of the latest action plan',
    download: 'Download CSV',
    semicolon: 'Semicolon separator (;)',
    learnerHeaders: [
      'Name',
      'Agency',
      'Region code',
      'Module enrolments',
      'Modules completed',
      'Last activity',
      'Module',
      'Lessons completed',
      'Lessons',
      'Progress',
      'Module completed at',
    ],
    overviewIndex: 'Latest index',
    delimiter: ',',
    decimal: (value: string) => value,
  },
} as const;

/** RFC 4180 with every field quoted (the server's writer): BOM, CRLF, "" for a quote. */
function parseCsv(text: string, delimiter: string): string[][] {
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const body = text.slice(1);
  for (let i = 0; i < body.length; i++) {
    const char = body[i];
    if (quoted) {
      if (char === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      row.push(field);
      field = '';
    } else if (char === '\r' && body[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

describeInBrowser("the coordinator's day at 360 px", () => {
  let server: ServerProcess;
  let browser: Browser;
  const moduleTitles: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    // A learner of Kuningan: one module with every lesson done (100%), another with one lesson.
    const learner = await signInToken(server.url, 'asn.kuningan@livinglab.demo');
    const found = await graphql<{
      catalogue: { items: Array<{ item: { id: string }; revision: { title: string; lessons: Array<{ key: string }> } }> };
    }>(
      server.url,
      '{ catalogue(type: MODULE, limit: 20, offset: 0) { items { item { id } revision { title lessons { key } } } } }',
      {},
      learner,
    );
    const modules = found.catalogue.items.filter((hit) => hit.revision.lessons.length >= 2).slice(0, 2);
    expect(modules).toHaveLength(2);
    for (const [position, module] of modules.entries()) {
      moduleTitles.push(module.revision.title);
      await graphql(server.url, 'mutation ($id: ID!) { enrol(itemId: $id) { itemId } }', { id: module.item.id }, learner);
      const keys = position === 0 ? module.revision.lessons.map((lesson) => lesson.key) : [module.revision.lessons[0].key];
      for (const key of keys) {
        await graphql(
          server.url,
          'mutation ($id: ID!, $key: ID!) { completeLesson(itemId: $id, lessonKey: $key) { progressPercent } }',
          { id: module.item.id, key },
          learner,
        );
      }
    }
    // Kuningan's 2025 self-assessment (SPBE 59/2020), finalised: levels 1 to 4, so raises differ in size.
    const coordinator = await signInToken(server.url, 'koordinator@livinglab.demo');
    const levels = Array.from({ length: 47 }, (_, index) => ({
      indicatorCode: `I${String(index + 1).padStart(2, '0')}`,
      level: 1 + (index % 4),
    }));
    const saved = await graphql<{ saveSpbeAssessment: { id: string; version: number } }>(
      server.url,
      'mutation ($input: SaveAssessmentInput!) { saveSpbeAssessment(input: $input) { id version } }',
      { input: { regionCode: REGION, year: 2025, frameworkCode: SPBE, levels } },
      coordinator,
    );
    await graphql(
      server.url,
      'mutation ($input: AssessmentTransitionInput!) { finalizeSpbeAssessment(input: $input) { id } }',
      { input: { assessmentId: saved.saveSpbeAssessment.id, version: saved.saveSpbeAssessment.version } },
      coordinator,
    );
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  const visited: string[] = [];
  const expectAccessible = async (page: Page) => {
    visited.push(new URL(page.url()).pathname);
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  /** What sticks out past the viewport's right edge (for the failure message). */
  const overflowing = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .filter((element) => {
          // Inside a scroller that clips it, it does not widen the page.
          const scroller = element.parentElement?.closest('[tabindex="0"]');
          return !scroller || getComputedStyle(scroller).overflowX === 'visible' || getComputedStyle(element).position === 'absolute';
        })
        .slice(0, 8)
        .map(
          (element) =>
            `${element.tagName.toLowerCase()}.${element.className} ${getComputedStyle(element).position} ${Math.round(element.getBoundingClientRect().right)}`,
        ),
    );

  it('home, province table, plan for me, learners CSV: in Indonesian, then in English', async () => {
    const figures: Record<string, unknown> = {};
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill('koordinator@livinglab.demo');
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();

    const savedPlans: string[][] = [];
    for (const language of ['id', 'en'] as const) {
      const text = TEXT[language];
      if (language === 'en') {
        // Switched through the page, as a person does (the header's select).
        await page.getByLabel('Bahasa', { exact: true }).selectOption('en');
        await page.getByRole('button', { name: text.logout }).waitFor();
        expect(await page.locator('html').getAttribute('lang')).toBe('en');
      }

      // (1) Home: a card per coordinated region with its figures, assessment status and index against the target.
      await page.goto(`${server.url}/`);
      const home = page.getByRole('region', { name: text.homeTitle });
      await home.waitFor();
      const card = home.getByRole('article', { name: REGION_NAME });
      await card.waitFor();
      const cards = await home.getByRole('article').count();
      expect(cards).toBe(3);
      for (const article of await home.getByRole('article').all()) {
        const terms = (await article.locator('dt').allTextContents()).map((term) => term.trim());
        for (const figure of text.figures) expect(terms).toContain(figure);
        await expect(article.textContent()).resolves.toMatch(text.indexAgainstTarget);
        await expect(article.textContent()).resolves.toMatch(text.assessmentStatus);
        expect(await article.getByRole('link').count()).toBeGreaterThanOrEqual(4);
      }
      const activeThisMonth = card.locator('dt', { hasText: text.figures[0] }).locator('xpath=following-sibling::dd');
      figures[`activeThisMonth_${language}`] = (await activeThisMonth.textContent())?.trim();
      expect(Number(figures[`activeThisMonth_${language}`])).toBeGreaterThanOrEqual(1);
      figures[`homeOverflow_${language}`] = await pageOverflow(page);
      expect(figures[`homeOverflow_${language}`]).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      // Each links on: follow the learners link to the region's learners.
      await card.getByRole('link', { name: text.learnersLink }).click();
      await page.getByRole('heading', { level: 1, name: text.learnersHeading }).waitFor();
      expect(new URL(page.url()).searchParams.get('wilayah')).toBe(REGION);

      // (4) The region's learners, exported through the page (the default delimiter, then the other one).
      const learners = page.getByRole('table', { name: language === 'id' ? /^Peserta wilayah ini/ : /^Learners of this region/ });
      await learners.waitFor();
      const screenPercents = await learners
        .getByRole('progressbar')
        .evaluateAll((bars) => bars.map((bar) => bar.getAttribute('aria-valuenow')));
      figures[`learnerProgressOnScreen_${language}`] = screenPercents;
      expect(await pageOverflow(page)).toBeLessThanOrEqual(0);
      await expectAccessible(page);
      const semicolon = page.getByLabel(text.semicolon);
      expect(await semicolon.isChecked()).toBe(language === 'id');
      for (const delimiter of [text.delimiter, text.delimiter === ';' ? ',' : ';']) {
        if ((await semicolon.isChecked()) !== (delimiter === ';')) await semicolon.setChecked(delimiter === ';');
        const download = page.waitForEvent('download');
        await page.getByRole('button', { name: text.download }).click();
        const file = await download;
        expect(file.suggestedFilename()).toBe(`peserta-${REGION}.csv`);
        const rows = parseCsv(readFileSync((await file.path()) as string, 'utf8'), delimiter);
        expect(rows[0]).toEqual(text.learnerHeaders);
        expect(rows.every((row) => row.length === text.learnerHeaders.length)).toBe(true);
        const lines = rows.slice(1).filter((row) => moduleTitles.includes(row[6]));
        expect(lines.map((row) => row[6]).sort()).toEqual([...moduleTitles].sort());
        const done = lines.find((row) => row[6] === moduleTitles[0]) as string[];
        const started = lines.find((row) => row[6] === moduleTitles[1]) as string[];
        // As on screen: "100%", and the lesson counts as whole numbers.
        expect(done[9]).toBe('100%');
        expect(started[9]).toMatch(/^\d{1,2}%$/);
        expect(done[7]).toBe(done[8]);
        expect(started[7]).toBe('1');
        figures[`learnersCsv_${language}_${delimiter}`] = { lines: rows.length - 1, started: started[9] };
      }

      // (2) The province table: region column >= 8 characters, caption visible, no page overflow.
      await page.goto(`${server.url}/spbe/provinsi/32`);
      const table = page.getByRole('table', { name: text.provinceCaption });
      await table.waitFor();
      await expectAccessible(page);
      const measured = await table.evaluate((element) => {
        const header = element.querySelector('tbody th[scope="row"]') as HTMLElement;
        const probe = document.createElement('span');
        probe.textContent = '0000000';
        probe.style.cssText = 'display:inline-block;width:8ch;visibility:hidden;position:absolute';
        header.appendChild(probe);
        const eightCh = probe.getBoundingClientRect().width;
        probe.remove();
        const scroller = (element.closest('[tabindex="0"]') ?? element.parentElement) as HTMLElement;
        const caption = element.querySelector('caption') as HTMLElement;
        const captionBox = (caption.querySelector('span') ?? caption).getBoundingClientRect();
        return {
          column: header.getBoundingClientRect().width,
          eightCh,
          captionLeft: captionBox.left,
          captionRight: captionBox.right,
          captionHeight: captionBox.height,
          scrollerLeft: scroller.getBoundingClientRect().left,
          scrollerRight: scroller.getBoundingClientRect().right,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      figures[`province_${language}`] = measured;
      expect(measured.column).toBeGreaterThanOrEqual(measured.eightCh);
      expect(measured.captionHeight).toBeGreaterThan(0);
      expect(measured.captionLeft).toBeGreaterThanOrEqual(measured.scrollerLeft - 1);
      expect(measured.captionRight).toBeLessThanOrEqual(measured.scrollerRight + 1);
      expect(measured.pageOverflow).toBeLessThanOrEqual(0);
      // The same figures as a file, on SPBE 59/2020 (where the demo values are): decimals as on screen.
      await page.getByLabel(text.framework).selectOption(SPBE);
      await table.waitFor();
      const bandungIndex = await page
        .getByRole('row')
        .filter({ has: page.getByRole('rowheader', { name: /Kabupaten Bandung$/ }) })
        .first()
        .textContent();
      expect(bandungIndex).toContain(text.decimal('3.05'));
      const overview = page.waitForEvent('download');
      await page.getByRole('button', { name: text.download }).click();
      const overviewRows = parseCsv(readFileSync((await (await overview).path()) as string, 'utf8'), text.delimiter);
      const indexColumn = overviewRows[0].indexOf(text.overviewIndex);
      expect(indexColumn).toBeGreaterThan(0);
      expect(overviewRows.find((row) => row[0] === '32.04')?.[indexColumn]).toBe(text.decimal('3.05'));

      // (3) Plan for me: one row per indicator, by gain, an owner per row optional, saved in order, printable.
      await page.goto(`${server.url}/spbe/wilayah/${REGION}/simulasi`);
      await page.getByRole('button', { name: text.planButton }).click();
      const planTable = page.getByRole('table', { name: text.planTable });
      await planTable.waitFor();
      const planRows = await planTable.locator('tbody tr').evaluateAll((rows) =>
        rows.map((row) => ({
          indicator: (row.querySelector('th[scope="row"]')?.textContent ?? '').split(' · ')[0].trim(),
          gain: row.querySelectorAll('td')[2]?.textContent ?? '',
        })),
      );
      const indicators = planRows.map((row) => row.indicator);
      expect(indicators.length).toBeGreaterThan(1);
      expect(new Set(indicators).size).toBe(indicators.length);
      const gains = planRows.map((row) => Number(language === 'id' ? row.gain.replace(',', '.') : row.gain));
      expect(gains.every((gain) => Number.isFinite(gain) && gain > 0)).toBe(true);
      expect([...gains].sort((a, b) => b - a)).toEqual(gains);
      figures[`plan_${language}`] = planRows;
      await page.getByLabel(text.defaultOwner).fill('Kepala Diskominfo Kuningan');
      await page.getByLabel(text.rowOwner(indicators[0])).fill('Sekretaris Daerah');
      await page.getByRole('button', { name: text.save }).click();
      await page.getByRole('status').filter({ hasText: text.saved }).waitFor();
      const latest = page.getByRole('table', { name: text.latestPlan });
      await latest.getByRole('rowheader').first().waitFor();
      const saved = await latest
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [row.querySelector('th')?.textContent?.trim() ?? '', row.querySelectorAll('td')[1]?.textContent?.trim() ?? '']),
        );
      expect(saved.map(([code]) => code)).toEqual(indicators);
      expect(saved.map(([, owner]) => owner)).toEqual(
        indicators.map((_, i) => (i === 0 ? 'Sekretaris Daerah' : 'Kepala Diskominfo Kuningan')),
      );
      savedPlans.push(saved.map(([code]) => code));
      const planOverflow = await pageOverflow(page);
      figures[`planOverflow_${language}`] = planOverflow;
      if (planOverflow > 0) throw new Error(`The plan page overflows by ${planOverflow}px: ${JSON.stringify(await overflowing(page))}`);
      await expectAccessible(page);
      // Printable: the plan and its owners, without the header, the simulator or the inputs.
      await page.emulateMedia({ media: 'print' });
      expect(await planTable.isVisible()).toBe(true);
      expect(await page.locator('.site-header').isVisible()).toBe(false);
      expect(await page.getByRole('button', { name: text.save }).isVisible()).toBe(false);
      const printedOwners = await planTable
        .locator('tbody tr .print-only')
        .evaluateAll((cells) =>
          cells.filter((cell) => getComputedStyle(cell).display !== 'none').map((cell) => cell.textContent?.trim() ?? ''),
        );
      expect(printedOwners).toContain('Sekretaris Daerah');
      figures[`printHeight_${language}`] = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.emulateMedia({ media: 'screen' });
    }
    expect(savedPlans[1]).toEqual(savedPlans[0]);
    figures.visited = visited;
    console.log(JSON.stringify(figures));
    await context.close();
  });
});
