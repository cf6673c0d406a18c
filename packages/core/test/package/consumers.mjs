/**
 * Run by `check:package` after the build: @fengong/core as another project gets it. The package is
 * packed (`npm pack`), unpacked into a scratch project's node_modules beside links to the
 * dependencies it declares (and nothing else), and `consumer/main.ts` — the README's own pattern,
 * `analyzePlan(loaded.plan, { registry: loaded.registry })` — is compiled by tsc with `strict` and
 * `exactOptionalPropertyTypes`, library types checked too, under
 *
 * - nodenext as an ES module and as CommonJS (then run with node),
 * - bundler (then bundled by esbuild and run),
 * - node10, CommonJS without `exports` (the subpaths' types come from `typesVersions`; then run).
 *
 * Every run must print what the workspace's own build answers to the same questions.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { analyzePlan, countTasks, listTasks } from '@fengong/core';
import { loadPlanFile } from '@fengong/core/node';

const here = import.meta.dirname;
const core = path.resolve(here, '../..');
const root = path.resolve(core, '../..');
const require = createRequire(import.meta.url);
const tsc = require.resolve('typescript/bin/tsc');
const esbuild = require.resolve('esbuild/bin/esbuild');

const planFile = path.join(root, 'seeds/zhanjiang-2021/plan.yaml');
const unit = '市政务服务数据管理局';
const asOf = '2021-10-01';

/** Where a package lies for `from`: the nearest node_modules holding it (npm workspaces hoist). */
function packageDir(name, from) {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'node_modules', name);
    if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    if (dir === path.dirname(dir)) throw new Error(`${name} is not installed`);
  }
}

function run(command, args, cwd) {
  try {
    return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    throw new Error(`${path.basename(command)} ${args.join(' ')} (in ${cwd}) failed:\n${error.stdout}${error.stderr}`);
  }
}

const scratch = mkdtempSync(path.join(tmpdir(), 'fengong-consumers-'));
try {
  // The tarball, unpacked where an install puts it.
  const [packed] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', scratch], core));
  const installed = path.join(scratch, 'node_modules/@fengong/core');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', path.join(scratch, packed.filename), '-C', installed, '--strip-components=1'], scratch);
  const manifest = JSON.parse(readFileSync(path.join(installed, 'package.json'), 'utf8'));
  // Only what the package declares, plus the compiler's view of Node for the consumer itself.
  for (const name of [...Object.keys(manifest.dependencies ?? {}), '@types/node']) {
    const link = path.join(scratch, 'node_modules', name);
    mkdirSync(path.dirname(link), { recursive: true });
    symlinkSync(packageDir(name, core), link, 'dir');
  }

  const compilerOptions = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    target: 'es2022',
    lib: ['es2023'],
    types: ['node'],
    outDir: 'out',
  };
  const setups = {
    'nodenext-esm': { type: 'module', options: { module: 'nodenext', moduleResolution: 'nodenext' } },
    'nodenext-cjs': { type: 'commonjs', options: { module: 'nodenext', moduleResolution: 'nodenext' } },
    bundler: { type: 'module', options: { module: 'esnext', moduleResolution: 'bundler', noEmit: true } },
    node10: { type: 'commonjs', options: { module: 'commonjs', moduleResolution: 'node10', esModuleInterop: true } },
  };

  const loaded = await loadPlanFile(planFile);
  const analysis = analyzePlan(loaded.plan, loaded.registry ? { registry: loaded.registry } : {});
  const expected = {
    tasks: analysis.tasks.length,
    led: listTasks(analysis, { unit, roles: ['lead'], asOf }).map((task) => task.number),
    overdue: countTasks(analysis, { status: ['overdue'], asOf }),
    overdueFast: countTasks(analysis, { status: ['overdue'], asOf }),
    withoutAsOf: 'usage:usage/status-needs-as-of',
    notADay: 'usage:usage/bad-date',
    noSuchDay: 'usage:usage/bad-date',
    badPlan: 'input:yaml-syntax',
    missing: 'FengongFileError',
    pdf: 'reader-missing: names pdfjs-dist',
    lead: '牵头',
  };
  assert.ok(expected.led.length > 0 && expected.overdue > 0, `${unit} leads tasks and some are overdue on ${asOf}`);

  for (const [name, setup] of Object.entries(setups)) {
    const dir = path.join(scratch, name);
    mkdirSync(dir);
    cpSync(path.join(here, 'consumer/main.ts'), path.join(dir, 'main.ts'));
    writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: `consumer-${name}`, private: true, type: setup.type }));
    writeFileSync(
      path.join(dir, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { ...compilerOptions, ...setup.options }, files: ['main.ts'] }),
    );
    run(process.execPath, [tsc, '-p', 'tsconfig.json'], dir);
    let program = path.join(dir, 'out/main.js');
    if (name === 'bundler') {
      program = path.join(dir, 'out/main.mjs');
      // yaml's Node build is CommonJS requiring `process`: an ES bundle for Node gives it a `require`.
      const banner = "--banner:js=import { createRequire as requireFrom } from 'node:module'; const require = requireFrom(import.meta.url);";
      // A bundle without PDFs leaves the optional pdfjs-dist out (README: "Bundlers").
      const bundle = ['main.ts', '--bundle', '--platform=node', '--format=esm', '--external:pdfjs-dist', banner];
      run(esbuild, [...bundle, `--outfile=${program}`, '--log-level=warning'], dir);
    }
    const printed = run(process.execPath, [program, planFile, unit, asOf], dir);
    assert.deepEqual(JSON.parse(printed), expected, `the ${name} consumer prints what the workspace answers`);
    console.log(`consumers: ${name} compiles (strict, exactOptionalPropertyTypes) and runs`);
  }
} finally {
  if (!process.env.KEEP) rmSync(scratch, { recursive: true, force: true });
}
