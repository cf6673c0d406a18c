/**
 * Comparing two plans (方案比对), typically last year's and this year's: which tasks were added,
 * removed, reworded, re-assigned, moved in time, moved to another category or renumbered. Tasks are
 * matched by what they say (character-bigram similarity), not only by their numbers, so a plan whose
 * tasks were renumbered still lines up.
 */

import { firstDue } from '../deadlines/explain';
import { daysBetween } from '../deadlines/calendar';
import type { IsoDate, Role } from '../model/schema';
import type { AnalyzedTask, PlanAnalysis } from './analysis';
import type { DeadlineBrief } from './views';

/** Punctuation and spaces that do not change what a requirement says. */
const NOISE = /[\s\p{P}\p{S}]/gu;

/**
 * A text reduced to what matters for comparison: no spaces, punctuation or symbols, full-width letters
 * and digits made half-width.
 *
 * @example
 * comparableText('（一）加强 政策解读，'); //=> '一加强政策解读'
 */
export function comparableText(text: string): string {
  return text.normalize('NFKC').replace(NOISE, '');
}

/** Character bigrams of a text with their counts (a text of one character is its own bigram). */
function bigrams(text: string): Map<string, number> {
  const chars = [...text];
  const out = new Map<string, number>();
  if (chars.length === 1) out.set(chars[0]!, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = chars[i]! + chars[i + 1]!;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

function size(grams: ReadonlyMap<string, number>): number {
  let n = 0;
  for (const c of grams.values()) n += c;
  return n;
}

/**
 * How alike two texts are (文本相似度): the Dice coefficient of their character bigrams (as multisets),
 * after {@link comparableText}; 1 for the same text, 0 for nothing in common.
 *
 * @example
 * textSimilarity('主动公开国民经济和社会发展规划纲要', '主动公开国民经济和社会发展规划'); //=> 0.9333…
 * textSimilarity('加强政策解读', '做好财政信息公开'); //=> 0
 */
export function textSimilarity(a: string, b: string): number {
  const ca = comparableText(a);
  const cb = comparableText(b);
  if (ca === cb) return 1;
  const ga = bigrams(ca);
  const gb = bigrams(cb);
  const total = size(ga) + size(gb);
  if (total === 0) return 0;
  let shared = 0;
  for (const [g, n] of ga) shared += Math.min(n, gb.get(g) ?? 0);
  return (2 * shared) / total;
}

/**
 * What changed between two matched tasks (变化类型): `renumbered` 编号调整, `reworded` 内容修改,
 * `reassigned` 单位调整, `deadlineMoved` 时限调整, `recategorized` 类别调整.
 *
 * @example
 * const kind: TaskChangeKind = 'reassigned';
 */
export type TaskChangeKind = 'renumbered' | 'reworded' | 'reassigned' | 'deadlineMoved' | 'recategorized';

/**
 * A task as the comparison shows it (比对任务).
 *
 * @example
 * const t: DiffTask = { number: 7, category: '做好财政信息公开', text: '持续深化…', units: '…', deadline: { text: '2021年 12月前', kind: 'by', due: '2021-12-31' } };
 */
export interface DiffTask {
  number: number;
  category: string;
  text: string;
  units: string;
  deadline: DeadlineBrief;
}

/**
 * A task found in both plans, and how it changed (变化任务).
 *
 * @example
 * const c: TaskChange = { a: 7, b: 6, similarity: 0.91, kinds: ['renumbered', 'reworded'], text: { a: '…', b: '…' } };
 */
export interface TaskChange {
  /** Its number in plan A, and in plan B. */
  a: number;
  b: number;
  /** Text similarity, 0–1 (1: the same words). */
  similarity: number;
  kinds: TaskChangeKind[];
  text?: { a: string; b: string };
  /** Units by role (as the cells name them) that were added in B or are gone from A. */
  roles?: Partial<Record<Role, { added: string[]; removed: string[] }>>;
  units?: { a: string; b: string };
  /**
   * The deadline in each plan. `days`: how many days later (positive) or earlier B's due day is than A's,
   * counted on the same calendar year relative to each plan's year (2021年9月前 in a 2021 plan and
   * 2022年9月前 in a 2022 plan do not differ).
   */
  deadline?: { a: DeadlineBrief; b: DeadlineBrief; days?: number };
  category?: { a: string; b: string };
}

/**
 * How two plans differ (方案差异).
 *
 * @example
 * const d: PlanDiff = diffPlans(last, current);
 * d.counts; //=> { added: 1, removed: 1, changed: 6, unchanged: 43, renumbered: 3, reworded: 1, reassigned: 1, deadlineMoved: 1, recategorized: 0 }
 */
export interface PlanDiff {
  a: { title: string; documentNumber?: string; issued: IsoDate; tasks: number };
  b: { title: string; documentNumber?: string; issued: IsoDate; tasks: number };
  /** Tasks only in B. */
  added: DiffTask[];
  /** Tasks only in A. */
  removed: DiffTask[];
  /** Matched tasks with at least one change, in B's order. */
  changed: TaskChange[];
  /** Matched tasks with no change: their numbers in A and in B. */
  unchanged: { a: number; b: number }[];
  counts: Record<'added' | 'removed' | 'changed' | 'unchanged' | TaskChangeKind, number>;
}

/**
 * Options of {@link diffPlans}.
 *
 * @example
 * diffPlans(a, b, { minSimilarity: 0.6 } satisfies DiffOptions);
 */
export interface DiffOptions {
  /** Texts less alike than this are different tasks (default 0.5). */
  minSimilarity?: number | undefined;
}

const ROLES: readonly Role[] = ['lead', 'responsible', 'supporting', 'supervising'];

function diffTask(item: AnalyzedTask): DiffTask {
  return {
    number: item.task.number,
    category: item.task.category,
    text: item.task.text,
    units: item.task.units,
    deadline: {
      text: item.task.deadline,
      kind: item.deadline.deadline.kind,
      due: firstDue(item.deadline.deadline),
    },
  };
}

/** A due day moved by whole years (29 February becomes 28 February when needed). */
function shiftYears(day: IsoDate, years: number): IsoDate {
  if (years === 0) return day;
  const y = Number(day.slice(0, 4)) + years;
  const md = day.slice(5);
  if (md === '02-29' && !(y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0))) return `${y}-02-28`;
  return `${y}-${md}`;
}

/** A deadline phrase with the plan's year (and the next) written as placeholders. */
function yearless(text: string, year: number): string {
  return comparableText(text)
    .replaceAll(String(year + 1), '次年')
    .replaceAll(String(year), '本年');
}

/**
 * Match tasks one to one by text similarity: best pairs first; ties go to the pair with the same
 * number, then the same category, then the nearest position.
 */
function matchTasks(
  a: readonly AnalyzedTask[],
  b: readonly AnalyzedTask[],
  minSimilarity: number,
): { i: number; j: number; similarity: number }[] {
  const textsA = a.map((t) => comparableText(t.task.text));
  const textsB = b.map((t) => comparableText(t.task.text));
  const gramsA = textsA.map(bigrams);
  const gramsB = textsB.map(bigrams);
  const sizesA = gramsA.map(size);
  const sizesB = gramsB.map(size);
  // Inverted index: bigram → the tasks of B that contain it, with counts.
  const index = new Map<string, { j: number; n: number }[]>();
  gramsB.forEach((grams, j) => {
    for (const [g, n] of grams) {
      const list = index.get(g);
      if (list) list.push({ j, n });
      else index.set(g, [{ j, n }]);
    }
  });
  const pairs: { i: number; j: number; similarity: number }[] = [];
  gramsA.forEach((grams, i) => {
    const shared = new Map<number, number>();
    for (const [g, n] of grams) {
      for (const hit of index.get(g) ?? []) shared.set(hit.j, (shared.get(hit.j) ?? 0) + Math.min(n, hit.n));
    }
    for (const [j, s] of shared) {
      const similarity = textsA[i] === textsB[j] ? 1 : (2 * s) / (sizesA[i]! + sizesB[j]!);
      if (similarity >= minSimilarity) pairs.push({ i, j, similarity });
    }
  });
  const tie = (p: { i: number; j: number }) => {
    const ta = a[p.i]!.task;
    const tb = b[p.j]!.task;
    return [
      ta.number === tb.number ? 0 : 1,
      ta.category === tb.category ? 0 : 1,
      Math.abs(p.i - p.j),
    ] as const;
  };
  pairs.sort((x, y) => {
    if (x.similarity !== y.similarity) return y.similarity - x.similarity;
    const tx = tie(x);
    const ty = tie(y);
    return tx[0] - ty[0] || tx[1] - ty[1] || tx[2] - ty[2] || x.i - y.i || x.j - y.j;
  });
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const matched: { i: number; j: number; similarity: number }[] = [];
  for (const p of pairs) {
    if (usedA.has(p.i) || usedB.has(p.j)) continue;
    usedA.add(p.i);
    usedB.add(p.j);
    matched.push(p);
  }
  return matched;
}

/**
 * Compare two plans (方案比对): match their tasks by content, then report tasks added (新增) and
 * removed (删除), and for each matched task whether it was renumbered, reworded, re-assigned (roles
 * by name), moved in time (deadlines compared relative to each plan's year) or moved to another
 * category.
 *
 * @example
 * const d = diffPlans(analyzePlan(plan2021, { registry }), analyzePlan(plan2022, { registry }));
 * d.changed.filter((c) => c.kinds.includes('deadlineMoved')).map((c) => [c.a, c.deadline?.days]); //=> [[15, 31]]
 */
export function diffPlans(a: PlanAnalysis, b: PlanAnalysis, options: DiffOptions = {}): PlanDiff {
  const minSimilarity = options.minSimilarity ?? 0.5;
  const yearA = Number(a.plan.meta.issued.slice(0, 4));
  const yearB = Number(b.plan.meta.issued.slice(0, 4));
  const matched = matchTasks(a.tasks, b.tasks, minSimilarity);
  const counts: PlanDiff['counts'] = {
    added: 0,
    removed: 0,
    changed: 0,
    unchanged: 0,
    renumbered: 0,
    reworded: 0,
    reassigned: 0,
    deadlineMoved: 0,
    recategorized: 0,
  };
  const changed: TaskChange[] = [];
  const unchanged: PlanDiff['unchanged'] = [];
  for (const { i, j, similarity } of [...matched].sort((x, y) => x.j - y.j)) {
    const ta = a.tasks[i]!;
    const tb = b.tasks[j]!;
    const change: TaskChange = {
      a: ta.task.number,
      b: tb.task.number,
      similarity: Math.round(similarity * 1000) / 1000,
      kinds: [],
    };
    if (ta.task.number !== tb.task.number) change.kinds.push('renumbered');
    if (comparableText(ta.task.text) !== comparableText(tb.task.text)) {
      change.kinds.push('reworded');
      change.text = { a: ta.task.text, b: tb.task.text };
    }
    const roles: NonNullable<TaskChange['roles']> = {};
    for (const role of ROLES) {
      const before = new Set(ta.resolved.roles[role]);
      const after = new Set(tb.resolved.roles[role]);
      const added = [...after].filter((n) => !before.has(n));
      const removed = [...before].filter((n) => !after.has(n));
      if (added.length || removed.length) roles[role] = { added, removed };
    }
    if (Object.keys(roles).length > 0) {
      change.kinds.push('reassigned');
      change.roles = roles;
      change.units = { a: ta.task.units, b: tb.task.units };
    }
    const da = diffTask(ta).deadline;
    const db = diffTask(tb).deadline;
    const dueA = da.due ? shiftYears(da.due, yearB - yearA) : null;
    const moved =
      da.kind !== db.kind ||
      dueA !== db.due ||
      (dueA === null && yearless(da.text, yearA) !== yearless(db.text, yearB));
    if (moved) {
      change.kinds.push('deadlineMoved');
      change.deadline = { a: da, b: db, ...(dueA && db.due ? { days: daysBetween(dueA, db.due) } : {}) };
    }
    if (ta.task.category !== tb.task.category) {
      change.kinds.push('recategorized');
      change.category = { a: ta.task.category, b: tb.task.category };
    }
    if (change.kinds.length === 0) {
      unchanged.push({ a: change.a, b: change.b });
      counts.unchanged++;
      continue;
    }
    for (const kind of change.kinds) counts[kind]++;
    counts.changed++;
    changed.push(change);
  }
  const inA = new Set(matched.map((m) => m.i));
  const inB = new Set(matched.map((m) => m.j));
  const removed = a.tasks.filter((_, i) => !inA.has(i)).map(diffTask);
  const added = b.tasks.filter((_, j) => !inB.has(j)).map(diffTask);
  counts.added = added.length;
  counts.removed = removed.length;
  const ref = (p: PlanAnalysis) => ({
    title: p.plan.meta.title,
    ...(p.plan.meta.documentNumber ? { documentNumber: p.plan.meta.documentNumber } : {}),
    issued: p.plan.meta.issued,
    tasks: p.tasks.length,
  });
  return { a: ref(a), b: ref(b), added, removed, changed, unchanged, counts };
}
