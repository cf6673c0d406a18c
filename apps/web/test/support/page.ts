/** Helpers for the end-to-end tests: one browser per test file, pages that fail on page errors. */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from './browser';

export interface Session {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** Uncaught errors and console errors seen by the page. */
  errors: string[];
}

export async function openSession(options: { width?: number; height?: number } = {}): Promise<Session> {
  const browser = await launchBrowser();
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return { browser, context, page, errors };
}

/** Go to a route of the served viewer and wait until the view has rendered. */
export async function gotoView(page: Page, baseUrl: string, hash = '#/'): Promise<void> {
  await page.goto(`${baseUrl}${hash}`);
  await page.locator('#view-title').first().waitFor();
}
