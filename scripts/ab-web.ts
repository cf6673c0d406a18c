/**
 * Before and after in one run: two builds of the viewer (e.g. main's and a branch's `apps/web/dist`,
 * copied aside before the change), timed in turn in the same browser by the measures of
 * `bench-web.ts`, so that a loaded machine slows both alike. Prints, for each build, the medians of
 * the first render of the seed (with Chromium's main-thread times: script, style, layout, all tasks),
 * of opening the generated 10,000-task plan (with the page's longest task meanwhile), of switching
 * units on it, of reopening it (a fresh load of its overview's address: the plan and its saved
 * analysis read from IndexedDB; with the longest task), and the in-page reference.
 *
 * Run: `npx tsx --conditions=@fengong/source scripts/ab-web.ts <dist-a> <dist-b> [--renders 9] [--opens 2]`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../apps/web/test/support/browser';
import { serveStatic } from '../apps/web/test/support/serve';
import { AS_OF, openGenerated, PAINTED_SEED, REFERENCE, switchFixture, switchUnits } from './bench-web';
import { median } from './lib/measure';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = args.indexOf(name);
  return at >= 0 ? Number(args[at + 1]) : fallback;
};
const dists = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
if (dists.length !== 2) {
  console.error('usage: ab-web.ts <dist-a> <dist-b> [--renders N] [--opens N]');
  process.exit(2);
}
const renders = option('--renders', 9);
const opens = option('--opens', 2);
const METRICS = ['ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration', 'TaskDuration'];

interface Figures {
  render: number[];
  metrics: Record<string, number[]>;
  open: number[];
  /** The longest main-thread task during each open. */
  longest: number[];
  switches: number[];
  reopen: number[];
  /** The longest main-thread task during each reopen, from the navigation on. */
  reopenLongest: number[];
}
const figures: Figures[] = dists.map(() => ({
  render: [],
  metrics: {},
  open: [],
  longest: [],
  switches: [],
  reopen: [],
  reopenLongest: [],
}));
/** Longest main-thread task so far, from the page's start (Long Tasks API, buffered). */
const WATCH_LONGEST = `(() => {
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longest = Math.max(window.__longest, e.duration);
  }).observe({ type: 'longtask', buffered: true });
})()`;
const references: number[] = [];

const newPage = async (browser: Browser) =>
  (await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' })).newPage();

const servers = await Promise.all(dists.map((d) => serveStatic(path.resolve(d!))));
const browser = await launchBrowser();
const dir = await mkdtemp(path.join(os.tmpdir(), 'fengong-ab-web-'));
try {
  // First renders, alternating builds; the first round warms the servers and the disk cache.
  for (let round = 0; round <= renders; round++) {
    for (const [i, server] of servers.entries()) {
      const page = await newPage(browser);
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await page.goto(`${server.url}#/?asOf=${AS_OF}`, { waitUntil: 'commit' });
      const ms = await page.evaluate<number>(PAINTED_SEED);
      const { metrics } = (await cdp.send('Performance.getMetrics')) as {
        metrics: { name: string; value: number }[];
      };
      if (round > 0) {
        figures[i]!.render.push(ms);
        for (const m of metrics.filter((m) => METRICS.includes(m.name))) {
          const list = figures[i]!.metrics[m.name] ?? [];
          list.push(m.value * 1000);
          figures[i]!.metrics[m.name] = list;
        }
        if (i === 0) references.push(await page.evaluate<number>(REFERENCE));
      }
      await page.context().close();
    }
  }
  // Opens of the 10,000-task plan, each followed by the bench's unit switches (2 warm-up switches first).
  const { planFile, registryFile, sequence } = await switchFixture(dir);
  for (let round = 0; round < opens; round++) {
    for (const [i, server] of servers.entries()) {
      const page = await newPage(browser);
      await page.goto(`${server.url}#/?asOf=${AS_OF}`);
      await page.locator('#view-title').waitFor();
      // The page's longest task while the plan opens (Long Tasks API): how long it could not answer input.
      await page.evaluate(WATCH_LONGEST);
      figures[i]!.open.push(await openGenerated(page, planFile, registryFile));
      figures[i]!.longest.push(await page.evaluate<number>('window.__longest'));
      const overview = page.url();
      await switchUnits(page, sequence.slice(0, 2));
      figures[i]!.switches.push(...(await switchUnits(page, sequence.slice(2))));
      references.push(await page.evaluate<number>(REFERENCE));
      // Reopen: a fresh load of the plan's overview (as a reload or a bookmark does).
      await page.goto('about:blank');
      await page.addInitScript(WATCH_LONGEST);
      const start = Date.now();
      await page.goto(overview, { waitUntil: 'commit' });
      await page.locator('[data-testid="plan-title"]', { hasText: '10000项' }).waitFor({ timeout: 120_000 });
      await page.locator('#view-title').waitFor();
      figures[i]!.reopen.push(Date.now() - start);
      figures[i]!.reopenLongest.push(await page.evaluate<number>('window.__longest'));
      await page.context().close();
    }
  }
} finally {
  await browser.close();
  await Promise.all(servers.map((s) => s.close()));
  await rm(dir, { recursive: true, force: true });
}

const ref = median(references);
const fmt = (values: number[]) =>
  values.length ? `${median(values).toFixed(0)} ms (${(median(values) / ref).toFixed(2)}×)` : '—';
for (const [i, d] of dists.entries()) {
  const f = figures[i]!;
  console.log(`\n${d}`);
  console.log(`  first render   ${fmt(f.render)}  runs ${f.render.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(
    `  main thread    ${METRICS.map((m) => `${m} ${median(f.metrics[m] ?? [0]).toFixed(0)} ms`).join(', ')}`,
  );
  console.log(`  open 10,000    ${fmt(f.open)}  runs ${f.open.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(`  longest task while opening  ${f.longest.map((x) => `${x.toFixed(0)} ms`).join(', ')}`);
  console.log(`  unit switch    ${fmt(f.switches)}  over ${f.switches.length} switches`);
  console.log(`  reopen 10,000  ${fmt(f.reopen)}  runs ${f.reopen.map((x) => x.toFixed(0)).join(' ')}`);
  console.log(
    `  longest task while reopening  ${f.reopenLongest.map((x) => `${x.toFixed(0)} ms`).join(', ')}`,
  );
}
console.log(
  `\nin-page reference ${ref.toFixed(0)} ms (median of ${references.length}); ratios above are to it`,
);
