/**
 * From a document model to an imported plan (文档模型 → 方案): the document is written out as text,
 * one line per paragraph and per table row, for the covering notice, the title and the footer
 * readers and for the review; the plan table is chosen by its header and read cell by cell; the plan
 * is assembled by the text importer's own code; every diagnostic gets the place in the file it
 * concerns. A document without a plan table goes to the text importer whole (a prose plan in Word).
 */
import { catalogued } from '../../messages';
import { findGridHeader, type GridHeader, readGrid } from '../readers/grid';
import { assemblePlan, importPlanText } from '../assembly/import';
import { splitSourceLines } from './lines';
import {
  type DocumentModel,
  type FileImportDiagnostic,
  type FileImportResult,
  type FilePlace,
  formatPlace,
  type ModelTable,
} from './table-model';
import type { ImportDiagnostic, ImportOptions } from '../types';

/** Separator of cells in the text lines of a table row. */
const CELL_SEPARATOR = ' │ ';

/** A cell's text on one line of the document text: its line breaks shown as ⏎. */
function oneLine(text: string): string {
  return text.replace(/\r\n?|\n/g, '⏎');
}

/** The document as text, with the place and (for table rows) the row of every line. */
interface Written {
  text: string;
  places: FilePlace[];
  rowLines: Map<ModelTable, number[]>;
}

function writeDocument(model: DocumentModel, plan: ModelTable | undefined): Written {
  const out: string[] = [];
  const places: FilePlace[] = [];
  const rowLines = new Map<ModelTable, number[]>();
  for (const block of model.blocks) {
    if (block.kind === 'paragraph') {
      for (const piece of block.text.split(/\r\n?|\n/)) {
        out.push(`${' '.repeat(Math.min(block.indent, 200))}${piece}`);
        places.push(block.place);
      }
      continue;
    }
    const table = block.table;
    const numbers: number[] = [];
    // The plan table's rows show their own cells with separators, for the review; the rows of other
    // tables (a footer set as a table) read as text.
    const separator = table === plan ? CELL_SEPARATOR : '  ';
    for (const row of table.rows) {
      const cells = row.cells.filter((c) => !c.mergedFrom && c.text !== '').map((c) => oneLine(c.text));
      out.push(cells.join(separator));
      places.push(row.place);
      numbers.push(out.length);
    }
    rowLines.set(table, numbers);
  }
  return { text: out.join('\n'), places, rowLines };
}

/** Give a diagnostic its file, its place (the one it has, else `where`) and that place in its message. */
function place(d: FileImportDiagnostic, where: FilePlace | undefined, fileName: string | undefined): void {
  if (fileName) d.file = fileName;
  const at = d.place ?? where;
  if (!at) return;
  d.place = at;
  const label = formatPlace(at);
  if (label !== '' && !d.message.endsWith(`（${label}）`)) d.message = `${d.message}（${label}）`;
}

/** Sort diagnostics by their first line, those without lines first (as the text importer does). */
function byLine(diagnostics: FileImportDiagnostic[]): FileImportDiagnostic[] {
  return diagnostics.sort((a, b) => (a.lines?.[0] ?? 0) - (b.lines?.[0] ?? 0));
}

function chooseTable(
  model: DocumentModel,
): { table: ModelTable; header: GridHeader; others: ModelTable[] } | undefined {
  let best: { table: ModelTable; header: GridHeader; rows: number } | undefined;
  const found: ModelTable[] = [];
  for (const block of model.blocks) {
    if (block.kind !== 'table') continue;
    const header = findGridHeader(block.table);
    if (!header) continue;
    found.push(block.table);
    const rows = block.table.rows.length - header.last - 1;
    if (!best || rows > best.rows) best = { table: block.table, header, rows };
  }
  if (!best) return undefined;
  return { table: best.table, header: best.header, others: found.filter((t) => t !== best.table) };
}

/**
 * Import a plan from a document model (a Word document, a workbook, a CSV file or a PDF read into
 * paragraphs and tables). Never throws; when no task is found `plan` is `undefined` and the
 * diagnostics hold an `error` with code `no-table`.
 *
 * @example
 * const result = importDocumentModel(readDocx(zip, budget), { fileName: 'plan.docx' });
 * result.layout; //=> 'fileTable'
 */
export function importDocumentModel(model: DocumentModel, options: ImportOptions = {}): FileImportResult {
  const chosen = chooseTable(model);
  const written = writeDocument(model, chosen?.table);
  const lines = splitSourceLines(written.text);
  const fileName = options.fileName;
  const diagnostics: FileImportDiagnostic[] = [...model.diagnostics];

  if (!chosen) {
    // No table with a plan header: the document's text, for the text importer (prose plans).
    const result = importPlanText(written.text, options);
    const located = result.diagnostics as FileImportDiagnostic[];
    for (const d of located) {
      place(d, d.lines ? written.places[d.lines[0] - 1] : undefined, fileName);
    }
    for (const d of diagnostics) place(d, undefined, fileName);
    return {
      ...result,
      diagnostics: byLine([...diagnostics, ...located]),
      format: model.format,
      text: written.text,
    };
  }

  const { table, header, others } = chosen;
  const rowLines = written.rowLines.get(table)!;
  const lineOf = (r: number) => rowLines[Math.max(0, Math.min(r, rowLines.length - 1))]!;
  const headerLine = lineOf(header.first);
  diagnostics.push({
    severity: 'info',
    code: 'layout',
    ...catalogued('layout/file', {
      table: table.name,
      row: table.rows[header.first]!.place.row ?? header.first + 1,
      columns: header.columns
        .map((c) => c?.header)
        .filter(Boolean)
        .join(' '),
    }),
    confidence: 0.95,
    lines: [headerLine, lineOf(header.last)],
  });
  for (const other of others) {
    diagnostics.push({
      severity: 'warning',
      code: 'other-table',
      ...catalogued('other-table', { other: other.name, table: table.name }),
      confidence: 0.6,
      lines: [lineOf(0), lineOf(0)],
      place: other.rows[0]?.place ?? {},
    });
  }
  const reading = readGrid(table, header, lineOf);
  for (const d of reading.body.diagnostics) diagnostics.push(d);

  // Conventions the header states (责任单位（列第一位的为牵头单位）) join those of the notice.
  const conventions = { ...reading.conventions.conventions, ...options.conventions };
  for (const f of reading.conventions.found) {
    diagnostics.push({
      severity: 'info',
      code: 'convention',
      ...catalogued('convention', { text: f.text, convention: f.convention, where: 'header' }),
      confidence: 0.8,
      lines: [headerLine, headerLine],
      path: ['conventions', f.convention],
    });
  }
  const assembled: ImportDiagnostic[] = [];
  const plan = assemblePlan(lines, reading.body, assembled, {
    ...options,
    ...(Object.keys(conventions).length > 0 ? { conventions } : {}),
  });
  for (const d of assembled) diagnostics.push(d);

  // Two levels of categories: the outer one is kept as the inner one's description.
  if (reading.outer.size > 0) {
    for (const c of plan.categories) {
      const outer = reading.outer.get(c.name);
      if (outer !== undefined && c.description === undefined) c.description = outer;
    }
  }

  // Every diagnostic's place: the cell of the task field it names, else the row of its first line.
  for (const d of diagnostics) {
    const p = d.path;
    let where: FilePlace | undefined;
    if (p && p[0] === 'tasks' && typeof p[1] === 'number') {
      const cells = reading.places[p[1]];
      const field = p[2];
      if (
        cells &&
        (field === 'text' ||
          field === 'units' ||
          field === 'deadline' ||
          field === 'category' ||
          field === 'number')
      )
        where = cells[field];
      else if (cells) where = cells.text;
    }
    if (!where && d.lines) where = written.places[d.lines[0] - 1];
    place(d, where ?? d.place, fileName);
  }
  return {
    plan,
    diagnostics: byLine(diagnostics),
    layout: 'fileTable',
    format: model.format,
    text: written.text,
  };
}
