/**
 * XLSX through exceljs, loaded only when a spreadsheet is written: a sheet per table with a title,
 * a frozen header, an auto-filter, widths for Chinese text, wrapped cells, traffic-light fills,
 * drop-downs on the fill-in columns, hidden identifying columns, and a hidden sheet naming what the
 * file is so filled-in copies can be read back.
 */
import { progressStateLabels, type TrafficLight } from '@fengong/core';
import type * as ExcelJSModule from 'exceljs';
import type { Cell, Column, ReportDocument, Sheet } from '../model';
import { displayWidth, xmlSafe } from '../text';
import { LIGHT_FILLS } from './colors';

type ExcelJS = typeof ExcelJSModule;

/** The name of the hidden sheet that says what the workbook is. */
export const META_SHEET = '_fengong';
const HEADER_ROW = 3;
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
/** Columns whose days are written as dates (yyyy-mm-dd), not text. */
const DATE_COLUMNS = new Set(['截止日期', '汇总报送截止']);
const DATE_FORMAT = 'yyyy-mm-dd';

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
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
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
  ws.mergeCells(`A2:${last}2`);
  const sub = ws.getCell('A2');
  sub.value = xmlSafe(doc.subtitle.join('　'));
  sub.font = { ...BODY_FONT, italic: false };
  sub.alignment = { horizontal: 'center', vertical: 'middle' };

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
  rows.forEach((row, r) => {
    if (row.section !== undefined) return;
    const excelRow = ws.getRow(HEADER_ROW + 1 + r);
    let lines = 1;
    columns.forEach((c, i) => {
      const cell = excelRow.getCell(i + 1);
      const value = row.cells[i];
      const date = DATE_COLUMNS.has(c.header) && typeof value === 'string' && ISO_DAY.test(value);
      cell.value = cellValue(value, date);
      cell.style = styleOf(i, row.light, typeof value === 'number', date);
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
  // The lights follow the 完成情况 drop-down: a row marked done turns green when a unit picks it.
  const stateAt = columns.findIndex((c) => c.header === '完成情况');
  if (rows.length > 0 && stateAt !== -1) {
    const state = `$${columnLetter(stateAt + 1)}${HEADER_ROW + 1}`;
    const done = LIGHT_FILLS.green;
    const blocked = LIGHT_FILLS.yellow;
    columns.forEach((c, i) => {
      if (!c.light) return;
      const col = columnLetter(i + 1);
      ws.addConditionalFormatting({
        ref: `${col}${HEADER_ROW + 1}:${col}${lastRow}`,
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [
              `OR(${state}="${progressStateLabels.done}",${state}="${progressStateLabels.doneLate}")`,
            ],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: done.fill } },
              font: { color: { argb: done.font } },
            },
          },
          {
            type: 'expression',
            priority: 2,
            formulae: [`${state}="${progressStateLabels.cannotComplete}"`],
            style: {
              fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: blocked.fill } },
              font: { color: { argb: blocked.font } },
            },
          },
        ],
      });
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
    ['fillColumns', '完成情况,进展情况,无法完成原因,佐证材料,报送日期,填报人,备注'],
  ];
  for (const [k, v] of facts) meta.addRow([k, xmlSafe(v)]);
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
