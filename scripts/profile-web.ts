/**
 * Where the viewer's time goes, in headless Chromium: a CPU profile (CDP `Profiler`) of the first
 * render of the seed, of opening a 10,000-task plan, and of switching units on it, each summed by
 * function (self time) and printed. The viewer is built without minifying, so names are readable.
 *
 * Run: `npx tsx --conditions=@fengong/source scripts/profile-web.ts [--minify]`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser } from '../apps/web/test/support/browser';
import { webRoot } from '../apps/web/test/support/build';
import { serveStatic } from '../apps/web/test/support/serve';
import { generatePlan } from './lib/generate';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** Self time by function, in ms, the largest first. */
function summarise(profile: Profile, top = 25): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    const node = byId.get(samples[i]!)!;
    const f = node.callFrame;
    const key = `${f.functionName || '(anonymous)'} ${path.basename(f.url)}:${f.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  }
  const total = (profile.endTime - profile.startTime) / 1000;
  return [
    `  total ${total.toFixed(0)} ms`,
    ...[...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  ${k}`),
  ].join('\n');
}

interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { url?: string; functionName?: string } };
}

/** Main-thread time by trace event (complete events only, nested ones included), the largest first. */
function summariseTrace(events: TraceEvent[], top = 14): string {
  const main = events.find(
    (e) => e.name === 'thread_name' && (e.args as { name?: string })?.name === 'CrRendererMain',
  );
  const by = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || !e.dur || (main && (e.tid !== main.tid || e.pid !== main.pid))) continue;
    const key =
      e.name === 'EvaluateScript' || e.name === 'v8.compile' || e.name === 'v8.compileModule'
        ? `${e.name} ${path.basename(e.args?.data?.url ?? '')}`
        : e.name;
    by.set(key, (by.get(key) ?? 0) + e.dur / 1000);
  }
  return [...by]
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([k, ms]) => `  ${ms.toFixed(1).padStart(8)} ms  [trace] ${k}`)
    .join('\n');
}

async function profiled<T>(cdp: CDPSession, label: string, fn: () => Promise<T>): Promise<T> {
  const traced = process.argv.includes('--trace');
  if (traced)
    await page
      .context()
      .browser()!
      .startTracing(page, {
        categories: ['devtools.timeline', 'v8', 'disabled-by-default-devtools.timeline', 'blink.user_timing'],
      });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  const start = Date.now();
  const out = await fn();
  const ms = Date.now() - start;
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  console.log(`\n== ${label}: ${ms} ms wall\n${summarise(profile)}`);
  if (traced) {
    const buffer = await page.context().browser()!.stopTracing();
    const trace = JSON.parse(buffer.toString()) as { traceEvents: TraceEvent[] };
    console.log(summariseTrace(trace.traceEvents));
  }
  await writeFile(
    path.join(os.tmpdir(), `fengong-${label.replace(/\W+/g, '-')}.cpuprofile`),
    JSON.stringify(profile),
  );
  return out;
}

const minify = process.argv.includes('--minify');
const dir = await mkdtemp(path.join(os.tmpdir(), 'fengong-profile-web-'));
const dist = path.join(dir, 'dist');
const { build } = await import('vite');
await build({
  root: webRoot,
  configFile: path.join(webRoot, 'vite.config.ts'),
  logLevel: 'warn',
  build: { outDir: dist, emptyOutDir: true, minify },
});
const server = await serveStatic(dist);
let page: Page;
const browser = await launchBrowser();
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  // A fresh page, as a clerk's first visit: nothing cached.
  const fresh = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  const firstPage = await fresh.newPage();
  const firstCdp = await fresh.newCDPSession(firstPage);
  page = firstPage;
  await profiled(firstCdp, 'first render', async () => {
    await firstPage.goto(`${server.url}#/?asOf=2021-10-01`, { waitUntil: 'commit' });
    await firstPage.waitForFunction(() => document.querySelectorAll('.task-row').length === 50);
  });
  await fresh.close();
  if (process.argv.includes('--first-only')) process.exit(0);
  page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await page.goto(`${server.url}#/?asOf=2021-10-01`);
  await page.locator('#view-title').waitFor();
  const { plan, registry } = generatePlan({ tasks: 10_000, units: 3_000, seed: 8 });
  const planFile = path.join(dir, 'plan-10000.json');
  const registryFile = path.join(dir, 'units.json');
  await writeFile(planFile, JSON.stringify(plan));
  await writeFile(registryFile, JSON.stringify(registry));
  await profiled(cdp, 'open 10000', async () => {
    await page.locator('[data-testid="file-input"]').setInputFiles([planFile, registryFile]);
    await page.locator('[data-testid="plan-title"]', { hasText: '10000项' }).waitFor({ timeout: 120_000 });
    await page.locator('#view-title').waitFor();
    await page.evaluate('new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)))');
  });
  console.log('elements after open:', await page.evaluate('document.querySelectorAll("*").length'));
  console.log(
    await page.evaluate(
      `[...document.querySelectorAll('main section, main details, main > *, main .view > *')].map((e) => e.tagName + '.' + e.className + '#' + (e.id || e.getAttribute('aria-labelledby') || '') + ' ' + e.querySelectorAll('*').length).filter((x) => +x.split(' ').pop() > 200).join('\\n')`,
    ),
  );
  if (process.argv.includes('--open-only')) process.exit(0);
  const departments = registry.units.filter((u) => u.kind === 'cityDepartment').map((u) => u.name);
  // In-page code as text: tsx's transform would add helpers (`__name`) the page lacks.
  const go = (unit: string) =>
    page.evaluate<number>(`(async (unit) => {
      const start = performance.now();
      const plan = new URLSearchParams(window.location.hash.split('?')[1] || '').get('plan');
      window.location.hash = '#/unit/' + encodeURIComponent(unit) + '?' + (plan ? 'plan=' + plan + '&' : '') + 'asOf=2021-10-01';
      await new Promise((resolve) => {
        const check = () => {
          if (document.querySelector('[data-unit-view="' + CSS.escape(unit) + '"]'))
            requestAnimationFrame(() => setTimeout(resolve, 0));
          else requestAnimationFrame(check);
        };
        check();
      });
      return performance.now() - start;
    })(${JSON.stringify(unit)})`);
  console.log('first unit (cold):', (await go(departments[0]!)).toFixed(0), 'ms');
  await go(departments[1]!);
  await profiled(cdp, 'switch 6 units', async () => {
    const times = [];
    for (const unit of departments.slice(2, 8)) times.push(Math.round(await go(unit)));
    console.log('switches:', times.join(' '));
  });
  console.log(
    'elements on a unit page:',
    await page.evaluate('document.querySelectorAll("*").length'),
    'picker:',
    await page.evaluate('document.querySelectorAll(".picker *").length'),
  );
  await context.close();
} finally {
  await browser.close();
  await server.close();
  await rm(dir, { recursive: true, force: true });
}
