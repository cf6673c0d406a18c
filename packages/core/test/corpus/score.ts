/**
 * Scoring an import against the tasks a person wrote down by reading the document (see README.md
 * beside this file). Shared by `corpus.test.ts` and `scripts/corpus.ts` (the figure in the README
 * and BENCHMARKS.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { type ImportResult, importPlanText } from '../../src/import';
import { Plan } from '../../src/model/schema';
import { readUnitsCells } from '../../src/roles/read-cell';

export const CORPUS_DIR = import.meta.dirname;

/**
 * Corpus tables also laid out as Word and Excel files (`files/`, by scripts/make-corpus-files.ts):
 * tables whose every task names its units, with category cells to merge.
 */
export const CORPUS_FILE_DOCUMENTS: readonly string[] = [
  '16_chongchuan_2023_minsheng_jinzhan',
  '18_huainan_jgswglj_2025_luoshi',
  '19_zhangdian_2023_zwgk_qingdan',
  '22_chizhou_xfj_zwgk_qingdan',
  '24_weifang_2017_zwgk_shishi',
  '28_sizhoutou_2024_zhongdian_jindu',
];

/** One task as a person read it. */
export interface ExpectedTask {
  number: number;
  text: string;
  end: string;
  lead: string[];
  units: string[];
  leaders: string[];
  deadline: string;
}

/** A corpus document: the file as stored, its text, and what it should give. */
export interface CorpusDocument {
  name: string;
  /** The file as stored: the store's header lines and `[...gap...]` marks included. */
  file: string;
  /** The document's own text (header lines and gap marks removed), for laying it out as a file. */
  text: string;
  expected: ExpectedTask[];
}

/** The same text with the full-width punctuation the originals print (`，（）：；`). */
export function fullWidth(text: string): string {
  return text.replace(/[,():;]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Text compared loosely: NFKC (full-width punctuation = ASCII), no whitespace. */
export function loose(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Every document of `plans/` that has an expected file. */
export function corpusDocuments(): CorpusDocument[] {
  const plans = path.join(CORPUS_DIR, 'plans');
  return readdirSync(plans)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((file) => {
      const name = file.slice(0, -4);
      let expectedText: string;
      try {
        expectedText = readFileSync(path.join(CORPUS_DIR, 'expected', `${name}.yaml`), 'utf8');
      } catch {
        return [];
      }
      const raw = readFileSync(path.join(plans, file), 'utf8');
      return [{ name, file: raw, text: documentText(raw), expected: parseExpected(expectedText, name) }];
    });
}

/** The document's own text: after the header lines, without the store's `[...gap...]` marks. */
export function documentText(raw: string): string {
  const lines = raw.split('\n');
  const blank = lines.findIndex((l) => l.trim() === '');
  return lines
    .slice(blank + 1)
    .map((l) => (l.trim() === '[...gap...]' ? '' : l))
    .join('\n');
}

function parseExpected(text: string, name: string): ExpectedTask[] {
  const doc = parseYaml(text) as { tasks?: unknown };
  if (!Array.isArray(doc?.tasks)) throw new Error(`${name}.yaml: no tasks list`);
  return doc.tasks.map((t: Record<string, unknown>, i: number) => {
    const strings = (key: string) => {
      const v = t[key];
      if (!Array.isArray(v)) throw new Error(`${name}.yaml tasks[${i}].${key}: expected a list`);
      return v.map(String);
    };
    if (typeof t.number !== 'number') throw new Error(`${name}.yaml tasks[${i}].number: expected a number`);
    return {
      number: t.number,
      text: String(t.text ?? ''),
      end: String(t.end ?? ''),
      lead: strings('lead'),
      units: strings('units'),
      leaders: strings('leaders'),
      deadline: String(t.deadline ?? ''),
    };
  });
}

/** What the import gave for one task, in the expected file's terms. */
export interface ActualTask {
  number: number;
  text: string;
  lead: string[];
  units: string[];
  leaders: string[];
  deadline: string;
}

/** The imported tasks with their units cells read (下同 carried from cell to cell, no registry). */
export function actualTasks(result: ImportResult): ActualTask[] {
  const tasks = result.plan?.tasks ?? [];
  const readings = readUnitsCells(tasks.map((t) => t.units));
  return tasks.map((t, i) => {
    const clauses = readings[i]!.clauses;
    // A name printed with its second name in brackets (县发改局(粮食局)) is read as one unit with an
    // alias; the expected files write it as printed.
    const names = (role?: string) =>
      unique(
        clauses
          .filter((c) => !role || c.role === role)
          .flatMap((c) => c.names.map((n) => (n.alias ? n.written : n.name))),
      );
    // A plan that states 列第一位的为牵头单位 leads by its first unit where a cell marks no lead
    // (what resolvePlan's firstListedLeads does).
    const lead = names('lead');
    const first = clauses.find((c) => c.names.length > 0)?.names[0]?.name;
    const rule = result.plan?.conventions;
    const from = tasks.findIndex((x) => x.number === rule?.firstListedLeadsFrom);
    if (lead.length === 0 && first && (rule?.firstListedLeads || (from >= 0 && i >= from))) lead.push(first);
    return {
      number: t.number,
      text: t.text,
      lead,
      units: names(),
      leaders: (t as { leaders?: string[] }).leaders ?? [],
      deadline: t.deadline ?? '',
    };
  });
}

const unique = (xs: string[]) => [...new Set(xs)];

/** Which fields of a task came out wrong (empty: fully right). */
export type Field = 'missing' | 'text' | 'lead' | 'units' | 'leaders' | 'deadline';

const sameSet = (a: readonly string[], b: readonly string[]) => {
  const x = new Set(a.map(loose));
  const y = new Set(b.map(loose));
  return x.size === y.size && [...x].every((v) => y.has(v));
};

/** Trailing punctuation does not decide whether the text was found. */
const endTrim = (s: string) => loose(s).replace(/[。;；,，.:：、]+$/, '');

/** The fields in which `actual` differs from `expected`. */
export function compareTask(expected: ExpectedTask, actual: ActualTask | undefined): Field[] {
  if (!actual) return ['missing'];
  const wrong: Field[] = [];
  const text = loose(actual.text);
  if (!text.startsWith(loose(expected.text)) || !endTrim(text).endsWith(endTrim(expected.end)))
    wrong.push('text');
  if (!sameSet(actual.lead, expected.lead)) wrong.push('lead');
  if (!sameSet(actual.units, expected.units)) wrong.push('units');
  if (!sameSet(actual.leaders, expected.leaders)) wrong.push('leaders');
  if (loose(actual.deadline) !== loose(expected.deadline)) wrong.push('deadline');
  return wrong;
}

/** The score of one import. */
export interface DocumentScore {
  name: string;
  variant: 'stored' | 'fullWidth';
  /** A plan came out and it validates. */
  plan: boolean;
  tasks: number;
  right: number;
  /** Tasks the import gave that the document does not have. */
  extra: number[];
  wrong: { number: number; fields: Field[]; actual?: ActualTask; expected: ExpectedTask }[];
}

/** Import one document and score it. */
export function scoreDocument(doc: CorpusDocument, variant: 'stored' | 'fullWidth'): DocumentScore {
  // The file as a user would give it: the store's header lines and `[...gap...]` marks included.
  const text = variant === 'stored' ? doc.file : fullWidth(doc.file);
  return scoreResult(doc, variant, importPlanText(text, { fileName: `${doc.name}.txt` }));
}

/** Score an import of the document (its text, or a file laid out from it). */
export function scoreResult<V extends string>(
  doc: CorpusDocument,
  variant: V,
  result: ImportResult,
): Omit<DocumentScore, 'variant'> & { variant: V } {
  const plan = result.plan !== undefined && Plan.safeParse(result.plan).success;
  const actual = actualTasks(result);
  const byNumber = new Map(actual.map((t) => [t.number, t]));
  // Numbers that restart under each heading (1, 2, 1, 2) cannot key the tasks: match in order, by
  // the task's first words (a task not found is missing), and take the expected number.
  const repeated = new Set(doc.expected.map((e) => e.number)).size < doc.expected.length;
  const wrong: DocumentScore['wrong'] = [];
  let right = 0;
  let cursor = 0;
  const nextInOrder = (e: ExpectedTask): ActualTask | undefined => {
    const found = actual.findIndex((a, i) => i >= cursor && loose(a.text).startsWith(loose(e.text)));
    if (found < 0) return undefined;
    cursor = found + 1;
    return { ...actual[found]!, number: e.number };
  };
  for (const e of doc.expected) {
    const a = repeated ? nextInOrder(e) : byNumber.get(e.number);
    const fields = compareTask(e, a);
    if (fields.length === 0) right++;
    else wrong.push({ number: e.number, fields, ...(a ? { actual: a } : {}), expected: e });
  }
  const expectedNumbers = new Set(doc.expected.map((e) => e.number));
  const extra = repeated
    ? actual.slice(Math.max(cursor, doc.expected.length)).map((a) => a.number)
    : actual.map((a) => a.number).filter((n) => !expectedNumbers.has(n));
  return { name: doc.name, variant, plan, tasks: doc.expected.length, right, extra, wrong };
}

/** The corpus figure: tasks fully right / tasks, documents giving a plan / documents. */
export function corpusFigure(scores: readonly DocumentScore[]) {
  return {
    right: scores.reduce((n, s) => n + s.right, 0),
    tasks: scores.reduce((n, s) => n + s.tasks, 0),
    plans: scores.filter((s) => s.plan).length,
    runs: scores.length,
  };
}
