/**
 * Searching a plan's tasks (任务检索): a few words typed in a box find the tasks whose number, text,
 * units (the cell as written and the units it resolves to) or category hold every one of them. Chinese
 * has no spaces between words, so each word is looked for as a run of characters anywhere in a field,
 * with spaces in the field ignored (texts copied out of a PDF are often spaced 政 务 公 开), full-width
 * letters and digits read as half-width, capitals as small letters and traditional characters as
 * simplified. Each hit carries the ranges to highlight, as offsets into the field as written.
 */

import { simplifiedCopy } from '../traditional';
import type { PlanAnalysis } from './analysis';

/**
 * The fields of a task that a search looks in (检索范围).
 *
 * @example
 * const field: TaskSearchField = 'units';
 */
export type TaskSearchField = 'text' | 'units' | 'resolvedUnits' | 'category';

/**
 * Ranges of a field to highlight: `[start, end)` offsets into the field as written, in order, not
 * overlapping.
 *
 * @example
 * const ranges: SearchRange[] = [[4, 8]];
 */
export type SearchRange = readonly [start: number, end: number];

/**
 * A task found by {@link searchTasks} (检索结果): its number, whether a word was its number, and for
 * each field where a word was found the ranges to highlight. `resolvedUnits` ranges are offsets into
 * the task's resolved unit names joined by `、` (lead, responsible, supporting, supervising order).
 *
 * @example
 * const hit: TaskSearchHit = { task: 7, number: false, ranges: { units: [[0, 4]] } };
 */
export interface TaskSearchHit {
  task: number;
  /** A word of the query was the task's number. */
  number: boolean;
  ranges: Partial<Record<TaskSearchField, SearchRange[]>>;
}

/**
 * The words of a query (检索词): split at spaces and list punctuation (，、；,;), each folded as the
 * fields are (full-width to half-width, small letters, traditional to simplified).
 *
 * @example
 * searchTerms('  财政局　政务公开 '); //=> ['财政局', '政务公开']
 * searchTerms('市財政局，ＰＤＦ'); //=> ['市财政局', 'pdf']
 */
export function searchTerms(query: string): string[] {
  return query
    .split(/[\s，、；,;]+/u)
    .map((word) => fold(word).text)
    .filter((word) => word !== '');
}

/** One character read for searching: half-width, small letters, simplified. */
function foldChar(c: string): string {
  const wide = c.normalize('NFKC');
  const narrow = wide.length === 1 ? wide : c;
  const lower = narrow.toLowerCase();
  return lower.length === 1 ? lower : narrow;
}

/** A field folded for searching, spaces left out, with the offset in the field of each character. */
function fold(text: string): { text: string; at: number[] } {
  let out = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (/\s/u.test(c)) continue;
    out += foldChar(c);
    at.push(i);
  }
  return { text: simplifiedCopy(out, { minChanged: 1 }) ?? out, at };
}

/** Where the words occur in a field, as merged ranges of the field as written; `found` per word. */
function findIn(field: string, terms: readonly string[], found: boolean[]): SearchRange[] | undefined {
  if (field === '') return undefined;
  const folded = fold(field);
  const spans: [number, number][] = [];
  terms.forEach((term, k) => {
    let from = folded.text.indexOf(term);
    while (from !== -1) {
      found[k] = true;
      const end = from + term.length - 1;
      spans.push([folded.at[from]!, folded.at[end]! + 1]);
      from = folded.text.indexOf(term, from + 1);
    }
  });
  if (spans.length === 0) return undefined;
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged: [number, number][] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  return merged;
}

/**
 * The resolved unit names of a task as one string (`、` between names), as {@link TaskSearchHit}'s
 * `resolvedUnits` ranges count them.
 *
 * @example
 * resolvedUnitsText(analysis.byNumber.get(7)!); //=> '市财政局、各县（市、区）政府（管委会）、市直各单位'
 */
export function resolvedUnitsText(item: PlanAnalysis['tasks'][number]): string {
  const { roles } = item.resolved;
  return [...new Set([...roles.lead, ...roles.responsible, ...roles.supporting, ...roles.supervising])].join(
    '、',
  );
}

/**
 * Search the tasks of a plan (任务检索): the tasks, in plan order, where every word of `query` is
 * found in at least one field — a word of digits also finds the task with that number. An empty
 * query finds nothing. `options.tasks` limits the search to some task numbers (a unit's tasks).
 *
 * @example
 * searchTasks(analysis, '财政 公开').map((hit) => hit.task); //=> [6, 7, 8, 9, 34, 38]
 * searchTasks(analysis, '26')[0]; //=> { task: 26, number: true, ranges: {} }
 */
export function searchTasks(
  analysis: PlanAnalysis,
  query: string,
  options: { tasks?: Iterable<number> | undefined } = {},
): TaskSearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const only = options.tasks ? new Set(options.tasks) : undefined;
  const hits: TaskSearchHit[] = [];
  for (const item of analysis.tasks) {
    const { task } = item;
    if (only && !only.has(task.number)) continue;
    const found = terms.map((term) => /^\d+$/.test(term) && Number(term) === task.number);
    const number = found.some(Boolean);
    const ranges: TaskSearchHit['ranges'] = {};
    const fields: [TaskSearchField, string][] = [
      ['text', task.text],
      ['units', task.units],
      ['resolvedUnits', resolvedUnitsText(item)],
      ['category', task.category],
    ];
    for (const [name, value] of fields) {
      const at = findIn(value, terms, found);
      if (at) ranges[name] = at;
    }
    if (found.every(Boolean)) hits.push({ task: task.number, number, ranges });
  }
  return hits;
}
