/**
 * A workbook filled in as a unit would, in LibreOffice Calc itself: test/calc-fill.py (Debian's
 * python3-uno) opens the generated XLSX, types 已完成 into the 完成情况 cells (what picking it from the
 * drop-down enters) and a 报送日期, recalculates, reads the cells and prints the workbook to PDF after
 * each step, and the print version (打印版) alone, whose 状态 reads the unit's sheet (last, a task marked
 * 无法完成, which only the print version's own rule lights yellow there); then the saved
 * copy is opened again and read back.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { progressStateNames, statusNames } from '@fengong/core';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readFilledLedger, renderReport, reportDocument } from '../src';
import { LIGHT_FILLS } from '../src/formats/colors';
import { PRINT_SHEET } from '../src/formats/xlsx';
import { liveWords } from '../src/kinds/common';
import { convertToPdf, FONTCONFIG, pixelsOfColour } from './libreoffice';
import { AS_OF, seed } from './seed';

const columnLetter = (n: number) => String.fromCharCode(64 + n);
/** A day as Calc's serial number (days since 1899-12-30). */
const serial = (day: string) =>
  (Date.parse(`${day}T00:00:00Z`) - Date.parse('1899-12-30T00:00:00Z')) / 86_400_000;

interface CalcCell {
  type: 'EMPTY' | 'VALUE' | 'TEXT' | 'FORMULA';
  string: string;
  value: number;
  formula: string;
  date: boolean;
}

/** Runs test/calc-fill.py: each step's cells typed, then what it read. */
function fillInCalc(spec: {
  file: string;
  sheet: string;
  save: string;
  steps: {
    set?: Record<string, string>;
    read?: string[];
    pdf?: string;
    sheetPdf?: Record<string, string>;
  }[];
}): Record<string, CalcCell>[] {
  const specFile = path.join(path.dirname(spec.file), 'spec.json');
  writeFileSync(specFile, JSON.stringify(spec));
  const out = execFileSync('/usr/bin/python3', [path.join(import.meta.dirname, 'calc-fill.py'), specFile], {
    encoding: 'utf8',
    timeout: 170_000,
    env: { ...process.env, FONTCONFIG_FILE: FONTCONFIG },
  });
  return JSON.parse(out) as Record<string, CalcCell>[];
}

describe('a live workbook filled in LibreOffice Calc', () => {
  test('an overdue task marked 已完成 turns 逾期完成 and yellow; one reported before its deadline, or not yet due, turns 已完成 and green; deadlines are Calc dates', async () => {
    const options = { kind: 'unit', analysis: seed, asOf: AS_OF, unit: '市财政局' } as const;
    const file = await renderReport({ ...options, format: 'xlsx' });
    const sheet = reportDocument(options).sheets[0]!;
    const { columns, rows } = sheet.table;
    const letter = (header: string) => columnLetter(columns.findIndex((c) => c.header === header) + 1);
    const [due, status, light, state, reported] = ['截止日期', '状态', '亮灯', '完成情况', '报送日期'].map(
      letter,
    );
    const dueAt = columns.findIndex((c) => c.header === '截止日期');
    const dueOf = (i: number) => String(rows[i]!.cells[dueAt]);
    // Rows 4… of the sheet: two tasks overdue as of the status day, one not yet due.
    const overdue = rows.flatMap((row, i) => (row.light === 'red' && dueOf(i) < AS_OF ? [i] : []));
    const notDue = rows.findIndex((row, i) => /^\d{4}-/.test(dueOf(i)) && dueOf(i) > AS_OF);
    expect(overdue.length).toBeGreaterThanOrEqual(2);
    expect(notDue).toBeGreaterThan(-1);
    const [a, b] = overdue.map((i) => i + 4) as [number, number];
    const c = notDue + 4;
    const reportedB = serial(dueOf(b - 4)) - 2;
    const reportedDay = new Date((reportedB - serial('1970-01-01')) * 86_400_000).toISOString().slice(0, 10);

    // The same tasks on the print version (打印版): its rows by task number, its 状态 column.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      file.bytes.buffer.slice(
        file.bytes.byteOffset,
        file.bytes.byteOffset + file.bytes.byteLength,
      ) as ArrayBuffer,
    );
    const printed = wb.getWorksheet(PRINT_SHEET)!;
    const printedHeaders = (printed.getRow(2).values as unknown[]).map(String);
    const printedStatus = columnLetter(printedHeaders.indexOf('状态'));
    const printedRow = (row: number) => {
      const task = Number(rows[row - 4]!.cells[0]);
      let at = 0;
      printed.eachRow((r, n) => {
        if (n > 2 && r.getCell(1).value === task) at = n;
      });
      expect(at, `task ${task} on ${PRINT_SHEET}`).toBeGreaterThan(0);
      return `${PRINT_SHEET}!${printedStatus}${at}`;
    };
    const [pa, pb, pc] = [printedRow(a), printedRow(b), printedRow(c)] as [string, string, string];

    const dir = mkdtempSync(path.join(tmpdir(), 'fengong-calc-'));
    const input = path.join(dir, 'ledger.xlsx');
    writeFileSync(input, file.bytes);
    const pdf = (name: string) => path.join(dir, name);
    const done = progressStateNames.zh.done;
    const cannot = progressStateNames.zh.cannotComplete;
    const steps = fillInCalc({
      file: input,
      sheet: sheet.name,
      save: path.join(dir, 'filled.xlsx'),
      steps: [
        {
          read: [`${due}${a}`, `${status}${a}`, `${light}${a}`, pa],
          pdf: pdf('blank.pdf'),
          sheetPdf: { [PRINT_SHEET]: pdf('print-blank.pdf') },
        },
        {
          set: { [`${state}${a}`]: done },
          read: [`${status}${a}`, `${light}${a}`, pa],
          pdf: pdf('late.pdf'),
          sheetPdf: { [PRINT_SHEET]: pdf('print-late.pdf') },
        },
        {
          set: { [`${state}${b}`]: done, [`${reported}${b}`]: reportedDay, [`${state}${c}`]: done },
          read: [`${status}${b}`, `${light}${b}`, `${reported}${b}`, `${status}${c}`, `${light}${c}`, pb, pc],
          pdf: pdf('on-time.pdf'),
          sheetPdf: { [PRINT_SHEET]: pdf('print-on-time.pdf') },
        },
        {
          // The not-yet-due task turns out impossible after all: the clerk picks 无法完成.
          set: { [`${state}${c}`]: cannot },
          read: [`${status}${c}`, `${light}${c}`, pc],
          pdf: pdf('cannot.pdf'),
          sheetPdf: { [PRINT_SHEET]: pdf('print-cannot.pdf') },
        },
      ],
    });
    const [blank, late, onTime, cannotStep] = steps as [
      Record<string, CalcCell>,
      Record<string, CalcCell>,
      Record<string, CalcCell>,
      Record<string, CalcCell>,
    ];
    const words = liveWords();

    // The deadline is a Calc date: a serial number with a date format, not text.
    expect(blank[`${due}${a}`]).toMatchObject({ type: 'VALUE', value: serial(dueOf(a - 4)), date: true });
    // Untouched, the status and light say what fengong wrote, through their formulas.
    expect(blank[`${status}${a}`]).toMatchObject({
      type: 'FORMULA',
      string: rows[a - 4]!.cells[columns.findIndex((col) => col.header === '状态')],
    });
    expect(blank[`${light}${a}`]?.string).toBe(words.lights.red);

    // Overdue as of the status day, marked 已完成 without a 报送日期: finished late.
    expect(late[`${status}${a}`]?.string).toBe(statusNames.zh.doneLate);
    expect(late[`${light}${a}`]?.string).toBe(words.lights.yellow);
    // Reported as done two days before its deadline: on time. Not yet due: on time.
    expect(onTime[`${reported}${b}`]).toMatchObject({ type: 'VALUE', value: reportedB, date: true });
    expect(onTime[`${status}${b}`]?.string).toBe(statusNames.zh.done);
    expect(onTime[`${light}${b}`]?.string).toBe(words.lights.green);
    expect(onTime[`${status}${c}`]?.string).toBe(statusNames.zh.done);
    expect(onTime[`${light}${c}`]?.string).toBe(words.lights.green);

    // The print version (打印版) says the same: its 状态 cells read the unit's sheet.
    expect(blank[pa]).toMatchObject({ type: 'FORMULA', string: blank[`${status}${a}`]!.string });
    expect(late[pa]?.string).toBe(statusNames.zh.doneLate);
    expect(onTime[pb]?.string).toBe(statusNames.zh.done);
    expect(onTime[pc]?.string).toBe(statusNames.zh.done);

    // The conditional formatting, as Calc prints it: row a's red cells turned yellow (about as much
    // yellow came as red went), then row b's turned green — on the unit's sheet and on the print
    // version printed alone (one status cell a task there).
    const count = (name: string, colour: 'red' | 'yellow' | 'green') =>
      pixelsOfColour(pdf(name), LIGHT_FILLS[colour].fill.slice(2));
    const redToYellow = count('blank.pdf', 'red') - count('late.pdf', 'red');
    const yellowCame = count('late.pdf', 'yellow') - count('blank.pdf', 'yellow');
    expect(redToYellow).toBeGreaterThan(0);
    expect(yellowCame).toBeGreaterThan(redToYellow * 0.8);
    expect(yellowCame).toBeLessThan(redToYellow * 1.25);
    const redToGreen = count('late.pdf', 'red') - count('on-time.pdf', 'red');
    const greenCame = count('on-time.pdf', 'green') - count('late.pdf', 'green');
    expect(redToGreen).toBeGreaterThan(0);
    expect(greenCame).toBeGreaterThan(redToGreen * 0.8);
    expect(greenCame).toBeLessThan(redToGreen * 1.25);
    expect(count('on-time.pdf', 'yellow')).toBe(count('late.pdf', 'yellow'));
    const printRedToYellow = count('print-blank.pdf', 'red') - count('print-late.pdf', 'red');
    expect(printRedToYellow).toBeGreaterThan(0);
    expect(count('print-late.pdf', 'yellow') - count('print-blank.pdf', 'yellow')).toBeGreaterThan(
      printRedToYellow * 0.8,
    );
    const printGreenCame = count('print-on-time.pdf', 'green') - count('print-late.pdf', 'green');
    expect(printGreenCame).toBeGreaterThan(0);
    expect(count('print-late.pdf', 'red') - count('print-on-time.pdf', 'red')).toBeGreaterThan(0);
    // b's status cell turned from red to green (c's was green already), as large as a's.
    expect(printGreenCame).toBeGreaterThan(printRedToYellow * 0.8);
    expect(printGreenCame).toBeLessThan(printRedToYellow * 1.25);

    // 无法完成 on the unit's sheet: its status keeps what fengong wrote, its light turns yellow; on the
    // print version, whose 状态 cell is not 逾期完成 then, only the 无法完成 rule (reading the hidden
    // 完成情况 column) lights it: c's green cell turned yellow, as large as a's turn.
    const written = String(rows[c - 4]!.cells[columns.findIndex((col) => col.header === '状态')]);
    expect(cannotStep[`${status}${c}`]?.string).toBe(written);
    expect(cannotStep[`${light}${c}`]?.string).toBe(words.lights.yellow);
    expect(cannotStep[pc]?.string).toBe(written);
    expect(cannotStep[pc]?.string).not.toBe(statusNames.zh.doneLate);
    const printYellowCame = count('print-cannot.pdf', 'yellow') - count('print-on-time.pdf', 'yellow');
    const printGreenWent = count('print-on-time.pdf', 'green') - count('print-cannot.pdf', 'green');
    expect(printYellowCame).toBeGreaterThan(printRedToYellow * 0.8);
    expect(printYellowCame).toBeLessThan(printRedToYellow * 1.25);
    expect(printGreenWent).toBeGreaterThan(printRedToYellow * 0.8);
    expect(printGreenWent).toBeLessThan(printRedToYellow * 1.25);
    expect(count('print-cannot.pdf', 'red')).toBe(count('print-on-time.pdf', 'red'));

    // Saved by Calc and opened again: the lights are as Calc left them, and the filled-in rows read back.
    const saved = readFileSync(path.join(dir, 'filled.xlsx'));
    const again = convertToPdf({ 'again.xlsx': saved });
    expect(pixelsOfColour(path.join(again, 'again.pdf'), LIGHT_FILLS.yellow.fill.slice(2))).toBe(
      count('cannot.pdf', 'yellow'),
    );
    const back = await readFilledLedger(saved, { fileName: 'filled.xlsx' });
    const read = back.sheets.flatMap((s) => s.rows);
    const task = (row: number) => String(rows[row - 4]!.cells[0]);
    expect(read.find((r) => r.cells.task === task(a))?.cells.state).toBe(done);
    expect(read.find((r) => r.cells.task === task(b))?.cells).toMatchObject({
      state: done,
      date: reportedDay,
    });
    expect(read.find((r) => r.cells.task === task(c))?.cells.state).toBe(cannot);
  }, 300_000);
});
