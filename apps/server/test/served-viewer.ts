/**
 * What the Chromium tests of the served viewer share: the viewer built into a temporary directory, a
 * server on the embedded engine serving it, Chromium (Debian's, through playwright-core), and pages
 * signed in with one-time links, each with the script errors and failed loads it saw.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { ensureBrowser, launchBrowser } from '../../web/test/support/browser';
import { buildViewer } from '../../web/test/support/build';
import { type RunningServer, startServer } from '../src/index';

export interface ServedViewer {
  dir: string;
  server: RunningServer;
  browser: Browser;
  /** Script errors and console errors, by page. */
  errors: Map<Page, string[]>;
  /** A new browser context signed in with `link`, on the viewer's page. */
  signedInPage(link: string): Promise<Page>;
}

/** Build the viewer and serve `plans` before the file's tests; close everything after them. */
export function useServedViewer(plans: string[]): ServedViewer {
  const contexts: BrowserContext[] = [];
  const v = { errors: new Map<Page, string[]>() } as ServedViewer;
  v.signedInPage = async (link) => {
    const context = await v.browser.newContext({ acceptDownloads: true });
    contexts.push(context);
    const page = await context.newPage();
    const seen: string[] = [];
    v.errors.set(page, seen);
    page.on('pageerror', (e) => seen.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') seen.push(`console: ${m.text()}`);
    });
    // The viewer reads its ledger from the server once it starts: wait for that, so that what it
    // asks for (and any error it meets) is seen before the test goes on.
    const ledgerRead = page
      .waitForResponse((r) => /^\/api\/plans(?:\/[^/]+\/entries)?$/.test(new URL(r.url()).pathname), {
        timeout: 60_000,
      })
      .catch(() => undefined);
    await page.goto(link);
    // The sign-in page posts the token, then opens the viewer.
    await page.waitForURL((url) => url.pathname === '/');
    await ledgerRead;
    return page;
  };
  beforeAll(async () => {
    ensureBrowser();
    v.dir = mkdtempSync(path.join(tmpdir(), 'fengong-serve-e2e-'));
    await buildViewer(path.join(v.dir, 'web'), { offline: false });
    v.server = await startServer({
      plans,
      dataDir: path.join(v.dir, 'data'),
      port: 0,
      webRoot: path.join(v.dir, 'web'),
    });
    v.browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await v.browser?.close();
    await v.server?.close();
    if (v.dir) rmSync(v.dir, { recursive: true, force: true });
  });
  return v;
}
