/**
 * `npm run bench`: every benchmark of the project in one command. Each figure is a median over
 * repeated runs, set beside a reference measured in the same run on the same machine, and the
 * whole is written to BENCHMARKS.md with the machine's description.
 */
import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type BenchResult, measure } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');

/** A fixed CPU-bound workload: the yardstick every figure is divided by, so runs compare across machines. */
async function calibrate(): Promise<BenchResult> {
  const data = Array.from({ length: 200_000 }, (_, i) => ({ i, s: `任务${(i * 7919) % 100_003}` }));
  const text = JSON.stringify(data);
  const { medianMs, runs } = await measure(
    () => {
      const parsed = JSON.parse(text) as { i: number; s: string }[];
      parsed.sort((a, b) => (a.s < b.s ? -1 : a.s > b.s ? 1 : 0));
    },
    { runs: 9 },
  );
  return { name: 'reference: JSON.parse + sort of 200k records', medianMs, runs };
}

interface Suite {
  title: string;
  run: () => Promise<BenchResult[]>;
}

const suites: Suite[] = [
  { title: 'Deadline reading and status (issue 4)', run: async () => (await import('./bench-deadlines')).benchDeadlines() },
  { title: 'Responsibility resolution (issue 3)', run: async () => (await import('./bench-roles')).benchRoles() },
  { title: 'Text import (issue 6)', run: async () => (await import('./bench-import')).benchImport() },
  { title: 'Whole plan: load, resolve, status (issue 11)', run: async () => (await import('./bench-plan')).benchPlan() },
  { title: 'Report bundles (issue 7)', run: async () => (await import('./bench-reports')).benchReports() },
  { title: 'Web viewer budgets (issue 8)', run: async () => (await import('./bench-web')).benchWeb() },
  { title: 'CLI cold start (issue 5)', run: async () => (await import('./bench-cli')).benchCli() },
  { title: 'Weight of @fengong/core: cold import of each entry, install size (issue 19)', run: async () => (await import('./bench-entries')).benchEntries() },
  { title: 'Beside Taskwarrior: 10,000 tasks, cold queries (issue 11)', run: async () => (await import('./bench-taskwarrior')).benchTaskwarrior() },
  { title: 'Deadline reading beside chrono-node (issue 11)', run: async () => (await import('./bench-chrono')).benchChrono() },
  { title: 'fengong serve under load (issue 22)', run: async () => (await import('./bench-server')).benchServer() },
];

// `npm run bench -- --only <words>`: run the suites whose title contains the words, and update only
// their sections of BENCHMARKS.md.
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt >= 0 ? process.argv[onlyAt + 1] : undefined;

function machine(): string {
  const cpus = os.cpus();
  let npm = '';
  try {
    npm = execFileSync('npm', ['--version'], { encoding: 'utf8' }).trim();
  } catch {}
  return [
    `- CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length}`,
    `- memory: ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`,
    `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
    `- Node ${process.version}, npm ${npm}`,
  ].join('\n');
}

function verdict(r: BenchResult): string {
  if (r.targetRatio && r.reference) {
    const ratio = r.medianMs / r.reference.medianMs;
    return `${ratio <= r.targetRatio.max ? '✅' : '❌'} ≤ ${r.targetRatio.max}× ${r.targetRatio.reference}`;
  }
  if (r.targetMs !== undefined) return `${r.medianMs <= r.targetMs ? '✅' : '❌'} ≤ ${r.targetMs} ms`;
  return '';
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms >= 1 ? ms.toFixed(1) : ms.toFixed(3));

const started = Date.now();
const reference = await calibrate();
console.log(`${reference.name}: ${fmt(reference.medianMs)} ms`);
const sections: string[] = [];
let failed = 0;
for (const suite of suites.filter((s) => only === undefined || s.title.includes(only))) {
  console.log(`\n## ${suite.title}`);
  const results = await suite.run();
  const rows = results.map((r) => {
    const ref = r.reference ?? { name: 'reference', medianMs: reference.medianMs };
    const v = verdict(r);
    if (v.startsWith('❌')) failed++;
    const line = `| ${r.name} | ${fmt(r.medianMs)} | ${r.runs} | ${(r.medianMs / ref.medianMs).toFixed(2)}× ${ref.name} | ${v} | ${r.notes ?? ''} |`;
    console.log(line);
    return line;
  });
  // A section re-run alone says when, on what machine and how loaded, beside the whole run's calibration.
  const alone =
    only === undefined
      ? []
      : [
          `Re-run alone on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC (\`npm run bench -- --only "${only}"\`) on ${os.cpus()[0]?.model ?? 'unknown'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} (1/5/15 min) at its end; the calibration took ${fmt(reference.medianMs)} ms in this run.`,
          '',
        ];
  sections.push(
    [`## ${suite.title}`, '', ...alone, '| benchmark | median ms | runs | ratio | target | notes |', '| --- | ---: | ---: | --- | --- | --- |', ...rows].join('\n'),
  );
}
if (only !== undefined) {
  const { readFile } = await import('node:fs/promises');
  const file = path.join(root, 'BENCHMARKS.md');
  let doc = await readFile(file, 'utf8');
  for (const section of sections) {
    const title = section.slice(0, section.indexOf('\n'));
    const at = doc.indexOf(`${title}\n`);
    if (at < 0) {
      doc = `${doc.trimEnd()}\n\n${section}\n`;
      continue;
    }
    const next = doc.indexOf('\n## ', at + title.length);
    doc = `${doc.slice(0, at)}${section}\n${next < 0 ? '' : doc.slice(next)}`;
  }
  await writeFile(file, doc);
  console.log(`\nupdated ${sections.length} section(s) of BENCHMARKS.md`);
  process.exit(failed ? 1 : 0);
}
// Not a timing: how many tasks of the real plans in the import corpus come out fully right.
const corpus = await import('../packages/core/test/corpus/score');
const scored = corpus
  .corpusDocuments()
  .flatMap((d) => (['stored', 'fullWidth'] as const).map((v) => corpus.scoreDocument(d, v)));
const figure = corpus.corpusFigure(scored);
sections.push(
  [
    '## Import corpus: real plans read as a clerk would (issue 17)',
    '',
    `Every plan of \`packages/core/test/corpus/plans\` imported as stored and with full-width punctuation, scored against the tasks written by hand from each document (number, text, lead units, every unit, leaders, deadline; \`npm run score:corpus -- --verbose\` lists what is wrong).`,
    '',
    '| figure | value | target |',
    '| --- | --- | --- |',
    `| tasks fully right | ${figure.right}/${figure.tasks} (${((100 * figure.right) / figure.tasks).toFixed(1)} %) | ≥ 95 %: ${figure.right >= figure.tasks * 0.95 ? '✅' : '❌'} on the corpus, ❌ on plans never seen (latest first runs 19 %, 17 % and 3 %) |`,
    `| runs giving a valid plan | ${figure.plans}/${figure.runs} | ${figure.plans === figure.runs ? '✅' : '❌'} every one |`,
    '',
    'The target is for plans never seen: each held-out set is scored once before any change for it (figures in `packages/core/test/corpus/plans/README.md`; set 4: 94/134 tasks and 12/16 runs; set 5: 22/90 and 10/14; set 6: 90/106 and 14/14; set 7: 8/88 and 12/16; set 8: 26/88 and 16/16; set 9, 2026-12-03: 54/96 and 14/16; set 10, 2026-12-03: 44/88 and 14/16; set 11, 2026-12-03: 44/116 and 12/16; set 12, 2026-12-03: 24/126 and 10/16; set 13, 2026-12-03: 8/46 and 12/16; set 14, 2026-12-03: 3/100 and 12/16), then becomes a development set.',
  ].join('\n'),
);
console.log(`\nimport corpus: ${figure.right}/${figure.tasks} tasks fully right; ${figure.plans}/${figure.runs} runs give a plan`);

const doc = `# Benchmarks

Written by \`npm run bench\` (${new Date().toISOString().slice(0, 10)}; ${((Date.now() - started) / 1000).toFixed(0)} s).
Every figure is the median of repeated runs. Ratios are to a reference measured in the same run on
the same machine: the calibration workload below unless the row names another (for example
\`node -e 0\` for the CLI's cold start), so figures from different machines can be compared by
their ratios. Machines here are 2 cores and shared: expect noise of ±20 % between runs.

## Machine

${machine()}

Calibration: ${reference.name}: **${fmt(reference.medianMs)} ms** (median of ${reference.runs}).

${sections.join('\n\n')}
`;
await writeFile(path.join(root, 'BENCHMARKS.md'), doc);
console.log(`\nwrote BENCHMARKS.md${failed ? ` — ${failed} figure(s) miss their target` : ''}`);
