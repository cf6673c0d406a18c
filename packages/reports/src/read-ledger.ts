/**
 * Reading filled-in ledgers back (读取填报台账): the XLSX workbooks and CSV files the ledger report
 * writes, after units have filled in 完成情况 (the drop-down), 进展情况 and 备注, come back as rows for
 * core's `reconcileProgress`, which matches them to the plan by 任务编号 and 单位. Isomorphic; exceljs is
 * loaded only when a workbook is read. Nothing here decides what a row means: that is core's job.
 */
import {
  catalogued,
  type Diagnostic,
  type ProgressBatch,
  type ProgressField,
  type ProgressRow,
  type ProgressRowsBatch,
  type ProgressSheet,
  safeParseLedger,
  sayApp,
} from '@fengong/core';
import type * as ExcelJSModule from 'exceljs';

type ExcelJS = typeof ExcelJSModule;

/**
 * The column headers the reader recognises, by field (表头对照). `状态` and `责任单位` are deliberately
 * absent: in a ledger they are fengong's own columns (the computed status, the plan's units), not what
 * a unit filled in.
 *
 * @example
 * LEDGER_HEADERS.state; //=> ['完成情况']
 */
export const LEDGER_HEADERS: Readonly<Record<ProgressField, readonly string[]>> = {
  // An English workbook (`locale: 'en'`) titles its task column in English; its fill-in columns stay Chinese.
  task: [sayApp('report-col-task'), sayApp('report-col-number'), sayApp('report-col-task', {}, 'en')],
  unit: [sayApp('report-col-unit'), '填报单位'],
  state: [sayApp('report-col-state')],
  note: [sayApp('report-col-progress')],
  remark: [sayApp('report-col-remark')],
  date: ['日期', '填报日期', sayApp('report-col-reported')],
  evidence: [sayApp('report-col-evidence')],
  author: [sayApp('report-col-author')],
  responsiblePerson: [sayApp('report-responsible-person')],
  contact: [sayApp('report-contact')],
  phone: [sayApp('report-phone'), '电话'],
  reason: ['原因', sayApp('report-col-reason')],
  id: ['记录编号'],
  basis: [sayApp('report-col-entry')],
};

const headerKey = (text: string) => text.replace(/\s+/g, '');

const BY_HEADER = new Map<string, ProgressField>(
  Object.entries(LEDGER_HEADERS).flatMap(([field, names]) =>
    names.map((n) => [headerKey(n), field as ProgressField] as const),
  ),
);

/** The hidden sheet in which the writer says what a workbook is. */
const META_SHEET = '_fengong';
/** How far down a sheet the header row is looked for when the workbook does not say. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Options of {@link readFilledLedger}.
 *
 * @example
 * const options: ReadLedgerOptions = { fileName: '市财政局-任务分工台账.xlsx' };
 */
export interface ReadLedgerOptions {
  /** The file name, for diagnostics and to tell XLSX from CSV. */
  fileName?: string;
  /** Default: by the file name's extension, else by the bytes (XLSX is a ZIP file). */
  format?: 'xlsx' | 'csv';
}

/** Text a spreadsheet shows for a cell, without the `'` the writer put before formula-like text. */
function unquote(text: string): string {
  return /^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text;
}

/** Which header row of a table, and where each field's column is (1-based). */
function findHeader(
  rows: readonly (readonly string[])[],
  preferred: number | undefined,
): { index: number; columns: Partial<Record<ProgressField, number>> } | undefined {
  const columnsOf = (cells: readonly string[]) => {
    const columns: Partial<Record<ProgressField, number>> = {};
    cells.forEach((cell, i) => {
      const field = BY_HEADER.get(headerKey(cell));
      if (field !== undefined && columns[field] === undefined) columns[field] = i + 1;
    });
    return columns;
  };
  const order = preferred !== undefined ? [preferred, ...rows.keys()] : [...rows.keys()];
  for (const index of order) {
    if (index >= HEADER_SEARCH_ROWS && index !== preferred) break;
    const cells = rows[index];
    if (!cells) continue;
    const columns = columnsOf(cells);
    if (columns.task !== undefined && columns.state !== undefined) return { index, columns };
  }
  return undefined;
}

/** The rows under a header, as progress rows; rows without any text are left out. */
function bodyRows(
  rows: readonly (readonly string[])[],
  header: { index: number; columns: Partial<Record<ProgressField, number>> },
  rowNumber: (index: number) => number,
): ProgressRow[] {
  const out: ProgressRow[] = [];
  for (let i = header.index + 1; i < rows.length; i++) {
    const cells: Partial<Record<ProgressField, string>> = {};
    let any = false;
    for (const [field, column] of Object.entries(header.columns) as [ProgressField, number][]) {
      const text = unquote(rows[i]?.[column - 1] ?? '').trim();
      if (text === '') continue;
      cells[field] = text;
      any = true;
    }
    if (any) out.push({ row: rowNumber(i), cells });
  }
  return out;
}

async function loadExcel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The text of an exceljs cell value (rich text, formula results, links and dates included). */
function cellText(value: ExcelJSModule.CellValue, forLinks = false): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) {
    return `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  }
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('hyperlink' in value) {
    const text =
      typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJSModule.CellValue);
    return forLinks && value.hyperlink && value.hyperlink !== text
      ? `${text} ${value.hyperlink}`.trim()
      : text;
  }
  if ('formula' in value || 'sharedFormula' in value) {
    return cellText((value as { result?: ExcelJSModule.CellValue }).result ?? null);
  }
  if ('error' in value) return '';
  return '';
}

/**
 * Read a filled-in ledger (XLSX or CSV) into rows for core's `reconcileProgress` (读取填报台账). Every
 * sheet with a 任务编号 and a 完成情况 column is read (the hidden identifying 单位 column included);
 * the workbook's hidden `_fengong` sheet, when present, gives the header row and the plan it belongs to.
 * Problems (not a workbook, no ledger sheet, a CSV that is not text) come back as diagnostics.
 *
 * @example
 * const batch = await readFilledLedger(await readFile('市财政局.xlsx'), { fileName: '市财政局.xlsx' });
 * batch.sheets[0]?.rows[0]; //=> { row: 4, cells: { task: '7', state: '已完成', note: '已公开', unit: '市财政局' } }
 */
export async function readFilledLedger(
  bytes: Uint8Array,
  options: ReadLedgerOptions = {},
): Promise<ProgressRowsBatch> {
  const source = options.fileName ?? 'ledger';
  const ext = /\.([a-z0-9]+)$/i.exec(source)?.[1]?.toLowerCase();
  const zip = bytes[0] === 0x50 && bytes[1] === 0x4b;
  const format =
    options.format ??
    (ext === 'xlsx' || ext === 'xlsm'
      ? 'xlsx'
      : ext === 'csv' || ext === 'txt'
        ? 'csv'
        : zip
          ? 'xlsx'
          : 'csv');
  return format === 'xlsx' ? readXlsx(bytes, source) : readFilledLedgerCsv(bytes, { fileName: source });
}

async function readXlsx(bytes: Uint8Array, source: string): Promise<ProgressRowsBatch> {
  const batch: ProgressRowsBatch = { kind: 'rows', source, sheets: [], diagnostics: [] };
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    batch.diagnostics.push({
      severity: 'error',
      code: 'xlsx-unreadable',
      file: source,
      ...catalogued('xlsx-unreadable', { detail: error instanceof Error ? error.message : String(error) }),
    });
    return batch;
  }
  const facts = new Map<string, string>();
  const meta = wb.getWorksheet(META_SHEET);
  meta?.eachRow((row) => facts.set(cellText(row.getCell(1).value), cellText(row.getCell(2).value)));
  const title = facts.get('plan');
  const documentNumber = facts.get('documentNumber');
  if (title || documentNumber)
    batch.plan = { ...(title ? { title } : {}), ...(documentNumber ? { documentNumber } : {}) };
  const headerRow = Number(facts.get('headerRow'));
  for (const ws of wb.worksheets) {
    if (ws.name === META_SHEET) continue;
    const rows: string[][] = [];
    const count = ws.rowCount;
    for (let r = 1; r <= count; r++) {
      const row = ws.getRow(r);
      const cells: string[] = [];
      for (let c = 1; c <= ws.columnCount; c++) cells.push(cellText(row.getCell(c).value));
      rows.push(cells);
    }
    // Links in the 佐证材料 column keep their targets.
    const header = findHeader(rows, Number.isInteger(headerRow) && headerRow > 0 ? headerRow - 1 : undefined);
    if (!header) continue;
    if (header.columns.evidence !== undefined) {
      for (let r = header.index + 1; r < rows.length; r++) {
        rows[r]![header.columns.evidence - 1] = cellText(
          ws.getRow(r + 1).getCell(header.columns.evidence).value,
          true,
        );
      }
    }
    const sheet: ProgressSheet = {
      name: ws.name,
      columns: header.columns,
      rows: bodyRows(rows, header, (i) => i + 1),
    };
    batch.sheets.push(sheet);
  }
  if (batch.sheets.length === 0) batch.diagnostics.push(notALedger(source));
  return batch;
}

function notALedger(source: string): Diagnostic {
  return {
    severity: 'error',
    code: 'not-a-ledger',
    file: source,
    ...catalogued('not-a-ledger', {}),
  };
}

/** Split CSV text (RFC 4180) into records, each with the 1-based line it starts on. */
function csvRecords(text: string): { line: number; cells: string[] }[] {
  const records: { line: number; cells: string[] }[] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === '\n') line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell === '') {
      quoted = true;
      started = true;
    } else if (ch === ',') {
      cells.push(cell);
      cell = '';
      started = true;
    } else if (ch === '\r' || ch === '\n') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      cells.push(cell);
      records.push({ line: start, cells });
      cells = [];
      cell = '';
      started = false;
      line++;
      start = line;
    } else {
      cell += ch;
      started = true;
    }
  }
  if (started || cell !== '') {
    cells.push(cell);
    records.push({ line: start, cells });
  }
  return records;
}

/**
 * Read a filled-in ledger saved as CSV (读取CSV台账): UTF-8 (with or without BOM), or GB18030 as
 * Excel saves CSV on Chinese Windows (with an info diagnostic). Rows are numbered as a spreadsheet shows
 * them (the header is row 1).
 *
 * @example
 * const batch = readFilledLedgerCsv('\uFEFF任务编号,单位,完成情况\r\n7,市财政局,已完成\r\n', { fileName: 'a.csv' });
 * batch.sheets[0]?.rows; //=> [{ row: 2, cells: { task: '7', unit: '市财政局', state: '已完成' } }]
 */
export function readFilledLedgerCsv(
  input: string | Uint8Array,
  options: { fileName?: string } = {},
): ProgressRowsBatch {
  const source = options.fileName ?? 'ledger.csv';
  const batch: ProgressRowsBatch = { kind: 'rows', source, sheets: [], diagnostics: [] };
  let text: string;
  if (typeof input === 'string') text = input;
  else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(input);
    } catch {
      try {
        text = new TextDecoder('gb18030', { fatal: true }).decode(input);
        batch.diagnostics.push({
          severity: 'info',
          code: 'csv-gb18030',
          file: source,
          ...catalogued('csv-gb18030', {}),
        });
      } catch {
        batch.diagnostics.push({
          severity: 'error',
          code: 'encoding',
          file: source,
          ...catalogued('encoding/ledger', {}),
        });
        return batch;
      }
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = csvRecords(text);
  const rows = records.map((r) => r.cells);
  const header = findHeader(rows, undefined);
  if (!header) {
    batch.diagnostics.push(notALedger(source));
    return batch;
  }
  batch.sheets.push({ columns: header.columns, rows: bodyRows(rows, header, (i) => i + 1) });
  return batch;
}

/**
 * Any file a person imports into the ledger (读取导入文件), as one batch for core's
 * `reconcileProgress`: a JSON Lines ledger (`.jsonl`, `.ndjson`, e.g. exported by the viewer or the
 * CLI) as entries, a filled-in workbook or CSV as rows. The CLI and the viewer both read files
 * through this, so they import the same things the same way.
 *
 * @example
 * const batch = await readProgressFile(bytes, { fileName: '进度台账.jsonl' });
 * reconcileProgress(analysis, existing, [batch], options);
 */
export async function readProgressFile(
  bytes: Uint8Array,
  options: { fileName: string },
): Promise<ProgressBatch> {
  const source = options.fileName;
  if (/\.(jsonl|ndjson)$/i.test(source)) {
    const text = new TextDecoder('utf-8').decode(bytes);
    const read = safeParseLedger(text, { fileName: source });
    return read.success
      ? { kind: 'entries', source, entries: read.entries, lines: read.lines, diagnostics: read.diagnostics }
      : { kind: 'entries', source, entries: [], diagnostics: read.diagnostics };
  }
  return readFilledLedger(bytes, { fileName: source });
}
