import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describeInBrowser, launchBrowser } from './support/browser';
import { REPO_ROOT, type ServerProcess, startServer } from './support/server-process';

/**
 * The web app runs under its Content-Security-Policy: the main pages, anonymous, as a learner and as a
 * coordinator (charts included), raise no CSP violation. Violations are gathered from the
 * `securitypolicyviolation` event and from chromium's "Refused to ..." console messages.
 */
declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

describeInBrowser('security headers in the browser', () => {
  let server: ServerProcess;
  let browser: Browser;
  const violations: string[] = [];

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await server?.cleanup();
  });

  const newContext = async (consoleSink: string[] = violations): Promise<BrowserContext> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.__cspViolations?.push(
          `${event.violatedDirective} blocked ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`,
        );
      });
    });
    context.on('console', (message) => {
      if (/Refused to|Content Security Policy/i.test(message.text())) consoleSink.push(`console: ${message.text()}`);
    });
    return context;
  };

  /** Goes to a page, waits for its heading and the network to settle, and collects its violations. */
  const visit = async (page: Page, route: string, ready?: (page: Page) => Promise<unknown>): Promise<void> => {
    const response = await page.goto(`${server.url}${route}`);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await ready?.(page);
    await page.waitForLoadState('networkidle');
    await collect(page, route);
  };
  const collect = async (page: Page, route: string): Promise<void> => {
    const found = await page.evaluate(() => window.__cspViolations ?? []);
    violations.push(...found.map((violation) => `${route}: ${violation}`));
  };
  const signIn = async (page: Page, email: string): Promise<void> => {
    await page.goto(`${server.url}/masuk`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Kata sandi').fill('demo-livinglab-2026');
    await page.getByRole('button', { name: 'Masuk', exact: true }).click();
    await page.getByRole('button', { name: 'Keluar' }).waitFor();
    await collect(page, '/masuk (signing in)');
  };

  it('the built index.html has no inline script or style', () => {
    const html = readFileSync(path.join(REPO_ROOT, 'web/dist/index.html'), 'utf8');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style\b/);
    expect(html).not.toMatch(/\sstyle=/);
    expect(html).not.toMatch(/\son[a-z]+=/);
  });

  it('sees a violation when there is one (the listener works)', async () => {
    const consoleMessages: string[] = [];
    const context = await newContext(consoleMessages);
    const page = await context.newPage();
    await page.goto(`${server.url}/masuk`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inline = true;';
      document.head.append(script);
    });
    const found = await page.evaluate(() => ({ violations: window.__cspViolations ?? [], ran: 'inline' in window }));
    expect(found.ran).toBe(false);
    expect(found.violations.join('\n')).toMatch(/script-src/);
    await page.waitForTimeout(200);
    expect(consoleMessages.join('\n')).toMatch(/inline script.*Content Security Policy|Refused to execute inline script/);
    await context.close();
  });

  it('raises no CSP violation on the main pages', async () => {
    const anonymous = await newContext();
    const visitor = await anonymous.newPage();
    await visit(visitor, '/');
    await visit(visitor, '/masuk');
    await visit(visitor, '/daftar');
    await visit(visitor, '/verify/TIDAK-ADA');
    await anonymous.close();

    const learnerContext = await newContext();
    const learner = await learnerContext.newPage();
    await signIn(learner, 'asn.sumedang@livinglab.demo');
    await visit(learner, '/');
    await visit(learner, '/katalog', (page) => page.locator('a[href^="/konten/"]').first().waitFor());
    const firstItem = await learner.locator('a[href^="/konten/"]').first().getAttribute('href');
    expect(firstItem).toBeTruthy();
    await visit(learner, firstItem as string);
    await visit(learner, '/jalur');
    await visit(learner, '/sertifikat');
    await visit(learner, '/mentoring');
    await visit(learner, '/profil');
    await learnerContext.close();

    const coordinatorContext = await newContext();
    const coordinator = await coordinatorContext.newPage();
    await signIn(coordinator, 'koordinator@livinglab.demo');
    await visit(coordinator, '/koordinasi/peserta');
    await visit(coordinator, '/koordinasi/mentoring');
    // Charts (SVG with styles set from script) on the province overview and a region's dashboard.
    await visit(coordinator, '/spbe/provinsi/32', (page) => page.locator('svg').first().waitFor());
    await visit(coordinator, '/spbe/wilayah/32.08');
    await coordinatorContext.close();

    const adminContext = await newContext();
    const admin = await adminContext.newPage();
    await signIn(admin, 'admin@livinglab.demo');
    await visit(admin, '/admin/pengguna');
    await adminContext.close();

    expect(violations).toEqual([]);
  });
});
