/**
 * Benchmark of the deadline readers (not a timed test): read every deadline cell of a generated
 * 10,000-task plan, then compute every task's status for 365 consecutive days. Each figure is the median
 * of several runs.
 *
 *   npx tsx --conditions=@fengong/source scripts/bench-deadlines.ts
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { type Deadline, deadlineStatus, parseDeadline } from '../packages/core/src/deadlines/index';

/** One measured operation. */
export interface BenchResult {
  name: string;
  medianMs: number;
  minMs: number;
  maxMs: number;
  runs: number;
  /** How many times the operation ran in one run. */
  operations: number;
}

/** Options of {@link benchDeadlines}. */
export interface BenchDeadlinesOptions {
  tasks?: number;
  days?: number;
  runs?: number;
}

const ISSUED = '2021-07-01';

/** The seed plan's distinct deadline cells, as extracted. */
const SEED_CELLS = [
  '2021 年 9 月前完成现有规划文件主动公开；长期工作',
  '2021年 12月\n前',
  '长期工作',
  '2021 年 9 月\n前',
  '2022 年 1 月\n前',
];

/** Phrases from the parser's test table. */
const TABLE_PHRASES = [
  '于10月30日前',
  '12月份前',
  '10月以前',
  '二〇二一年十二月前',
  '２０２１年９月前',
  '2021年12月31日前',
  '6月底前',
  '2022年6月底前',
  '9月中旬前',
  '第三季度',
  '上半年',
  '2021年下半年',
  '年底前',
  '年内',
  '每季度',
  '每月28日前',
  '每年至少听取1次',
  '及时',
  '第一时间',
  '持续推进',
  '常态化',
  '年内持续推进',
  '印发之日起30日内',
  '收到申请之日起20个工作日内',
  '2021年12月前完成；2022年6月底前全面完成',
  '视情况',
];

/** The deadline cells of a plan with `tasks` tasks: mostly the seed's cells, as real plans repeat a few. */
function generatedCells(tasks: number): string[] {
  return Array.from({ length: tasks }, (_, i) =>
    i % 3 === 0 ? (TABLE_PHRASES[i % TABLE_PHRASES.length] ?? '') : (SEED_CELLS[i % SEED_CELLS.length] ?? ''),
  );
}

function consecutiveDays(first: string, count: number): string[] {
  const start = Date.parse(`${first}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => new Date(start + i * 86_400_000).toISOString().slice(0, 10));
}

function measure(name: string, runs: number, operations: number, run: () => void): BenchResult {
  run(); // warm-up: compile regexes, JIT
  const times = Array.from({ length: runs }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  const middle = Math.floor(times.length / 2);
  const medianMs =
    times.length % 2 === 1 ? (times[middle] ?? 0) : ((times[middle - 1] ?? 0) + (times[middle] ?? 0)) / 2;
  return {
    name,
    medianMs: Math.round(medianMs * 10) / 10,
    minMs: Math.round((times[0] ?? 0) * 10) / 10,
    maxMs: Math.round((times[times.length - 1] ?? 0) * 10) / 10,
    runs,
    operations,
  };
}

/**
 * Run the deadline benchmarks: parse every deadline cell of a generated plan, and compute every task's
 * status for consecutive days.
 *
 * @example
 * const results = await benchDeadlines(); // [{ name: 'parse 10,000 deadline cells', medianMs: …, … }, …]
 */
export async function benchDeadlines(options: BenchDeadlinesOptions = {}): Promise<BenchResult[]> {
  const { tasks = 10_000, days = 365, runs = 5 } = options;
  const cells = generatedCells(tasks);
  const asOfs = consecutiveDays(ISSUED, days);
  let deadlines: Deadline[] = [];
  const parse = measure(`parse ${tasks.toLocaleString('en')} deadline cells`, runs, tasks, () => {
    deadlines = cells.map((text) => parseDeadline(text, { issued: ISSUED }).deadline);
  });
  const status = measure(
    `status of ${tasks.toLocaleString('en')} deadlines on ${days} consecutive days`,
    runs,
    tasks * days,
    () => {
      for (const asOf of asOfs) for (const deadline of deadlines) deadlineStatus(deadline, { asOf });
    },
  );
  return [parse, status];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const r of await benchDeadlines()) {
    const perOp = ((r.medianMs * 1000) / r.operations).toFixed(2);
    console.log(
      `${r.name}: median ${r.medianMs} ms (min ${r.minMs}, max ${r.maxMs}, ${r.runs} runs; ${perOp} µs each)`,
    );
  }
}
