/**
 * XLSX through exceljs, loaded only when a spreadsheet is written: a sheet per table with a title,
 * a frozen header, an auto-filter, widths for Chinese text, wrapped cells, traffic-light fills,
 * drop-downs on the fill-in columns, hidden identifying columns, and a hidden sheet naming what the
 * file is so filled-in copies can be read back.
 */
import { progressStateNames, sayApp, type TrafficLight } from '@fengong/core';
import type * as ExcelJSModule from 'exceljs';
import type { Cell, Column, ReportDocument, Row, Sheet } from '../model';
import { displayWidth, xmlSafe } from '../text';
import { FILL_COLUMNS } from '../kinds/common';
import { LIGHT_FILLS } from './colors';
import { fitWidths, HAS_DIGIT, SHORT_BRACKETS } from './docx-xml';

type ExcelJS = typeof ExcelJSModule;

/** The name of the hidden sheet that says what the workbook is. */
export const META_SHEET = '_fengong';
const HEADER_ROW = 3;
const MARGINS = { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 } as const;
/** Data sheets print at this scale: 11 pt text at 9.35 pt, above the 9 pt an office can read. */
const DATA_PRINT_SCALE = 85;
/**
 * The width of landscape A4 inside the margins, in Excel's column units: 297 mm − 2 × 0.4 in =
 * 276.7 mm = 1,046 px at 96 dpi. A unit is about 7 px in Excel and 7.4 px in LibreOffice (Calibri's
 * metrics), where 146 units spilled the last column onto pages of its own: 128 fit both.
 */
const PRINT_WIDTH = 128;
/** How wide row 2 (the lines under the title) is at least, in Excel's column units. */
const NOTE_WIDTH = 120;
/** The name of the print version's sheets (打印版). */
export const PRINT_SHEET = '打印版';
const BODY_FONT = { name: 'SimSun', size: 11 } as const;
const HEAD_FONT = { name: 'SimHei', size: 11, bold: true } as const;
const THIN: Partial<ExcelJSModule.Borders> = {
  top: { style: 'thin' },
  bottom: { style: 'thin' },
  left: { style: 'thin' },
  right: { style: 'thin' },
};

async function loadExcel(): Promise<ExcelJS> {
  const mod = (await import('exceljs')) as ExcelJS & { default?: ExcelJS };
  return mod.default ?? mod;
}

function columnLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * A cell's value: numbers as numbers; an ISO day in a deadline column as a real date; other text as
 * a plain string cell — a text starting with `=` stays text (a shared string, never a formula), so
 * it needs no visible apostrophe.
 */
const cellValue = (cell: Cell | undefined, date: boolean): string | number | Date =>
  typeof cell === 'number'
    ? cell
    : date && ISO_DAY.test(cell ?? '')
      ? new Date(`${cell}T00:00:00Z`)
      : xmlSafe(cell ?? '');
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_FORMAT = 'yyyy-mm-dd';
/** How wide a date column is at least (yyyy-mm-dd at 11 pt), in Excel's column units. */
const DATE_COLUMN_WIDTH = 11;
/** A cell of a date column ({@link Column.date}) that holds an ISO day: written as a date. */
const isDateCell = (column: Column, value: Cell | undefined): boolean =>
  column.date === true && typeof value === 'string' && ISO_DAY.test(value);
/** A spreadsheet formula's text literal. */
const literal = (text: string) => `"${text.replaceAll('"', '""')}"`;

/**
 * The formulas of a row's status and light cells ({@link Column.follows}): what fengong wrote while
 * 完成情况 still says what it was written with; once a unit marks the row finished, `done` (green) or
 * `doneLate` (yellow) — late when 已完成（逾期） was picked or the day it is reported (报送日期, else the
 * status day) is after its deadline (截止日期); 无法完成 lights it yellow. The same rule as core's
 * progress rules, which date a changed row by its 报送日期 when it is imported.
 */
function liveFormulas(
  sheet: Sheet,
  asOf: string,
): ((row: Row, excelRow: number) => Map<number, ExcelJSModule.CellFormulaValue>) | undefined {
  const { columns } = sheet.table;
  const live = sheet.live;
  const at = (test: (c: Column) => boolean) => columns.findIndex(test);
  const state = at((c) => c.fill === true && c.header === sayApp('report-col-state'));
  const status = at((c) => c.follows === 'status');
  if (!live || state === -1 || status === -1) return undefined;
  const light = at((c) => c.follows === 'light');
  const due = at((c) => c.date === true && !c.fill);
  const reported = at((c) => c.fill === true && c.header === sayApp('report-col-reported'));
  const [y, m, d] = asOf.split('-').map(Number);
  const names = progressStateNames.zh;
  return (row, n) => {
    const ref = (i: number) => `$${columnLetter(i + 1)}${n}`;
    const S = ref(state);
    const initial = row.cells[state];
    const unchanged = `${S}=${literal(typeof initial === 'string' ? initial : '')}`;
    const finished = `OR(${S}=${literal(names.done)},${S}=${literal(names.doneLate)})`;
    const day =
      reported === -1
        ? `DATE(${y},${m},${d})`
        : `IF(ISNUMBER(${ref(reported)}),${ref(reported)},DATE(${y},${m},${d}))`;
    const late =
      due === -1
        ? `${S}=${literal(names.doneLate)}`
        : `OR(${S}=${literal(names.doneLate)},AND(ISNUMBER(${ref(due)}),${day}>${ref(due)}))`;
    const text = (i: number) => String(row.cells[i] ?? '');
    const out = new Map<number, ExcelJSModule.CellFormulaValue>();
    out.set(status, {
      formula: `IF(${unchanged},${literal(text(status))},IF(${finished},IF(${late},${literal(live.doneLate)},${literal(live.done)}),${literal(text(status))}))`,
      result: xmlSafe(text(status)),
      date1904: false,
    });
    if (light !== -1) {
      const L = literal(text(light));
      const { green, yellow } = live.lights;
      out.set(light, {
        formula: `IF(${unchanged},${L},IF(${finished},IF(${late},${literal(yellow)},${literal(green)}),IF(${S}=${literal(names.cannotComplete)},${literal(yellow)},${L})))`,
        result: xmlSafe(text(light)),
        date1904: false,
      });
    }
    return out;
  };
}

/** A conditional format that lights a cell green or yellow where `formula` holds. */
const lightRule = (priority: number, formula: string, light: 'green' | 'yellow') => ({
  type: 'expression' as const,
  priority,
  formulae: [formula],
  style: {
    fill: {
      type: 'pattern' as const,
      pattern: 'solid' as const,
      bgColor: { argb: LIGHT_FILLS[light].fill },
    },
    font: { color: { argb: LIGHT_FILLS[light].font } },
  },
});

/** Lines a wrapped text takes in a column `width` characters wide (CJK characters count two). */
function linesIn(text: string, width: number): number {
  const usable = Math.max(1, width - 1);
  return text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(displayWidth(line) / usable)), 0);
}

async function addSheet(wb: ExcelJSModule.Workbook, sheet: Sheet, doc: ReportDocument): Promise<void> {
  const { columns, rows } = sheet.table;
  const last = columnLetter(columns.length);
  const ws = wb.addWorksheet(sheet.name, {
    views: [{ state: 'frozen', xSplit: 1, ySplit: HEADER_ROW, topLeftCell: 'B4', activeCell: 'B4' }],
    // Printed at 85 % (11 pt text at 9.4 pt), never shrunk to the page's width: a wide sheet goes on
    // over more pages, its header row and first column repeated. The 打印版 sheet is the one to print.
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      scale: DATA_PRINT_SCALE,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      printTitlesColumn: 'A:A',
      margins: MARGINS,
    },
    headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
  });
  ws.columns = columns.map((c: Column) => ({ width: c.width, hidden: c.hidden === true }));

  ws.mergeCells(`A1:${last}1`);
  const title = ws.getCell('A1');
  title.value = xmlSafe(sheet.title);
  title.font = { name: 'SimHei', size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 30;
  // Row 2 spans about a screen's width (a wide sheet's note would run off to the right otherwise).
  let spanned = 0;
  let width = 0;
  while (spanned < columns.length && width < NOTE_WIDTH) width += columns[spanned++]!.width;
  ws.mergeCells(`A2:${columnLetter(Math.max(spanned, 1))}2`);
  const sub = ws.getCell('A2');
  // The lines under the title that the title does not already say, then what the sheet says once
  // instead of on every row (its note: the stricter readings of the deadlines).
  const lines = [doc.subtitle.filter((line) => !sheet.title.includes(line)).join('　'), sheet.note ?? '']
    .filter(Boolean)
    .join('\n');
  sub.value = xmlSafe(lines);
  sub.font = { ...BODY_FONT, italic: false };
  sub.alignment = { horizontal: sheet.note ? 'left' : 'center', vertical: 'middle', wrapText: true };
  if (sheet.note) ws.getRow(2).height = Math.min(409, 15 * linesIn(lines, width) + 6);

  const header = ws.getRow(HEADER_ROW);
  columns.forEach((c, i) => {
    const cell = header.getCell(i + 1);
    cell.value = c.header;
    cell.font = HEAD_FONT;
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: c.fill ? 'FFFFF2CC' : 'FFD9E1F2' } };
    cell.border = THIN;
  });
  header.height = Math.max(20, 15 * Math.max(...columns.map((c) => linesIn(c.header, c.width))) + 6);

  // One style object per (column, light, number) shared by every cell that has it: exceljs keys its
  // style table on the object, so a 10,000-row sheet registers a handful of styles, not 170,000.
  const styles = new Map<string, Partial<ExcelJSModule.Style>>();
  const styleOf = (
    i: number,
    light: TrafficLight | undefined,
    numeric: boolean,
    date = false,
  ): Partial<ExcelJSModule.Style> => {
    const key = `${i}|${light ?? ''}|${numeric}|${date}`;
    let style = styles.get(key);
    if (!style) {
      const c = columns[i]!;
      const horizontal = c.align ?? (numeric ? 'center' : undefined);
      const fill = c.light && light && light !== 'none' ? LIGHT_FILLS[light] : undefined;
      style = {
        ...(date ? { numFmt: DATE_FORMAT } : {}),
        // Fill-in cells stay editable on a protected sheet.
        ...(c.fill ? { protection: { locked: false } } : {}),
        font: fill ? { ...BODY_FONT, color: { argb: fill.font } } : BODY_FONT,
        alignment: { vertical: 'top', wrapText: true, ...(horizontal ? { horizontal } : {}) },
        border: THIN,
        ...(fill
          ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill.fill } } }
          : c.fill
            ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFDF0' } } }
            : {}),
      };
      styles.set(key, style);
    }
    return style;
  };
  const formulas = liveFormulas(sheet, doc.meta.asOf);
  rows.forEach((row, r) => {
    if (row.section !== undefined) return;
    const excelRow = ws.getRow(HEADER_ROW + 1 + r);
    const live = formulas?.(row, HEADER_ROW + 1 + r);
    let lines = 1;
    columns.forEach((c, i) => {
      const cell = excelRow.getCell(i + 1);
      const value = row.cells[i];
      cell.value = live?.get(i) ?? cellValue(value, isDateCell(c, value));
      // Every cell of a date column has the date format, so a day typed into an empty one shows as such.
      cell.style = styleOf(i, row.light, typeof value === 'number', c.date === true);
      if (!c.hidden && typeof value === 'string') lines = Math.max(lines, linesIn(value, c.width));
    });
    excelRow.height = Math.min(409, 15 * lines + 4);
  });

  const lastRow = HEADER_ROW + rows.length;
  ws.autoFilter = {
    from: { row: HEADER_ROW, column: 1 },
    to: { row: Math.max(HEADER_ROW, lastRow), column: columns.length },
  };
  // The key columns (task number, requirement, units, deadline, status, hidden ids) are protected, so
  // a workbook comes back readable; the fill-in columns stay open. No password: anyone may unprotect.
  if (columns.some((c) => c.fill)) {
    await ws.protect('', {
      selectLockedCells: true,
      selectUnlockedCells: true,
      formatColumns: true,
      formatRows: true,
      autoFilter: true,
      sort: true,
    });
  }
  // The lights follow the 完成情况 drop-down: a row a unit marks finished turns green, or yellow when
  // the status formula says it was finished late (逾期完成); 无法完成 turns yellow.
  const stateAt = columns.findIndex((c) => c.header === sayApp('report-col-state'));
  if (rows.length > 0 && stateAt !== -1) {
    const first = HEADER_ROW + 1;
    const state = `$${columnLetter(stateAt + 1)}${first}`;
    const statusAt = columns.findIndex((c) => c.follows === 'status');
    const status = `$${columnLetter(statusAt + 1)}${first}`;
    const names = progressStateNames.zh;
    const rules =
      sheet.live && statusAt !== -1
        ? [
            lightRule(1, `${status}=${literal(sheet.live.doneLate)}`, 'yellow'),
            lightRule(2, `${status}=${literal(sheet.live.done)}`, 'green'),
            lightRule(3, `${state}=${literal(names.cannotComplete)}`, 'yellow'),
          ]
        : [
            lightRule(1, `OR(${state}=${literal(names.done)},${state}=${literal(names.doneLate)})`, 'green'),
            lightRule(2, `${state}=${literal(names.cannotComplete)}`, 'yellow'),
          ];
    columns.forEach((c, i) => {
      if (!c.light) return;
      const col = columnLetter(i + 1);
      ws.addConditionalFormatting({ ref: `${col}${first}:${col}${lastRow}`, rules });
    });
  }
  if (rows.length > 0) {
    columns.forEach((c, i) => {
      if (!c.choices) return;
      const col = columnLetter(i + 1);
      // exceljs writes range validations; its typings leave `dataValidations` out.
      (
        ws as unknown as { dataValidations: { add(range: string, v: ExcelJSModule.DataValidation): void } }
      ).dataValidations.add(`${col}${HEADER_ROW + 1}:${col}${lastRow}`, {
        type: 'list',
        allowBlank: true,
        formulae: [`"${c.choices.join(',')}"`],
        showErrorMessage: true,
        errorStyle: 'stop',
        errorTitle: '请从下拉列表选择',
        error: `${c.header}只能填写：${c.choices.join('、')}`,
        showInputMessage: true,
        promptTitle: c.header,
        prompt: `请选择：${c.choices.join('、')}`,
      });
    });
  }
}

/** The tables of the narrative (one print sheet per run of tables with the same columns). */
function printTables(doc: ReportDocument): { columns: Column[]; rows: Row[] }[] {
  const out: { columns: Column[]; rows: Row[] }[] = [];
  let heading: string | undefined;
  for (const block of doc.blocks) {
    if (block.type === 'heading') heading = block.text;
    if (block.type !== 'table') continue;
    const shown = block.table.columns.filter((c) => !c.hidden);
    const same = out.at(-1);
    const target =
      same && same.columns.map((c) => c.header).join() === shown.map((c) => c.header).join()
        ? same
        : out[out.push({ columns: shown, rows: [] }) - 1]!;
    const keep = block.table.columns.map((c) => !c.hidden);
    const caption = block.caption ?? heading;
    if (caption && (target.rows.length > 0 || heading)) target.rows.push({ cells: [], section: caption });
    for (const row of block.table.rows)
      target.rows.push(
        row.section !== undefined ? row : { ...row, cells: row.cells.filter((_, i) => keep[i]) },
      );
    heading = undefined;
  }
  return out;
}

/** How many columns units a short text with a bracketed number needs to stand on one line. */
function unbrokenColumns(cell: Cell | undefined): number {
  if (typeof cell !== 'string' || displayWidth(cell) > 20) return 0;
  const bracketed = cell.match(SHORT_BRACKETS)?.some((run) => HAS_DIGIT.test(run));
  return bracketed ? displayWidth(cell) + 3 : 0;
}

/**
 * The print version (打印版): the narrative's tables with their few columns widened to fill landscape
 * A4 at 100 % (11 pt), section rows (categories, lead units) starting new pages, the header row on
 * every page, 第 X 页 共 Y 页 at the foot. It prints what the workbook says when it is printed: its
 * status cells read the live sheet's ({@link liveLinks}) and light up as they do.
 */
function addPrintSheets(wb: ExcelJSModule.Workbook, doc: ReportDocument, used: Set<string>): void {
  const links = liveLinks(doc);
  printTables(doc).forEach((table, n) => {
    let name = n === 0 ? PRINT_SHEET : `${PRINT_SHEET}${n + 1}`;
    while (used.has(name)) name += '_';
    used.add(name);
    const total = table.columns.reduce((sum, c) => sum + c.width, 0) || 1;
    // A short status with a number in brackets (未到期（剩91天）) fits its column whole: Calc would
    // otherwise wrap it inside the brackets (`未到期（剩91` / `天）`).
    const widths = fitWidths(
      table.columns.map((c) => Math.max(3, Math.floor((c.width / total) * PRINT_WIDTH))),
      // A date column is wide enough for its days (yyyy-mm-dd), which Calc would show as ### otherwise.
      table.columns.map((c, i) =>
        Math.max(c.date ? DATE_COLUMN_WIDTH : 0, ...table.rows.map((r) => unbrokenColumns(r.cells[i]))),
      ),
      6,
    );
    const ws = wb.addWorksheet(name, {
      pageSetup: {
        paperSize: 9,
        orientation: 'landscape',
        scale: 100,
        printTitlesRow: '2:2',
        margins: MARGINS,
      },
      headerFooter: { oddFooter: '第 &P 页，共 &N 页' },
    });
    ws.columns = widths.map((width) => ({ width }));
    const last = columnLetter(widths.length);
    ws.mergeCells(`A1:${last}1`);
    const title = ws.getCell('A1');
    title.value = xmlSafe([doc.title, ...doc.subtitle].join('　'));
    title.font = { name: 'SimHei', size: 14, bold: true };
    title.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(1).height = 15 * linesIn(String(title.value), PRINT_WIDTH * 1.3) + 10;
    const header = ws.getRow(2);
    table.columns.forEach((c, i) => {
      const cell = header.getCell(i + 1);
      cell.value = c.header;
      cell.font = HEAD_FONT;
      cell.border = THIN;
      cell.alignment = {
        horizontal: 'center',
        vertical: 'middle',
        wrapText: true,
        ...(c.vertical ? { textRotation: 'vertical' as const } : {}),
      };
    });
    const tallest = Math.max(
      ...table.columns.map((c, i) => (c.vertical ? [...c.header].length : linesIn(c.header, widths[i]!))),
    );
    header.height = Math.min(409, 15 * tallest + 6);
    let r = 3;
    for (const row of table.rows) {
      const excelRow = ws.getRow(r);
      if (row.section !== undefined) {
        if (r > 3) ws.getRow(r - 1).addPageBreak();
        ws.mergeCells(`A${r}:${last}${r}`);
        const cell = excelRow.getCell(1);
        cell.value = xmlSafe(row.section);
        cell.font = HEAD_FONT;
        cell.border = THIN;
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
        // Wrapped: a long category's text would run on past the last column, onto a page of its own.
        cell.alignment = { vertical: 'middle', wrapText: true };
        excelRow.height = 15 * linesIn(row.section, PRINT_WIDTH) + 5;
      } else {
        let lines = 1;
        const taskAt = table.columns.findIndex((c) => c.task);
        const linked = taskAt === -1 ? undefined : links?.rows.get(String(row.cells[taskAt]));
        table.columns.forEach((c, i) => {
          const cell = excelRow.getCell(i + 1);
          const value = row.cells[i];
          cell.value =
            linked && links && c.follows === 'status'
              ? { formula: links.status(linked), result: xmlSafe(String(value ?? '')), date1904: false }
              : cellValue(value, isDateCell(c, value));
          const fill = c.light && row.light && row.light !== 'none' ? LIGHT_FILLS[row.light] : undefined;
          cell.style = {
            ...(c.date ? { numFmt: DATE_FORMAT } : {}),
            font: fill ? { ...BODY_FONT, color: { argb: fill.font } } : BODY_FONT,
            alignment: {
              vertical: 'top',
              wrapText: true,
              ...(c.align || typeof value === 'number' ? { horizontal: c.align ?? 'center' } : {}),
            },
            border: THIN,
            ...(fill ? { fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: fill.fill } } } : {}),
          };
          if (typeof value === 'string') lines = Math.max(lines, linesIn(value, widths[i]!));
        });
        excelRow.height = Math.min(409, 15 * lines + 4);
        // The task's 完成情况, in a hidden column after the table, for the 无法完成 light.
        if (linked && links) {
          const state = excelRow.getCell(table.columns.length + 1);
          state.value = { formula: links.state(linked), result: '', date1904: false };
        }
      }
      r++;
    }
    const statusAt = table.columns.findIndex((c) => c.follows === 'status');
    if (links && statusAt !== -1 && r > 3) {
      ws.getColumn(table.columns.length + 1).hidden = true;
      const col = columnLetter(statusAt + 1);
      const status = `$${col}3`;
      const state = `$${columnLetter(table.columns.length + 1)}3`;
      ws.addConditionalFormatting({
        ref: `${col}3:${col}${r - 1}`,
        rules: [
          lightRule(1, `${status}=${literal(links.words.doneLate)}`, 'yellow'),
          lightRule(2, `${status}=${literal(links.words.done)}`, 'green'),
          lightRule(3, `${state}=${literal(progressStateNames.zh.cannotComplete)}`, 'yellow'),
        ],
      });
    }
  });
}

/**
 * Where a print version finds its tasks on the live sheet (the one whose status follows its 完成情况
 * drop-down): the row of each task number that stands there once (a task on two rows, as under two
 * lead units, keeps the status it was written with), and the formulas that read its status and its
 * 完成情况 there.
 */
function liveLinks(doc: ReportDocument):
  | {
      rows: Map<string, number>;
      status: (row: number) => string;
      state: (row: number) => string;
      words: NonNullable<Sheet['live']>;
    }
  | undefined {
  for (const sheet of doc.sheets) {
    const { columns, rows } = sheet.table;
    const task = columns.findIndex((c) => c.task);
    const status = columns.findIndex((c) => c.follows === 'status');
    const state = columns.findIndex((c) => c.fill === true && c.header === sayApp('report-col-state'));
    if (!sheet.live || task === -1 || status === -1 || state === -1) continue;
    const at = new Map<string, number>();
    const twice = new Set<string>();
    rows.forEach((row, r) => {
      if (row.section !== undefined) return;
      const key = String(row.cells[task]);
      if (at.has(key)) twice.add(key);
      at.set(key, HEADER_ROW + 1 + r);
    });
    for (const key of twice) at.delete(key);
    const name = `'${sheet.name.replaceAll("'", "''")}'`;
    const ref = (column: number, row: number) => `${name}!$${columnLetter(column + 1)}$${row}`;
    return {
      rows: at,
      status: (row) => ref(status, row),
      state: (row) => `IF(${ref(state, row)}="","",${ref(state, row)})`,
      words: sheet.live,
    };
  }
  return undefined;
}

/**
 * A report document as an XLSX workbook.
 *
 * @example
 * const bytes = await renderXlsx(reportDocument({ kind: 'ledger', analysis, asOf: '2021-10-01' }));
 */
export async function renderXlsx(doc: ReportDocument): Promise<Uint8Array> {
  const ExcelJS = await loadExcel();
  const wb = new ExcelJS.Workbook();
  const stamp = new Date(`${doc.meta.asOf}T00:00:00Z`);
  wb.creator = 'fengong';
  wb.lastModifiedBy = 'fengong';
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = doc.title;
  wb.subject = doc.meta.plan;
  for (const sheet of doc.sheets) await addSheet(wb, sheet, doc);
  addPrintSheets(wb, doc, new Set(doc.sheets.map((sheet) => sheet.name)));
  const meta = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  meta.columns = [{ width: 16 }, { width: 60 }];
  const facts: [string, string][] = [
    ['format', 'fengong-report'],
    ['version', '1'],
    ['kind', doc.kind],
    ['plan', doc.meta.plan],
    ['documentNumber', doc.meta.documentNumber ?? ''],
    ['asOf', doc.meta.asOf],
    ['unit', doc.meta.unit ?? ''],
    ['headerRow', String(HEADER_ROW)],
    ['keyColumns', '任务编号,单位'],
    ['fillColumns', FILL_COLUMNS.map((c) => c.header).join(',')],
  ];
  for (const [k, v] of facts) meta.addRow([k, xmlSafe(v)]);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
