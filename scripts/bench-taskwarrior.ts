/**
 * fengong beside Taskwarrior, the tool a person would reach for to track "who does what by when":
 * the same 10,000 tasks (scripts/lib/generate.ts, seed 1, 3,000 units) imported into both, then two
 * questions asked of each from a cold process every time.
 *
 * - "tasks due on or before 2021-09-30": `fengong tasks <plan> --due-before 2021-09-30 --count`
 *   vs `task due.before:2021-10-01 count`.
 * - "tasks one unit leads": `fengong tasks <plan> --unit X --role lead --count` vs `task +X count`.
 *
 * Each tool answers from its own store, made once: Taskwarrior's `task import`, fengong's compiled
 * plan (written by its first query) and the stamps that let it trust an unchanged plan file.
 *
 * What Taskwarrior is given is fengong's own reading of each task, as a Taskwarrior user would type
 * it in: `due:` is the first due day (last acceptable day of the first dated part, none for ongoing
 * work), `project:` the owner (the first lead, or with no lead the first responsible unit), and every
 * lead a tag — a task may have several leads and Taskwarrior one project, so the per-unit question
 * is asked of the tags. X is the unit that leads the most tasks. Taskwarrior runs in a throwaway
 * TASKDATA with its own taskrc (confirmation, hooks, gc and messages off) and TZ=UTC so that dates
 * stay calendar days. Both tools must give the same counts; a warning row says so when they do not.
 *
 *   bash scripts/ensure-system-packages.sh taskwarrior && (cd apps/cli && npx tsup)
 *   npx tsx --conditions=@fengong/source scripts/bench-taskwarrior.ts
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzePlan, listTasks, parsePlan, parseRegistry, type TaskView } from '@fengong/core';
import { stringify } from 'yaml';
import { generatePlan } from './lib/generate';
import { type BenchResult, median } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');
const bin = path.join(root, 'apps/cli/dist/bin.cjs');

const TASKS = 10_000;
const UNITS = 3_000;
const AS_OF = '2021-10-01';
const DUE_BY = '2021-09-30';
/** Taskwarrior's `before` is strict; the day after DUE_BY, at midnight UTC. */
const TW_BEFORE = '2021-10-01';

/** The Taskwarrior record of one task (https://taskwarrior.org/docs/design/task/). */
interface TwTask {
  uuid: string;
  status: 'pending';
  entry: string;
  description: string;
  project?: string;
  tags?: string[];
  due?: string;
}

const uuidOf = (n: number) => `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
/** Taskwarrior's date format, midnight UTC of a calendar day. */
const twDate = (day: string) => `${day.replaceAll('-', '')}T000000Z`;
/** Tags may not contain spaces (unit names never do; this keeps the import honest if one did). */
const tagOf = (name: string) => name.replace(/\s+/g, '_');

function toTaskwarrior(view: TaskView): TwTask {
  const owner = view.roles.lead[0] ?? view.roles.responsible[0];
  return {
    uuid: uuidOf(view.number),
    status: 'pending',
    entry: '20210701T000000Z',
    description: `${view.number}. ${view.text}`,
    ...(owner ? { project: owner } : {}),
    ...(view.roles.lead.length > 0 ? { tags: view.roles.lead.map(tagOf) } : {}),
    ...(view.deadline.due ? { due: twDate(view.deadline.due) } : {}),
  };
}

interface Workspace {
  dir: string;
  planFile: string;
  env: NodeJS.ProcessEnv;
  /** What fengong answers in-process, to tell which side differs when the tools disagree. */
  expected: { dueBy: number; led: number };
  unit: string;
  importMs: number;
  /** fengong's first query of the plan, which writes its compiled plan. */
  compileMs: number;
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(command, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

function taskwarriorVersion(): string | undefined {
  const r = spawnSync('task', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

async function prepare(): Promise<Workspace> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-bench-tw-'));
  const { plan, registry } = generatePlan({ tasks: TASKS, units: UNITS, seed: 1 });
  const planText = stringify(plan, { lineWidth: 0 });
  const registryText = stringify(registry, { lineWidth: 0 });
  const planFile = path.join(dir, 'plan.yaml');
  writeFileSync(planFile, planText);
  writeFileSync(path.join(dir, 'units.yaml'), registryText);
  const written = performance.now();

  const analysis = analyzePlan(parsePlan(planText), { registry: parseRegistry(registryText) });
  const views = listTasks(analysis, { asOf: AS_OF });
  const leads = new Map<string, number>();
  for (const v of views) for (const u of v.roles.lead) leads.set(u, (leads.get(u) ?? 0) + 1);
  // The unit leading the most tasks (ties: the first in name order), so the query is not a trivial one.
  const [unit] = [...leads].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  const expected = {
    dueBy: listTasks(analysis, { asOf: AS_OF, dueBefore: DUE_BY }).length,
    led: listTasks(analysis, { asOf: AS_OF, unit, roles: ['lead'] }).length,
  };

  const data = path.join(dir, 'taskdata');
  mkdirSync(data);
  const taskrc = path.join(dir, 'taskrc');
  writeFileSync(
    taskrc,
    [
      `data.location=${data}`,
      'confirmation=off',
      'verbose=nothing',
      'hooks=off',
      'gc=off',
      'recurrence=off',
      'detection=off',
      `news.version=${taskwarriorVersion() ?? ''}`,
      '',
    ].join('\n'),
  );
  // fengong's own store: the compiled plan its first query writes (as Taskwarrior's is what `task import` wrote).
  const env = { ...process.env, TASKRC: taskrc, TASKDATA: data, TZ: 'UTC', LANG: 'C.UTF-8', FENGONG_CACHE_DIR: path.join(dir, 'fengong-cache') };
  const jsonFile = path.join(dir, 'tasks.json');
  writeFileSync(jsonFile, JSON.stringify(views.map(toTaskwarrior)));
  const started = performance.now();
  run('task', ['import', jsonFile], env);
  const importMs = performance.now() - started;
  // fengong's counterpart of `task import`: the first query compiles the plan (and the CLI's code).
  // As in use, the plan was saved a while before it is queried: files changed in the last 2 s are
  // never stamped (src/node/plan-cache.ts), and every query of them would read and hash them.
  const settled = written + 2100 - performance.now();
  if (settled > 0) await new Promise((resolve) => setTimeout(resolve, settled));
  const compiling = performance.now();
  run(process.execPath, [bin, 'tasks', planFile, '--count'], env);
  const compileMs = performance.now() - compiling;
  return { dir, planFile, env, expected, unit, importMs, compileMs };
}

const count = (stdout: string) => Number(stdout.trim());

/**
 * Median times of two commands run alternately (A B, B A, …) after two warm-ups each, so that load
 * from elsewhere on a shared machine falls on both alike.
 */
function interleaved(a: () => unknown, b: () => unknown, runs: number): [aMs: number, bMs: number] {
  const time = (fn: () => unknown) => {
    const started = performance.now();
    fn();
    return performance.now() - started;
  };
  for (let i = 0; i < 2; i++) {
    time(a);
    time(b);
  }
  const as: number[] = [];
  const bs: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      as.push(time(a));
      bs.push(time(b));
    } else {
      bs.push(time(b));
      as.push(time(a));
    }
  }
  return [median(as), median(bs)];
}

/** One question asked of both tools: cold processes, medians, and a check that the counts agree. */
async function compare(
  ws: Workspace,
  question: string,
  fengongArgs: string[],
  taskArgs: string[],
  expected: number,
  why: string,
): Promise<BenchResult[]> {
  const runs = 11;
  const fengongCmd = () =>
    count(run(process.execPath, [bin, 'tasks', ws.planFile, ...fengongArgs, '--count'], ws.env));
  const taskCmd = () => count(run('task', [...taskArgs, 'count'], ws.env));
  const [twMs, fgMs] = interleaved(taskCmd, fengongCmd, runs);
  const twCount = taskCmd();
  const fgCount = fengongCmd();
  const reference = { name: 'Taskwarrior', medianMs: twMs };
  const results: BenchResult[] = [
    {
      name: `${question}: Taskwarrior \`task ${taskArgs.join(' ')} count\``,
      medianMs: twMs,
      runs,
      reference,
      notes: `count ${twCount}`,
    },
    {
      name: `${question}: fengong \`tasks ${fengongArgs.join(' ')} --count\``,
      medianMs: fgMs,
      runs,
      reference,
      // The target: fengong faster than Taskwarrior on both queries.
      targetRatio: { reference: 'Taskwarrior', max: 1 },
      notes: `count ${fgCount}; ${(fgMs / twMs).toFixed(2)}× Taskwarrior`,
    },
  ];
  if (twCount !== fgCount || fgCount !== expected) {
    results.push({
      name: `⚠ ${question}: the tools disagree`,
      medianMs: 0,
      runs: 0,
      notes: `fengong CLI ${fgCount}, fengong in-process ${expected}, Taskwarrior ${twCount}: ${why}`,
    });
  }
  return results;
}

/** The benchmark, as rows for BENCHMARKS.md; a warning row when Taskwarrior is missing and cannot be installed. */
export async function benchTaskwarrior(): Promise<BenchResult[]> {
  if (!existsSync(bin)) throw new Error('apps/cli/dist/bin.cjs is missing: run `npm run build` first');
  if (!taskwarriorVersion()) {
    // As `npm test` installs its browser: from Debian, when it is missing.
    spawnSync('bash', [path.join(root, 'scripts/ensure-system-packages.sh'), 'taskwarrior'], { stdio: 'inherit' });
  }
  if (!taskwarriorVersion()) {
    return [
      {
        name: '⚠ Taskwarrior is not installed',
        medianMs: 0,
        runs: 0,
        notes: 'run `bash scripts/ensure-system-packages.sh taskwarrior`',
      },
    ];
  }
  const ws = await prepare();
  try {
    const results: BenchResult[] = [];
    results.push(
      ...(await compare(
        ws,
        `${TASKS.toLocaleString('en')} tasks due on or before ${DUE_BY}`,
        ['--due-before', DUE_BY, '--as-of', AS_OF],
        [`due.before:${TW_BEFORE}`],
        ws.expected.dueBy,
        'Taskwarrior was given each task’s first due day at 00:00 UTC; a difference means a due day was ' +
          'lost or shifted on import (time zone) or the CLI filtered differently from core',
      )),
    );
    results.push(
      ...(await compare(
        ws,
        `${TASKS.toLocaleString('en')} tasks, those ${ws.unit} leads`,
        ['--unit', ws.unit, '--role', 'lead', '--as-of', AS_OF],
        [`+${tagOf(ws.unit)}`],
        ws.expected.led,
        'Taskwarrior was given every lead as a tag; fengong also counts a unit that leads through a group ' +
          'it belongs to, which a tag cannot say',
      )),
    );
    results[0]!.notes += `; Taskwarrior ${taskwarriorVersion()}, \`task import\` of ${TASKS.toLocaleString('en')} tasks took ${(ws.importMs / 1000).toFixed(1)} s once; fengong's first query, which compiles the plan into its cache, took ${(ws.compileMs / 1000).toFixed(1)} s once`;
    return results;
  } finally {
    rmSync(ws.dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) console.table(await benchTaskwarrior());
