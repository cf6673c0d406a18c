/**
 * What the reading of a PDF table (pdf-table.ts) knows as it walks the lines: the columns' widths
 * measured from the lines, the rows, tasks and categories read so far, and the narrow lines not yet
 * given to a cell. The measures of cells shared by the steps are here too.
 */
import { isFooterStart } from '../assembly/notice';
import { endsSentence, type SourceLine, squeeze } from '../document/lines';
import type { ImportDiagnostic } from '../types';
import { deadlineStart, endsWithConnector, unitScore } from './classify';
import type { HeaderMatch } from './columns';
import { decision, type Piece } from './draft';

/**
 * A row of the table: the tasks a units cell and a deadline cell are printed once for.
 *
 * @example
 * state.rows[2]?.tasks.map((t) => t.number); //=> [3, 4, 5]
 */
export interface Row {
  tasks: TaskState[];
  units: Piece[];
  deadline: Piece[];
  /** Pages (counted from 0) the row has lines on. */
  pages: Set<number>;
  /** The row's text went on after a page break, and no narrow cell has followed yet. */
  reopened?: boolean;
  /** Tasks that joined the row after it was reopened (its merged cell may go on over the page). */
  gained?: TaskState[];
  /** Decisions about the row's cells, given the path of its first task when the rows are final. */
  notes: ImportDiagnostic[];
  /** Width of the units cell's widest line. */
  unitsWidest: number;
}

/**
 * A task as it is read: its number, category and text lines.
 *
 * @example
 * state.tasks[0]?.text.map((p) => p.no); //=> [75, 76, 77]
 */
export interface TaskState {
  number: number;
  category: CategoryState;
  text: Piece[];
  /** The text cell has had its short last line. */
  closed: boolean;
  /** The last text piece was as wide as the text column. */
  lastWide: boolean;
  /** Came after a page break with no units cell of its own: shares the row's merged cell. */
  sharesOverPage?: boolean;
  row: Row;
}

/**
 * A category cell as it is read, and how many tasks it holds so far.
 *
 * @example
 * state.categories[0]; //=> { pieces: [{ no: 71, text: '一、做好各类规划' }, …], tasks: 2 }
 */
export interface CategoryState {
  pieces: Piece[];
  tasks: number;
}

/**
 * The reading of a PDF table under way (阅读状态): set up by {@link startReading}, changed by the
 * steps of pdf-table-lines.ts and pdf-table-cells.ts, turned into a draft by pdf-table-finish.ts.
 *
 * @example
 * const state = startReading(lines, header);
 * state.wide; //=> 20.3
 */
export interface PdfTableState {
  readonly lines: readonly SourceLine[];
  readonly header: HeaderMatch;
  readonly hasCategory: boolean;
  readonly hasDeadline: boolean;
  readonly hasNumberColumn: boolean;
  /** Index of the first line after the header. */
  readonly start: number;
  /** Index of the footer's first line, or the number of lines. */
  readonly end: number;
  /** Lines at least this wide are as wide as the text column. */
  readonly wide: number;
  /** Width of the deadline column (its widest line that starts a deadline). */
  readonly deadlineWidth: number;
  /** Width of the widest category line so far. */
  categoryWidth: number;
  readonly diagnostics: ImportDiagnostic[];
  readonly rows: Row[];
  readonly tasks: TaskState[];
  readonly categories: CategoryState[];
  /** Names of the categories begun so far (a continued category keeps its first name here). */
  readonly seenNames: Set<string>;
  /** Narrow lines not yet given to a cell. */
  run: Piece[];
  /** The pending narrow lines began at the top of a page. */
  runAtPageTop: boolean;
  /** The lines go on the last task's text. */
  inText: boolean;
  /** A page break came, and no task or text line since. */
  pageTop: boolean;
  /** Pages seen so far (counted from 0). */
  page: number;
  /** The number the next task should have. */
  expected: number | undefined;
}

/** A task number at the start of a line: `12.`, `12．`, `12、`. */
export const TASK_START = /^(\d{1,4})\s*[.．、]\s*/;

/**
 * Set up the reading of the table under `header`: the columns, the footer that ends the table and
 * the widths of the text and deadline columns, measured from the lines themselves.
 *
 * @example
 * startReading(lines, header).end; //=> 1012
 */
export function startReading(lines: readonly SourceLine[], header: HeaderMatch): PdfTableState {
  const kinds = new Set(header.columns.map((c) => c.kind));
  const diagnostics: ImportDiagnostic[] = [];
  const unitColumns = header.columns.filter((c) => c.kind === 'units');
  if (unitColumns.length > 1) {
    const no = lines[header.index]!.no;
    diagnostics.push(
      decision(
        'several-units-columns',
        { count: unitColumns.length, headers: unitColumns.map((c) => c.header).join('、') },
        0.3,
        [no, no],
      ),
    );
  }
  const start = header.index + header.span;
  const end = footerIndex(lines, start);
  return {
    lines,
    header,
    hasCategory: kinds.has('category'),
    hasDeadline: kinds.has('deadline'),
    hasNumberColumn: kinds.has('number'),
    start,
    end,
    ...measureColumns(lines, start, end),
    categoryWidth: 0,
    diagnostics,
    rows: [],
    tasks: [],
    categories: [],
    seenNames: new Set(),
    run: [],
    runAtPageTop: false,
    inText: false,
    pageTop: false,
    page: 0,
    expected: undefined,
  };
}

/** The footer ends the table. */
function footerIndex(lines: readonly SourceLine[], start: number): number {
  for (let i = start; i < lines.length; i++) if (isFooterStart(lines[i]!.text)) return i;
  return lines.length;
}

/** Column widths, from the lines themselves: the text column's (`wide`) and the deadline column's. */
function measureColumns(
  lines: readonly SourceLine[],
  start: number,
  end: number,
): { wide: number; deadlineWidth: number } {
  const startWidths: number[] = [];
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (TASK_START.test(l.text)) startWidths.push(l.width);
  }
  let widest = 0;
  for (let i = start; i < end; i++) widest = Math.max(widest, lines[i]!.width);
  const textWidth = median(startWidths) || widest;
  const wide = Math.max(8, textWidth * 0.7);
  let deadlineWidth = 0;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (l.width < wide && l.text.length <= 20 && deadlineStart(l.text) === 0)
      deadlineWidth = Math.max(deadlineWidth, l.width);
  }
  return { wide, deadlineWidth: deadlineWidth === 0 ? 6 : deadlineWidth };
}

/** Median of numbers (0 when empty). */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * A new row on `page`, with no tasks or cells yet.
 *
 * @example
 * newRow(0).pages; //=> Set { 0 }
 */
export function newRow(page: number): Row {
  return { tasks: [], units: [], deadline: [], pages: new Set([page]), notes: [], unitsWidest: 0 };
}

/** A line that begins with a deadline word continues a deadline cell, whatever else it holds. */
export const DEADLINE_WORD_START = /^(?:前|底|末|以前|之前|日|月|年|号|旬|季度)/;

/** How a complete units cell ends: a role phrase, a unit-name ending or a closing bracket. */
export const UNITS_CELL_END = /(?:落实|负责|配合|单位|局|委|办|室|政府|部门|）|\)|。)$/;

/**
 * Does a unit word run across the line break (`…分工落` + `实`, `…办公室配` + `合`)?
 *
 * @example
 * joinsUnitWord('市直各单位按职责分工落', '实'); //=> true
 */
export function joinsUnitWord(before: string, after: string): boolean {
  if (before === '' || after === '') return false;
  const tail = before.slice(-3);
  const head = after.slice(0, 3);
  return unitScore(tail + head) > unitScore(tail) + unitScore(head);
}

/**
 * Was the task's text cut off (its last line wide and unfinished)?
 *
 * @example
 * textOpen(task); //=> true
 */
export function textOpen(task: TaskState): boolean {
  const last = task.text.at(-1)?.text;
  return last !== undefined && !task.closed && task.lastWide && !endsSentence(last);
}

/**
 * Does a deadline cell look unfinished (a connector at the end, or a full last line)?
 *
 * @example
 * isOpenDeadline([{ no: 90, text: '2021年12月底' }], 6); //=> true
 */
export function isOpenDeadline(pieces: readonly Piece[], deadlineWidth: number): boolean {
  const last = pieces.at(-1)?.text;
  if (last === undefined) return false;
  return (
    endsWithConnector(last) ||
    (displayWidthOf(last) >= deadlineWidth - 0.5 && !/(?:前|工作|完成|推进|坚持|为止)$/.test(last))
  );
}

/**
 * Does a row's units cell look unfinished (ends with 、 or ， or a full last line ending mid-name)?
 *
 * @example
 * isOpenUnits(row); //=> false
 */
export function isOpenUnits(row: Row): boolean {
  const last = row.units.at(-1)?.text;
  if (last === undefined) return false;
  if (/[、，,；;（(]$/.test(last)) return true;
  return displayWidthOf(last) >= row.unitsWidest - 0.5 && !UNITS_CELL_END.test(last);
}

/**
 * Append lines to a row's units cell, keeping its widest line's width.
 *
 * @example
 * addUnits(row, [{ no: 88, text: '市司法局' }]); row.unitsWidest; //=> 4
 */
export function addUnits(row: Row, pieces: readonly Piece[]): void {
  for (const p of pieces) {
    row.units.push(p);
    row.unitsWidest = Math.max(row.unitsWidest, displayWidthOf(p.text));
  }
}

/**
 * Width of a text in full-width characters (an ASCII character counts a half).
 *
 * @example
 * displayWidthOf('2021年'); //=> 3
 */
export function displayWidthOf(text: string): number {
  let halves = 0;
  for (let i = 0; i < text.length; i++) halves += text.charCodeAt(i) < 0x80 ? 1 : 2;
  return halves / 2;
}

/**
 * A category's name for messages: its first 40 characters.
 *
 * @example
 * labelOf([{ no: 71, text: '做好各类规划' }]); //=> '做好各类规划'
 */
export function labelOf(pieces: readonly Piece[]): string {
  let out = '';
  for (const p of pieces) {
    out += p.text;
    if (out.length > 40) return `${out.slice(0, 40)}…`;
  }
  return out;
}

/**
 * Is `name` the category written by `pieces`, whitespace aside? (Only short names are compared.)
 *
 * @example
 * sameName('做好 规划', [{ no: 71, text: '做好规划' }]); //=> true
 */
export function sameName(name: string, pieces: readonly Piece[]): boolean {
  if (name.length > 200) return false;
  let other = '';
  for (const p of pieces) {
    other += p.text;
    if (other.length > 200) return false;
  }
  return squeeze(name) === squeeze(other);
}
