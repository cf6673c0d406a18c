/**
 * CLI cold start: a fresh `node` process running the built `fengong` against the seed plan,
 * compared with a bare `node -e 0` measured in the same run. Target: at most 2.5×.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { type BenchResult, measure } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'apps/cli/dist/bin.js');

function timeProcess(args: string[]): () => void {
  return () => {
    const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    if (r.status !== 0) throw new Error(`node ${args.join(' ')} failed: ${r.stderr}`);
  };
}

export async function benchCli(): Promise<BenchResult[]> {
  if (!existsSync(bin)) throw new Error('apps/cli/dist/bin.js is missing: run `npm run build` first');
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
    const m = await measure(timeProcess([bin, ...args]), { runs, warmup: 3 });
    results.push({
      name,
      medianMs: m.medianMs,
      runs,
      reference,
      ...(name.includes('tasks') ? { targetRatio: { reference: '`node -e 0`', max: 2.5 } } : {}),
    });
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchCli());
