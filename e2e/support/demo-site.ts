import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { demoPassword } from '../../src/features/demo/demo-tenant.ts';
import { clickAndLoad, launchBrowser, startDemoServer, type DemoServer } from './browser.ts';

export type DemoSite = {
  /** The demo server of this test file (started before its tests). */
  readonly server: DemoServer;
  readonly browser: Browser;
  /** A fresh browser profile (no cookies) with one page; axe needs the CSP bypass. */
  openPage(options?: BrowserContextOptions): Promise<Page>;
  /** Opens a path of the demo site and expects it to answer 200. */
  visit(page: Page, path: string): Promise<void>;
  /** Signs the page in on the sign-in form with the demo password. */
  signIn(page: Page, email: string): Promise<void>;
};

/**
 * The demo server and a Chromium for the tests of one file: started in
 * beforeAll, stopped in afterAll. `options` is read when they start, so it
 * may name what an earlier beforeAll made (an SMTP inbox).
 */
export function useDemoSite(options: () => { smtpUrl?: string } = () => ({})): DemoSite {
  let server: DemoServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startDemoServer(options()), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (!value) throw new Error('the demo site starts in beforeAll');
    return value;
  };
  return {
    get server() {
      return started(server);
    },
    get browser() {
      return started(browser);
    },
    async openPage(contextOptions = {}) {
      const context = await started(browser).newContext({ bypassCSP: true, ...contextOptions });
      return context.newPage();
    },
    async visit(page, path) {
      const response = await page.goto(`${started(server).baseUrl}${path}`);
      expect(response?.status(), path).toBe(200);
    },
    async signIn(page, email) {
      await page.goto(`${started(server).baseUrl}/login`);
      await page.getByRole('textbox', { name: /^メールアドレス/ }).fill(email);
      await page.getByLabel(/^パスワード/).fill(demoPassword);
      await clickAndLoad(page, page.getByRole('button', { name: 'ログイン' }));
    },
  };
}
