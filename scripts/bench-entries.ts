/**
 * The weight of `@fengong/core` for a user (issue 19): the cold import of each entry of the built
 * package — a fresh `node` importing it and nothing else — beside `node -e 0`, `zod` alone and
 * `date-fns` alone measured in the same run (target: `@fengong/core/queries` at most 1.5× `zod`),
 * and the size an install adds: the package and every package it depends on, as they lie in
 * node_modules (target: under 15 MB).
 *
 *   tsx scripts/bench-entries.ts   (after `npm run build`; also a suite of `npm run bench`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { type BenchResult, measure } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');
const core = path.join(root, 'packages/core');

function coldImport(specifier: string | undefined): () => void {
  const code = specifier ? `import(${JSON.stringify(specifier)}).then(() => {})` : '0';
  return () => {
    const r = spawnSync(process.execPath, ['-e', code], { cwd: core, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`node -e ${code} failed: ${r.stderr}`);
  };
}

/** Bytes of every file under `dir`. */
function du(dir: string): number {
  let total = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) total += du(p);
    else if (e.isFile()) total += statSync(p).size;
  }
  return total;
}

/** Where a dependency lies: beside core, else at the root (npm workspaces hoist). */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) return undefined;
  }
}

/** The packages an install of core brings (dependencies and optional ones, transitively), with sizes. */
function installed(): Map<string, number> {
  const sizes = new Map<string, number>();
  const visit = (dir: string) => {
    const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
      dependencies?: Record<string, string>;
      optionalDependencies?: Record<string, string>;
    };
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.optionalDependencies })) {
      if (sizes.has(name)) continue;
      const at = packageDir(name, dir);
      if (!at) continue;
      sizes.set(name, du(at));
      visit(at);
    }
  };
  visit(core);
  return sizes;
}

export async function benchEntries(): Promise<BenchResult[]> {
  if (!existsSync(path.join(core, 'dist/queries.js')))
    throw new Error('packages/core/dist is missing: run `npm run build` first');
  const runs = 15;
  const options = { runs, warmup: 2 };
  const bare = await measure(coldImport(undefined), options);
  const zod = await measure(coldImport('zod'), options);
  const dateFns = await measure(coldImport('date-fns'), options);
  const bareRef = { name: '`node -e 0`', medianMs: bare.medianMs };
  const zodRef = { name: '`zod` alone', medianMs: zod.medianMs };
  const results: BenchResult[] = [
    { name: '`node -e 0`', medianMs: bare.medianMs, runs, reference: bareRef },
    { name: "`import('zod')` alone", medianMs: zod.medianMs, runs, reference: bareRef },
    { name: "`import('date-fns')` alone (its index)", medianMs: dateFns.medianMs, runs, reference: zodRef },
  ];
  for (const entry of [
    '@fengong/core/labels',
    '@fengong/core/queries',
    '@fengong/core/node',
    '@fengong/core',
  ]) {
    const r = await measure(coldImport(entry), options);
    results.push({
      name: `\`import('${entry}')\``,
      medianMs: r.medianMs,
      runs,
      reference: zodRef,
      ...(entry === '@fengong/core/queries' ? { targetRatio: { reference: '`zod` alone', max: 1.5 } } : {}),
    });
  }
  const sizes = installed();
  const own = du(path.join(core, 'dist')) + du(path.join(core, 'src'));
  const total = [...sizes.values()].reduce((a, b) => a + b, own);
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const heaviest = [...sizes]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 6)
    .map(([name, size]) => `${name} ${mb(size)}`)
    .join(', ');
  results.push({
    name: `install size of @fengong/core: ${mb(total)} (${total <= 15e6 ? '✅' : '❌'} < 15 MB)`,
    medianMs: 0,
    runs: 1,
    notes: `core's dist and src ${mb(own)}; ${sizes.size} dependencies, heaviest: ${heaviest}`,
  });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));
  for (const r of await benchEntries()) {
    const ratio = r.reference ? `${(r.medianMs / r.reference.medianMs).toFixed(2)}× ${r.reference.name}` : '';
    const target = r.targetRatio
      ? `${r.medianMs / (r.reference?.medianMs ?? 1) <= r.targetRatio.max ? '✅' : '❌'} ≤ ${r.targetRatio.max}× ${r.targetRatio.reference}`
      : '';
    console.log(`| ${r.name} | ${fmt(r.medianMs)} | ${r.runs} | ${ratio} | ${target} | ${r.notes ?? ''} |`);
  }
}
