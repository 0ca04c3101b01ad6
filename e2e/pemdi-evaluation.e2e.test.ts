import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n', 'latin1');
const LINK = 'https://kuningankab.go.id/sk-tim-pemdi';
const CODES = Array.from({ length: 20 }, (_, index) => `I${String(index + 1).padStart(2, '0')}`);

/**
 * A coordinator runs Kuningan's 2026 Pemdi self-assessment: opens it, assigns owners; an owner sets
 * values and uploads a PDF as evidence; the coordinator submits, records one verdict "to revise" and
 * one "accepted", sees the simulated index move, and "plan for me" reaches the region's target.
 */
describeInBrowser('Pemdi evaluation in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let folder: string;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    folder = await mkdtemp(path.join(os.tmpdir(), 'livinglab-pemdi-e2e-'));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  const signIn = async (email: string) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    return { context, page };
  };

  it('open, assign, fill in, upload a PDF, submit, verdicts, simulated index, plan for me', async () => {
    const figures: Record<string, string | number> = {};
    const url = `${server.url}/spbe/wilayah/32.08/pemdi/2026`;
    const coordinator = await signIn('koordinator@livinglab.demo');
    const page = coordinator.page;

    await page.goto(url);
    await page.getByRole('button', { name: 'Buka penilaian mandiri Pemdi 2026' }).click();
    await page.getByRole('heading', { name: 'Penanggung jawab indikator' }).waitFor();

    // The region's user who will own every indicator, picked in the owners' form.
    const coordinatorToken = await signInToken(server.url, 'koordinator@livinglab.demo');
    const { pemdiEvaluation } = await graphql<{ pemdiEvaluation: { id: string } }>(
      server.url,
      'query { pemdiEvaluation(regionCode: "32.08", year: 2026) { id } }',
      {},
      coordinatorToken,
    );
    const { pemdiOwnerCandidates } = await graphql<{ pemdiOwnerCandidates: Array<{ id: string; fullName: string }> }>(
      server.url,
      'query ($id: ID!) { pemdiOwnerCandidates(evaluationId: $id) { id fullName } }',
      { id: pemdiEvaluation.id },
      coordinatorToken,
    );
    const ownerToken = await signInToken(server.url, 'asn.kuningan@livinglab.demo');
    const { me } = await graphql<{ me: { id: string } }>(server.url, 'query { me { id } }', {}, ownerToken);
    expect(pemdiOwnerCandidates.map((person) => person.id)).toContain(me.id);
    for (const code of CODES) await page.getByLabel(new RegExp(`^Penanggung jawab ${code} `)).selectOption(me.id);
    await page.getByRole('button', { name: 'Simpan penanggung jawab' }).click();
    await page.getByRole('status').filter({ hasText: 'Penanggung jawab tersimpan.' }).waitFor();
    await expectAccessible(page);

    // The owner: I01 and the evidence through the page, the other values through the API (the same mutation).
    const owner = await signIn('asn.kuningan@livinglab.demo');
    await owner.page.goto(url);
    await owner.page.getByLabel('Nilai I01 (1,00-5,00)').fill('3,25');
    await owner.page.getByLabel('Justifikasi').first().fill('SK Bupati tentang Tim Koordinasi Pemerintah Digital');
    await owner.page.getByRole('button', { name: 'Simpan I01' }).click();
    await owner.page.getByRole('status').filter({ hasText: 'I01 tersimpan.' }).waitFor();
    const pdfPath = path.join(folder, 'SK-Tim-Pemdi.pdf');
    await writeFile(pdfPath, PDF);
    const evidenceForm = owner.page.getByRole('form', { name: 'Tambah bukti untuk I01' });
    await evidenceForm.getByLabel('Berkas bukti').setInputFiles(pdfPath);
    await evidenceForm.getByLabel('Catatan').fill('SK ditandatangani Bupati');
    await evidenceForm.getByRole('button', { name: 'Tambahkan bukti ke I01' }).click();
    await owner.page.getByRole('button', { name: 'Unduh SK-Tim-Pemdi.pdf' }).waitFor();
    const download = owner.page.waitForEvent('download');
    await owner.page.getByRole('button', { name: 'Unduh SK-Tim-Pemdi.pdf' }).click();
    expect((await download).suggestedFilename()).toBe('SK-Tim-Pemdi.pdf');
    await expectAccessible(owner.page);

    const detail = await graphql<{ pemdiEvaluation: { indicators: Array<{ indicatorCode: string; version: number }> } }>(
      server.url,
      'query { pemdiEvaluation(regionCode: "32.08", year: 2026) { indicators { indicatorCode version } } }',
      {},
      ownerToken,
    );
    for (const entry of detail.pemdiEvaluation.indicators.filter((row) => row.indicatorCode !== 'I01')) {
      await graphql(
        server.url,
        'mutation ($input: SavePemdiIndicatorInput!) { savePemdiIndicator(input: $input) { version } }',
        {
          input: {
            evaluationId: pemdiEvaluation.id,
            indicatorCode: entry.indicatorCode,
            value: 3.5,
            justification: 'Laporan tahunan',
            version: entry.version,
          },
        },
        ownerToken,
      );
    }
    await graphql(
      server.url,
      'mutation ($input: AddPemdiEvidenceLinkInput!) { addPemdiEvidenceLink(input: $input) { id } }',
      { input: { evaluationId: pemdiEvaluation.id, indicatorCode: 'I02', url: LINK, note: 'Dokumen arsitektur' } },
      ownerToken,
    );

    // The coordinator submits and records the assessors' verdicts.
    await page.reload();
    await page.getByRole('button', { name: 'Ajukan kepada asesor' }).click();
    await page.getByText('Status: diajukan kepada asesor (putaran 1).').waitFor();
    const simulated = page.getByTestId('pemdi-simulated');
    figures.simulatedBefore = (await simulated.textContent()) ?? '';
    expect(figures.simulatedBefore).toMatch(/^1,00 /);

    await page.getByLabel('Putusan atas SK-Tim-Pemdi.pdf', { exact: true }).selectOption('TO_REVISE');
    await page.getByLabel('Catatan asesor atas SK-Tim-Pemdi.pdf').fill('Lampirkan SK yang sudah bernomor');
    await page.getByRole('button', { name: 'Catat putusan atas SK-Tim-Pemdi.pdf' }).click();
    await page.getByText('Catatan asesor: Lampirkan SK yang sudah bernomor').waitFor();
    await page.getByLabel(`Putusan atas ${LINK}`, { exact: true }).selectOption('ACCEPTED');
    await page.getByRole('button', { name: `Catat putusan atas ${LINK}` }).click();
    await page
      .getByTestId('pemdi-simulated')
      .filter({ hasNotText: /^1,00 / })
      .waitFor();
    figures.simulatedAfter = (await simulated.textContent()) ?? '';
    // I02 (accepted) counts at 3.50; I01 (to revise) and the others at 1.00.
    expect(figures.simulatedAfter).not.toBe(figures.simulatedBefore);
    const open = page.getByRole('region', { name: /Masih terbuka/ });
    await open
      .getByText(/I01: harus direvisi — Lampirkan SK yang sudah bernomor/)
      .first()
      .waitFor();

    await page.getByRole('button', { name: 'Buat rencana' }).click();
    const summary = page.getByTestId('pemdi-plan-summary');
    await summary.waitFor();
    figures.plan = (await summary.textContent()) ?? '';
    expect(figures.plan).toMatch(/mencapai target \d,\d\d\./);
    await expectAccessible(page);

    // Readable on a phone: nothing wider than the screen.
    await page.setViewportSize({ width: 360, height: 800 });
    await page.reload();
    await page.getByTestId('pemdi-simulated').waitFor();
    figures.overflow360 = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(figures.overflow360).toBeLessThanOrEqual(0);

    console.log(JSON.stringify(figures));
    await owner.context.close();
    await coordinator.context.close();
  });
});
