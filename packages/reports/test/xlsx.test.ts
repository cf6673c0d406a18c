/** XLSX read back with exceljs: sheets, title and header rows, frozen panes, filter, drop-downs, fills. */
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { REPORT_KINDS, renderReport } from '../src';
import { META_SHEET, PRINT_SHEET } from '../src/formats/xlsx';
import { liveWords } from '../src/kinds/common';
import { AS_OF, entry, seed } from './seed';

async function workbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
  );
  return wb;
}

function headers(ws: ExcelJS.Worksheet): string[] {
  const row = ws.getRow(3);
  return Array.from({ length: ws.columnCount }, (_, i) => String(row.getCell(i + 1).value ?? ''));
}

const STATES = '"未开始,推进中,已完成,已完成（逾期）,无法完成"';

describe('the ledger workbook (任务分工台账.xlsx)', async () => {
  const file = await renderReport({
    kind: 'ledger',
    format: 'xlsx',
    analysis: seed,
    asOf: AS_OF,
    unitSheets: ['市财政局', '赤坎区政府'],
  });
  const wb = await workbook(file.bytes);
  const ws = wb.getWorksheet('任务分工台账')!;

  test('file name, media type, sheets: the plan, one per unit, and the hidden description', () => {
    expect(file.fileName).toBe('任务分工台账.xlsx');
    expect(file.mediaType).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      '任务分工台账',
      '市财政局',
      '赤坎区政府',
      '打印版',
      '_fengong',
    ]);
    const meta = wb.getWorksheet('_fengong')!;
    expect(meta.state).toBe('veryHidden');
    const facts = Object.fromEntries(
      meta
        .getSheetValues()
        .slice(1)
        .map((r) => [(r as string[])[1], (r as string[])[2]]),
    );
    expect(facts).toMatchObject({
      format: 'fengong-report',
      kind: 'ledger',
      asOf: AS_OF,
      keyColumns: '任务编号,单位',
      headerRow: '3',
    });
  });

  test('title, header row, one row per task with its cells', () => {
    expect(String(ws.getCell('A1').value)).toBe(
      '湛江市2021年政务公开工作要点分工方案（湛府办〔2021〕15号）任务分工台账（截至2021年10月1日）',
    );
    const h = headers(ws);
    expect(h.slice(0, 4)).toEqual(['任务编号', '工作类别', '具体要求', '落实单位（原文）']);
    expect(h.slice(-12)).toEqual([
      '完成情况',
      '进展情况',
      '无法完成原因',
      '佐证材料',
      '报送日期',
      '填报人',
      '责任人',
      '联系人',
      '联系电话',
      '备注',
      '原记录编号',
      '单位',
    ]);
    expect(ws.rowCount).toBe(3 + 50);
    const col = (name: string) => h.indexOf(name) + 1;
    const row7 = ws.getRow(3 + 7);
    expect(row7.getCell(col('任务编号')).value).toBe(7);
    expect(row7.getCell(col('牵头单位')).value).toBe('市财政局');
    // The main reading on the row; the stricter one is said once, under the title.
    expect(row7.getCell(col('时限解读')).value).toBe('按12月31日前理解');
    // A real date (yyyy-mm-dd), so the column sorts and filters as dates.
    expect(row7.getCell(col('截止日期')).value).toEqual(new Date('2021-12-31T00:00:00Z'));
    expect(row7.getCell(col('截止日期')).numFmt).toBe('yyyy-mm-dd');
    // Protected key columns, open fill-in columns.
    expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
    expect(row7.getCell(col('具体要求')).protection?.locked).not.toBe(false);
    expect(row7.getCell(col('完成情况')).protection?.locked).toBe(false);
    expect(row7.getCell(col('报送日期')).protection?.locked).toBe(false);
    expect(row7.getCell(col('单位')).value).toBe('市财政局');
    expect(String(ws.getRow(3 + 38).getCell(col('监管单位')).value)).toBe(
      '市发展改革局、市财政局、市审计局、市市场监管局',
    );
    // The status is a formula over the 完成情况 drop-down that says, untouched, what fengong wrote.
    expect(ws.getRow(4).getCell(col('状态')).result).toBe('已逾期1天');
    expect(ws.getRow(4).getCell(col('状态')).formula).toContain(
      `$${ws.getRow(4).getCell(col('完成情况')).address.replace(/\d+$/, '')}4=`,
    );
  });

  test('the stricter reading (从严) is said once, under the title, on the plan’s and each unit’s sheet', () => {
    for (const sheet of ['任务分工台账', '市财政局']) {
      const data = wb.getWorksheet(sheet)!;
      const cells: string[] = [];
      data.eachRow((row, r) => {
        if (r > 3) row.eachCell((cell) => cells.push(String(cell.value ?? '')));
      });
      expect(cells.length, sheet).toBeGreaterThan(100);
      expect(
        cells.filter((c) => c.includes('从严')),
        sheet,
      ).toEqual([]);
      const note = String(data.getCell('A2').value);
      expect(note.split('从严理解为').length - 1, sheet).toBe(1);
      expect(note, sheet).toMatch(/如“[^”]+”按\d+月\d+日前理解，从严理解为\d+月\d+日前/);
    }
    // A row the stricter reading applies to says its main reading.
    const h = headers(ws);
    expect(ws.getRow(3 + 15).getCell(h.indexOf('时限解读') + 1).value).toBe('按9月30日前理解');
  });

  test('frozen header and first column, auto-filter over the table, widths for Chinese text, wrapping', () => {
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3 });
    expect(ws.autoFilter).toBe('A3:Y53');
    expect(ws.getColumn(3).width).toBe(48);
    expect(ws.getCell('C10').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getColumn(24).hidden).toBe(true); // 原记录编号
    expect(ws.getColumn(25).hidden).toBe(true); // 单位
    expect(ws.columnCount).toBe(25);
    expect(ws.getColumn(1).hidden).toBe(false);
  });

  test('the 完成情况 column has the status drop-down; the traffic light is a fill', () => {
    const h = headers(ws);
    const state = h.indexOf('完成情况') + 1;
    for (const r of [4, 30, 53]) {
      expect(ws.getRow(r).getCell(state).dataValidation).toMatchObject({
        type: 'list',
        formulae: [STATES],
        allowBlank: true,
      });
    }
    const light = h.indexOf('亮灯') + 1;
    const fill = (r: number) => (ws.getRow(r).getCell(light).fill as ExcelJS.FillPattern).fgColor?.argb;
    expect(ws.getRow(4).getCell(light).result).toBe('红');
    expect(fill(4)).toBe('FFFFC7CE');
    expect(fill(10)).toBe('FFC6EFCE');
  });

  test('a unit sheet: only its tasks, its role, the unit in the identifying column', () => {
    const unit = wb.getWorksheet('市财政局')!;
    const h = headers(unit);
    expect(h.slice(0, 2)).toEqual(['任务编号', '本单位角色']);
    const rows = unit.getSheetValues().slice(4) as unknown[][];
    const numbers = rows.map((r) => r[1]);
    expect(numbers).toContain(7);
    expect(numbers).not.toContain(26);
    const row7 = rows.find((r) => r[1] === 7)!;
    expect(row7[2]).toBe('牵头');
    expect(row7[h.indexOf('单位') + 1]).toBe('市财政局');
    expect(rows.find((r) => r[1] === 38)![2]).toBe('负责、监管');
    expect(unit.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    expect(unit.getRow(4).getCell(h.indexOf('完成情况') + 1).dataValidation).toMatchObject({
      type: 'list',
      formulae: [STATES],
    });
  });
});

describe('other workbooks', () => {
  test('progress fills in the state and note of a unit’s row', async () => {
    const file = await renderReport({
      kind: 'ledger',
      format: 'xlsx',
      analysis: seed,
      asOf: AS_OF,
      unit: '市财政局',
      entries: [
        entry({ task: 7, unit: '市财政局', state: 'inProgress', note: '正在汇总', date: '2021-09-20' }),
      ],
    });
    expect(file.fileName).toBe('任务分工台账-市财政局.xlsx');
    const ws = (await workbook(file.bytes)).worksheets[0]!;
    const h = headers(ws);
    const row = (ws.getSheetValues().slice(4) as unknown[][]).find((r) => r[1] === 7)!;
    expect(row[h.indexOf('完成情况') + 1]).toBe('推进中');
    expect(row[h.indexOf('进展情况') + 1]).toBe('正在汇总');
  });

  test('lead summary, overdue, look-back and matrix sheets', async () => {
    const names = async (kind: 'lead-summary' | 'overdue' | 'lookback' | 'matrix') =>
      (
        await workbook((await renderReport({ kind, format: 'xlsx', analysis: seed, asOf: AS_OF })).bytes)
      ).worksheets.map((s) => s.name);
    expect(await names('lead-summary')).toEqual(['牵头任务', '收集对象', '打印版', '_fengong']);
    expect(await names('overdue')).toEqual(['预警事项', '分单位', '打印版', '打印版2', '_fengong']);
    expect(await names('lookback')).toEqual(['核查清单', '未纳入核查', '打印版', '打印版2', '_fengong']);
    // The matrix's print version: the key of unit numbers, then the numbered grid.
    expect(await names('matrix')).toEqual(['责任矩阵', '打印版', '打印版2', '_fengong']);
    const matrix = (
      await workbook(
        (
          await renderReport({ kind: 'matrix', format: 'xlsx', analysis: seed, asOf: AS_OF })
        ).bytes,
      )
    ).worksheets[0]!;
    const h = headers(matrix);
    expect(h.slice(0, 4)).toEqual(['任务编号', '具体要求', '各县（市、区）政府（管委会）', '市直各单位']);
    expect(matrix.getRow(3 + 7).getCell(h.indexOf('市财政局') + 1).value).toBe('牵');
    expect(matrix.getRow(3 + 38).getCell(h.indexOf('市审计局') + 1).value).toBe('督');
  });
});

describe('long unit lists', () => {
  test('the lead summary says how many units have not reported and names the first; the names are on their own sheet', async () => {
    const entries = [
      entry({ task: 7, unit: '市财政局', state: 'inProgress', date: '2021-09-20', note: '汇总中' }),
    ];
    const file = await renderReport({
      kind: 'lead-summary',
      format: 'xlsx',
      analysis: seed,
      asOf: AS_OF,
      entries,
    });
    const wb = await workbook(file.bytes);
    const ws = wb.getWorksheet('牵头任务')!;
    const h = (ws.getRow(3).values as unknown[]).map(String);
    const row = ws
      .getRows(4, ws.rowCount - 3)!
      .find(
        (r) =>
          r.getCell(h.indexOf('牵头单位')).value === '市财政局' &&
          r.getCell(h.indexOf('任务编号')).value === 7,
      )!;
    const cell = String(row.getCell(h.indexOf('未报送单位')).value);
    const names = wb
      .getWorksheet('未报送单位')!
      .getRows(4, wb.getWorksheet('未报送单位')!.rowCount - 3)!
      .filter((r) => r.getCell(1).value === '市财政局' && r.getCell(2).value === 7)
      .map((r) => String(r.getCell(3).value));
    expect(names.length).toBeGreaterThan(5);
    expect(cell).toBe(`${names.length}个：${names.slice(0, 3).join('、')}等`);
  });
});

describe('every workbook', () => {
  test('every day is a real date with a date format (data sheets and print versions, Chinese and English); every cell of a table wraps its text', async () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      for (const kind of REPORT_KINDS) {
        const label = `${kind} ${locale}`;
        const file = await renderReport({
          kind,
          format: 'xlsx',
          analysis: seed,
          asOf: AS_OF,
          locale,
          ...(kind === 'unit' ? { unit: '市财政局' } : {}),
        });
        const wb = await workbook(file.bytes);
        let dates = 0;
        let cells = 0;
        for (const ws of wb.worksheets.filter((w) => w.name !== META_SHEET)) {
          // Data sheets have their header in row 3, print versions (打印版) in row 2.
          const header = ws.name.startsWith(PRINT_SHEET) ? 2 : 3;
          ws.eachRow((row, r) => {
            if (r <= header) return;
            row.eachCell((cell) => {
              const where = `${label} ${ws.name}!${cell.address}`;
              const value = cell.type === ExcelJS.ValueType.Formula ? cell.result : cell.value;
              expect(typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value), where).toBe(false);
              if (value instanceof Date) {
                dates++;
                expect(cell.numFmt, where).toBe('yyyy-mm-dd');
              }
              if (typeof value === 'string' && value !== '') {
                cells++;
                expect(cell.alignment?.wrapText, where).toBe(true);
              }
            });
          });
        }
        expect(cells, label).toBeGreaterThan(0);
        // Every kind but the matrix has deadlines, on its data sheet and in its print version.
        if (kind !== 'matrix') expect(dates, label).toBeGreaterThan(0);
      }
    }
  }, 120_000);
});

describe('status cells that follow the 完成情况 drop-down', () => {
  test('in a unit’s English list and the lead units’ summary, the formulas say the sheet’s own words', async () => {
    const cases = [
      { kind: 'unit', locale: 'en', unit: '市财政局', status: 'Status', light: 'Light' },
      { kind: 'lead-summary', locale: 'zh-CN', unit: '市财政局', status: '状态', light: undefined },
    ] as const;
    for (const c of cases) {
      const file = await renderReport({
        kind: c.kind,
        format: 'xlsx',
        analysis: seed,
        asOf: AS_OF,
        locale: c.locale,
        unit: c.unit,
      });
      const ws = (await workbook(file.bytes)).worksheets[0]!;
      const h = headers(ws);
      const words = liveWords(c.locale);
      const status = ws.getRow(4).getCell(h.indexOf(c.status) + 1);
      expect(status.formula, c.kind).toContain(`"${words.doneLate}"`);
      expect(status.formula, c.kind).toContain(`"${words.done}"`);
      // Untouched, the cell says what the document says.
      expect(typeof status.result, c.kind).toBe('string');
      if (c.light) {
        const light = ws.getRow(4).getCell(h.indexOf(c.light) + 1);
        expect(light.formula).toContain(`"${words.lights.yellow}"`);
        expect(light.formula).toContain(`"${words.lights.green}"`);
      }
    }
  });
});
