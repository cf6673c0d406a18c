/**
 * Benchmark of the report bundle (报表基准): every report kind in every format for the Zhanjiang
 * seed plan (unit lists and calendars for all 37 units), and for a generated plan of 10,000 tasks
 * and 3,000 units — its plan-wide reports in every format, and the unit lists and calendars of 5
 * units (a bundle for all 3,000 units would be 18,000 files; offices ask for their own units).
 *
 * Run standalone: `npx tsx --conditions=@fengong/source scripts/bench-reports.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePlan, type PlanAnalysis, Plan, parsePlan, parseRegistry, Registry } from '@fengong/core';
import { involvedUnits, type RenderedFile, renderBundle } from '@fengong/reports';
import { generatePlan } from './lib/generate';
import { type BenchResult, measure } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');
const AS_OF = '2021-10-01';

function seedAnalysis(): PlanAnalysis {
  const planFile = path.join(root, 'seeds/zhanjiang-2021/plan.yaml');
  const registryFile = path.join(root, 'seeds/zhanjiang/units.yaml');
  const plan = parsePlan(readFileSync(planFile, 'utf8'), { fileName: planFile });
  const registry = parseRegistry(readFileSync(registryFile, 'utf8'), { fileName: registryFile });
  return analyzePlan(plan, { registry });
}

function totalBytes(files: readonly RenderedFile[]): string {
  const bytes = files.reduce((n, f) => n + f.bytes.length, 0);
  return `${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function benchReports(): Promise<BenchResult[]> {
  const results: BenchResult[] = [];

  const seed = seedAnalysis();
  let files: RenderedFile[] = [];
  const seedRun = await measure(
    async () => {
      files = await renderBundle({ analysis: seed, asOf: AS_OF });
    },
    { runs: 3, warmup: 1 },
  );
  results.push({
    name: 'seed plan (50 tasks): full bundle, 37 units',
    medianMs: seedRun.medianMs,
    runs: seedRun.runs,
    notes: totalBytes(files),
  });

  const textOnly = await measure(
    async () => {
      files = await renderBundle({ analysis: seed, asOf: AS_OF, formats: ['md', 'html', 'csv', 'ics'] });
    },
    { runs: 5, warmup: 1 },
  );
  results.push({
    name: 'seed plan: bundle without XLSX/DOCX',
    medianMs: textOnly.medianMs,
    runs: textOnly.runs,
    notes: totalBytes(files),
  });

  const generated = generatePlan({ tasks: 10_000, units: 3_000, seed: 1 });
  const big = analyzePlan(Plan.parse(generated.plan), { registry: Registry.parse(generated.registry) });
  const units = involvedUnits(big).slice(0, 5);
  const bigRun = await measure(
    async () => {
      files = await renderBundle({ analysis: big, asOf: AS_OF, units });
    },
    { runs: 1, warmup: 0 },
  );
  results.push({
    name: '10,000 tasks / 3,000 units: plan-wide reports + 5 units, all formats',
    medianMs: bigRun.medianMs,
    runs: bigRun.runs,
    notes: totalBytes(files),
  });
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(await benchReports());
