/**
 * CLI cold start: a fresh `node` process running the built `fengong` against the seed plan,
 * compared with a bare `node -e 0` measured in the same run. Target: at most 2.5×.
 *
 * The rows are what a user sees from the second run on: the first run of a build writes V8's code
 * cache of the CLI and the first query of a plan its compiled plan (both in a throwaway
 * FENGONG_CACHE_DIR here; warm-up runs write them). The first-run and `--no-cache` rows show the
 * cost without them.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BenchResult, measure } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'apps/cli/dist/bin.cjs');

function timeProcess(args: string[], env: NodeJS.ProcessEnv = process.env, before?: () => void): () => void {
  return () => {
    before?.();
    const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  };
}

export async function benchCli(): Promise<BenchResult[]> {
  if (!existsSync(bin)) throw new Error('apps/cli/dist/bin.cjs is missing: run `npm run build` first');
  const cacheDir = mkdtempSync(path.join(tmpdir(), 'fengong-bench-cache-'));
  const env = { ...process.env, FENGONG_CACHE_DIR: cacheDir };
  try {
    return await benchWith(env, cacheDir);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
}

async function benchWith(env: NodeJS.ProcessEnv, cacheDir: string): Promise<BenchResult[]> {
  const runs = 21;
  const bare = await measure(timeProcess(['-e', '0']), { runs, warmup: 3 });
  const reference = { name: '`node -e 0`', medianMs: bare.medianMs };
  const commands: [string, string[]][] = [
    ['fengong --help', ['--help']],
    ['fengong tasks seed --unit 市财政局', ['tasks', 'seeds/zhanjiang-2021/plan.yaml', '--unit', '市财政局', '--as-of', '2021-10-01']],
    ['fengong validate seed', ['validate', 'seeds/zhanjiang-2021/plan.yaml']],
  ];
  const results: BenchResult[] = [{ name: 'node -e 0', medianMs: bare.medianMs, runs, reference }];
  for (const [name, args] of commands) {
    const m = await measure(timeProcess([bin, ...args], env), { runs, warmup: 3 });
    results.push({
      name,
      medianMs: m.medianMs,
      runs,
      reference,
      ...(name.includes('tasks') ? { targetRatio: { reference: '`node -e 0`', max: 2.5 } } : {}),
    });
  }
  const seedQuery = commands[1]![1];
  const empty = () => rmSync(cacheDir, { recursive: true, force: true });
  const first = await measure(timeProcess([bin, ...seedQuery], env, empty), { runs: 9, warmup: 1 });
  results.push({
    name: 'fengong tasks seed --unit 市财政局, first run (empty cache: compiles the CLI and the plan, writes both)',
    medianMs: first.medianMs,
    runs: 9,
    reference,
  });
  const noCache = await measure(timeProcess([bin, ...seedQuery, '--no-cache'], { ...env, FENGONG_NO_CACHE: '1' }), { runs, warmup: 3 });
  results.push({ name: 'fengong tasks seed --unit 市财政局 with FENGONG_NO_CACHE=1', medianMs: noCache.medianMs, runs, reference });
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchCli());
