/**
 * Reading a plan table from a grid of cells (表格网格): the header row (one or two rows, synonyms
 * and extra columns allowed), repeated headers dropped, merged cells applied to every task they
 * cover, category rows and category columns (two levels), separate 牵头单位 / 责任单位 / 配合单位
 * columns composed into one units cell the way the text importer does, and rows a PDF page broke
 * joined again. The result is the text importer's {@link DraftBody}, so the plan is assembled by
 * the same code.
 *
 * The steps: grid-header.ts (the header), grid-state.ts (the state), grid-rows.ts (each row),
 * grid-task.ts (a task's row).
 */
import { detectConventions } from '../../roles/conventions';
import { squeeze } from '../document/lines';
import type { ModelTable } from '../document/table-model';
import { composeUnits } from './cells';
import { type DraftBody, decision } from './draft';
import type { GridHeader } from './grid-header';
import { readRows } from './grid-rows';
import { type GridState, lineOfRow, startReading, type TaskPlaces } from './grid-state';

export { findGridHeader, type GridHeader } from './grid-header';
export { placeOf } from './grid-state';

/**
 * Where each task's cells came from, for the diagnostics' places.
 *
 * @example
 * reading.places[0]?.units; //=> { table: 1, row: 2, column: 3 }
 */
export interface GridReading {
  body: DraftBody;
  /** By task index: the place of each field's cell (for a merged cell, its first position). */
  places: TaskPlaces;
  /** Outer category of each category name, for a table with two levels of categories. */
  outer: Map<string, string>;
  /** Conventions stated by the header (列第一位的为牵头单位). */
  conventions: ReturnType<typeof detectConventions>;
  /** Index of the table row each task starts at. */
  rows: number[];
}

/**
 * Read the plan's rows from a grid table whose header is `header`. `lineOf(r)` is the line of the
 * document text that shows row `r` (the diagnostics point at it).
 *
 * @example
 * const reading = readGrid(table, findGridHeader(table)!, (r) => r + 1);
 * reading.body.tasks.length; //=> 50
 */
export function readGrid(
  table: ModelTable,
  header: GridHeader,
  lineOf: (row: number) => number,
): GridReading {
  const state = startReading(table, header, lineOf);
  readRows(state);
  composeUnitsCells(state);
  noteTable(state);
  return finish(state);
}

/** Units cells are composed last: a row the page broke may have added to them. */
function composeUnitsCells(state: GridState): void {
  const { drafts, unitColumns, columns } = state;
  for (const d of drafts) d.task.units = composeUnits(d.units);
  if (unitColumns.length > 1 && drafts.length > 0) {
    const headers = unitColumns.map((c) => columns[c]!.header);
    state.diagnostics.push(
      decision(
        'units-composed',
        {
          count: unitColumns.length,
          headers: headers.join('、'),
          pattern: headers.map((h) => `${h}：…`).join('；'),
        },
        0.9,
        lineOfRow(state, state.header.first),
      ),
    );
  }
}

/** What is said of the table as a whole: numbered by position, columns not imported. */
function noteTable(state: GridState): void {
  const at = lineOfRow(state, state.header.first);
  if (!state.numberedAny && state.unnumbered > 0) {
    state.diagnostics.push(decision('numbered-by-position/grid-all', { count: state.unnumbered }, 0.8, at));
  }
  for (const { index, header } of state.header.ignored) {
    state.diagnostics.push(decision('column-ignored', { column: index + 1, header }, 0.9, at));
  }
}

/** How the title of a plan or ledger ends (方案, 台账, 清单…). */
const TITLE_END = /(?:方案|清单|要点|计划|分工表|任务表|台账|安排|措施|分解表|一览表|责任表)$/;

/** The plan's title in a row above the header (a sheet's merged title row). */
function titleAbove(state: GridState): DraftBody['title'] {
  for (let r = 0; r < state.header.first; r++) {
    const own = state.table.rows[r]!.cells.filter((c) => !c.mergedFrom && c.text !== '');
    const text = own.length === 1 ? squeeze(own[0]!.text) : '';
    if (text.length >= 4 && text.length <= 80 && TITLE_END.test(text)) {
      state.diagnostics.push(decision('title/grid', {}, 0.9, lineOfRow(state, r), ['meta', 'title']));
      return { text, lines: lineOfRow(state, r) };
    }
  }
  return undefined;
}

/** The reading: the draft body, the places of its cells, and what the header states. */
function finish(state: GridState): GridReading {
  const { table, header, lineOf, end } = state;
  const title = titleAbove(state);
  // Lines are 1-based; the body's start and end are indexes (0-based, end exclusive).
  const body: DraftBody = {
    categories: state.categories,
    tasks: state.drafts.map((d) => d.task),
    diagnostics: state.diagnostics,
    start: lineOf(header.first) - 1,
    end: end !== undefined ? lineOf(end) - 1 : lineOf(table.rows.length - 1),
    ...(title ? { title } : {}),
  };
  return {
    body,
    places: state.places,
    outer: state.outer,
    conventions: detectConventions(header.text),
    rows: state.taskRows,
  };
}
