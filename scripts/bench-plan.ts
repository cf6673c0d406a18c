/**
 * Whole-plan benchmark: load + resolve + status of generated 1k, 10k and 100k-task plans, each in a
 * fresh process (time and peak memory), and how they grow with size. Target: 10k ≤ 1 s.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stringify } from 'yaml';
import { generatePlan } from './lib/generate';
import { type BenchResult, median } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');

interface Sample {
  loadMs: number;
  resolveMs: number;
  statusMs: number;
  totalMs: number;
  maxRssMb: number;
}

function runWorker(planFile: string, registryFile: string): Sample {
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@fengong/source', path.join(root, 'scripts/lib/plan-worker.ts'), planFile, registryFile],
    { cwd: root, encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`plan worker failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Sample;
}

export async function benchPlan(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-bench-'));
  const results: BenchResult[] = [];
  const perTask: number[] = [];
  for (const [tasks, units, runs] of [
    [1_000, 300, 5],
    [10_000, 3_000, 5],
    [100_000, 3_000, 3],
  ] as const) {
    const { plan, registry } = generatePlan({ tasks, units, seed: 1 });
    const planFile = path.join(dir, `plan-${tasks}.yaml`);
    const registryFile = path.join(dir, `units-${tasks}.yaml`);
    writeFileSync(planFile, stringify(plan, { lineWidth: 0 }));
    writeFileSync(registryFile, stringify(registry, { lineWidth: 0 }));
    const samples = Array.from({ length: runs }, () => runWorker(planFile, registryFile));
    const m = (k: keyof Sample) => median(samples.map((s) => s[k]));
    perTask.push(m('totalMs') / tasks);
    results.push({
      name: `load + resolve + status, ${tasks.toLocaleString('en')} tasks × ${units.toLocaleString('en')} units`,
      medianMs: m('totalMs'),
      runs,
      ...(tasks === 10_000 ? { targetMs: 1000 } : {}),
      notes: `load ${m('loadMs').toFixed(0)} ms, resolve ${m('resolveMs').toFixed(0)} ms, status ${m('statusMs').toFixed(0)} ms; peak RSS ${m('maxRssMb').toFixed(0)} MB; ${((m('totalMs') / tasks) * 1000).toFixed(1)} µs/task`,
    });
  }
  const growth = perTask.at(-1)! / perTask[0]!;
  const last = results.at(-1)!;
  last.notes += `; per-task cost 100k vs 1k: ${growth.toFixed(2)}× (1.00× is linear)`;
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) console.table(await benchPlan());
