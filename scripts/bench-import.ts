/**
 * Benchmark of the text importer (导入基准): a generated 2,000-task plan printed the way PDF
 * extraction prints the Zhanjiang seed (cells wrapped, columns interleaved, rows split over pages,
 * the header repeated, merged cells; about 1 MB), imported whole; and the seed itself.
 *
 * Target: the 2,000-task text in ≤ 1 s (median of ≥ 5 runs).
 * Run standalone: `npx tsx --conditions=@fengong/source scripts/bench-import.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { importPlanText } from '../packages/core/src/import';
import { generatePlan, renderPdfTable } from '../packages/core/test/fixtures/import/render';
import { type BenchResult, measure } from './lib/measure';

const TASKS = 2_000;
const root = path.resolve(import.meta.dirname, '..');

/** The generated benchmark document: `TASKS` tasks, seed-like layout. */
export function benchmarkText(): string {
  return renderPdfTable(generatePlan(TASKS, 2021, { clauses: [5, 14] }), { pageLines: 40 });
}

/**
 * Import a generated 2,000-task seed-like text (≈1 MB) and the seed; medians over 7 runs.
 *
 * @example
 * const [big] = await benchImport(); big.medianMs <= 1000; //=> true on the reference machine
 */
export async function benchImport(): Promise<BenchResult[]> {
  const text = benchmarkText();
  const bytes = Buffer.byteLength(text, 'utf8');
  let tasks = 0;
  const big = await measure(
    () => {
      tasks = importPlanText(text).plan?.tasks.length ?? 0;
    },
    { runs: 7, warmup: 1 },
  );
  if (tasks !== TASKS) throw new Error(`the benchmark text imported ${tasks} tasks, not ${TASKS}`);
  const seedText = readFileSync(path.join(root, 'seeds/000_fc8bcf8b29ea9190.txt'), 'utf8');
  const seed = await measure(() => importPlanText(seedText), { runs: 15, warmup: 2 });
  return [
    {
      name: `import a ${TASKS.toLocaleString('en')}-task PDF-extracted plan text (${(bytes / 2 ** 20).toFixed(2)} MiB)`,
      medianMs: big.medianMs,
      runs: big.runs,
      targetMs: 1000,
      notes: `${text.split('\n').length.toLocaleString('en')} lines; layout detection, notice, table, readers' notices`,
    },
    {
      name: 'import the Zhanjiang seed text (50 tasks, 19 KB)',
      medianMs: seed.medianMs,
      runs: seed.runs,
    },
  ];
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const r of await benchImport()) {
    const verdict =
      r.targetMs === undefined
        ? ''
        : r.medianMs <= r.targetMs
          ? ` ✅ ≤ ${r.targetMs} ms`
          : ` ❌ > ${r.targetMs} ms`;
    console.log(`${r.name}: median ${r.medianMs.toFixed(1)} ms over ${r.runs} runs${verdict}`);
  }
}
