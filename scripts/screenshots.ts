/**
 * Screenshots of every view of the web viewer (issue 8), at desktop (1280×800) and phone width
 * (390×844), written to docs/screenshots/. The production build is served on 127.0.0.1 and shot in
 * headless Chromium (the Debian package, with fonts-noto-cjk for the Chinese text).
 *
 * Run: `npx tsx --conditions=@fengong/source scripts/screenshots.ts`
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { ensureBrowser, launchBrowser } from '../apps/web/test/support/browser';
import { buildViewer, repoRoot } from '../apps/web/test/support/build';
import { serveStatic } from '../apps/web/test/support/serve';

const OUT = path.join(repoRoot, 'docs/screenshots');
const AS_OF = '2021-10-01';

interface Shot {
  name: string;
  hash: string;
  /** Full page (default) or only the viewport. */
  fullPage?: boolean;
  /** Something to do before the shot. */
  prepare?: (page: Page) => Promise<void>;
}

const SHOTS: Shot[] = [
  { name: 'overview', hash: `#/?asOf=${AS_OF}` },
  { name: 'unit', hash: `#/unit/市财政局?asOf=${AS_OF}` },
  { name: 'task', hash: `#/task/26?asOf=${AS_OF}` },
  { name: 'matrix', hash: `#/matrix?asOf=${AS_OF}` },
  { name: 'calendar', hash: `#/calendar?asOf=${AS_OF}` },
  { name: 'overview-en', hash: `#/?asOf=${AS_OF}&lang=en`, fullPage: false },
  {
    name: 'invalid-file',
    hash: `#/?asOf=${AS_OF}`,
    fullPage: false,
    prepare: async (page) => {
      await page.locator('[data-testid="file-input"]').setInputFiles({
        name: 'broken-plan.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from('meta:\n  title: 测试方案\n  issued: 2021-13-01\ncategories:\n  - name: 甲\ntasks:\n  - number: 1\n    category: 乙\n    text: 做好工作\n    units: ""\n'),
      });
      await page.locator('[data-testid="file-problems"]').waitFor();
    },
  },
];

const SIZES = [
  { label: 'desktop', width: 1280, height: 800 },
  { label: 'phone', width: 390, height: 844 },
] as const;

/** Take every screenshot; resolves to the files written. */
export async function screenshots(): Promise<string[]> {
  ensureBrowser();
  const dist = await mkdtemp(path.join(os.tmpdir(), 'fengong-web-shots-'));
  await mkdir(OUT, { recursive: true });
  const written: string[] = [];
  await buildViewer(dist, { offline: false });
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  try {
    for (const size of SIZES) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: 1,
        locale: 'zh-CN',
        timezoneId: 'Asia/Shanghai',
        isMobile: size.label === 'phone',
        hasTouch: size.label === 'phone',
      });
      const page = await context.newPage();
      for (const shot of SHOTS) {
        await page.goto(`${server.url}${shot.hash}`);
        await page.locator('#view-title').first().waitFor();
        await shot.prepare?.(page);
        await page.evaluate(() => document.fonts.ready);
        const file = path.join(OUT, `${shot.name}-${size.label}.png`);
        await page.screenshot({ path: file, fullPage: shot.fullPage ?? true });
        written.push(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
    await rm(dist, { recursive: true, force: true });
  }
  return written;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const files = await screenshots();
  for (const f of files) console.log(path.relative(repoRoot, f));
}
