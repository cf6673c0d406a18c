/**
 * Deadline reading beside chrono-node's Chinese parser (`chrono.zh`), the general-purpose library a
 * developer would try first: every deadline phrase of the seed plan and of fengong's deadline test
 * table (packages/core/src/deadlines/parse.test.ts), each with the last acceptable day the table
 * gives — the domain's reading — and each tool's answer.
 *
 * The expected day of a table row is its `due` (a `by` deadline), its `end` (a window), that of its first
 * dated part (compound), or none at all (ongoing work, 及时, an unreadable cell, a period counted from
 * an event that has not happened). Where the row pins the deadline by its fields rather than by a day,
 * the day follows from those fields alone: a recurring rule's first occurrence on or after its start;
 * a period counted from the plan's issue, the issue day not counted (民法典 art. 201), working days by
 * the `chinese-days` calendar. A tool's answer is fengong's `firstDue(parseDeadline(…))` and chrono's
 * `zh.parseDate(text, issue day)` (a date means that day; nothing means no day); an answer is correct
 * when it is the expected day, or no day when none is expected.
 *
 *   npx tsx --conditions=@fengong/source scripts/bench-chrono.ts [--verbose]
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { findDeadlinePhrases, firstDue, parseDeadline, parsePlan } from '@fengong/core';
import chineseDays from 'chinese-days';
import * as chrono from 'chrono-node';
import ts from 'typescript';
import { type BenchResult, measure } from './lib/measure';

const root = path.resolve(import.meta.dirname, '..');
const TABLE_FILE = path.join(root, 'packages/core/src/deadlines/parse.test.ts');
const SEED_PLAN = path.join(root, 'seeds/zhanjiang-2021/plan.yaml');

/** One phrase to read, with the day the domain expects (null: no day). */
export interface Phrase {
  text: string;
  issued: string;
  expected: string | null;
  source: string;
}

type Row = [text: string, issued: string, expected: Record<string, unknown>, codes: string[]];

/**
 * The test table itself, read from the test file (its helpers and rows, transpiled and evaluated) so
 * that this benchmark can never drift from what the tests assert.
 */
function readTable(): Row[] {
  const source = readFileSync(TABLE_FILE, 'utf8');
  const from = source.indexOf('const ISSUED');
  const tableAt = source.indexOf('const table');
  const to = source.indexOf('\n];\n', tableAt);
  if (from < 0 || tableAt < 0 || to < 0) throw new Error(`${TABLE_FILE}: the deadline table was not found`);
  const code = ts.transpileModule(source.slice(from, to + 3), {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext },
  }).outputText;
  const rows = new Function(`${code}\nreturn table;`)() as Row[];
  if (!Array.isArray(rows) || rows.length < 50)
    throw new Error(`${TABLE_FILE}: the deadline table is too short`);
  return rows;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function addMonths(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + n;
  const [ty, tm] = [Math.floor(total / 12), (total % 12) + 1];
  return iso(ty, tm, Math.min(d, lastDay(ty, tm)));
}

/** First occurrence on or after `start` of the RRULE forms the table uses (yearly/monthly/weekly). */
function firstOccurrence(rrule: string, start: string): string | null {
  const parts = Object.fromEntries(rrule.split(';').map((p) => p.split('=') as [string, string]));
  const days = (parts.BYMONTHDAY ?? '').split(',').filter(Boolean).map(Number);
  const months = (parts.BYMONTH ?? '').split(',').filter(Boolean).map(Number);
  for (let day = start, i = 0; i < 800; day = addDays(day, 1), i++) {
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    const dayMatches = days.some((bd) => (bd > 0 ? bd === d : lastDay(y, m) + bd + 1 === d));
    if (parts.FREQ === 'WEEKLY') {
      if (new Date(`${day}T00:00:00Z`).getUTCDay() === 0 && parts.BYDAY === 'SU') return day;
    } else if (parts.FREQ === 'MONTHLY') {
      if (dayMatches) return day;
    } else if (parts.FREQ === 'YEARLY') {
      if (months.includes(m) && dayMatches) return day;
    }
  }
  return null;
}

interface Offset {
  amount: number;
  unit: 'calendarDay' | 'workingDay' | 'month';
}

function afterPeriod(on: string, offset: Offset): string {
  if (offset.unit === 'calendarDay') return addDays(on, offset.amount);
  if (offset.unit === 'month') return addMonths(on, offset.amount);
  return chineseDays.findWorkday(offset.amount, on);
}

/** The last acceptable day a table row states, or implies by its fields; null when there is none. */
function expectedDay(text: string, issued: string, e: Record<string, unknown>): string | null {
  if (typeof e.due === 'string') return e.due;
  if (typeof e.end === 'string') return e.end;
  switch (e.kind) {
    case 'compound': {
      for (const part of e.parts as Record<string, unknown>[]) {
        const day = expectedDay(text, issued, part);
        if (day !== null) return day;
      }
      return null;
    }
    case 'recurring':
      return firstOccurrence(String(e.rrule), String(e.start ?? issued));
    case 'relative': {
      const anchor = e.anchor as { event?: string; on?: string } | undefined;
      // 印发 is the plan's issue, as the table's “印发之日起30日内” row states.
      const on = anchor?.on ?? (anchor === undefined && text.includes('印发') ? issued : undefined);
      return on === undefined ? null : afterPeriod(on, e.offset as Offset);
    }
    default:
      // ongoing (even with an end: nothing falls due), asap, unspecified
      return null;
  }
}

const squash = (s: string) => s.replace(/\s+/g, '');

/**
 * Seed phrases whose exact words the table does not hold, with the day by the table's rule for the
 * same form: “10月30日前” as the table's “于10月30日前”, “持续做好” as its “持续推进” (ongoing).
 */
const SEED_BY_RULE: Readonly<Record<string, string | null>> = {
  '10月30日前': '2021-10-30',
  持续做好: null,
};

/** Every deadline phrase of the seed plan and of the deadline test table, with its expected day. */
export function phrases(): Phrase[] {
  const list: Phrase[] = [];
  const seen = new Set<string>();
  const add = (p: Phrase) => {
    const key = `${p.text}\u0000${p.issued}`;
    if (seen.has(key)) return;
    seen.add(key);
    list.push(p);
  };
  const table = readTable();
  for (const [text, issued, expected] of table) {
    add({ text, issued, expected: expectedDay(text, issued, expected), source: 'table' });
  }

  const plan = parsePlan(readFileSync(SEED_PLAN, 'utf8'), { fileName: SEED_PLAN });
  const issued = plan.meta.issued;
  const seedTexts = new Set<string>();
  for (const task of plan.tasks) {
    seedTexts.add(task.deadline);
    for (const p of findDeadlinePhrases(task.text)) seedTexts.add(p.text);
  }
  for (const r of plan.requirements) {
    for (const p of findDeadlinePhrases(r.text)) seedTexts.add(p.text);
    for (const d of r.duties) if (d.deadline) seedTexts.add(d.deadline);
  }
  for (const text of seedTexts) {
    const row = table.find(([t, i]) => i === issued && squash(t) === squash(text));
    const byRule = SEED_BY_RULE[squash(text)];
    if (row) add({ text, issued, expected: expectedDay(row[0], issued, row[2]), source: 'seed' });
    else if (byRule !== undefined) add({ text, issued, expected: byRule, source: 'seed' });
    else throw new Error(`seed deadline phrase “${text}” has no expected day: add it to the table`);
  }
  return list;
}

const fengong = (p: Phrase) => firstDue(parseDeadline(p.text, { issued: p.issued }).deadline);

function chronoAnswer(p: Phrase): string | null {
  const [y, m, d] = p.issued.split('-').map(Number) as [number, number, number];
  const date = chrono.zh.parseDate(p.text, new Date(y, m - 1, d, 12));
  return date ? iso(date.getFullYear(), date.getMonth() + 1, date.getDate()) : null;
}

/** Each reader's answers and how many are right, with the time to read all N. */
export async function benchChrono(options: { verbose?: boolean } = {}): Promise<BenchResult[]> {
  const list = phrases();
  const n = list.length;
  const runs = 15;
  const readers: [string, (p: Phrase) => string | null][] = [
    ['fengong parseDeadline + firstDue', fengong],
    ['chrono-node zh.parseDate', chronoAnswer],
  ];
  const results: BenchResult[] = [];
  const answers = new Map<string, (string | null)[]>();
  for (const [name, read] of readers) {
    const answered = list.map(read);
    answers.set(name, answered);
    const correct = answered.filter((a, i) => a === list[i]!.expected).length;
    const m = await measure(
      () => {
        for (const p of list) read(p);
      },
      { runs, warmup: 3 },
    );
    results.push({
      name: `${name}: ${n} deadline phrases`,
      medianMs: m.medianMs,
      runs,
      notes: `correct ${correct}/${n}`,
    });
  }
  const fengongAnswers = answers.get(readers[0]![0])!;
  const wrong = list.filter((p, i) => fengongAnswers[i] !== p.expected);
  if (wrong.length > 0) {
    console.error(
      `fengong disagrees with the table on ${wrong.length} phrase(s):\n${wrong
        .map(
          (p) =>
            `  ${JSON.stringify(p.text)} (${p.source}, issued ${p.issued}): expected ${p.expected}, got ${fengong(p)}`,
        )
        .join('\n')}`,
    );
  }
  if (options.verbose) {
    console.log('phrase\tissued\texpected\tfengong\tchrono');
    list.forEach((p, i) => {
      const row = [
        JSON.stringify(p.text),
        p.issued,
        p.expected,
        ...readers.map(([name]) => answers.get(name)![i]),
      ];
      console.log(row.map(String).join('\t'));
    });
  }
  return results;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.table(await benchChrono({ verbose: process.argv.includes('--verbose') }));
}
