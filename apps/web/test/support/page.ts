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

/**
 * A hash of the plan in use: `hash` with the `plan=` of the page's current URL (a plan opened from a
 * file is named by the URL; without it a route shows the built-in plan).
 */
export function inPlan(page: Page, hash: string): string {
  const plan = new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('plan');
  if (!plan) return hash;
  return `${hash}${hash.includes('?') ? '&' : '?'}plan=${plan}`;
}

/** Go to a route of the served viewer (by default the built-in plan's overview) and wait until the view has rendered. */
export async function gotoView(page: Page, baseUrl: string, hash = '#/overview'): Promise<void> {
  await page.goto(`${baseUrl}${hash}`);
  await page.locator('#view-title').first().waitFor();
}
