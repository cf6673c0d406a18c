/**
 * The weight of `@fengong/core` for a user (issue 19): the cold import of each entry of the built
 * package — a fresh `node` importing it and nothing else — beside `node -e 0`, `zod` alone and
 * `date-fns` alone measured in the same run (target: `@fengong/core/queries` at most 1.5× `zod`),
 * and the size of `npm install` of the packed tarball into an empty project (target: under 15 MB).
 *
 *   tsx scripts/bench-entries.ts   (after `npm run build`; also a suite of `npm run bench`)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/** Bytes of every file under `dir`: as written (apparent) and as stored (disk blocks, what `du` shows). */
function du(dir: string): { bytes: number; disk: number } {
  const total = { bytes: 0, disk: 0 };
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      const inner = du(p);
      total.bytes += inner.bytes;
      total.disk += inner.disk;
    } else if (e.isFile()) {
      const stat = statSync(p);
      total.bytes += stat.size;
      total.disk += stat.blocks * 512;
    }
  }
  return total;
}

/**
 * `npm install` of the packed tarball into an empty project (from npm's cache when it holds the
 * dependencies): what a user gets, package by package.
 */
function installed(): { packages: Map<string, { bytes: number; disk: number }>; seconds: number } {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-install-'));
  try {
    const npm = (args: string[], cwd: string) => {
      const r = spawnSync('npm', args, { cwd, encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${r.stderr}`);
      return r.stdout;
    };
    const [packed] = JSON.parse(npm(['pack', '--json', '--pack-destination', dir], core)) as { filename: string }[];
    const project = path.join(dir, 'project');
    mkdirSync(project);
    writeFileSync(path.join(project, 'package.json'), '{ "name": "install-size", "private": true }');
    const started = performance.now();
    npm(['install', '--prefer-offline', '--no-audit', '--no-fund', path.join(dir, packed!.filename)], project);
    const seconds = (performance.now() - started) / 1000;
    const modules = path.join(project, 'node_modules');
    const packages = new Map<string, { bytes: number; disk: number }>();
    for (const e of readdirSync(modules, { withFileTypes: true })) {
      if (!e.isDirectory() || e.name.startsWith('.')) continue;
      const names = e.name.startsWith('@')
        ? readdirSync(path.join(modules, e.name)).map((n) => `${e.name}/${n}`)
        : [e.name];
      for (const name of names) packages.set(name, du(path.join(modules, name)));
    }
    return { packages, seconds };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
  const { packages, seconds } = installed();
  const total = [...packages.values()].reduce((a, b) => ({ bytes: a.bytes + b.bytes, disk: a.disk + b.disk }), {
    bytes: 0,
    disk: 0,
  });
  const mb = (n: number) => `${(n / 1e6).toFixed(1)} MB`;
  const each = [...packages]
    .sort((a, b) => b[1].bytes - a[1].bytes)
    .map(([name, size]) => `${name} ${mb(size.bytes)}`)
    .join(', ');
  results.push({
    name: `\`npm install\` of the packed @fengong/core: ${mb(total.bytes)} (${total.bytes < 15e6 ? '✅' : '❌'} < 15 MB)`,
    medianMs: seconds * 1000,
    runs: 1,
    notes: `${packages.size} packages: ${each}; ${mb(total.disk)} on disk (\`du\`); pdfjs-dist is an optional peer dependency, installed by the CLI and the viewer`,
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
