import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { connectToServerDatabase } from './support/database';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * A coordinator pairs a mentor with a region team, the mentor schedules and records a session with an
 * action item, the mentee gives feedback and closes the action item.
 */
describeInBrowser('mentoring in the browser', () => {
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

  const signedIn = async (email: string): Promise<Page> => {
    const context = await browser.newContext({
      viewport: { width: 360, height: 800 },
      locale: 'id-ID',
      timezoneId: 'Asia/Jakarta',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /Selamat datang/ }).waitFor();
    return page;
  };
  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };
  const tomorrowWib = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' }).format(new Date(Date.now() + 86_400_000));

  it('pair, schedule, record with an action item, feedback', async () => {
    const coordinator = await signedIn('koordinator@livinglab.demo');
    await coordinator.goto(`${server.url}/koordinasi/mentoring`);
    await coordinator.getByRole('heading', { level: 1, name: 'Pasangan mentoring' }).waitFor();
    await coordinator.getByLabel('Wilayah', { exact: true }).selectOption('32.04');
    await coordinator.getByRole('heading', { name: 'Beban mentor' }).waitFor();
    await coordinator.getByRole('link', { name: 'Buat pasangan mentoring' }).click();
    await coordinator
      .getByRole('group', { name: 'Anggota tim' })
      .getByRole('checkbox', { name: /Budi ASN Kabupaten Bandung/ })
      .check();
    // The indicator picker opens its groups on a search.
    await coordinator.getByLabel('Cari indikator').fill('I19');
    await coordinator.getByRole('checkbox', { name: /^I19 / }).check();
    await coordinator.getByLabel('Tujuan').fill('Membentuk Tim Koordinasi SPBE Kabupaten Bandung.');
    await coordinator.getByRole('button', { name: 'Cari mentor' }).click();
    await coordinator
      .getByRole('group', { name: 'Pilih mentor' })
      .getByRole('radio', { name: /Rina Mentor Sumedang/ })
      .check();
    await expectAccessible(coordinator);
    await coordinator.getByRole('button', { name: 'Buat pasangan' }).click();
    await coordinator.waitForURL(/\/mentoring\/pasangan\//);
    const pairUrl = coordinator.url();

    const mentor = await signedIn('mentor@livinglab.demo');
    await mentor.goto(pairUrl);
    const schedule = async (time: string, duration: number, agenda: string) => {
      await mentor.getByRole('button', { name: 'Jadwalkan sesi' }).click();
      const form = mentor.getByRole('form', { name: 'Jadwalkan sesi' });
      await form.getByLabel('Tanggal (WIB)').fill(tomorrowWib);
      await form.getByLabel('Jam mulai (WIB)').fill(time);
      await form.getByLabel('Durasi (menit)').fill(String(duration));
      await form.getByLabel('Tautan rapat daring').fill('https://meet.example.id/spbe');
      await form.getByLabel('Agenda').fill(agenda);
      await form.getByRole('button', { name: 'Simpan jadwal sesi' }).click();
      return form;
    };
    await schedule('14:00', 60, 'Menyusun SK Tim Koordinasi SPBE');
    await mentor.getByText(/Sesi dijadwalkan/).waitFor();
    // The same mentor at 14:30 clashes: refused, naming the clashing session.
    const clash = await schedule('14:30', 30, 'Bentrok');
    await mentor
      .getByRole('alert')
      .filter({ hasText: /Menyusun SK Tim Koordinasi SPBE/ })
      .waitFor();
    await clash.getByRole('button', { name: 'Tutup' }).click();
    const download = mentor.waitForEvent('download');
    await mentor
      .getByRole('button', { name: /^Unduh \.ics/ })
      .first()
      .click();
    expect((await download).suggestedFilename()).toBe(`sesi-${tomorrowWib}.ics`);

    // Let the session take place: move it into the past, as time would.
    const db = await connectToServerDatabase(server.dataDir);
    await db.query(`UPDATE mentoring_sessions SET starts_at = now() - interval '2 hours'`);
    await db.query(
      `UPDATE mentoring_session_participants SET period = tstzrange(now() - interval '2 hours', now() - interval '1 hour', '[)')`,
    );
    await db.end();
    await mentor.reload();
    await mentor.getByRole('button', { name: /^Catat hasil sesi/ }).click();
    const outcome = mentor.getByRole('form', { name: 'Catat hasil sesi' });
    await outcome.getByRole('radio', { name: 'Terlaksana' }).check();
    await outcome.getByLabel('Catatan sesi').fill('Draf SK dibahas bersama tim.');
    await outcome.getByRole('button', { name: 'Tambah item tindak lanjut' }).click();
    const item = outcome.getByRole('group', { name: 'Item tindak lanjut 1' });
    await item.getByLabel('Yang harus dilakukan').fill('Ajukan draf SK ke Bagian Hukum');
    await item.getByLabel('Penanggung jawab').selectOption({ label: 'Budi ASN Kabupaten Bandung' });
    await expectAccessible(mentor);
    await outcome.getByRole('button', { name: 'Simpan hasil sesi' }).click();
    await mentor.getByText('Hasil sesi disimpan.').waitFor();

    const mentee = await signedIn('asn.bandung@livinglab.demo');
    await mentee.getByRole('heading', { name: 'Item tindak lanjut terbuka' }).waitFor();
    await mentee.goto(pairUrl);
    await mentee.getByRole('button', { name: /^Beri umpan balik/ }).click();
    const feedback = mentee.getByRole('form', { name: 'Beri umpan balik' });
    await feedback.getByRole('group', { name: 'Penilaian sesi' }).getByRole('radio', { name: '5 – Sangat baik' }).check();
    await feedback.getByLabel(/Komentar/).fill('Sangat membantu.');
    await feedback.getByRole('button', { name: 'Kirim umpan balik' }).click();
    await mentee.getByText('Terima kasih, umpan balik Anda tersimpan.').waitFor();
    await mentee.goto(`${server.url}/mentoring`);
    await mentee
      .getByRole('checkbox', { name: /Selesai: Ajukan draf SK ke Bagian Hukum/ })
      .first()
      .check();
    await mentee.getByText('Ditandai selesai: Ajukan draf SK ke Bagian Hukum').waitFor();
    await expectAccessible(mentee);

    for (const page of [coordinator, mentor, mentee]) await page.context().close();
  });
});
