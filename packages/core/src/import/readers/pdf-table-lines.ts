/**
 * The lines of a PDF table (pdf-table.ts), one at a time: a page break, a task's start (`N.`), a
 * line of the last task's text (wide lines, and one shorter last line), or a narrow line kept for
 * the cells after the text (pdf-table-cells.ts).
 */
import { endsSentence, type SourceLine } from '../document/lines';
import { deadlineStart, unitScore } from './classify';
import { isHeaderLine } from './columns';
import { decision } from './draft';
import { continueCategory, flushRun } from './pdf-table-cells';
import {
  isOpenDeadline,
  isOpenUnits,
  newRow,
  type PdfTableState,
  TASK_START,
  type TaskState,
  textOpen,
} from './pdf-table-state';

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

/**
 * Read one line of the table body.
 *
 * @example
 * for (let i = state.start; i < state.end; i++) readLine(state, state.lines[i]!);
 */
export function readLine(state: PdfTableState, line: SourceLine): void {
  const text = line.text;
  if (text === '') return;
  if (isHeaderLine(line, state.header) || isPageNumber(text)) {
    breakPage(state);
    return;
  }
  if (readTaskStart(state, line)) return;
  const task = state.tasks.at(-1);
  if (state.inText && task) {
    if (takesText(state, task, line)) {
      task.text.push({ no: line.no, text });
      task.lastWide = line.width >= state.wide;
      return;
    }
    state.inText = false;
  }
  if (task && endsBrokenText(state, task, line)) return;
  if (task && line.width >= state.wide && readWideLine(state, task, line)) return;
  if (state.run.length === 0) state.runAtPageTop = state.pageTop;
  state.run.push({ no: line.no, text });
}

/** A repeated header or a page number: a new page begins. */
function breakPage(state: PdfTableState): void {
  flushRun(state);
  state.page++;
  state.pageTop = true;
  state.inText = false;
}

/** A task starts at the line (`N.` with the number expected, or a bare number in a number column)? */
function readTaskStart(state: PdfTableState, line: SourceLine): boolean {
  const text = line.text;
  const expected = state.expected;
  const m = TASK_START.exec(text);
  const n = m ? Number(m[1]) : undefined;
  const isStart =
    n !== undefined &&
    n >= 1 &&
    (expected === undefined ? n <= 5 : n === expected || (n > expected && n <= expected + 3));
  if (isStart && m && n !== undefined) {
    if (expected !== undefined && n !== expected) {
      state.diagnostics.push(
        decision('task-number-gap', { task: n, after: expected - 1, from: expected, to: n - 1 }, 0.5, [
          line.no,
          line.no,
        ]),
      );
    }
    startTask(state, line, n, text.slice(m[0].length));
    return true;
  }
  const bare = /^\d{1,3}$/.test(text) ? Number(text) : undefined;
  if (
    state.hasNumberColumn &&
    bare !== undefined &&
    bare >= 1 &&
    (expected === undefined ? bare <= 5 : bare === expected)
  ) {
    startTask(state, line, bare, '');
    return true;
  }
  return false;
}

/** Begin task `number` (the rest of its line is its text's first piece), in a new row or the last one. */
function startTask(state: PdfTableState, line: SourceLine, number: number, rest: string): void {
  flushRun(state);
  const category = state.categories.at(-1) ?? { pieces: [], tasks: 0 };
  if (state.categories.length === 0) state.categories.push(category);
  let row = state.rows.at(-1);
  const sameCategory = row?.tasks.at(-1)?.category === category;
  const empty = row !== undefined && row.units.length === 0 && row.deadline.length === 0;
  // At the top of a page, a row whose units or deadline cell the page broke goes on.
  const broken =
    row !== undefined &&
    (state.pageTop || row.reopened === true) &&
    sameCategory &&
    (isOpenUnits(row) || isOpenDeadline(row.deadline, state.deadlineWidth));
  if (broken && row) {
    state.diagnostics.push(
      decision('merged-cell-over-page/pdf-row', { task: number, from: row.tasks.at(-1)!.number }, 0.6, [
        line.no,
        line.no,
      ]),
    );
  }
  // After a row whose text went on over a page break, tasks join it until cells follow.
  const continued = !broken && row !== undefined && row.reopened === true && sameCategory;
  const shares = (empty && sameCategory) || broken || continued;
  if (!shares || !row) {
    row = newRow(state.page);
    state.rows.push(row);
  }
  if (broken) row.reopened = true;
  row.pages.add(state.page);
  const task: TaskState = {
    number,
    category,
    text: rest === '' ? [] : [{ no: line.no, text: rest }],
    closed: false,
    lastWide: line.width >= state.wide,
    row,
  };
  if (rest !== '' && line.width < state.wide) task.closed = true;
  row.tasks.push(task);
  if (continued) {
    row.gained ??= [];
    row.gained.push(task);
  }
  state.tasks.push(task);
  category.tasks++;
  state.inText = true;
  state.pageTop = false;
  state.expected = number + 1;
}

/** Does a line go on the current task's text? */
function takesText(state: PdfTableState, task: TaskState, line: SourceLine): boolean {
  const last = task.text.at(-1)?.text;
  if (line.width >= state.wide) return !task.closed;
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
    return closeText(state, task, line, false);
  }
  if (endsSentence(line.text) && unitScore(line.text) < 1 && !line.text.includes('牵头')) {
    return closeText(state, task, line, true);
  }
  return false;
}

/** A narrow line read as the last line (or the last sentence) of the task's text: said, and true. */
function closeText(state: PdfTableState, task: TaskState, line: SourceLine, sentence: boolean): boolean {
  task.closed = true;
  const params = { line: line.no, text: line.text, task: task.number };
  const lines: [number, number] = [line.no, line.no];
  state.diagnostics.push(
    sentence
      ? decision('text-last-line/sentence', params, 0.65, lines)
      : decision('text-last-line/line', params, 0.5, lines),
  );
  return true;
}

/**
 * The last line of the text the page broke (a short line ending a sentence at the top of a page)?
 * Narrow lines before it end its category.
 */
function endsBrokenText(state: PdfTableState, task: TaskState, line: SourceLine): boolean {
  const text = line.text;
  if (
    !(state.pageTop && line.width < state.wide && textOpen(task) && endsSentence(text) && unitScore(text) < 2)
  )
    return false;
  goOnOverPage(state, task, line, false, 0.7);
  state.diagnostics.push(
    decision('text-continued/pdf-end', { line: line.no, task: task.number }, 0.7, [line.no, line.no]),
  );
  return true;
}

/**
 * The text of the task the page broke goes on at `line` (a wide line, or its short last line);
 * narrow lines before it end its category.
 */
function goOnOverPage(
  state: PdfTableState,
  task: TaskState,
  line: SourceLine,
  wide: boolean,
  confidence: number,
): void {
  continueCategory(state, task, confidence);
  task.text.push({ no: line.no, text: line.text });
  task.closed = !wide;
  task.lastWide = wide;
  task.row.pages.add(state.page);
  task.row.reopened = true;
  if (wide) state.inText = true;
  state.pageTop = false;
}

/**
 * A line as wide as the text column after the text ended: more of the text when a page broke it or
 * it did not end a sentence; else it is kept for the narrow cells (and said).
 */
function readWideLine(state: PdfTableState, task: TaskState, line: SourceLine): boolean {
  const text = line.text;
  if (state.pageTop) {
    goOnOverPage(state, task, line, true, 0.8);
    state.diagnostics.push(
      decision('text-continued/pdf-page', { line: line.no, task: task.number }, 0.8, [line.no, line.no]),
    );
    return true;
  }
  if (state.run.length === 0 && !endsSentence(task.text.at(-1)?.text ?? '。')) {
    task.text.push({ no: line.no, text });
    task.lastWide = true;
    task.closed = false;
    state.inText = true;
    state.diagnostics.push(
      decision('text-continued/pdf-wide', { line: line.no, task: task.number }, 0.55, [line.no, line.no]),
    );
    return true;
  }
  state.diagnostics.push(decision('wide-line', { line: line.no }, 0.4, [line.no, line.no]));
  return false;
}
