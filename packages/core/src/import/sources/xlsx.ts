/**
 * Reading a workbook (.xlsx, Excel 2007 and later; WPS saves the same format) into tables, one per
 * visible sheet: shared and inline strings, numbers as Excel shows them, dates (numbers in a date
 * format) written as 2022年6月30日, and merged ranges (mergeCells) as merged cells. Only the rows
 * and columns that hold something are kept, so a stray cell at XFD1048576 costs nothing.
 */
import { catalogued, type ParamsOf } from '../../messages';
import type { CellBudget } from './limits';
import { trimText } from '../document/lines';
import {
  columnLetters,
  type DocumentModel,
  type FileImportDiagnostic,
  type ModelCell,
  type ModelRow,
  type ModelTable,
} from '../document/table-model';
import { prefixFor, qualified, scanXml } from './xml';
import type { ZipArchive } from './zip';

const SHEET_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/**
 * Is the archive a workbook?
 *
 * @example
 * isXlsx(zip); //=> true for a .xlsx file
 */
export function isXlsx(zip: ZipArchive): boolean {
  return zip.entry('xl/workbook.xml') !== undefined;
}

/**
 * A cell reference `AB12` as 1-based column and row.
 *
 * @example
 * parseCellRef('AB12'); //=> { column: 28, row: 12 }
 */
export function parseCellRef(ref: string): { column: number; row: number } | undefined {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1]!.toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { column, row: Number(m[2]) };
}

/** Built-in number formats that show dates (ECMA-376 18.8.30, with the CJK ones). */
const BUILTIN_DATES = new Set([
  14, 15, 16, 17, 22, 27, 28, 29, 30, 31, 34, 35, 36, 50, 51, 52, 53, 54, 57, 58,
]);

/** Does a custom number format show a date (y, m with d, or 年/月/日 outside quotes and brackets)? */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, '');
  if (/[hs]/i.test(bare) && !/[yd]/i.test(bare)) return false;
  return /[yY]/.test(bare) || /[dD]/.test(bare) || /[年月日]/.test(code.replace(/\[[^\]]*\]/g, ''));
}

/**
 * An Excel date serial as a written Chinese date (2022年6月30日), for the 1900 or 1904 date system.
 *
 * @example
 * serialToDate(44742, false); //=> '2022年6月30日'
 */
export function serialToDate(serial: number, date1904: boolean): string | undefined {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2_958_465) return undefined;
  const days = Math.floor(serial);
  // 1900 system: day 1 is 1900-01-01, and Excel counts a 29 February 1900 that never was.
  const base = date1904 ? Date.UTC(1904, 0, 1) : days >= 61 ? Date.UTC(1899, 11, 30) : Date.UTC(1899, 11, 31);
  const d = new Date(base + days * 86_400_000);
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日`;
}

/** A number as Excel's General format shows it: up to 15 significant digits. */
function generalNumber(raw: string): string {
  const n = Number(raw);
  if (!Number.isFinite(n)) return raw;
  return String(Number(n.toPrecision(15)));
}

interface SheetRef {
  name: string;
  target: string;
  hidden: boolean;
}

function resolveTarget(target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = `xl/${target}`.split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}

function readSheets(zip: ZipArchive): { sheets: SheetRef[]; date1904: boolean } {
  const workbook = zip.text('xl/workbook.xml') ?? '';
  const rels = zip.text('xl/_rels/workbook.xml.rels') ?? '';
  const targets = new Map<string, string>();
  scanXml(rels, {
    open(name, attrs) {
      if (name.endsWith('Relationship') && attrs['Id'] && attrs['Target'])
        targets.set(attrs['Id'], attrs['Target']);
    },
  });
  const s = prefixFor(workbook, SHEET_NS, '');
  const r = prefixFor(workbook, REL_NS, 'r');
  const sheets: SheetRef[] = [];
  let date1904 = false;
  scanXml(workbook, {
    open(name, attrs) {
      if (name === qualified(s, 'workbookPr')) {
        const v = attrs['date1904'];
        date1904 = v === '1' || v === 'true';
      }
      if (name !== qualified(s, 'sheet')) return;
      const id = attrs[qualified(r, 'id')];
      const target = id ? targets.get(id) : undefined;
      if (!target) return;
      sheets.push({
        name: attrs['name'] ?? `Sheet${sheets.length + 1}`,
        target: resolveTarget(target),
        hidden: attrs['state'] === 'hidden' || attrs['state'] === 'veryHidden',
      });
    },
  });
  return { sheets, date1904 };
}

function readSharedStrings(zip: ZipArchive): string[] {
  const xml = zip.text('xl/sharedStrings.xml');
  if (!xml) return [];
  const s = prefixFor(xml, SHEET_NS, '');
  const SI = qualified(s, 'si');
  const T = qualified(s, 't');
  const RPH = qualified(s, 'rPh');
  const strings: string[] = [];
  let current: string | undefined;
  let inT = false;
  let phonetic = 0;
  scanXml(xml, {
    open(name, _attrs, selfClosing) {
      if (name === SI) {
        current = '';
        if (selfClosing) {
          strings.push('');
          current = undefined;
        }
      } else if (name === RPH && !selfClosing) phonetic++;
      else if (name === T && !selfClosing) inT = true;
    },
    close(name) {
      if (name === SI) {
        strings.push(current ?? '');
        current = undefined;
      } else if (name === RPH) phonetic = Math.max(0, phonetic - 1);
      else if (name === T) inT = false;
    },
    text(text) {
      if (inT && phonetic === 0 && current !== undefined) current += text;
    },
  });
  return strings;
}

/** Which cell styles (cellXfs indexes) show dates. */
function readDateStyles(zip: ZipArchive): Set<number> {
  const xml = zip.text('xl/styles.xml');
  const dates = new Set<number>();
  if (!xml) return dates;
  const s = prefixFor(xml, SHEET_NS, '');
  const custom = new Map<number, string>();
  let inCellXfs = false;
  let xf = 0;
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === qualified(s, 'numFmt')) {
        custom.set(Number(attrs['numFmtId']), attrs['formatCode'] ?? '');
      } else if (name === qualified(s, 'cellXfs') && !selfClosing) {
        inCellXfs = true;
      } else if (inCellXfs && name === qualified(s, 'xf')) {
        const id = Number(attrs['numFmtId'] ?? '0');
        const code = custom.get(id);
        if (code !== undefined ? isDateFormat(code) : BUILTIN_DATES.has(id)) dates.add(xf);
        xf++;
      }
    },
    close(name) {
      if (name === qualified(s, 'cellXfs')) inCellXfs = false;
    },
  });
  return dates;
}

interface SheetCellDraft {
  row: number;
  column: number;
  text: string;
  date?: boolean;
}

function readSheet(
  xml: string,
  sheet: SheetRef,
  strings: readonly string[],
  dateStyles: ReadonlySet<number>,
  date1904: boolean,
  budget: CellBudget,
): { table: ModelTable; dateColumns: Set<number> } | undefined {
  const s = prefixFor(xml, SHEET_NS, '');
  const ROW = qualified(s, 'row');
  const C = qualified(s, 'c');
  const V = qualified(s, 'v');
  const T = qualified(s, 't');
  const IS = qualified(s, 'is');
  const RPH = qualified(s, 'rPh');
  const MERGE = qualified(s, 'mergeCell');
  const cells: SheetCellDraft[] = [];
  const merges: { top: number; left: number; bottom: number; right: number }[] = [];
  let rowNumber = 0;
  let columnNumber = 0;
  let cell:
    | { row: number; column: number; type: string; style: number; value: string; inline: string }
    | undefined;
  let inV = false;
  let inT = false;
  let inIs = false;
  let phonetic = 0;
  let counted = 0;
  const finishCell = () => {
    if (!cell) return;
    const c = cell;
    cell = undefined;
    let text = '';
    let date = false;
    switch (c.type) {
      case 's':
        text = strings[Number(c.value)] ?? '';
        break;
      case 'inlineStr':
        text = c.inline;
        break;
      case 'str':
      case 'e':
        text = c.value;
        break;
      case 'b':
        text = c.value === '1' ? 'TRUE' : c.value === '0' ? 'FALSE' : c.value;
        break;
      default: {
        if (c.value === '') break;
        const serial = Number(c.value);
        const written = dateStyles.has(c.style) ? serialToDate(serial, date1904) : undefined;
        if (written) {
          text = written;
          date = true;
        } else text = generalNumber(c.value);
      }
    }
    text = trimText(text.replace(/\r\n?/g, '\n'));
    if (text !== '') cells.push({ row: c.row, column: c.column, text, ...(date ? { date } : {}) });
  };
  scanXml(xml, {
    open(name, attrs, selfClosing) {
      if (name === ROW) {
        const r = Number(attrs['r']);
        rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
        columnNumber = 0;
        return;
      }
      if (name === C) {
        finishCell();
        counted++;
        if (counted % 1024 === 0) budget.add(1024, `工作表“${sheet.name}”`);
        const ref = attrs['r'] ? parseCellRef(attrs['r']) : undefined;
        columnNumber = ref ? ref.column : columnNumber + 1;
        cell = {
          row: ref ? ref.row : rowNumber,
          column: columnNumber,
          type: attrs['t'] ?? 'n',
          style: Number(attrs['s'] ?? '0'),
          value: '',
          inline: '',
        };
        if (selfClosing) finishCell();
        return;
      }
      if (name === MERGE) {
        const [a, b] = (attrs['ref'] ?? '').split(':');
        const from = a ? parseCellRef(a) : undefined;
        const to = b ? parseCellRef(b) : from;
        if (from && to)
          merges.push({
            top: Math.min(from.row, to.row),
            left: Math.min(from.column, to.column),
            bottom: Math.max(from.row, to.row),
            right: Math.max(from.column, to.column),
          });
        return;
      }
      if (selfClosing) return;
      if (name === V) inV = true;
      else if (name === IS) inIs = true;
      else if (name === RPH) phonetic++;
      else if (name === T) inT = true;
    },
    close(name) {
      if (name === C) finishCell();
      else if (name === V) inV = false;
      else if (name === IS) inIs = false;
      else if (name === RPH) phonetic = Math.max(0, phonetic - 1);
      else if (name === T) inT = false;
    },
    text(text) {
      if (!cell) return;
      if (inV) cell.value += text;
      else if (inIs && inT && phonetic === 0) cell.inline += text;
    },
  });
  finishCell();
  budget.add(counted % 1024, `工作表“${sheet.name}”`);
  if (cells.length === 0) return undefined;

  // The used range: rows and columns that hold text; merges are clipped to it.
  let minColumn = Number.POSITIVE_INFINITY;
  let maxColumn = 0;
  let maxRow = 0;
  for (const c of cells) {
    minColumn = Math.min(minColumn, c.column);
    maxColumn = Math.max(maxColumn, c.column);
    maxRow = Math.max(maxRow, c.row);
  }
  // Rows without cells hold no text, even inside a merged range: only rows with cells are kept.
  const rowSet = new Set<number>();
  for (const c of cells) rowSet.add(c.row);
  const clipped = merges
    .map((m) => ({ ...m, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxColumn) }))
    .filter((m) => m.top <= m.bottom && m.left <= m.right && m.right >= minColumn);
  const rowNumbers = [...rowSet].sort((a, b) => a - b);
  const width = maxColumn - minColumn + 1;
  budget.add(
    Math.max(0, rowNumbers.length * width - counted),
    `工作表“${sheet.name}”，${rowNumbers.length} 行 × ${width} 列`,
  );
  const rowIndex = new Map<number, number>();
  rowNumbers.forEach((n, i) => {
    rowIndex.set(n, i);
  });
  const rows: ModelRow[] = rowNumbers.map((n) => ({
    cells: Array.from({ length: width }, (): ModelCell => ({ text: '' })),
    place: { sheet: sheet.name, row: n },
  }));
  const dateColumns = new Set<number>();
  for (const c of cells) {
    rows[rowIndex.get(c.row)!]!.cells[c.column - minColumn]!.text = c.text;
    if (c.date) dateColumns.add(c.column);
  }
  for (const m of clipped) {
    const top = rowIndex.get(m.top);
    if (top === undefined) continue;
    const left = Math.max(m.left, minColumn) - minColumn;
    const right = m.right - minColumn;
    // The kept rows inside the range, from its first: the work is the cells covered.
    let covered = 0;
    for (let ri = top; ri < rowNumbers.length && rowNumbers[ri]! <= m.bottom; ri++) {
      covered += right - left + 1;
      for (let col = left; col <= right; col++) {
        if (ri === top && col === left) continue;
        const target = rows[ri]!.cells[col]!;
        target.text = '';
        target.mergedFrom = [top, left];
      }
    }
    budget.add(covered, `sheet “${sheet.name}”, merged cells`);
  }
  return {
    table: { rows, width, name: `工作表“${sheet.name}”`, firstColumn: minColumn },
    dateColumns,
  };
}

/**
 * Read a workbook's visible sheets into a {@link DocumentModel}, one table per sheet (or only the
 * sheet named `sheet`).
 *
 * @example
 * const model = readXlsx(new ZipArchive(bytes, resolveLimits(), 'ledger.xlsx'), new CellBudget(200_000));
 * model.blocks.length; // the sheets that hold something
 */
export function readXlsx(
  zip: ZipArchive,
  budget: CellBudget,
  options: { sheet?: string | undefined } = {},
): DocumentModel {
  const model: DocumentModel = { format: 'xlsx', blocks: [], diagnostics: [] };
  const { sheets, date1904 } = readSheets(zip);
  const strings = readSharedStrings(zip);
  const dateStyles = readDateStyles(zip);
  const wanted = options.sheet;
  if (wanted !== undefined && !sheets.some((s) => s.name === wanted)) {
    model.diagnostics.push({
      severity: 'error',
      code: 'no-such-sheet',
      ...catalogued('no-such-sheet', { wanted, sheets: sheets.map((s) => `“${s.name}”`).join('、') }),
    });
    return model;
  }
  for (const sheet of sheets) {
    if (wanted !== undefined ? sheet.name !== wanted : sheet.hidden) {
      if (wanted === undefined)
        model.diagnostics.push(note('hidden-sheet', { sheet: sheet.name }, sheet.name));
      continue;
    }
    const xml = zip.text(sheet.target);
    if (xml === undefined) continue;
    const read = readSheet(xml, sheet, strings, dateStyles, date1904, budget);
    if (!read) continue;
    model.blocks.push({ kind: 'table', table: read.table });
    for (const column of read.dateColumns) {
      model.diagnostics.push(
        note(
          'date-cells',
          { column: columnLetters(column), sheet: sheet.name },
          sheet.name,
          0.9,
        ),
      );
    }
  }
  return model;
}

function note<C extends 'hidden-sheet' | 'date-cells'>(
  code: C,
  params: ParamsOf<C>,
  sheet: string,
  confidence = 1,
): FileImportDiagnostic {
  return { severity: 'info', code, ...catalogued(code, params), confidence, place: { sheet } };
}
