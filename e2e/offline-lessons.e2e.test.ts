import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { lessonsOf, publishedModules } from './support/catalogue';
import { graphql, signInToken } from './support/graphql';
import { type ServerProcess, startServer } from './support/server-process';

/**
 * Issue 13, lessons offline: a learner enrols in a module and opens a lesson while online (the service
 * worker installs and takes the page over; the page keeps the module's lessons in IndexedDB). Then the
 * browser context goes offline: the app still opens, still knows who is signed in, shows another lesson
 * of the module, and queues its completion as pending. Back online, the completion reaches the server.
 */
describeInBrowser('lessons offline in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  let itemId: string;
  let lessonKeys: string[];
  /** A second module, enrolled in but never opened before going offline. */
  let otherId: string;
  let otherLessonKeys: string[];
  const learnerEmail = 'asn.sumedang@livinglab.demo';
  const moduleTitle = 'Pengantar SPBE dan Indeks SPBE';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const learner = await signInToken(server.url, learnerEmail);
    const modules = await publishedModules(server.url, learner);
    itemId = modules.find((module) => module.title === moduleTitle)!.id;
    otherId = modules.find((module) => module.title !== moduleTitle)!.id;
    lessonKeys = await lessonKeysOf(learner, itemId);
    otherLessonKeys = await lessonKeysOf(learner, otherId);
    expect(lessonKeys.length).toBeGreaterThan(1);
    expect(otherLessonKeys.length).toBeGreaterThan(0);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  async function lessonKeysOf(token: string, id: string): Promise<string[]> {
    return (await lessonsOf(server.url, token, id)).map((lesson) => lesson.key);
  }

  const waitUntilKept = async (page: Page, id: string) => {
    for (let waited = 0; !(await lessonsKept(page, id)); waited += 100) {
      if (waited > 10_000) throw new Error(`The lessons of ${id} were not kept on the device`);
      await page.waitForTimeout(100);
    }
  };

  const expectAccessible = async (page: Page) => {
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa']).analyze();
    expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  };

  /** The shell's status region (components/OfflineStatus.tsx), not a lesson's own status line. */
  const statusRegion = (page: Page) => page.locator('.offline-status');

  /** Whether this device keeps the module's lessons (lib/offline/offline-store.ts, IndexedDB). */
  const lessonsKept = (page: Page, id: string) =>
    page.evaluate(
      (key) =>
        new Promise<boolean>((resolve) => {
          const open = indexedDB.open('living-lab-offline');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const database = open.result;
            if (!database.objectStoreNames.contains('results')) {
              database.close();
              resolve(false);
              return;
            }
            const get = database.transaction('results').objectStore('results').get(key);
            get.onsuccess = () => {
              database.close();
              resolve(get.result !== undefined);
            };
            get.onerror = () => {
              database.close();
              resolve(false);
            };
          };
        }),
      `LessonPlayer:${JSON.stringify({ itemId: id })}`,
    );

  it('reads and completes a lesson offline; the completion is sent once back online', async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    const page = await context.newPage();
    // Clear failures within the file's budget, not at Jest's two-minute timeout.
    page.setDefaultTimeout(15_000);
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill(learnerEmail);
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();

    await page.goto(`${server.url}/konten/${itemId}`);
    await page.getByRole('heading', { name: moduleTitle }).waitFor();
    await page.getByRole('button', { name: 'Ikuti modul' }).click();
    await page.getByRole('link', { name: 'Lanjutkan belajar' }).click();
    await page.getByRole('heading', { name: /^Pelajaran 1:/ }).waitFor();

    // The service worker is active; after a reload it controls the page (the precache is complete then).
    await page.evaluate(() =>
      Promise.race([
        navigator.serviceWorker.ready,
        new Promise((_resolve, reject) => setTimeout(() => reject(new Error('No active service worker after 15 s')), 15_000)),
      ]),
    );
    await page.reload();
    await page.getByRole('heading', { name: /^Pelajaran 1:/ }).waitFor();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    await waitUntilKept(page, itemId);

    // Another module, enrolled in and not opened: its lessons are kept all the same.
    await page.goto(`${server.url}/konten/${otherId}`);
    await page.getByRole('button', { name: 'Ikuti modul' }).click();
    await page.getByRole('link', { name: 'Lanjutkan belajar' }).waitFor();
    await waitUntilKept(page, otherId);

    await context.setOffline(true);
    // A new page load offline, at another lesson of the module: the app shell from the service worker,
    // the lessons and the signed-in user from this device.
    await page.goto(`${server.url}/belajar/${itemId}/${lessonKeys[1]}`);
    await page.getByRole('heading', { name: /^Pelajaran 2:/ }).waitFor();
    await statusRegion(page)
      .getByText(/^Anda sedang offline\./)
      .waitFor();
    // `me` failed to reach the server: the learner is still signed in, not sent to the sign-in page.
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    expect(new URL(page.url()).pathname).toBe(`/belajar/${itemId}/${lessonKeys[1]}`);
    expect(await page.locator('.lesson-body').textContent()).not.toBe('');

    await expectAccessible(page);

    await page.getByRole('button', { name: 'Tandai selesai' }).click();
    await page.getByRole('status').filter({ hasText: 'Selesai, tersimpan di perangkat ini' }).waitFor();
    await statusRegion(page)
      .getByText(/^1 pelajaran selesai disimpan di perangkat ini dan menunggu dikirim/)
      .waitFor();
    await statusRegion(page)
      .getByText(/^Terakhir disinkronkan dengan server:/)
      .waitFor();
    await expectAccessible(page);

    // The module never opened reads offline too.
    await page.goto(`${server.url}/belajar/${otherId}/${otherLessonKeys[0]}`);
    await page.getByRole('heading', { name: /^Pelajaran 1:/ }).waitFor();
    await statusRegion(page)
      .getByText(/^1 pelajaran selesai disimpan/)
      .waitFor();
    await page.goto(`${server.url}/belajar/${itemId}/${lessonKeys[1]}`);
    await page.getByRole('status').filter({ hasText: 'Selesai, tersimpan di perangkat ini' }).waitFor();

    await context.setOffline(false);
    // Sent: the lesson shows as done (the server's answer), and the status region has nothing left to say.
    await page.getByRole('status').filter({ hasText: 'Pelajaran ini sudah selesai.' }).waitFor();
    await page.locator('.offline-status-empty').waitFor({ state: 'attached' });
    expect(await statusRegion(page).textContent()).toBe('');

    const learner = await signInToken(server.url, learnerEmail);
    const saved = await graphql<{ moduleProgress: { completedLessonKeys: string[] } }>(
      server.url,
      'query ($itemId: ID!) { moduleProgress(itemId: $itemId) { completedLessonKeys } }',
      { itemId },
      learner,
    );
    expect(saved.moduleProgress.completedLessonKeys).toEqual([lessonKeys[1]]);

    // Signed out, the device forgets the lessons and the user: offline, the next person sees neither.
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('link', { name: 'Masuk' }).first().waitFor();
    for (let waited = 0; (await lessonsKept(page, itemId)) || (await lessonsKept(page, otherId)); waited += 100) {
      if (waited > 10_000) throw new Error('The lessons were still kept after sign-out');
      await page.waitForTimeout(100);
    }
    await context.setOffline(true);
    await page.goto(`${server.url}/belajar/${itemId}/${lessonKeys[1]}`);
    // The app shell opens; the user cannot be known without the server: the offline page, nobody signed in.
    await page.getByRole('heading', { level: 1, name: 'Anda sedang offline' }).waitFor();
    expect(await page.getByRole('heading', { name: /^Pelajaran 2:/ }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Keluar' }).count()).toBe(0);
    expect(await page.content()).not.toContain('Siti ASN Sumedang');
    await context.close();
  });
});
