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
 *
 * The steps: pdf-table-state.ts (the state and the columns' widths), pdf-table-lines.ts (each
 * line), pdf-table-cells.ts (the narrow cells), pdf-table-finish.ts (the draft).
 */

import type { SourceLine } from '../document/lines';
import type { HeaderMatch } from './columns';
import type { DraftBody } from './draft';
import { flushRun } from './pdf-table-cells';
import { finish } from './pdf-table-finish';
import { readLine } from './pdf-table-lines';
import { startReading } from './pdf-table-state';

export { isPageNumber } from './pdf-table-lines';

/**
 * Read a PDF-extracted table whose header is `header`.
 *
 * @example
 * const body = readPdfTable(lines, findHeader(lines)!);
 * body.tasks[0]?.units; //=> '各县（市、区）政府（管委会）；市政府办公室牵头，市直各单位按职责分工落实'
 */
export function readPdfTable(lines: readonly SourceLine[], header: HeaderMatch): DraftBody {
  const state = startReading(lines, header);
  for (let i = state.start; i < state.end; i++) readLine(state, lines[i]!);
  flushRun(state);
  return finish(state);
}
