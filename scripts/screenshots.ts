/**
 * Screenshots of every view of the web viewer (issues 8 and 21: the plan library, a unit filtered to
 * 逾期, the look-back and the comparison), at desktop (1280×800) and phone width
 * (390×844), written to docs/screenshots/. The production build is served on 127.0.0.1 and shot in
 * headless Chromium (the Debian package, with fonts-noto-cjk for the Chinese text).
 *
 * Run: `npx tsx --conditions=@fengong/source scripts/screenshots.ts`
 */
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { parsePlan } from '../packages/core/src/model/parse';
import type { Plan } from '../packages/core/src/model/schema';
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

/** Next year's plan, as the seed would change (for the library and the comparison). */
function nextYearPlan(): Plan {
  const plan = parsePlan(readFileSync(path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8'));
  const task = (n: number) => plan.tasks.find((t) => t.number === n)!;
  task(10).text = task(10).text.replace('扎实做好', '切实做好');
  task(7).units = task(7).units.replace('市财政局牵头', '市审计局牵头');
  task(15).deadline = '2021 年 10 月前';
  plan.tasks = plan.tasks.filter((t) => t.number !== 20).map((t, i) => ({ ...t, number: i + 1 }));
  plan.meta = {
    ...plan.meta,
    title: plan.meta.title.replace('2021', '2022'),
    documentNumber: '湛府办〔2022〕9号',
  };
  plan.registry = undefined;
  return plan;
}

/** Open next year's plan from a file (it is kept in the library); resolves to its id in the URL. */
async function openNextYear(page: Page): Promise<string> {
  await page.locator('[data-testid="file-input"]').setInputFiles({
    name: '湛江市2022年政务公开工作要点分工方案.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(nextYearPlan())),
  });
  await page.locator('[data-testid="plan-title"]', { hasText: '2022' }).waitFor();
  return new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '').get('plan') ?? '';
}

const SHOTS: Shot[] = [
  {
    name: 'library',
    hash: '#/overview',
    prepare: async (page) => {
      await openNextYear(page);
      await page.goto(page.url().replace(/#.*$/, '#/'));
      await page.locator('.library-item').nth(1).waitFor();
    },
  },
  { name: 'unit-overdue', hash: `#/unit/市财政局?asOf=${AS_OF}&status=overdue` },
  { name: 'lookback', hash: '#/lookback?asOf=2022-03-01' },
  {
    name: 'diff',
    hash: '#/overview',
    prepare: async (page) => {
      const id = await openNextYear(page);
      await page.goto(page.url().replace(/#.*$/, `#/diff?plan=${id}&base=builtin`));
      await page.getByTestId('diff').waitFor();
    },
  },
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
        buffer: Buffer.from(
          'meta:\n  title: 测试方案\n  issued: 2021-13-01\ncategories:\n  - name: 甲\ntasks:\n  - number: 1\n    category: 乙\n    text: 做好工作\n    units: ""\n',
        ),
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
