/**
 * Reading a table extracted from a PDF (PDF 表格文本): every cell is broken into short lines, the
 * columns come interleaved row by row (category, text, units, deadline), merged cells are printed
 * once for several tasks, and each page repeats the header.
 *
 * The reader walks the lines once. A task starts at `N.`; its text goes on while lines are as wide
 * as the text column (plus one shorter last line); the narrow lines up to the next task are split
 * into the units cell, the deadline cell (from the first deadline phrase on) and the next
 * category. After a page break, narrow lines before wide ones continue the category and wide ones
 * continue the text of the task the page broke.
 */
import {
  continuesDeadline,
  deadlineStart,
  endsWithConnector,
  looksLikeCategoryStart,
  startsWithFragment,
  unitScore,
  unitsCellQuality,
} from './classify';
import { type HeaderMatch, isHeaderLine } from './columns';
import {
  append,
  type DraftBody,
  type DraftCategory,
  type DraftTask,
  decision,
  formatLines,
  type Piece,
  spanOf,
  stripEnumerator,
  textOf,
} from './draft';
import { endsSentence, type SourceLine, squeeze } from '../document/lines';
import { isFooterStart } from '../assembly/notice';
import type { ImportDiagnostic } from '../types';

interface Row {
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

interface TaskState {
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

interface CategoryState {
  pieces: Piece[];
  tasks: number;
}

/** A task number at the start of a line: `12.`, `12．`, `12、`. */
const TASK_START = /^(\d{1,4})\s*[.．、]\s*/;
/** A sub-item inside a text cell: （1） 1） ①. */
const SUB_ITEM = /^(?:[（(]\d{1,2}[）)]|\d{1,2}[）)]|[①-⑳])/;

/**
 * Is the line a page number (`- 3 -`, `— 3 —`, `第 3 页`, `3/12`)?
 *
 * @example
 * isPageNumber('— 12 —'); //=> true
 */
export function isPageNumber(text: string): boolean {
  return (
    /^[-—–]\s*\d{1,4}\s*[-—–]$/.test(text) ||
    /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/.test(text) ||
    /^\d{1,4}\s*\/\s*\d{1,4}$/.test(text)
  );
}

/** Median of numbers (0 when empty). */
function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/**
 * Read a PDF-extracted table whose header is `header`.
 *
 * @example
 * const body = readPdfTable(lines, findHeader(lines)!);
 * body.tasks[0]?.units; //=> '各县（市、区）政府（管委会）；市政府办公室牵头，市直各单位按职责分工落实'
 */
export function readPdfTable(lines: readonly SourceLine[], header: HeaderMatch): DraftBody {
  const kinds = new Set(header.columns.map((c) => c.kind));
  const hasCategory = kinds.has('category');
  const hasDeadline = kinds.has('deadline');
  const hasNumberColumn = kinds.has('number');
  const diagnostics: ImportDiagnostic[] = [];
  const start = header.index + header.span;
  const unitColumns = header.columns.filter((c) => c.kind === 'units');
  if (unitColumns.length > 1) {
    const no = lines[header.index]!.no;
    diagnostics.push(
      decision(
        'several-units-columns',
        `the table has ${unitColumns.length} units columns (${unitColumns.map((c) => c.header).join('、')}); PDF text does not show where one ends, so each row's are read as one units cell`,
        0.3,
        [no, no],
      ),
    );
  }

  // The footer ends the table.
  let end = lines.length;
  for (let i = start; i < lines.length; i++) {
    if (isFooterStart(lines[i]!.text)) {
      end = i;
      break;
    }
  }

  // Column widths, from the lines themselves.
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
  if (deadlineWidth === 0) deadlineWidth = 6;
  let categoryWidth = 0;

  const rows: Row[] = [];
  const tasks: TaskState[] = [];
  const categories: CategoryState[] = [];
  let run: Piece[] = [];
  let runAtPageTop = false;
  let inText = false;
  let pageTop = false;
  let page = 0;
  let expected: number | undefined;

  const currentCategory = () => categories.at(-1);
  /** Names of the categories begun so far (a continued category keeps its first name here). */
  const seenNames = new Set<string>();
  const lastTask = () => tasks.at(-1);

  const addCategory = (pieces: Piece[], atPageTop: boolean) => {
    const name = textOf(pieces);
    const span = spanOf(pieces);
    const cur = currentCategory();
    for (const p of pieces) categoryWidth = Math.max(categoryWidth, displayWidthOf(p.text));
    if (cur && cur.tasks === 0) {
      append(cur.pieces, pieces);
      diagnostics.push(
        decision(
          'category-continued',
          `lines ${formatLines(span)} continue the category “${labelOf(cur.pieces)}” (no task came between)`,
          0.8,
          span,
        ),
      );
      return;
    }
    if (cur && sameName(name, cur.pieces)) {
      diagnostics.push(
        decision(
          'category-repeated',
          `the category “${name}” is printed again at lines ${formatLines(span)} (a merged cell over a page break): read as the same category`,
          0.9,
          span,
        ),
      );
      return;
    }
    const curLast = cur?.pieces.at(-1);
    if (
      cur &&
      atPageTop &&
      curLast &&
      displayWidthOf(curLast.text) >= categoryWidth - 0.5 &&
      !looksLikeCategoryStart(name)
    ) {
      append(cur.pieces, pieces);
      diagnostics.push(
        decision(
          'category-continued',
          `lines ${formatLines(span)} after the page break are read as the rest of the category “${labelOf(cur.pieces)}”`,
          0.55,
          span,
        ),
      );
      return;
    }
    const key = squeeze(name);
    if (seenNames.has(key)) {
      categories.push({ pieces, tasks: 0 });
      diagnostics.push(
        decision(
          'category-repeated',
          `the category “${name}” at lines ${formatLines(span)} repeats an earlier one: its tasks are put under that category`,
          0.6,
          span,
        ),
      );
      return;
    }
    categories.push({ pieces, tasks: 0 });
    seenNames.add(key);
  };

  /** Narrow lines pending at the top of a page end the category of the task the page broke. */
  const continueCategory = (task: { category: { pieces: Piece[] } }, confidence: number) => {
    if (run.length === 0) return;
    const pieces = run;
    run = [];
    runAtPageTop = false;
    append(task.category.pieces, pieces);
    diagnostics.push(
      decision(
        'category-continued',
        `lines ${formatLines(spanOf(pieces))} continue the category “${labelOf(task.category.pieces)}” over the page break`,
        confidence,
        spanOf(pieces),
      ),
    );
  };

  /** Split the pending narrow lines into units, deadline and next category, and apply them. */
  const flushRun = () => {
    const pieces = run;
    const atPageTop = runAtPageTop;
    run = [];
    runAtPageTop = false;
    if (pieces.length === 0) return;
    const row = rows.at(-1);
    if (!row) {
      if (hasCategory) addCategory(pieces, atPageTop);
      else
        diagnostics.push(
          decision(
            'unread-lines',
            `lines ${formatLines(spanOf(pieces))} before the first task are not read`,
            0.5,
            spanOf(pieces),
          ),
        );
      return;
    }
    const gained = row.gained ?? [];
    row.gained = [];
    if (gained.length > 0) {
      // Tasks after a row that went on over a page break: if cells follow them, those are their
      // own (a new row); if not, they share the row's merged cell (seed tasks 13–14).
      row.reopened = false;
      const fresh: Row = {
        tasks: [],
        units: [],
        deadline: [],
        pages: new Set([page]),
        notes: [],
        unitsWidest: 0,
      };
      const split = splitRun(pieces, fresh, {
        atPageTop: false,
        hasCategory,
        hasDeadline,
        deadlineWidth,
        deadlineOpen: false,
      });
      if (split.units.length > 0 || split.deadline.length > 0) {
        const moving = new Set(gained);
        row.tasks = row.tasks.filter((t) => !moving.has(t));
        for (const t of gained) t.row = fresh;
        append(fresh.tasks, gained);
        addUnits(fresh, split.units);
        append(fresh.deadline, split.deadline);
        append(fresh.notes, split.diagnostics);
        rows.push(fresh);
      } else {
        for (const t of gained) t.sharesOverPage = true;
        append(diagnostics, split.diagnostics);
      }
      if (split.category.length > 0) addCategory(split.category, false);
      return;
    }
    // A category cell the page broke (its only rows so far are this row) goes on first.
    const cur = currentCategory();
    const curLast = cur?.pieces.at(-1);
    let from = 0;
    if (
      atPageTop &&
      cur &&
      curLast &&
      row.tasks[0]?.category === cur &&
      cur.tasks === row.tasks.length &&
      displayWidthOf(curLast.text) >= categoryWidth - 0.5
    ) {
      while (
        from < pieces.length &&
        displayWidthOf(pieces[from]!.text) <= categoryWidth + 0.25 &&
        unitScore(pieces[from]!.text) < 1 &&
        deadlineStart(pieces[from]!.text) !== 0 &&
        !looksLikeCategoryStart(pieces[from]!.text) &&
        !DEADLINE_WORD_START.test(pieces[from]!.text) &&
        !joinsUnitWord(row.units.at(-1)?.text ?? '', pieces[from]!.text)
      )
        from++;
      if (from > 0) {
        const cont = pieces.slice(0, from);
        append(cur.pieces, cont);
        diagnostics.push(
          decision(
            'category-continued',
            `lines ${formatLines(spanOf(cont))} continue the category “${labelOf(cur.pieces)}” over the page break`,
            0.65,
            spanOf(cont),
          ),
        );
      }
    }
    const deadlineOpen = isOpenDeadline(row.deadline, deadlineWidth);
    // Lines after a page break, or after text that went on over one, may finish the row's cells.
    const continuing = atPageTop || row.reopened === true;
    row.reopened = false;
    const split = splitRun(from > 0 ? pieces.slice(from) : pieces, row, {
      atPageTop: continuing,
      hasCategory,
      hasDeadline,
      deadlineWidth,
      deadlineOpen,
    });
    addUnits(row, split.units);
    append(row.deadline, split.deadline);
    if (split.units.length > 0 || split.deadline.length > 0) row.pages.add(page);
    append(row.notes, split.diagnostics);
    if (split.category.length > 0) addCategory(split.category, atPageTop);
  };

  const startTask = (line: SourceLine, number: number, rest: string) => {
    flushRun();
    const category = currentCategory() ?? { pieces: [], tasks: 0 };
    if (categories.length === 0) categories.push(category);
    let row = rows.at(-1);
    const sameCategory = row?.tasks.at(-1)?.category === category;
    const empty = row !== undefined && row.units.length === 0 && row.deadline.length === 0;
    // At the top of a page, a row whose units or deadline cell the page broke goes on.
    const broken =
      row !== undefined &&
      (pageTop || row.reopened === true) &&
      sameCategory &&
      (isOpenUnits(row) || isOpenDeadline(row.deadline, deadlineWidth));
    if (broken && row) {
      diagnostics.push(
        decision(
          'merged-cell-over-page',
          `task ${number} at the top of a page joins the row of task ${row.tasks.at(-1)!.number}, whose units or deadline cell the page broke`,
          0.6,
          [line.no, line.no],
        ),
      );
    }
    // After a row whose text went on over a page break, tasks join it until cells follow.
    const continued = !broken && row !== undefined && row.reopened === true && sameCategory;
    const shares = (empty && sameCategory) || broken || continued;
    if (!shares || !row) {
      row = { tasks: [], units: [], deadline: [], pages: new Set([page]), notes: [], unitsWidest: 0 };
      rows.push(row);
    }
    if (broken) row.reopened = true;
    row.pages.add(page);
    const task: TaskState = {
      number,
      category,
      text: rest === '' ? [] : [{ no: line.no, text: rest }],
      closed: false,
      lastWide: line.width >= wide,
      row,
    };
    if (rest !== '' && line.width < wide) task.closed = true;
    row.tasks.push(task);
    if (continued) {
      row.gained ??= [];
      row.gained.push(task);
    }
    tasks.push(task);
    category.tasks++;
    inText = true;
    pageTop = false;
    expected = number + 1;
  };

  /** Does a line go on the current task's text? */
  const takesText = (task: TaskState, line: SourceLine): boolean => {
    const last = task.text.at(-1)?.text;
    if (line.width >= wide) {
      if (!task.closed) return true;
      return false;
    }
    if (last === undefined) {
      task.closed = true;
      return true;
    }
    if (task.closed) {
      if (SUB_ITEM.test(line.text) && unitScore(line.text) < 1) {
        task.closed = false;
        return true;
      }
      return false;
    }
    if (!task.lastWide) return false;
    if (!endsSentence(last)) {
      if (endsSentence(line.text) && unitScore(line.text) < 2) {
        task.closed = true;
        return true;
      }
      if (deadlineStart(line.text) === 0 || unitScore(line.text) >= 0.5) return false;
      task.closed = true;
      diagnostics.push(
        decision(
          'text-last-line',
          `line ${line.no} “${line.text}” is read as the last line of task ${task.number}'s text`,
          0.5,
          [line.no, line.no],
        ),
      );
      return true;
    }
    if (endsSentence(line.text) && unitScore(line.text) < 1 && !line.text.includes('牵头')) {
      task.closed = true;
      diagnostics.push(
        decision(
          'text-last-line',
          `line ${line.no} “${line.text}” is read as the last sentence of task ${task.number}'s text`,
          0.65,
          [line.no, line.no],
        ),
      );
      return true;
    }
    return false;
  };

  for (let i = start; i < end; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text === '') continue;
    if (isHeaderLine(line, header) || isPageNumber(text)) {
      flushRun();
      page++;
      pageTop = true;
      inText = false;
      continue;
    }
    const m = TASK_START.exec(text);
    const n = m ? Number(m[1]) : undefined;
    const bare = /^\d{1,3}$/.test(text) ? Number(text) : undefined;
    const isStart =
      n !== undefined &&
      n >= 1 &&
      (expected === undefined ? n <= 5 : n === expected || (n > expected && n <= expected + 3));
    if (isStart && m && n !== undefined) {
      if (expected !== undefined && n !== expected) {
        diagnostics.push(
          decision(
            'task-number-gap',
            `task ${n} follows task ${expected - 1}: numbers ${expected}–${n - 1} are missing`,
            0.5,
            [line.no, line.no],
          ),
        );
      }
      startTask(line, n, text.slice(m[0].length));
      continue;
    }
    if (
      hasNumberColumn &&
      bare !== undefined &&
      bare >= 1 &&
      (expected === undefined ? bare <= 5 : bare === expected)
    ) {
      startTask(line, bare, '');
      continue;
    }
    const task = lastTask();
    if (inText && task) {
      if (takesText(task, line)) {
        task.text.push({ no: line.no, text });
        task.lastWide = line.width >= wide;
        continue;
      }
      inText = false;
    }
    if (pageTop && task && line.width < wide && textOpen(task) && endsSentence(text) && unitScore(text) < 2) {
      // The last line of the text the page broke; narrow lines before it end its category.
      continueCategory(task, 0.7);
      task.text.push({ no: line.no, text });
      task.closed = true;
      task.lastWide = false;
      task.row.pages.add(page);
      task.row.reopened = true;
      pageTop = false;
      diagnostics.push(
        decision(
          'text-continued',
          `line ${line.no} ends the text of task ${task.number} after the page break`,
          0.7,
          [line.no, line.no],
        ),
      );
      continue;
    }
    if (line.width >= wide && task) {
      if (pageTop) {
        // The text of the task the page broke goes on; narrow lines before it end its category.
        continueCategory(task, 0.8);
        task.text.push({ no: line.no, text });
        task.closed = false;
        task.lastWide = true;
        task.row.pages.add(page);
        task.row.reopened = true;
        inText = true;
        pageTop = false;
        diagnostics.push(
          decision(
            'text-continued',
            `line ${line.no} continues the text of task ${task.number} over the page break`,
            0.8,
            [line.no, line.no],
          ),
        );
        continue;
      }
      if (run.length === 0 && !endsSentence(task.text.at(-1)?.text ?? '。')) {
        task.text.push({ no: line.no, text });
        task.lastWide = true;
        task.closed = false;
        inText = true;
        diagnostics.push(
          decision(
            'text-continued',
            `line ${line.no} is wide: read as more of task ${task.number}'s text`,
            0.55,
            [line.no, line.no],
          ),
        );
        continue;
      }
      diagnostics.push(
        decision(
          'wide-line',
          `line ${line.no} is as wide as the text column but is read as part of a narrow cell`,
          0.4,
          [line.no, line.no],
        ),
      );
    }
    if (run.length === 0) runAtPageTop = pageTop;
    run.push({ no: line.no, text });
  }
  flushRun();

  return finish(rows, categories, diagnostics, { start: header.index, end, hasDeadline });
}

/** A line that begins with a deadline word continues a deadline cell, whatever else it holds. */
const DEADLINE_WORD_START = /^(?:前|底|末|以前|之前|日|月|年|号|旬|季度)/;

/** Does a unit word run across the line break (`…分工落` + `实`, `…办公室配` + `合`)? */
function joinsUnitWord(before: string, after: string): boolean {
  if (before === '' || after === '') return false;
  const tail = before.slice(-3);
  const head = after.slice(0, 3);
  return unitScore(tail + head) > unitScore(tail) + unitScore(head);
}

/** Was the task's text cut off (its last line wide and unfinished)? */
function textOpen(task: TaskState): boolean {
  const last = task.text.at(-1)?.text;
  return last !== undefined && !task.closed && task.lastWide && !endsSentence(last);
}

/** Does a deadline cell look unfinished (a connector at the end, or a full last line)? */
function isOpenDeadline(pieces: readonly Piece[], deadlineWidth: number): boolean {
  const last = pieces.at(-1)?.text;
  if (last === undefined) return false;
  return (
    endsWithConnector(last) ||
    (displayWidthOf(last) >= deadlineWidth - 0.5 && !/(?:前|工作|完成|推进|坚持|为止)$/.test(last))
  );
}

function displayWidthOf(text: string): number {
  let halves = 0;
  for (let i = 0; i < text.length; i++) halves += text.charCodeAt(i) < 0x80 ? 1 : 2;
  return halves / 2;
}

interface SplitContext {
  atPageTop: boolean;
  hasCategory: boolean;
  hasDeadline: boolean;
  deadlineWidth: number;
  /** The row's deadline cell ended a page unfinished: its rest may open this run. */
  deadlineOpen: boolean;
}

interface Split {
  units: Piece[];
  deadline: Piece[];
  category: Piece[];
  diagnostics: ImportDiagnostic[];
}

/**
 * Split narrow lines after a row's text into [units][deadline][category], in that order (the
 * columns' order), any part possibly empty.
 */
function splitRun(input: readonly Piece[], row: Row, ctx: SplitContext): Split {
  const diagnostics: ImportDiagnostic[] = [];
  // A unit and a deadline on one line (`市司法局 长期工作`): split it at the space.
  const pieces: Piece[] = [];
  let d = -1;
  for (const p of input) {
    if (d === -1 && ctx.hasDeadline) {
      const at = deadlineStart(p.text);
      if (at === 0) d = pieces.length;
      else if (at > 0) {
        const head = p.text.slice(0, at).trim();
        if (unitScore(head) > 0) {
          pieces.push({ no: p.no, text: head });
          d = pieces.length;
          pieces.push({ no: p.no, text: p.text.slice(at).trim() });
          diagnostics.push(
            decision(
              'line-split',
              `line ${p.no} “${p.text}” holds a unit and a deadline: split into “${head}” and “${p.text.slice(at).trim()}”`,
              0.85,
              [p.no, p.no],
            ),
          );
          continue;
        }
      }
    }
    pieces.push(p);
  }
  const k = pieces.length;
  if (ctx.atPageTop && ctx.deadlineOpen && ctx.hasDeadline) {
    // After the units cell's rest (unit-like lines), the deadline cell's rest.
    let i = 0;
    const unitsOpen = isOpenUnits(row);
    const unitsWidth = row.unitsWidest;
    const unitsGoOn = (j: number) => {
      const text = pieces[j]!.text;
      if (DEADLINE_WORD_START.test(text) || deadlineStart(text) === 0) return false;
      const before = j > 0 ? pieces[j - 1]!.text : (row.units.at(-1)?.text ?? '');
      if (unitScore(text) >= 0.5 || joinsUnitWord(before, text)) return true;
      // An unfinished units cell: its next line goes on while the lines are full.
      return (
        unitsOpen && (j === 0 || (displayWidthOf(before) >= unitsWidth - 0.5 && !UNITS_CELL_END.test(before)))
      );
    };
    while (i < k && i < (d === -1 ? k : d) && unitsGoOn(i)) i++;
    if (i < k && (d === -1 || i < d) && !looksLikeCategoryStart(pieces[i]!.text)) {
      d = i;
      diagnostics.push(
        decision(
          'deadline-continued',
          `line ${pieces[i]!.no} continues the deadline cell over the page break`,
          0.6,
          [pieces[i]!.no, pieces[i]!.no],
        ),
      );
    }
  }
  if (d >= 0) {
    let j = d;
    while (j + 1 < k) {
      const cur = pieces[j]!.text;
      const next = pieces[j + 1]!.text;
      if (!ctx.hasCategory) {
        j++;
        continue;
      }
      if (continuesDeadline(next) || endsWithConnector(cur)) {
        j++;
        continue;
      }
      if (looksLikeCategoryStart(next)) break;
      if (deadlineStart(next) === 0 || displayWidthOf(cur) >= ctx.deadlineWidth - 1) {
        j++;
        continue;
      }
      break;
    }
    const units = pieces.slice(0, d);
    const deadline = pieces.slice(d, j + 1);
    const category = pieces.slice(j + 1);
    if (units.length === 0 && row.units.length === 0) {
      diagnostics.push(
        decision(
          'units-missing',
          `no units cell before the deadline at line ${deadline[0]!.no}`,
          0.4,
          spanOf(deadline),
        ),
      );
    }
    return { units, deadline, category, diagnostics };
  }
  if (!ctx.hasCategory) return { units: pieces, deadline: [], category: [], diagnostics };

  // No deadline phrase: choose where the units end and the next category begins.
  const scores = pieces.map((p) => unitScore(p.text));
  const prefix = [0];
  for (const s of scores) prefix.push(prefix.at(-1)! + s);
  const total = prefix[k]!;
  const unitsOpen = row.units.length > 0 && isOpenUnits(row);
  const candidates: { s: number; score: number }[] = [];
  for (let s = 0; s <= k; s++) {
    let score = prefix[s]! - (total - prefix[s]!);
    if (s < k) {
      const first = pieces[s]!.text;
      const catText = first.length >= 2 || s + 1 >= k ? first : first + pieces[s + 1]!.text;
      if (startsWithFragment(catText)) score -= 3;
      // Category cells are headings: they do not end with a full stop.
      if (endsSentence(pieces[k - 1]!.text)) score -= 4;
    }
    if (s > 0) {
      if (ctx.atPageTop && row.units.length > 0 && !unitsOpen) score -= 2;
      if (ctx.atPageTop && unitsOpen) score += 1;
    } else if (row.units.length === 0 && !ctx.atPageTop) score -= 1;
    candidates.push({ s, score });
  }
  candidates.sort((a, b) => b.score - a.score || b.s - a.s);
  // Let the responsibility reader settle close calls between the two best splits.
  const [best, second] = candidates;
  let chosen = best!;
  if (second && best!.score - second.score < 1 && k <= 40 && row.units.length <= 40) {
    const quality = (s: number) =>
      s === 0 || row.units.length > 40 ? 0 : unitsCellQuality(textOf([...row.units, ...pieces.slice(0, s)]));
    if (quality(second.s) > quality(best!.s) + 0.2) chosen = second;
  }
  const margin = second ? Math.abs(chosen.score - (chosen === best ? second.score : best!.score)) : 3;
  const units = pieces.slice(0, chosen.s);
  const category = pieces.slice(chosen.s);
  const confidence = Math.min(0.95, 0.5 + margin / 6);
  if (units.length > 0 && category.length > 0) {
    diagnostics.push(
      decision(
        'units-or-category',
        `lines ${formatLines(spanOf(units))} are read as units, lines ${formatLines(spanOf(category))} as the next category`,
        confidence,
        [units[0]!.no, category.at(-1)!.no],
      ),
    );
  } else if (units.length > 0 && ctx.atPageTop) {
    diagnostics.push(
      decision(
        'units-continued',
        `lines ${formatLines(spanOf(units))} continue the units cell over the page break`,
        Math.min(confidence, 0.85),
        spanOf(units),
      ),
    );
  } else if (category.length > 0 && row.units.length === 0) {
    diagnostics.push(
      decision(
        'no-units-before-category',
        `lines ${formatLines(spanOf(category))} are read as a category, so the tasks before them have no units cell of their own`,
        Math.min(confidence, 0.75),
        spanOf(category),
      ),
    );
  }
  return { units, deadline: [], category, diagnostics };
}

/** How a complete units cell ends: a role phrase, a unit-name ending or a closing bracket. */
const UNITS_CELL_END = /(?:落实|负责|配合|单位|局|委|办|室|政府|部门|）|\)|。)$/;

/** Does a row's units cell look unfinished (ends with 、 or ， or a full last line ending mid-name)? */
function isOpenUnits(row: Row): boolean {
  const last = row.units.at(-1)?.text;
  if (last === undefined) return false;
  if (/[、，,；;（(]$/.test(last)) return true;
  return displayWidthOf(last) >= row.unitsWidest - 0.5 && !UNITS_CELL_END.test(last);
}

/** Append lines to a row's units cell, keeping its widest line's width. */
function addUnits(row: Row, pieces: readonly Piece[]): void {
  for (const p of pieces) {
    row.units.push(p);
    row.unitsWidest = Math.max(row.unitsWidest, displayWidthOf(p.text));
  }
}

/** A category's name for messages: its first 40 characters. */
function labelOf(pieces: readonly Piece[]): string {
  let out = '';
  for (const p of pieces) {
    out += p.text;
    if (out.length > 40) return `${out.slice(0, 40)}…`;
  }
  return out;
}

/** Is `name` the category written by `pieces`, whitespace aside? (Only short names are compared.) */
function sameName(name: string, pieces: readonly Piece[]): boolean {
  if (name.length > 200) return false;
  let other = '';
  for (const p of pieces) {
    other += p.text;
    if (other.length > 200) return false;
  }
  return squeeze(name) === squeeze(other);
}

function finish(
  rows: Row[],
  categories: CategoryState[],
  diagnostics: ImportDiagnostic[],
  context: { start: number; end: number; hasDeadline: boolean },
): DraftBody {
  const draftCategories: DraftCategory[] = [];
  const drafted = new Set<string>();
  const names = new Map<CategoryState, string>();
  for (const c of categories) {
    const raw = stripEnumerator(textOf(c.pieces));
    const name = raw === '' ? '未分类' : raw;
    names.set(c, name);
    if (c.tasks === 0) continue;
    if (drafted.has(name)) continue;
    drafted.add(name);
    const span = spanOf(c.pieces);
    draftCategories.push({ name, lines: span ?? [0, 0] });
    if (span)
      diagnostics.push(decision('category', `lines ${formatLines(span)}: the category “${name}”`, 0.9, span));
    if (raw === '') {
      diagnostics.push(
        decision('no-category', 'tasks before the first category are put under “未分类”', 0.4, undefined),
      );
    }
  }
  const tasks: DraftTask[] = [];
  rows.forEach((row, r) => {
    let units = row.units;
    let deadline = row.deadline;
    const first = row.tasks[0]!;
    const lastT = row.tasks.at(-1)!;
    const taskRange = first === lastT ? `task ${first.number}` : `tasks ${first.number}–${lastT.number}`;
    const index = tasks.length;
    for (const note of row.notes) {
      diagnostics.push(
        note.path
          ? note
          : {
              ...note,
              message: `${taskRange}: ${note.message}`,
              path: ['tasks', index, note.code.startsWith('deadline') ? 'deadline' : 'units'],
            },
      );
    }
    if (row.units.length > 0) {
      diagnostics.push(
        decision(
          'cells',
          `${taskRange}: units cell from lines ${formatLines(spanOf(row.units))}${row.deadline.length > 0 ? `, deadline cell from lines ${formatLines(spanOf(row.deadline))}` : ''}`,
          0.9,
          spanOf([...row.units, ...row.deadline]),
          ['tasks', index, 'units'],
        ),
      );
    }
    if (units.length === 0) {
      const prev = rows[r - 1];
      const next = rows[r + 1];
      const from = prev && prev.units.length > 0 ? prev : next && next.units.length > 0 ? next : undefined;
      if (from) {
        units = from.units;
        if (deadline.length === 0) deadline = from.deadline;
        diagnostics.push(
          decision(
            'merged-cell-inherited',
            `${taskRange} ${from === prev ? `share the units cell of task ${prev!.tasks.at(-1)!.number} (a merged cell over a page break)` : `take the units cell of task ${next!.tasks[0]!.number}`}, lines ${formatLines(spanOf(units))}`,
            from === prev ? 0.6 : 0.45,
            spanOf(units),
            ['tasks', index, 'units'],
          ),
        );
      } else {
        diagnostics.push(
          decision('units-missing', `${taskRange} have no units cell`, 0.2, undefined, [
            'tasks',
            index,
            'units',
          ]),
        );
      }
    } else if (deadline.length === 0 && context.hasDeadline) {
      const prev = rows[r - 1];
      if (prev && prev.deadline.length > 0 && prev.tasks[0]!.category === first.category) {
        deadline = prev.deadline;
        diagnostics.push(
          decision(
            'deadline-inherited',
            `${taskRange} have no deadline cell of their own: the deadline of task ${prev.tasks.at(-1)!.number} (lines ${formatLines(spanOf(deadline))}) is used`,
            0.45,
            spanOf(deadline),
            ['tasks', index, 'deadline'],
          ),
        );
      } else {
        diagnostics.push(
          decision('deadline-missing', `${taskRange} have no deadline cell`, 0.5, undefined, [
            'tasks',
            index,
            'deadline',
          ]),
        );
      }
    }
    if (row.tasks.length > 1) {
      const cells = [...units, ...deadline];
      diagnostics.push(
        decision(
          'merged-cell',
          `${taskRange} share one units cell and one deadline cell (lines ${formatLines(spanOf(cells))})`,
          row.pages.size > 1 ? 0.75 : 0.9,
          spanOf(cells),
          ['tasks', index, 'units'],
        ),
      );
    }
    const unitsText = textOf(units);
    const deadlineText = textOf(deadline);
    for (const t of row.tasks) {
      const i = tasks.length;
      const lastUnits = units.at(-1);
      if (t.sharesOverPage || (t !== first && t.text[0] && lastUnits && t.text[0].no > lastUnits.no)) {
        diagnostics.push(
          decision(
            'merged-cell-over-page',
            `task ${t.number} comes after the page break with no units cell of its own: it shares that of task ${first.number} (lines ${formatLines(spanOf(units))}), a merged cell over the page`,
            0.6,
            spanOf(units),
            ['tasks', i, 'units'],
          ),
        );
      }
      const textLines = spanOf(t.text);
      tasks.push({
        number: t.number,
        category: names.get(t.category) ?? '未分类',
        text: textOf(t.text),
        units: unitsText,
        deadline: deadlineText,
        lines: {
          ...(textLines ? { text: textLines } : {}),
          ...(spanOf(units) ? { units: spanOf(units)! } : {}),
          ...(spanOf(deadline) ? { deadline: spanOf(deadline)! } : {}),
        },
      });
      diagnostics.push(
        decision(
          'task',
          `task ${t.number}: text from lines ${formatLines(textLines)}${t.text.length > 0 ? '' : ' (empty)'}`,
          t.text.length > 0 ? 0.95 : 0.3,
          textLines,
          ['tasks', i, 'text'],
        ),
      );
    }
  });
  return { categories: draftCategories, tasks, diagnostics, start: context.start, end: context.end };
}
