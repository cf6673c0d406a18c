/**
 * What the reading of a grid table (grid.ts) knows as it goes down the rows: the columns, the
 * tasks and categories read so far, the category rows above, and the cells of a row the page broke.
 * The positions of the grid are looked at through the helpers here.
 */
import type { FilePlace, ModelTable } from '../document/table-model';
import type { ImportDiagnostic } from '../types';
import type { Column, ColumnKind } from './columns';
import type { DraftCategory, DraftTask } from './draft';
import type { GridHeader } from './grid-header';

/**
 * By task index: the place of each field's cell (for a merged cell, its first position).
 *
 * @example
 * const places: TaskPlaces = [{ units: { table: 1, row: 2, column: 3 } }];
 */
export type TaskPlaces = Partial<Record<'text' | 'units' | 'deadline' | 'category' | 'number', FilePlace>>[];

/**
 * A task as read, with its units cells by column (composed when all rows are read).
 *
 * @example
 * state.drafts[0]?.units; //=> [{ header: '牵头单位', value: '市政府办公室' }, { header: '配合单位', value: '' }]
 */
export interface TaskDraft {
  task: DraftTask;
  index: number;
  units: { header: string; value: string }[];
  unitsFromRow: number;
  deadlineFromRow: number;
}

/**
 * The reading of a grid table under way (阅读状态): set up by {@link startReading}, changed row by
 * row by grid-rows.ts and grid-task.ts, turned into a reading by grid.ts.
 *
 * @example
 * const state = startReading(table, header, (r) => r + 1);
 * state.unitColumns; //=> [2]
 */
export interface GridState {
  readonly table: ModelTable;
  readonly header: GridHeader;
  /** The line of the document text that shows row `r`. */
  readonly lineOf: (row: number) => number;
  readonly diagnostics: ImportDiagnostic[];
  readonly columns: (Column | undefined)[];
  /** Index of each one-of-a-kind column, -1 when the table has none. */
  readonly numberColumn: number;
  readonly textColumn: number;
  readonly deadlineColumn: number;
  readonly noteColumn: number;
  readonly leadersColumn: number;
  readonly unitColumns: number[];
  readonly categoryColumns: number[];
  readonly categories: DraftCategory[];
  readonly byName: Map<string, DraftCategory>;
  /** Outer category of each category name, for a table with two levels of categories. */
  readonly outer: Map<string, string>;
  readonly places: TaskPlaces;
  /** Index of the table row each task starts at. */
  readonly taskRows: number[];
  readonly drafts: TaskDraft[];
  /** Task numbers given so far. */
  readonly numbers: Set<number>;
  /** The category rows above the current row: the outer heading, and an inner one below it. */
  rowCategories: string[];
  /** The last category read in each category column, and its place. */
  readonly lastInColumn: Map<number, { name: string; place: FilePlace }>;
  /** A CSV file does not say which cells are merged: an empty cell may be one. */
  readonly mergesUnknown: boolean;
  /** The row after a header repeated at the top of a page is the page's first. */
  pageTopPending: boolean;
  /** Cells of a row the page broke, by position: the cell of the task they finish. */
  readonly carriedUnits: Map<string, { header: string; value: string }>;
  readonly carriedDeadline: Map<string, TaskDraft>;
  readonly carriedCategory: Map<string, string>;
  /** The two levels of categories have been said. */
  levelsNoted: boolean;
  /** Some task has a number of its own. */
  numberedAny: boolean;
  /** Tasks numbered by position for want of a number. */
  unnumbered: number;
  /** Index of the footer's row, when the table has one. */
  end: number | undefined;
}

/**
 * Set up the reading of `table` under `header`.
 *
 * @example
 * startReading(table, header, (r) => r + 1).textColumn; //=> 1
 */
export function startReading(
  table: ModelTable,
  header: GridHeader,
  lineOf: (row: number) => number,
): GridState {
  const columns = header.columns;
  const find = (kind: ColumnKind) => columns.findIndex((c) => c?.kind === kind);
  return {
    table,
    header,
    lineOf,
    diagnostics: [],
    columns,
    numberColumn: find('number'),
    textColumn: find('text'),
    deadlineColumn: find('deadline'),
    noteColumn: find('note'),
    leadersColumn: find('leaders'),
    unitColumns: columns.flatMap((c, i) => (c?.kind === 'units' ? [i] : [])),
    categoryColumns: columns.flatMap((c, i) => (c?.kind === 'category' ? [i] : [])),
    categories: [],
    byName: new Map(),
    outer: new Map(),
    places: [],
    taskRows: [],
    drafts: [],
    numbers: new Set(),
    rowCategories: [],
    lastInColumn: new Map(),
    mergesUnknown: table.mergesKnown === false,
    pageTopPending: false,
    carriedUnits: new Map(),
    carriedDeadline: new Map(),
    carriedCategory: new Map(),
    levelsNoted: false,
    numberedAny: false,
    unnumbered: 0,
    end: undefined,
  };
}

/**
 * The place of a grid position, in the file's numbering.
 *
 * @example
 * placeOf(table, 3, 2); //=> { table: 1, row: 4, column: 3 }
 */
export function placeOf(table: ModelTable, row: number, column: number): FilePlace {
  const place = table.rows[row]?.place ?? {};
  return { ...place, column: (table.firstColumn ?? 1) + column };
}

/**
 * The lines of the document text that show row `r` (a decision's `lines`).
 *
 * @example
 * lineOfRow(state, 3); //=> [4, 4]
 */
export function lineOfRow(state: GridState, r: number): [number, number] {
  return [state.lineOf(r), state.lineOf(r)];
}

/**
 * The text a grid position holds itself ('' for a position a merged cell covers).
 *
 * @example
 * own(state, 3, 2); //=> '市司法局'
 */
export function own(state: GridState, r: number, c: number): string {
  const cell = state.table.rows[r]!.cells[c];
  return cell && !cell.mergedFrom ? cell.text : '';
}

/**
 * The row a grid position's text comes from (its merged cell's first row).
 *
 * @example
 * originRow(state, 5, 2); //=> 3
 */
export function originRow(state: GridState, r: number, c: number): number {
  return state.table.rows[r]!.cells[c]?.mergedFrom?.[0] ?? r;
}

/**
 * The position a grid position's text comes from, as a key (`row,column`).
 *
 * @example
 * originKey(state, 5, 2); //=> '3,2'
 */
export function originKey(state: GridState, r: number, c: number): string {
  const from = state.table.rows[r]!.cells[c]?.mergedFrom;
  return from ? `${from[0]},${from[1]}` : `${r},${c}`;
}

/**
 * How sure the reader of the file is that a grid position is covered by a merged cell.
 *
 * @example
 * mergeConfidence(state, 5, 2); //=> 1
 */
export function mergeConfidence(state: GridState, r: number, c: number): number {
  return state.table.rows[r]!.cells[c]?.mergeConfidence ?? 1;
}

/**
 * The number of the task that starts at or covers table row `r` (for messages).
 *
 * @example
 * taskAtRow(state, 5); //=> 3
 */
export function taskAtRow(state: GridState, r: number): number | string {
  for (let k = state.taskRows.length - 1; k >= 0; k--)
    if (state.taskRows[k]! <= r) return state.drafts[k]!.task.number;
  return '?';
}

/**
 * Put a task of row `r` under the category `name` (created, or its lines stretched to the row).
 *
 * @example
 * useCategory(state, '优化营商环境', 4);
 */
export function useCategory(state: GridState, name: string, r: number): void {
  const known = state.byName.get(name);
  if (known) {
    known.lines[1] = state.lineOf(r);
    return;
  }
  const created: DraftCategory = { name, lines: lineOfRow(state, r) };
  state.categories.push(created);
  state.byName.set(name, created);
}
