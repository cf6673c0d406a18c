/** Accessibility: axe-core on every view, at desktop and phone width: no violations at all (issue 21). */
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from '../support/browser';

const baseUrl = inject('baseUrl');
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

const VIEWS = [
  { name: 'plan library', hash: '#/' },
  { name: 'missing plan', hash: '#/overview?plan=0123456789abcdef' },
  { name: 'invalid parameters', hash: '#/?asOf=2021-02-30&status=late' },
  { name: 'overview', hash: '#/?asOf=2021-10-01' },
  { name: 'overview filtered', hash: '#/?asOf=2021-10-01&status=overdue&q=公开' },
  { name: 'unit filtered', hash: '#/unit/市财政局?asOf=2021-10-01&status=overdue&role=lead&q=公开' },
  { name: 'look-back', hash: '#/lookback?asOf=2022-03-01' },
  { name: 'diff', hash: '#/diff?base=builtin' },
  { name: 'diff without a base', hash: '#/diff' },
  { name: 'calendar by unit', hash: '#/calendar?unit=市财政局&asOf=2021-10-01' },
  { name: 'unit picker', hash: '#/unit?asOf=2021-10-01' },
  { name: 'unit', hash: '#/unit/市财政局?asOf=2021-10-01' },
  { name: 'task', hash: '#/task/26?asOf=2021-10-01' },
  { name: 'matrix', hash: '#/matrix?asOf=2021-10-01' },
  { name: 'calendar', hash: '#/calendar?asOf=2021-10-01' },
  { name: 'overview in English', hash: '#/?asOf=2021-10-01&lang=en' },
];

let browser: Awaited<ReturnType<typeof launchBrowser>>;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function audit(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document, opts: object) => Promise<{ violations: unknown[] }> };
      }
    ).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations as AxeViolation[];
}

const describeViolations = (violations: AxeViolation[]) =>
  violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );

for (const size of [
  { label: 'desktop', width: 1280, height: 800 },
  { label: 'phone', width: 390, height: 844 },
]) {
  describe(`axe-core at ${size.label} width`, () => {
    let page: Page;
    beforeAll(async () => {
      // The site's CSP forbids inline scripts: axe is injected with CSP bypassed, for this test only.
      const context = await browser.newContext({ viewport: size, bypassCSP: true, locale: 'zh-CN' });
      page = await context.newPage();
    });

    for (const view of VIEWS) {
      it(`finds no violations on the ${view.name} view`, async () => {
        await page.goto(`${baseUrl}${view.hash}`);
        await page.locator('#view-title').first().waitFor();
        expect(describeViolations(await audit(page))).toEqual([]);
      });
    }

    it('finds none with a file’s diagnostics shown and the downloads menu open', async () => {
      await page.goto(`${baseUrl}#/unit/市财政局?asOf=2021-10-01`);
      await page.locator('#view-title').first().waitFor();
      await page.locator('[data-testid="file-input"]').setInputFiles({
        name: 'broken.yaml',
        mimeType: 'text/yaml',
        buffer: Buffer.from('meta:\n  title: x\n  issued: nope\n'),
      });
      await page.locator('[data-testid="file-problems"]').waitFor();
      await page.locator('.downloads > summary').click();
      expect(describeViolations(await audit(page))).toEqual([]);
    });

    it('finds none with a row’s recording form open and its history shown', async () => {
      await page.goto(`${baseUrl}#/unit/市财政局?asOf=2021-10-01`);
      await page.locator('#view-title').first().waitFor();
      const row = page.locator('section[data-role="lead"] tr[data-task="7"]');
      await row.getByTestId('record-state').selectOption('cannotComplete');
      expect(describeViolations(await audit(page))).toEqual([]);
    });
  });
}
