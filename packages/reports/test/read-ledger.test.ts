import { createLedgerEntry, type LedgerEntry, ledgerToCsv, planId, reconcileProgress } from '@fengong/core';
import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { readFilledLedger, readFilledLedgerCsv, renderReport } from '../src';
import { AS_OF, entry, seed } from './seed';

/** Fill a workbook as a person would in Excel: pick states, type progress, save. */
async function fill(
  bytes: Uint8Array,
  rows: Record<number, { state?: string; note?: string; remark?: string }>,
  taskHeader = '任务编号',
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const header = ws.getRow(3);
  const col = (name: string) => {
    let at = 0;
    header.eachCell((cell, n) => {
      if (cell.value === name) at = n;
    });
    return at;
  };
  ws.eachRow((row, n) => {
    if (n <= 3) return;
    const fills = rows[Number(row.getCell(col(taskHeader)).value)];
    if (!fills) return;
    if (fills.state !== undefined) row.getCell(col('完成情况')).value = fills.state;
    if (fills.note !== undefined)
      row.getCell(col('进展情况')).value = {
        richText: [{ text: fills.note.slice(0, 2) }, { text: fills.note.slice(2), font: { bold: true } }],
      };
    if (fills.remark !== undefined) row.getCell(col('备注')).value = fills.remark;
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** 市财政局's workbook of `kind` (its ledger or its unit report), written with `entries` when given. */
const unitWorkbook = async (kind: 'ledger' | 'unit', entries?: LedgerEntry[]) =>
  (
    await renderReport({
      kind,
      format: 'xlsx',
      analysis: seed,
      asOf: AS_OF,
      unit: '市财政局',
      ...(entries ? { entries } : {}),
    })
  ).bytes;

/** Task 7 in progress at 市财政局, with who reported, who answers for it, whom to ask and the phone. */
const withPeople = () =>
  entry({
    task: 7,
    unit: '市财政局',
    date: '2021-09-20',
    state: 'inProgress',
    note: '正在整理',
    author: '张三',
    responsiblePerson: '李四',
    contact: '王五',
    phone: '0759-3331234',
  });

describe('readFilledLedger', () => {
  test('a unit’s list written in English (locale en) reads back by its English task column', async () => {
    const { bytes } = await renderReport({
      kind: 'unit',
      format: 'xlsx',
      analysis: seed,
      asOf: AS_OF,
      unit: '市财政局',
      locale: 'en',
    });
    const filled = await fill(bytes, { 7: { state: '已完成', note: '已公开' } }, 'Task no.');
    const batch = await readFilledLedger(filled, { fileName: 'Responsibilities.xlsx' });
    expect(batch.diagnostics).toEqual([]);
    const row7 = batch.sheets[0]!.rows.find((r) => r.cells.task === '7');
    expect(row7?.cells).toEqual({ task: '7', unit: '市财政局', state: '已完成', note: '已公开' });
  });

  test('a unit’s ledger workbook filled in Excel reads back as rows keyed by 任务编号 and the hidden 单位', async () => {
    const bytes = await unitWorkbook('ledger');
    const filled = await fill(bytes, {
      7: { state: '已完成', note: '已在专栏公开', remark: '=见附件' },
      8: { state: '推进中' },
    });
    const batch = await readFilledLedger(filled, { fileName: '任务分工台账-市财政局.xlsx' });
    expect(batch.diagnostics).toEqual([]);
    expect(batch.plan).toEqual({ title: seed.plan.meta.title, documentNumber: '湛府办〔2021〕15号' });
    const [sheet] = batch.sheets;
    expect(sheet?.name).toBe('市财政局');
    expect(Object.keys(sheet!.columns).sort()).toEqual([
      'author',
      'basis',
      'contact',
      'date',
      'evidence',
      'note',
      'phone',
      'reason',
      'remark',
      'responsiblePerson',
      'state',
      'task',
      'unit',
    ]);
    const row7 = sheet!.rows.find((r) => r.cells.task === '7')!;
    expect(row7.row).toBeGreaterThan(3);
    expect(row7.cells).toEqual({
      task: '7',
      unit: '市财政局',
      state: '已完成',
      note: '已在专栏公开',
      remark: '=见附件',
    });
    expect(sheet!.rows.find((r) => r.cells.task === '9')!.cells).toEqual({ task: '9', unit: '市财政局' });
    // core turns the rows into entries
    const result = reconcileProgress(seed, [], [batch], {
      date: '2021-10-20',
      recordedAt: '2021-10-20T00:00:00Z',
      newId: () => 'x' + Math.random(),
    });
    expect(result.entries.map((e) => [e.task, e.state])).toEqual([
      [7, 'done'],
      [8, 'inProgress'],
    ]);
  });

  test('the plan-wide ledger (with unit sheets) reads every sheet', async () => {
    const { bytes } = await renderReport({
      kind: 'ledger',
      format: 'xlsx',
      analysis: seed,
      asOf: AS_OF,
      unitSheets: ['市财政局', '赤坎区政府'],
    });
    const batch = await readFilledLedger(bytes, { fileName: 'ledger.xlsx' });
    expect(batch.sheets.map((s) => [s.name, s.rows.length])).toEqual([
      ['任务分工台账', 50],
      ['市财政局', 39],
      ['赤坎区政府', expect.any(Number)],
    ]);
    expect(batch.sheets[0]!.rows[0]!.cells.unit).toBe('市政府办公室');
  });

  test('a plan-wide ledger written with progress, sent out, one unit sheet filled: only that unit’s rows are new', async () => {
    let n = 0;
    const e = (task: number, unit: string, state: LedgerEntry['state']) =>
      createLedgerEntry(
        { plan: planId(seed.plan), task, unit, date: '2021-09-28', state },
        { id: `e${++n}`, recordedAt: '2021-09-28T00:00:00Z' },
      );
    // Task 31 finished by both its owners; task 15 reported by two of its 37 owners; task 7 by its lead.
    const ledger = [
      e(31, '市政府办公室', 'done'),
      e(31, '市政务服务数据管理局', 'done'),
      e(15, '市财政局', 'done'),
      e(15, '赤坎区政府', 'inProgress'),
      e(7, '市财政局', 'inProgress'),
    ];
    const { bytes } = await renderReport({
      kind: 'ledger',
      format: 'xlsx',
      analysis: seed,
      asOf: AS_OF,
      entries: ledger,
      unitSheets: ['市财政局'],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('市财政局')!;
    ws.eachRow((row, i) => {
      if (i > 3 && row.getCell(1).value === 8) row.getCell(11).value = '推进中';
    });
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const batch = await readFilledLedger(filled, { fileName: 'sent-back.xlsx' });
    const result = reconcileProgress(seed, ledger, [batch], {
      date: '2021-10-20',
      recordedAt: '2021-10-20T00:00:00Z',
      newId: () => 'new',
    });
    expect(result.batches[0]!.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(result.entries.map((x) => [x.task, x.unit, x.state])).toEqual([[8, '市财政局', 'inProgress']]);
    // Prefilled rows add nothing: tasks 7 and 31 on the plan sheet, 7 and 15 on the unit's sheet.
    expect(result.batches[0]).toMatchObject({ accepted: true, unchanged: 4 });
  });

  test('round trip: a unit’s workbook imported back unchanged adds nothing; a changed row adds one entry, dated by 报送日期 or else the import day', async () => {
    const ledger = [
      entry({
        task: 7,
        unit: '市财政局',
        date: '2021-09-20',
        state: 'done',
        note: '已公开',
        evidence: ['https://example.gov.cn/a'],
        author: '张三',
        phone: '0759-3331234',
        remark: '见专栏',
      }),
      entry({
        task: 9,
        unit: '市财政局',
        date: '2021-09-25',
        state: 'cannotComplete',
        reason: '上级系统未开放',
      }),
      entry({ task: 8, unit: '湛江市财政局', date: '2021-09-26', state: 'inProgress' }), // by its full name,
    ];
    const exported = await unitWorkbook('unit', ledger);
    const options = { date: '2021-10-20', recordedAt: '2021-10-20T00:00:00Z', newId: () => 'new' };
    const again = reconcileProgress(
      seed,
      ledger,
      [await readFilledLedger(exported, { fileName: 'a.xlsx' })],
      options,
    );
    expect(again.errors).toBe(0);
    expect(again.entries).toEqual([]);
    // Who reported and how to reach them go out with the entry (填报人, 联系电话).
    const sent = await readFilledLedger(exported, { fileName: 'a.xlsx' });
    expect(sent.sheets[0]!.rows.find((r) => r.cells.task === '7')?.cells).toMatchObject({
      author: '张三',
      phone: '0759-3331234',
    });

    const edit = async (set: Record<string, string>) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(exported as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      const h: string[] = [];
      ws.getRow(3).eachCell((c, n) => {
        h[n] = String(c.value);
      });
      ws.eachRow((row, n) => {
        if (n > 3 && row.getCell(1).value === 8)
          for (const [k, v] of Object.entries(set)) row.getCell(h.indexOf(k)).value = v;
      });
      return readFilledLedger(new Uint8Array(await wb.xlsx.writeBuffer()), { fileName: 'b.xlsx' });
    };
    const changed = reconcileProgress(seed, ledger, [await edit({ 完成情况: '已完成' })], options);
    expect(changed.entries.map((e) => [e.task, e.state, e.date])).toEqual([[8, 'done', '2021-10-20']]);
    const dated = reconcileProgress(
      seed,
      ledger,
      [await edit({ 完成情况: '已完成', 报送日期: '2021-10-05' })],
      options,
    );
    expect(dated.entries.map((e) => [e.task, e.state, e.date])).toEqual([[8, 'done', '2021-10-05']]);
    const signed = reconcileProgress(
      seed,
      ledger,
      [await edit({ 完成情况: '已完成', 填报人: '李四', 联系电话: '0759-1234567' })],
      options,
    );
    expect(signed.entries.map((e) => [e.task, e.author, e.phone])).toEqual([[8, '李四', '0759-1234567']]);
  });

  test('round trip of 责任人, 联系人 and 联系电话: shown from the entry, edited in the workbook, read back', async () => {
    const ledger = [withPeople()];
    const exported = await unitWorkbook('ledger', ledger);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const headers: string[] = [];
    ws.getRow(3).eachCell((c, n) => {
      headers[n] = String(c.value);
    });
    const rowOf = (task: number) => {
      let found: ExcelJS.Row | undefined;
      ws.eachRow((row, n) => {
        if (n > 3 && row.getCell(1).value === task) found = row;
      });
      return found!;
    };
    const cell = (task: number, header: string) => rowOf(task).getCell(headers.indexOf(header));
    // Shown from the unit's current entry, in fill-in (unlocked) cells beside 佐证材料 and 报送日期.
    expect(['佐证材料', '报送日期', '责任人', '联系人', '联系电话'].every((h) => headers.includes(h))).toBe(
      true,
    );
    expect(['责任人', '联系人', '联系电话'].map((h) => cell(7, h).value)).toEqual([
      '李四',
      '王五',
      '0759-3331234',
    ]);
    expect(cell(7, '联系电话').protection?.locked).toBe(false);
    expect(cell(8, '责任人').value).toBe('');

    const options = { date: '2021-10-20', recordedAt: '2021-10-20T00:00:00Z', newId: () => 'new' };
    const unchanged = reconcileProgress(
      seed,
      ledger,
      [await readFilledLedger(exported, { fileName: 'a.xlsx' })],
      options,
    );
    expect(unchanged.errors).toBe(0);
    expect(unchanged.entries).toEqual([]);

    // A unit changes task 7's phone only, and reports task 8 with its people; the phone is typed as digits.
    cell(7, '联系电话').value = '0759-3339999';
    cell(8, '完成情况').value = '已完成';
    cell(8, '责任人').value = '赵六';
    cell(8, '联系人').value = '钱七';
    cell(8, '联系电话').value = 13800138000;
    const filled = new Uint8Array(await wb.xlsx.writeBuffer());
    const result = reconcileProgress(
      seed,
      ledger,
      [await readFilledLedger(filled, { fileName: 'b.xlsx' })],
      options,
    );
    expect(result.errors).toBe(0);
    expect(
      result.entries.map((e) => [e.task, e.state, e.note, e.responsiblePerson, e.contact, e.phone]),
    ).toEqual([
      [7, 'inProgress', '正在整理', '李四', '王五', '0759-3339999'],
      [8, 'done', undefined, '赵六', '钱七', '13800138000'],
    ]);
  });

  test('round trip of core’s CSV export (ledgerToCsv): 责任人, 联系人 and 联系电话 read back; unchanged adds nothing', () => {
    const ledger = [withPeople()];
    const csv = ledgerToCsv(ledger);
    const batch = readFilledLedgerCsv(csv, { fileName: '台账.csv' });
    expect(batch.diagnostics).toEqual([]);
    expect(batch.sheets[0]!.rows[0]!.cells).toMatchObject({
      task: '7',
      unit: '市财政局',
      author: '张三',
      responsiblePerson: '李四',
      contact: '王五',
      phone: '0759-3331234',
    });
    const options = { date: '2021-10-20', recordedAt: '2021-10-20T00:00:00Z', newId: () => 'new' };
    const unchanged = reconcileProgress(seed, ledger, [batch], options);
    expect(unchanged.errors).toBe(0);
    expect(unchanged.entries).toEqual([]);
    // Imported into an empty ledger, the entry comes back with its people.
    const fresh = reconcileProgress(seed, [], [batch], options);
    expect(fresh.errors).toBe(0);
    expect(
      fresh.entries.map((e) => [e.task, e.state, e.author, e.responsiblePerson, e.contact, e.phone]),
    ).toEqual([[7, 'inProgress', '张三', '李四', '王五', '0759-3331234']]);
  });

  test('CSV: as the ledger report writes it, as Excel saves it in GB18030, with formula quotes removed', async () => {
    const { bytes } = await renderReport({
      kind: 'ledger',
      format: 'csv',
      analysis: seed,
      asOf: AS_OF,
      unit: '市财政局',
    });
    const text = new TextDecoder('utf-8', { ignoreBOM: true })
      .decode(bytes)
      .split('\r\n')
      .map((line) =>
        line.startsWith('7,')
          ? line.replace(/,{12}市财政局$/, `,已完成,"'=公开,已完成"${','.repeat(10)}市财政局`)
          : line,
      )
      .join('\r\n');
    const batch = await readFilledLedger(new TextEncoder().encode(text), { fileName: 'x.csv' });
    expect(batch.sheets[0]!.rows.find((r) => r.cells.task === '7')?.cells).toMatchObject({
      state: '已完成',
      note: '=公开,已完成',
      unit: '市财政局',
    });

    // 任务编号,完成情况 / 7,已完成 in GB18030
    const bytesGb = Uint8Array.from([
      0xc8, 0xce, 0xce, 0xf1, 0xb1, 0xe0, 0xba, 0xc5, 0x2c, 0xcd, 0xea, 0xb3, 0xc9, 0xc7, 0xe9, 0xbf, 0xf6,
      0x0d, 0x0a, 0x37, 0x2c, 0xd2, 0xd1, 0xcd, 0xea, 0xb3, 0xc9, 0x0d, 0x0a,
    ]);
    const fromGb = readFilledLedgerCsv(bytesGb, { fileName: 'gb.csv' });
    expect(fromGb.diagnostics.map((d) => d.code)).toEqual(['csv-gb18030']);
    expect(fromGb.sheets[0]!.rows).toEqual([{ row: 2, cells: { task: '7', state: '已完成' } }]);
  });

  test('a file that is not a ledger says so', async () => {
    expect(
      (await readFilledLedger(new Uint8Array([0x50, 0x4b, 1, 2, 3]), { fileName: 'broken.xlsx' }))
        .diagnostics[0],
    ).toMatchObject({ code: 'xlsx-unreadable', severity: 'error' });
    const { bytes } = await renderReport({ kind: 'matrix', format: 'xlsx', analysis: seed, asOf: AS_OF });
    expect((await readFilledLedger(bytes, { fileName: 'matrix.xlsx' })).diagnostics[0]).toMatchObject({
      code: 'not-a-ledger',
    });
    expect(readFilledLedgerCsv('a,b\r\n1,2\r\n').diagnostics[0]).toMatchObject({ code: 'not-a-ledger' });
  });
});
