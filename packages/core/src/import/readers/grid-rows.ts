/**
 * The rows of a grid table (grid.ts), one at a time: a repeated header (skipped), a category row,
 * the rest of a row the page broke, more cells of a task whose text cell is merged over the row,
 * or a task (grid-task.ts). The footer ends the table.
 */
import { isFooterStart } from '../assembly/notice';
import { endsSentence, squeeze } from '../document/lines';
import { cellText } from '../document/table-model';
import { TASK_NUMBER } from './cells';
import { looksLikeCategoryStart } from './classify';
import { headerKind } from './columns';
import { decision, stripEnumerator } from './draft';
import { headerWord } from './grid-header';
import { type GridState, lineOfRow, originRow, own, type TaskDraft } from './grid-state';
import { addTask } from './grid-task';

/**
 * What a row of tasks is, once it is neither a header nor a category row.
 *
 * @example
 * addTask(state, ctx); // ctx: the row at index 7, not at the top of a page
 */
export interface RowContext {
  r: number;
  /** The text each grid position of the row holds itself. */
  owned: string[];
  /** The row is the first of a page (a PDF page, or after a header repeated there). */
  pageTop: boolean;
  /** An empty cell of the row may be a merged one (at the top of a page, or in a CSV file). */
  inheritEmpty: boolean;
  /** The confidence of a cell taken from the task above. */
  inheritedConfidence: number;
  textOwn: string;
  textAll: string;
  previous: TaskDraft | undefined;
}

/**
 * Read the rows under the header, up to the footer.
 *
 * @example
 * readRows(state); state.drafts.length; //=> 50
 */
export function readRows(state: GridState): void {
  for (let r = state.header.last + 1; r < state.table.rows.length; r++) {
    if (!readRow(state, r)) {
      state.end = r;
      return;
    }
  }
}

/** Read row `r`; false at the footer. */
function readRow(state: GridState, r: number): boolean {
  if (skipsHeaderRepeat(state, r)) return true;
  const row = state.table.rows[r]!;
  const owned = row.cells.map((_, c) => own(state, r, c));
  const filled = owned.flatMap((t, c) => (t !== '' ? [c] : []));
  // Only cells merged from above: nothing new.
  if (filled.length === 0) return true;
  if (filled.length === 1 && isFooterStart(owned[filled[0]!]!)) return false;
  if (
    (filled.length === 1 || (filled.length === 2 && filled[0] === state.numberColumn)) &&
    readCategoryRow(state, r, owned, filled)
  )
    return true;
  const ctx = rowContext(state, r, owned);
  if (ctx.pageTop && ctx.previous && continuesBrokenRow(state, ctx, ctx.previous)) return true;
  if (ctx.textAll === '') {
    state.diagnostics.push(decision('row-without-text/grid', {}, 0.3, lineOfRow(state, r)));
    return true;
  }
  if (
    ctx.textOwn === '' &&
    ctx.previous &&
    originRow(state, r, state.textColumn) <= (state.taskRows.at(-1) ?? -1)
  ) {
    joinMergedTextRow(state, ctx, ctx.previous);
    return true;
  }
  addTask(state, ctx);
  return true;
}

/** A row that repeats the table header (typed again, or marked as a header row): skipped. */
function skipsHeaderRepeat(state: GridState, r: number): boolean {
  const row = state.table.rows[r]!;
  const marked =
    row.repeatsAsHeader === true && row.cells.some((c) => !c.mergedFrom && headerKind(headerWord(c.text)));
  if (!marked && !isHeaderRepeat(state, r)) return false;
  // The row after a header repeated at the top of a page is the page's first.
  if (row.pageTop) state.pageTopPending = true;
  state.diagnostics.push(decision('header-repeated', { marked }, marked ? 1 : 0.95, lineOfRow(state, r)));
  return true;
}

function isHeaderRepeat(state: GridState, r: number): boolean {
  const row = state.table.rows[r]!;
  const words = row.cells.map((_, c) => squeeze(cellText(state.table, r, c)));
  return state.header.rowsWords.some((hw) => hw.every((w, c) => w === words[c]) && hw.some((w) => w !== ''));
}

/**
 * A category row: one cell (often merged across the table), no units or deadline of its own. Also
 * a note under the table (skipped). False when the row is not one.
 */
function readCategoryRow(state: GridState, r: number, owned: string[], filled: number[]): boolean {
  const { table, columns } = state;
  const row = table.rows[r]!;
  const c = filled.at(-1)!;
  const text = owned[c]!;
  const enumerator = filled.length === 2 ? owned[state.numberColumn]! : '';
  const span = row.cells.filter((cell) => cell.mergedFrom?.[0] === r && cell.mergedFrom[1] === c).length + 1;
  const kind = columns[c]?.kind;
  const shortHeading = text.length <= 60 && !endsSentence(text) && !TASK_NUMBER.test(text);
  const headingLike =
    /^[一二三四五六七八九十]+[、.．]/.test(text) ||
    /^[（(][一二三四五六七八九十]+[）)]/.test(text) ||
    /^[一二三四五六七八九十]+$/.test(enumerator) ||
    looksLikeCategoryStart(text);
  if (/^(?:注|说明|备注|填表说明)[:：]/.test(text)) {
    state.diagnostics.push(decision('table-note', {}, 0.8, lineOfRow(state, r)));
    return true;
  }
  // Units or a deadline through a merged cell, other than the candidate cell spanning them.
  const elsewhere = (u: number) => {
    const from = row.cells[u]?.mergedFrom;
    return from && from[0] === r && from[1] === c ? '' : cellText(table, r, u);
  };
  const noUnits =
    state.unitColumns.every((u) => elsewhere(u) === '') &&
    (state.deadlineColumn < 0 || elsewhere(state.deadlineColumn) === '');
  if (
    !shortHeading ||
    !noUnits ||
    kind === 'units' ||
    kind === 'deadline' ||
    kind === 'note' ||
    !(span >= 2 || kind === 'category' || headingLike || (kind === 'text' && text.length <= 30))
  )
    return false;
  const name = stripEnumerator(enumerator !== '' ? `${enumerator}、${text}` : text);
  // 一、 headings are the outer level, （一） headings the inner one (below an outer heading).
  const inner = /^[（(][一二三四五六七八九十]+[）)]/.test(text) && state.rowCategories.length > 0;
  state.rowCategories = inner ? [state.rowCategories[0]!, name] : [name];
  for (const col of state.categoryColumns) state.lastInColumn.delete(col);
  state.diagnostics.push(
    decision('category/grid', { category: name }, span >= 2 || headingLike ? 0.9 : 0.7, lineOfRow(state, r)),
  );
  return true;
}

/** Whether row `r` is at the top of a page, and its text cell. */
function rowContext(state: GridState, r: number, owned: string[]): RowContext {
  const pageTop = state.table.rows[r]!.pageTop === true || state.pageTopPending;
  state.pageTopPending = false;
  const textColumn = state.textColumn;
  return {
    r,
    owned,
    pageTop,
    inheritEmpty: pageTop || state.mergesUnknown,
    inheritedConfidence: pageTop ? 0.65 : 0.75,
    textOwn: textColumn >= 0 ? owned[textColumn]! : '',
    textAll: textColumn >= 0 ? cellText(state.table, r, textColumn) : '',
    previous: state.drafts.at(-1),
  };
}

/**
 * A row the page broke: at the top of a PDF page, cells that go on from the row before (added to
 * its task). False when the row starts a task of its own.
 */
function continuesBrokenRow(state: GridState, ctx: RowContext, previous: TaskDraft): boolean {
  const { r, owned, textOwn } = ctx;
  const { numberColumn, deadlineColumn, noteColumn, columns } = state;
  const numberOwn = numberColumn >= 0 ? owned[numberColumn]! : '';
  const startsTask = numberOwn !== '' || TASK_NUMBER.test(textOwn);
  // Without task numbers, only text that does not end a sentence goes on over the page.
  const continues =
    !startsTask &&
    (textOwn === '' || numberColumn >= 0 || state.numberedAny || !endsSentence(previous.task.text));
  if (!continues) return false;
  const p = previous.task;
  if (textOwn !== '') p.text += textOwn;
  // The row's cells are the rest of the broken task's; a task below that shares one of them
  // (a merged cell the page broke) shares the whole cell.
  for (const c of state.unitColumns) {
    const slot = previous.units.find((u) => u.header === columns[c]!.header);
    if (!slot) continue;
    slot.value += owned[c]!;
    state.carriedUnits.set(`${r},${c}`, slot);
  }
  if (deadlineColumn >= 0) {
    p.deadline += owned[deadlineColumn]!;
    state.carriedDeadline.set(`${r},${deadlineColumn}`, previous);
  }
  for (const c of state.categoryColumns) state.carriedCategory.set(`${r},${c}`, p.category);
  if (noteColumn >= 0 && owned[noteColumn]! !== '') p.note = (p.note ?? '') + owned[noteColumn]!;
  for (const key of ['text', 'units', 'deadline'] as const) {
    const span = p.lines[key];
    if (span) span[1] = state.lineOf(r);
  }
  state.diagnostics.push(
    decision('row-continued', { task: p.number }, 0.75, lineOfRow(state, r), [
      'tasks',
      previous.index,
      'text',
    ]),
  );
  return true;
}

/** The text cell is merged over this row too: the same task, with more units or deadlines. */
function joinMergedTextRow(state: GridState, ctx: RowContext, previous: TaskDraft): void {
  const { owned } = ctx;
  let added = false;
  for (const c of state.unitColumns) {
    const v = owned[c]!;
    const slot = previous.units.find((u) => u.header === state.columns[c]!.header);
    if (v !== '' && slot && slot.value !== v) {
      slot.value = slot.value === '' ? v : `${slot.value}；${v}`;
      added = true;
    }
  }
  if (state.deadlineColumn >= 0) {
    const v = owned[state.deadlineColumn]!;
    if (v !== '' && previous.task.deadline !== v) {
      previous.task.deadline = previous.task.deadline === '' ? v : `${previous.task.deadline}；${v}`;
      added = true;
    }
  }
  if (added)
    state.diagnostics.push(
      decision('task-rows-joined', { task: previous.task.number }, 0.6, lineOfRow(state, ctx.r), [
        'tasks',
        previous.index,
      ]),
    );
}
