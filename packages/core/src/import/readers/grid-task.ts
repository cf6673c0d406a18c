/**
 * A task row of a grid table (grid.ts): its number (its own column, the text's `N.`, or the
 * position), its category (the category columns, else the category rows above), its units and
 * deadline cells (a merged cell, one the page broke, or an empty cell that may be a merged one),
 * its note and leaders.
 */
import { toAsciiDigits } from '../document/lines';
import { cellText, type FilePlace } from '../document/table-model';
import { TASK_NUMBER } from './cells';
import { type DraftTask, decision, splitLeaders, stripEnumerator } from './draft';
import type { RowContext } from './grid-rows';
import {
  type GridState,
  lineOfRow,
  mergeConfidence,
  originKey,
  originRow,
  placeOf,
  type TaskDraft,
  taskAtRow,
  useCategory,
} from './grid-state';

/**
 * Read the task of a row: its number, category and cells, and where each came from.
 *
 * @example
 * addTask(state, ctx); state.drafts.at(-1)?.task.number; //=> 7
 */
export function addTask(state: GridState, ctx: RowContext): void {
  const { table, lineOf, textColumn, deadlineColumn, noteColumn, leadersColumn, unitColumns } = state;
  const { r } = ctx;
  const index = state.drafts.length;
  const { number, text } = numberOf(state, ctx, index);
  const category = categoryOf(state, ctx, index);
  const units = unitsOf(state, ctx);
  const deadline = deadlineOf(state, ctx);
  const note = noteColumn >= 0 ? cellText(table, r, noteColumn) : '';
  const leaders = leadersColumn >= 0 ? splitLeaders(cellText(table, r, leadersColumn)) : [];
  const task: DraftTask = {
    number,
    category: category.name,
    text,
    units: '',
    deadline: deadline.value,
    ...(note !== '' ? { note } : {}),
    ...(leaders.length > 0 ? { leaders } : {}),
    lines: {
      text: [lineOf(originRow(state, r, textColumn)), lineOf(r)],
      units: [lineOf(units.fromRow), lineOf(r)],
      ...(deadlineColumn >= 0 ? { deadline: [lineOf(deadline.fromRow), lineOf(r)] as [number, number] } : {}),
    },
  };
  noteSharedUnits(state, ctx, task, index, units);
  noteSharedDeadline(state, ctx, task, index, deadline);
  state.drafts.push({
    task,
    index,
    units: units.cells,
    unitsFromRow: units.fromRow,
    deadlineFromRow: deadline.fromRow,
  });
  state.taskRows.push(r);
  state.places.push({
    text: placeOf(table, originRow(state, r, textColumn), textColumn),
    ...(unitColumns.length > 0 ? { units: placeOf(table, units.fromRow, unitColumns[0]!) } : {}),
    ...(deadlineColumn >= 0 ? { deadline: placeOf(table, deadline.fromRow, deadlineColumn) } : {}),
    ...(category.place ? { category: category.place } : {}),
    ...(state.numberColumn >= 0 ? { number: placeOf(table, r, state.numberColumn) } : {}),
  });
}

/** The task number: its own column, the text's `N.`, or the position (a number used twice too). */
function numberOf(state: GridState, ctx: RowContext, index: number): { number: number; text: string } {
  const { r, textAll } = ctx;
  let text = textAll;
  let number: number | undefined;
  const numberCell =
    state.numberColumn >= 0 ? toAsciiDigits(cellText(state.table, r, state.numberColumn)) : '';
  const fromColumn = /^(\d{1,4})(?:\s*[.．、]?\s*)$/.exec(numberCell);
  const fromText = TASK_NUMBER.exec(text);
  if (fromColumn && Number(fromColumn[1]) >= 1) number = Number(fromColumn[1]);
  if (fromText && Number(fromText[1]) >= 1 && (number === undefined || Number(fromText[1]) === number)) {
    number = Number(fromText[1]);
    text = text.slice(fromText[0].length);
  }
  if (number !== undefined) state.numberedAny = true;
  if (number === undefined || state.numbers.has(number)) {
    const given = number;
    number = Math.max(0, ...state.numbers) + 1;
    if (given === undefined) state.unnumbered++;
    if (given !== undefined || state.numberedAny)
      state.diagnostics.push(
        decision(
          'numbered-by-position/grid',
          { number, ...(given === undefined ? {} : { given }) },
          0.6,
          lineOfRow(state, r),
          ['tasks', index, 'number'],
        ),
      );
  }
  state.numbers.add(number);
  return { number, text };
}

/** The category: the category column(s), else the last category row. */
function categoryOf(
  state: GridState,
  ctx: RowContext,
  index: number,
): { name: string; place: FilePlace | undefined } {
  const { r, pageTop, inheritEmpty } = ctx;
  const path: string[] = [];
  for (const name of state.rowCategories) path.push(name);
  let place: FilePlace | undefined;
  for (const c of state.categoryColumns) {
    const carried = state.carriedCategory.get(originKey(state, r, c));
    const value = carried ?? cellText(state.table, r, c);
    if (carried !== undefined) {
      path.push(carried);
      place = state.places[state.drafts.length - 1]?.category;
      continue;
    }
    if (value === '') {
      // An empty category cell goes on under the category above it: a merged cell the page
      // broke, or one a CSV export left in its first row only.
      const above = state.lastInColumn.get(c);
      if (above !== undefined && inheritEmpty) {
        if (pageTop)
          state.diagnostics.push(
            decision(
              'merged-cell-over-page/grid-category',
              { category: above.name },
              0.75,
              lineOfRow(state, r),
              ['tasks', index, 'category'],
            ),
          );
        path.push(above.name);
        place = above.place;
      }
      continue;
    }
    const name = stripEnumerator(value);
    path.push(name);
    place = placeOf(state.table, originRow(state, r, c), c);
    state.lastInColumn.set(c, { name, place });
  }
  const inner = path.at(-1) ?? '';
  if (path.length >= 2) {
    const outerName = path.at(-2)!;
    if (!state.outer.has(inner)) state.outer.set(inner, outerName);
    if (!state.levelsNoted) {
      state.levelsNoted = true;
      state.diagnostics.push(
        decision('category-levels', { outer: outerName, inner }, 0.8, lineOfRow(state, r)),
      );
    }
  }
  if (inner !== '') useCategory(state, inner, r);
  return { name: inner, place };
}

/** The units cells of a task row, and where they came from. */
interface UnitsCells {
  cells: { header: string; value: string }[];
  fromRow: number;
  /** A merged cell (or a cell taken from the task above) covers the row. */
  merged: boolean;
  confidence: number;
  /** The cell goes on from a row the page broke. */
  carried: boolean;
}

/**
 * The units: one column as written, or separate columns (composed as the text importer does when
 * the rows are read); a merged cell's, or one the page broke.
 */
function unitsOf(state: GridState, ctx: RowContext): UnitsCells {
  const { r, previous } = ctx;
  const units: UnitsCells = { cells: [], fromRow: r, merged: false, confidence: 1, carried: false };
  for (const c of state.unitColumns) {
    const carried = state.carriedUnits.get(originKey(state, r, c));
    if (carried && previous) {
      units.cells.push(carried);
      units.merged = true;
      units.carried = true;
      units.fromRow = Math.min(units.fromRow, previous.unitsFromRow);
      units.confidence = Math.min(units.confidence, 0.7);
      continue;
    }
    const value = cellText(state.table, r, c);
    const from = originRow(state, r, c);
    if (from !== r) {
      units.merged = true;
      units.fromRow = Math.min(units.fromRow, from);
      units.confidence = Math.min(units.confidence, mergeConfidence(state, r, c));
    }
    units.cells.push({ header: state.columns[c]!.header, value });
  }
  // No units at all, where an empty cell may be a merged one: those of the task above.
  if (
    ctx.inheritEmpty &&
    previous &&
    units.cells.length > 0 &&
    units.cells.every((u) => u.value === '') &&
    previous.units.some((u) => u.value !== '')
  ) {
    units.cells.forEach((u, k) => {
      u.value = previous.units[k]?.value ?? '';
    });
    units.merged = true;
    units.fromRow = previous.unitsFromRow;
    units.confidence = ctx.inheritedConfidence;
  }
  return units;
}

/** The deadline cell of a task row, and where it came from. */
interface DeadlineCell {
  value: string;
  fromRow: number;
  confidence: number;
  /** The task whose cell, broken by the page, goes on here. */
  carriedFrom: TaskDraft | undefined;
}

/** The deadline: a merged cell's, one the page broke, or the task above's for an empty cell. */
function deadlineOf(state: GridState, ctx: RowContext): DeadlineCell {
  const { r, previous } = ctx;
  const column = state.deadlineColumn;
  if (column < 0) return { value: '', fromRow: r, confidence: 1, carriedFrom: undefined };
  const carriedFrom = state.carriedDeadline.get(originKey(state, r, column));
  const deadline: DeadlineCell = carriedFrom
    ? { value: carriedFrom.task.deadline, fromRow: carriedFrom.deadlineFromRow, confidence: 0.7, carriedFrom }
    : {
        value: cellText(state.table, r, column),
        fromRow: originRow(state, r, column),
        confidence: mergeConfidence(state, r, column),
        carriedFrom,
      };
  if (deadline.value === '' && ctx.inheritEmpty && previous && previous.task.deadline !== '') {
    deadline.value = previous.task.deadline;
    deadline.fromRow = previous.deadlineFromRow;
    deadline.confidence = ctx.inheritedConfidence;
  }
  return deadline;
}

/** Say a units cell the task shares with a task above (a merged cell, or one the page broke). */
function noteSharedUnits(
  state: GridState,
  ctx: RowContext,
  task: DraftTask,
  index: number,
  units: UnitsCells,
): void {
  const { previous, pageTop } = ctx;
  if (!units.merged || !previous) return;
  if (units.carried) {
    state.diagnostics.push(
      decision(
        'merged-cell-over-page/grid-carried',
        { task: task.number, from: previous.task.number },
        units.confidence,
        task.lines.units,
        ['tasks', index, 'units'],
      ),
    );
    return;
  }
  noteShared(state, ctx, task, index, 'units', {
    ...units,
    inherited: units.confidence === ctx.inheritedConfidence,
    overPage: pageTop,
  });
}

/** Say a deadline cell the task shares with a task above (a merged cell, or one the page broke). */
function noteSharedDeadline(
  state: GridState,
  ctx: RowContext,
  task: DraftTask,
  index: number,
  deadline: DeadlineCell,
): void {
  if (state.deadlineColumn < 0 || deadline.fromRow === ctx.r || deadline.value === '') return;
  const carried = deadline.carriedFrom !== undefined;
  noteShared(state, ctx, task, index, 'deadline', {
    ...deadline,
    inherited: deadline.confidence === ctx.inheritedConfidence || carried,
    overPage: carried || ctx.pageTop,
  });
}

/**
 * Say a cell the task shares: taken from the task above where its own is empty (`inherited`; a
 * merged cell the page broke when `overPage`), else a merged cell from row `fromRow` on.
 */
function noteShared(
  state: GridState,
  ctx: RowContext,
  task: DraftTask,
  index: number,
  cell: 'units' | 'deadline',
  how: { inherited: boolean; overPage: boolean; fromRow: number; confidence: number },
): void {
  const at = task.lines[cell];
  const path = ['tasks', index, cell];
  if (how.inherited) {
    const params = { task: task.number, cell, from: ctx.previous?.task.number, pageTop: ctx.pageTop };
    state.diagnostics.push(
      how.overPage
        ? decision('merged-cell-over-page/grid-inherited', params, how.confidence, at, path)
        : decision('merged-cell/grid-inherited', params, how.confidence, at, path),
    );
    return;
  }
  state.diagnostics.push(
    decision(
      'merged-cell/grid',
      { task: task.number, cell, from: taskAtRow(state, how.fromRow) },
      how.confidence,
      at,
      path,
    ),
  );
}
