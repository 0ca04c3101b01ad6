import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * A coordinator enters Kuningan's 2025 self-assessment (the last year scored on SPBE PermenPANRB 59/2020:
 * from 2026 the Indeks Pemerintah Digital has its own evaluation page), runs "plan for me", saves the
 * plan and downloads the province overview CSV on SPBE 59/2020.
 */
describeInBrowser('SPBE progress in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  const year = 2025;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
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

  it('assessment, plan for me, action plan, CSV', async () => {
    const figures: Record<string, number> = {};
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
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

    await page.goto(`${server.url}/spbe/wilayah/32.08/penilaian/${year}`);
    for (let number = 1; number <= 47; number++) {
      await page.getByLabel(`Tingkat kematangan I${String(number).padStart(2, '0')}`).selectOption('3');
    }
    await page.getByRole('status').filter({ hasText: 'Indeks saat ini: 3,00 (Baik)' }).waitFor();
    await page.getByRole('button', { name: 'Simpan draf' }).click();
    await page.getByRole('button', { name: 'Finalisasi' }).click();
    await page.getByRole('button', { name: 'Buka kembali' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${server.url}/spbe/wilayah/32.08/simulasi`);
    await page.getByRole('button', { name: 'Rencanakan untuk saya' }).click();
    // One row per indicator (the planner's 17 one-level raises, 3.00 -> 3.50, touch fewer indicators).
    const planTable = page.getByRole('table', { name: /^Rencana per indikator/ });
    await planTable.waitFor();
    const indicators = (await planTable.getByRole('rowheader').allTextContents()).map((text) => text.split(' · ')[0]);
    expect(new Set(indicators).size).toBe(indicators.length);
    expect(indicators.length).toBeLessThan(17);
    figures.planRows = indicators.length;
    figures.planPageHeight1280 = await page.evaluate(() => document.documentElement.scrollHeight);
    // One owner for every row; rows may have their own.
    await page.getByLabel('Penanggung jawab untuk semua indikator').fill('Kepala Diskominfo Kuningan');
    await page.getByRole('button', { name: 'Simpan sebagai rencana aksi' }).click();
    const latest = page.getByRole('table', { name: 'Butir rencana aksi terakhir' });
    await latest.waitFor();
    // Saved one item per indicator, in the order shown.
    expect((await latest.getByRole('rowheader').allTextContents()).map((text) => text.trim())).toEqual(indicators);
    await expectAccessible(page);

    // The overview opens on the framework in force (Pemdi from 2026); the 2025 self-assessment is on SPBE 59/2020.
    await page.goto(`${server.url}/spbe/provinsi/32`);
    await page.getByLabel('Kerangka evaluasi').selectOption('PERMENPANRB-59-2020');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Unduh CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('ringkasan-32-PERMENPANRB-59-2020.csv');
    const csv = readFileSync((await file.path()) as string, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...lines] = csv.slice(1).trim().split(/\r?\n/);
    expect(header).toContain('"Indeks terakhir";"Jenis nilai";"Tahun evaluasi";"Kerangka";"Target"');
    const kuningan = lines.find((line) => line.startsWith('"32.08";"Kabupaten Kuningan"'));
    // The latest index as the screen shows it in Indonesian (decimal comma), what it is, its year and framework, then the target.
    expect(kuningan).toMatch(/;"3,00";"SELF_ASSESSED";"?2025"?;"PERMENPANRB-59-2020";"3,50"$/);

    // The region column stays readable (at least 8 characters wide) and the caption fits the visible box.
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(`${server.url}/spbe/provinsi/32`);
      await expectAccessible(page);
      const table = page.getByRole('table', { name: /Angka per kabupaten\/kota/ });
      await table.waitFor();
      const measured = await table.evaluate((element) => {
        const header = element.querySelector('tbody th[scope="row"]') as HTMLElement;
        const probe = document.createElement('span');
        probe.style.cssText = 'display:inline-block;width:8ch;visibility:hidden;position:absolute';
        header.appendChild(probe);
        const eightCh = probe.getBoundingClientRect().width;
        probe.remove();
        const scroller = element.closest('[tabindex="0"]') as HTMLElement;
        const caption = element.querySelector('caption span') as HTMLElement;
        return {
          column: header.getBoundingClientRect().width,
          eightCh,
          captionRight: caption.getBoundingClientRect().right,
          scrollerRight: scroller.getBoundingClientRect().right,
          pageOverflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        };
      });
      figures[`regionColumn${width}`] = Math.round(measured.column);
      figures[`eightCh${width}`] = Math.round(measured.eightCh);
      expect(measured.column).toBeGreaterThanOrEqual(measured.eightCh);
      expect(measured.captionRight).toBeLessThanOrEqual(measured.scrollerRight + 1);
      expect(measured.pageOverflow).toBeLessThanOrEqual(0);
    }
    console.log(JSON.stringify(figures));
    await context.close();
  });
});
