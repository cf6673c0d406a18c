/**
 * The document model the file importers share (文件文档模型): a Word document, a workbook, a CSV
 * file and a PDF are each read into paragraphs and tables of cells, with merged cells known and
 * the place of every row (page, sheet, table, row, column). The plan is then read from that model
 * by one reader, whatever the format.
 */
import type { ImportDiagnostic, ImportResult } from '../types';

/**
 * Where something is in a file (文件位置): the page of a PDF, the sheet of a workbook, the table of a
 * Word document, and the row and column (1-based). A PDF's row is counted in the table on its page.
 *
 * @example
 * const place: FilePlace = { sheet: '分工方案', row: 7, column: 4 };
 */
export interface FilePlace {
  page?: number;
  /** A paragraph of a Word document (1-based, counting non-empty paragraphs outside tables). */
  paragraph?: number;
  sheet?: string;
  table?: number;
  row?: number;
  column?: number;
}

/**
 * The formats {@link importPlanFile} reads.
 *
 * @example
 * const format: FileFormat = 'docx';
 */
export type FileFormat = 'docx' | 'xlsx' | 'csv' | 'pdf' | 'text';

/**
 * One grid position of a table. A merged cell (合并单元格) holds its text at its first (top-left)
 * position; every other position it covers has `mergedFrom` pointing there and an empty `text`.
 *
 * @example
 * const continued: ModelCell = { text: '', mergedFrom: [2, 2] };
 */
export interface ModelCell {
  /** The cell's text: paragraphs joined with line breaks, each trimmed. */
  text: string;
  /** Row and column index (0-based, in {@link ModelTable.rows}) of the merged cell's first position. */
  mergedFrom?: [number, number];
  /** How sure the reader is that the position belongs to that merged cell (1 when the file says so). */
  mergeConfidence?: number;
}

/**
 * One row of a table: a cell for every grid column.
 *
 * @example
 * const row: ModelRow = { cells: [{ text: '1' }, { text: '推进…' }], place: { table: 1, row: 3 } };
 */
export interface ModelRow {
  cells: ModelCell[];
  /** Where the row is (its `column` unset). */
  place: FilePlace;
  /** The file marks the row as a header repeated on every page (Word's w:tblHeader). */
  repeatsAsHeader?: boolean;
  /** The first row of the table on a new page of a PDF: merged cells and rows may go on from the page before. */
  pageTop?: boolean;
}

/**
 * A table (表格) of a document, as a grid.
 *
 * @example
 * const table: ModelTable = { rows, width: 4, name: 'table 1' };
 */
export interface ModelTable {
  rows: ModelRow[];
  /** Number of grid columns. */
  width: number;
  /** How messages name the table: `表 2`, `工作表“分工方案”`, `第 3 页的表格`. */
  name: string;
  /** Real column number (1-based) of grid column 0: a sheet's table may start at column C. */
  firstColumn?: number;
  /**
   * `false` when the format cannot say which cells are merged (CSV): an empty units, deadline or
   * category cell is then read as part of the merged cell above, as the text importer does.
   */
  mergesKnown?: boolean;
}

/**
 * A piece of a document: a paragraph or a table, in document order.
 *
 * @example
 * const block: DocumentBlock = { kind: 'paragraph', text: '湛府办〔2021〕15号', indent: 0, place: { page: 1 } };
 */
export type DocumentBlock =
  | {
      kind: 'paragraph';
      text: string;
      /** Leading indentation in half-width columns (right-aligned signatures get a large one). */
      indent: number;
      place: FilePlace;
    }
  | { kind: 'table'; table: ModelTable };

/**
 * A document read into paragraphs and tables.
 *
 * @example
 * const model: DocumentModel = { format: 'docx', blocks: [], diagnostics: [] };
 */
export interface DocumentModel {
  format: FileFormat;
  blocks: DocumentBlock[];
  /** What the format reader noticed (other sheets, dates stored as numbers, …). */
  diagnostics: FileImportDiagnostic[];
}

/**
 * A diagnostic of a file import: an {@link ImportDiagnostic} whose `lines` refer to
 * {@link FileImportResult.text}, with the place in the file it concerns.
 *
 * @example
 * result.diagnostics.find((d) => d.code === 'merged-cell')?.place; //=> { table: 1, row: 5, column: 3 }
 */
export interface FileImportDiagnostic extends ImportDiagnostic {
  place?: FilePlace;
}

/**
 * What {@link importPlanFile} returns: the {@link ImportResult} of the text importer, the format
 * read, and the document as text (one line per paragraph and per table row, cells separated by
 * ` │ `), which the diagnostics' `lines` refer to, for a review beside the source.
 *
 * @example
 * const { plan, diagnostics, layout, format, text } = await importPlanFile(bytes, { fileName: 'plan.docx' });
 * format; //=> 'docx'
 * formatImportReview({ plan, diagnostics, layout }, text);
 */
export interface FileImportResult extends ImportResult {
  diagnostics: FileImportDiagnostic[];
  format: FileFormat;
  text: string;
}

/**
 * Spreadsheet column letters: 1 → A, 28 → AB.
 *
 * @example
 * columnLetters(28); //=> 'AB'
 */
export function columnLetters(column: number): string {
  let n = column;
  let out = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    out = String.fromCharCode(65 + r) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/**
 * A place for a person (文件中的位置): `工作表“分工方案”D7 单元格`, `第 3 页 第 5 行 第 2 列`, `表 1 第 4 行`.
 *
 * @example
 * formatPlace({ sheet: '分工方案', row: 7, column: 4 }); //=> '工作表“分工方案”D7 单元格'
 * formatPlace({ page: 3, row: 5, column: 2 }); //=> '第 3 页 第 5 行 第 2 列'
 */
export function formatPlace(place: FilePlace): string {
  if (place.sheet !== undefined) {
    const sheet = `工作表“${place.sheet}”`;
    if (place.row !== undefined && place.column !== undefined)
      return `${sheet}${columnLetters(place.column)}${place.row} 单元格`;
    return place.row !== undefined ? `${sheet}第 ${place.row} 行` : sheet;
  }
  const parts: string[] = [];
  if (place.page !== undefined) parts.push(`第 ${place.page} 页`);
  if (place.paragraph !== undefined) parts.push(`第 ${place.paragraph} 段`);
  if (place.table !== undefined) parts.push(`表 ${place.table}`);
  if (place.row !== undefined) parts.push(`第 ${place.row} 行`);
  if (place.column !== undefined) parts.push(`第 ${place.column} 列`);
  return parts.join(' ');
}

/**
 * The text of the cell at a grid position, following a merged cell to its first position.
 *
 * @example
 * cellText(table, 4, 2); // the units cell shared by the rows 3–5 of a merged cell
 */
export function cellText(table: ModelTable, row: number, column: number): string {
  const cell = table.rows[row]?.cells[column];
  if (!cell) return '';
  if (!cell.mergedFrom) return cell.text;
  const [r, c] = cell.mergedFrom;
  return table.rows[r]?.cells[c]?.text ?? '';
}
