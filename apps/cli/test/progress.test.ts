/**
 * `fengong progress`: recording, listing, correcting and exporting entries; and the round trip of the
 * ledger workbook — written by the reports package, filled in by three units in their copies (through
 * exceljs, as a person would in Excel), imported back, summarised for the lead unit; imported again
 * (nothing added); a conflicting copy (a conflict report, exit 1).
 */

import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  analyzePlan,
  type LedgerEntry,
  leadSummary,
  ledgerProgress,
  listTasks,
  parseLedger,
  parsePlan,
  parseRegistry,
} from '@fengong/core';
import { renderReport } from '@fengong/reports';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fengong, repoRoot } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';
const dir = mkdtempSync(path.join(tmpdir(), 'fengong-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const analysis = analyzePlan(parsePlan(readFileSync(path.join(repoRoot, seed), 'utf8')), {
  registry: parseRegistry(readFileSync(path.join(repoRoot, 'seeds/zhanjiang/units.yaml'), 'utf8')),
});

const ledgerOf = (file: string): LedgerEntry[] => parseLedger(readFileSync(file, 'utf8')).entries;
let n = 0;
const freshLedger = () => path.join(dir, `ledger-${++n}.jsonl`);

describe('fengong progress add / list / export', { timeout: 60_000 }, () => {
  const ledger = freshLedger();

  test('add records one entry, says what it means for the task, and appends one JSON line', async () => {
    const r = await fengong([
      'progress',
      'add',
      seed,
      '--task',
      '7',
      '--unit',
      '湛江市财政局',
      '--state',
      '推进中',
      '--date',
      '2021-10-10',
      '--note',
      '正在汇总',
      '--ledger',
      ledger,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^✓ 已记录 [0-9a-f]{8}：任务 7 · 市财政局 · 推进中 · 2021-10-10/);
    expect(r.stdout).toContain('任务 7 责任主体（牵头单位）已完成 0/1');
    const [entry] = ledgerOf(ledger);
    expect(entry).toMatchObject({
      plan: '湛府办〔2021〕15号',
      task: 7,
      unit: '市财政局',
      state: 'inProgress',
      date: '2021-10-10',
      note: '正在汇总',
      source: 'fengong progress add',
    });
    expect(readFileSync(ledger, 'utf8').split('\n')).toHaveLength(2);

    const json = await fengong([
      'progress',
      'add',
      seed,
      '--task',
      '7',
      '--unit',
      '市财政局',
      '--state',
      'done',
      '--date',
      '2021-10-20',
      '--evidence',
      'https://www.zhanjiang.gov.cn/a',
      '公开截图.png',
      '--author',
      '张三',
      '--json',
      '--ledger',
      ledger,
    ]);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({
      state: 'done',
      evidence: ['https://www.zhanjiang.gov.cn/a', '公开截图.png'],
      author: '张三',
    });
  });

  test('bad input is a usage error with exit 2 and nothing written: unknown unit (closest names), group, no role, state, reason, date', async () => {
    const before = readFileSync(ledger, 'utf8');
    const cases: [string[], RegExp][] = [
      [['--task', '7', '--unit', '市财政厅', '--state', '已完成'], /未找到单位 “市财政厅”；是否指：市财政局/],
      [['--task', '7', '--unit', '市直各单位', '--state', '已完成'], /“市直各单位”是单位组/],
      [
        ['--task', '39', '--unit', '市财政局', '--state', '已完成'],
        /“市财政局”在此任务中没有角色（此任务的单位：市司法局）/,
      ],
      [['--task', '77', '--unit', '市财政局', '--state', '已完成'], /没有编号为 77 的任务/],
      [
        ['--task', '7', '--unit', '市财政局', '--state', '快好了'],
        /--state “快好了”：应为 未开始（notStarted）/,
      ],
      [['--task', '9', '--unit', '市财政局', '--state', '无法完成'], /需要用 --reason 说明原因/],
      [
        ['--task', '7', '--unit', '市财政局', '--state', '已完成', '--date', '2021-13-01'],
        /--date “2021-13-01”: 日期应写作 YYYY-MM-DD/,
      ],
      [
        ['--task', '7', '--unit', '市财政局', '--state', '已完成', '--supersedes', 'zzzz'],
        /--supersedes zzzz：台账中没有这条记录/,
      ],
      [['--task', '7', '--unit', '市财政局'], /缺少必填选项 --state <state>/],
    ];
    const results = await Promise.all(
      cases.map(([args]) => fengong(['progress', 'add', seed, ...args, '--ledger', ledger])),
    );
    results.forEach((r, i) => {
      const [args, message] = cases[i]!;
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    });
    expect(readFileSync(ledger, 'utf8')).toBe(before);
  });

  test('list shows each unit’s latest entry; --history every entry; filters by unit, task and state', async () => {
    // Two entries added together both land (several processes at once: ledger-crash.test.ts).
    await Promise.all([
      fengong([
        'progress',
        'add',
        seed,
        '--task',
        '7',
        '--unit',
        '赤坎区',
        '--state',
        '推进中',
        '--date',
        '2021-10-12',
        '--ledger',
        ledger,
      ]),
      fengong([
        'progress',
        'add',
        seed,
        '--task',
        '9',
        '--unit',
        '市财政局',
        '--state',
        '无法完成',
        '--reason',
        '上级系统未开放',
        '--date',
        '2021-10-12',
        '--ledger',
        ledger,
      ]),
    ]);
    const [latest, history, asOf, counties, blocked] = await Promise.all([
      fengong(['progress', 'list', seed, '--json', '--ledger', ledger]),
      fengong(['progress', 'list', seed, '--history', '--json', '--ledger', ledger]),
      fengong([
        'progress',
        'list',
        seed,
        '--as-of',
        '2021-10-15',
        '--task',
        '7',
        '--json',
        '--ledger',
        ledger,
      ]),
      fengong([
        'progress',
        'list',
        seed,
        '--unit',
        '各县（市、区）政府（管委会）',
        '--json',
        '--ledger',
        ledger,
      ]),
      fengong(['progress', 'list', seed, '--state', '无法完成', '--ledger', ledger]),
    ]);
    expect((JSON.parse(latest.stdout) as LedgerEntry[]).map((e) => [e.task, e.unit, e.state])).toEqual([
      [7, '市财政局', 'done'],
      [7, '赤坎区政府', 'inProgress'],
      [9, '市财政局', 'cannotComplete'],
    ]);
    expect(JSON.parse(history.stdout)).toHaveLength(4);
    expect(JSON.parse(asOf.stdout).map((e: LedgerEntry) => e.state)).toEqual(['inProgress', 'inProgress']);
    expect(JSON.parse(counties.stdout).map((e: LedgerEntry) => e.unit)).toEqual(['赤坎区政府']);
    expect(blocked.stdout).toContain('无法完成');
    expect(blocked.stdout).toContain('原因：上级系统未开放');
    expect(blocked.stdout).toContain('合计 1 条');
  });

  test('a correction supersedes the wrong entry (named by the first characters of its id); history keeps both', async () => {
    const wrong = ledgerOf(ledger).find((e) => e.task === 7 && e.unit === '赤坎区政府')!;
    const r = await fengong([
      'progress',
      'add',
      seed,
      '--task',
      '7',
      '--unit',
      '赤坎区政府',
      '--state',
      '未开始',
      '--date',
      '2021-10-12',
      '--supersedes',
      wrong.id.slice(0, 8),
      '--ledger',
      ledger,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`更正记录 ${wrong.id.slice(0, 8)}`);
    expect(r.stderr).toBe('');
    const latest = JSON.parse(
      (await fengong(['progress', 'list', seed, '--unit', '赤坎区政府', '--json', '--ledger', ledger]))
        .stdout,
    );
    expect(latest.map((e: LedgerEntry) => [e.state, e.supersedes])).toEqual([['notStarted', wrong.id]]);
    const history = (
      await fengong(['progress', 'list', seed, '--history', '--task', '7', '--ledger', ledger])
    ).stdout;
    expect(history).toContain('推进中（已更正）');
  });

  test('export: CSV (importable back), JSON, JSON Lines; -o refuses to overwrite without --force', async () => {
    const csv = await fengong(['progress', 'export', seed, '--ledger', ledger]);
    expect(csv.code).toBe(0);
    expect(csv.stdout.startsWith('\uFEFF记录编号,任务编号,单位,日期,完成情况,进展情况,备注')).toBe(true);
    expect(csv.stdout.split('\r\n')).toHaveLength(ledgerOf(ledger).length + 2);
    const current = JSON.parse(
      (await fengong(['progress', 'export', seed, '--format', 'json', '--current', '--ledger', ledger]))
        .stdout,
    );
    expect(current).toHaveLength(ledgerOf(ledger).length - 1);
    const jsonl = (await fengong(['progress', 'export', seed, '--format', 'jsonl', '--ledger', ledger]))
      .stdout;
    expect(jsonl).toBe(readFileSync(ledger, 'utf8'));

    const out = path.join(dir, 'export.csv');
    expect((await fengong(['progress', 'export', seed, '-o', out, '--ledger', ledger])).code).toBe(0);
    const again = await fengong(['progress', 'export', seed, '-o', out, '--ledger', ledger]);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('已存在');
    // The exported CSV imported into the same ledger adds nothing.
    const back = await fengong(['progress', 'import', seed, out, '--ledger', ledger]);
    expect(back.stderr).toBe('');
    expect(back.code).toBe(0);
    expect(back.stdout).toContain('新增 0 条');
  });

  test('JSON Lines from elsewhere (e.g. the viewer) import by id, once', async () => {
    const other = freshLedger();
    const r = await fengong(['progress', 'import', seed, ledger, '--ledger', other]);
    expect(r.code).toBe(0);
    expect(ledgerOf(other)).toEqual(ledgerOf(ledger));
    expect((await fengong(['progress', 'import', seed, ledger, '--ledger', other])).stdout).toContain(
      '新增 0 条',
    );
  });

  test('a ledger of another plan is refused', async () => {
    const foreign = freshLedger();
    const line = readFileSync(ledger, 'utf8')
      .split('\n')[0]!
      .replace('湛府办〔2021〕15号', '湛府办〔2020〕3号');
    writeFileSync(foreign, `${line}\n`);
    const r = await fengong(['progress', 'list', seed, '--ledger', foreign]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${foreign} 不是 ${seed} 的台账`);
    expect(r.stderr).toMatch(/:1:1: 错误\[ledger-other-plan\]/);
  });
});

/** Fill a ledger workbook as a person would in Excel: choose states, type progress, save. */
async function fillWorkbook(
  from: string,
  to: string,
  rows: Record<number, { state: string; note?: string }>,
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(from);
  const ws = wb.worksheets[0]!;
  const columns = new Map<string, number>();
  ws.getRow(3).eachCell((cell, i) => columns.set(String(cell.value), i));
  ws.eachRow((row, i) => {
    if (i <= 3) return;
    const fill = rows[Number(row.getCell(columns.get('任务编号')!).value)];
    if (!fill) return;
    row.getCell(columns.get('完成情况')!).value = fill.state;
    if (fill.note) row.getCell(columns.get('进展情况')!).value = fill.note;
  });
  await wb.xlsx.writeFile(to);
}

describe('round trip: the ledger workbook filled in by three units', { timeout: 60_000 }, () => {
  const ledger = freshLedger();
  const copies = {
    finance: path.join(dir, '任务分工台账-市财政局.xlsx'),
    chikan: path.join(dir, '任务分工台账-赤坎区政府.xlsx'),
    xiashan: path.join(dir, '任务分工台账-霞山区政府.xlsx'),
  };

  beforeAll(async () => {
    // The workbooks each unit receives: its own ledger, from the reports package's writer.
    for (const [unit, file] of [
      ['市财政局', copies.finance],
      ['赤坎区政府', copies.chikan],
      ['霞山区政府', copies.xiashan],
    ] as const) {
      const blank = path.join(dir, `blank-${unit}.xlsx`);
      const { bytes } = await renderReport({
        kind: 'ledger',
        format: 'xlsx',
        analysis,
        asOf: '2021-10-01',
        unit,
      });
      writeFileSync(blank, bytes);
      copyFileSync(blank, file);
    }
    await fillWorkbook(copies.finance, copies.finance, {
      7: { state: '已完成', note: '已在市政府网站财政专栏公开' },
      8: { state: '推进中', note: '正在汇总各县区资金发放信息' },
    });
    await fillWorkbook(copies.chikan, copies.chikan, {
      7: { state: '已完成' },
      8: { state: '推进中' },
      9: { state: '未开始' },
    });
    await fillWorkbook(copies.xiashan, copies.xiashan, { 7: { state: '推进中', note: '正在整理' } });
  }, 60_000);

  test('importing all three adds every filled row and nothing else', async () => {
    const r = await fengong([
      'progress',
      'import',
      seed,
      copies.finance,
      copies.chikan,
      copies.xiashan,
      '--date',
      '2021-10-20',
      '--ledger',
      ledger,
    ]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`✓ ${copies.finance}：新增 2 条`);
    expect(r.stdout).toContain(`✓ ${copies.chikan}：新增 3 条`);
    expect(r.stdout).toContain(`✓ ${copies.xiashan}：新增 1 条`);
    const entries = ledgerOf(ledger);
    expect(entries.map((e) => [e.task, e.unit, e.state, e.date])).toEqual([
      [7, '市财政局', 'done', '2021-10-20'],
      [8, '市财政局', 'inProgress', '2021-10-20'],
      [7, '赤坎区政府', 'done', '2021-10-20'],
      [8, '赤坎区政府', 'inProgress', '2021-10-20'],
      [9, '赤坎区政府', 'notStarted', '2021-10-20'],
      [7, '霞山区政府', 'inProgress', '2021-10-20'],
    ]);
    expect(entries[0]!.source).toMatch(/任务分工台账-市财政局\.xlsx#市财政局!\d+$/);
  });

  test('the lead unit’s summary and the task status come out right', async () => {
    const entries = ledgerOf(ledger);
    const summary = leadSummary(analysis, {
      asOf: '2021-10-30',
      unit: '市财政局',
      entries,
    });
    const [fin] = summary.leads;
    expect(fin!.unit).toBe('市财政局');
    const byTask = new Map(fin!.tasks.map((t) => [t.number, t]));
    expect(byTask.get(7)!.status.status).toBe('done');
    expect(byTask.get(7)!.progress?.own?.entry).toMatchObject({
      state: 'done',
      note: '已在市政府网站财政专栏公开',
    });
    expect(byTask.get(7)!.progress?.reported.map((p) => [p.unit, p.entry?.state])).toEqual([
      ['赤坎区政府', 'done'],
      ['霞山区政府', 'inProgress'],
    ]);
    expect(byTask.get(7)!.progress?.missing).not.toContain('赤坎区政府');
    expect(byTask.get(8)!.status.status).not.toMatch(/^done/);
    expect(byTask.get(8)!.progress?.own?.entry?.state).toBe('inProgress');
    expect(byTask.get(9)!.progress?.own?.entry).toBeUndefined();
    expect(byTask.get(9)!.progress?.reported.map((e) => e.unit)).toEqual(['赤坎区政府']);
    // Core's task views judge status with the ledger's completion.
    const completion = ledgerProgress(analysis, entries, { asOf: '2021-10-30' }).taskCompletion;
    const views = listTasks(analysis, { asOf: '2021-10-30', completion, unit: '市财政局', roles: ['lead'] });
    expect(views.map((v) => [v.number, v.status?.status])).toEqual([
      [7, 'done'],
      [8, 'pending'],
      [9, 'pending'],
    ]);
  });

  test('importing a copy again adds nothing', async () => {
    const before = readFileSync(ledger, 'utf8');
    const r = await fengong([
      'progress',
      'import',
      seed,
      copies.chikan,
      '--date',
      '2021-10-25',
      '--ledger',
      ledger,
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`✓ ${copies.chikan}：新增 0 条，已有 3 条`);
    expect(readFileSync(ledger, 'utf8')).toBe(before);
  });

  test('a conflicting copy: every conflict reported, nothing imported from it, exit 1; the clean file still imports', async () => {
    const conflicting = path.join(dir, '任务分工台账-赤坎区政府-另一份.xlsx');
    await fillWorkbook(copies.chikan, conflicting, {
      7: { state: '推进中' },
      9: { state: '推进中' },
      8: { state: '推进中' },
    });
    const update = path.join(dir, '任务分工台账-霞山区政府-更新.xlsx');
    await fillWorkbook(copies.xiashan, update, { 8: { state: '推进中', note: '已部署' } });
    const before = ledgerOf(ledger).length;
    const r = await fengong([
      'progress',
      'import',
      seed,
      conflicting,
      update,
      '--date',
      '2021-10-20',
      '--ledger',
      ledger,
    ]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`✗ ${conflicting}：有 2 处冲突，该文件未导入`);
    expect(r.stdout).toMatch(
      /冲突：任务 7 · 赤坎区政府 · 2021-10-20：已完成（台账记录 [0-9a-f]{8}） 与 推进中（.*另一份\.xlsx 赤坎区政府 第\d+行）/,
    );
    expect(r.stdout).toMatch(/冲突：任务 9 · 赤坎区政府 · 2021-10-20：未开始/);
    expect(r.stdout).toContain(`✓ ${update}：新增 1 条，已有 1 条`);
    expect(r.stderr).toContain('有 2 处冲突未导入');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const after = ledgerOf(ledger);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)).toMatchObject({ task: 8, unit: '霞山区政府', state: 'inProgress', note: '已部署' });

    // On another day the same copy is an update, not a conflict; --correct lets it correct the day's entries.
    const corrected = await fengong([
      'progress',
      'import',
      seed,
      conflicting,
      '--date',
      '2021-10-20',
      '--correct',
      '--dry-run',
      '--json',
      '--ledger',
      ledger,
    ]);
    expect(corrected.code).toBe(0);
    const report = JSON.parse(corrected.stdout);
    expect(report).toMatchObject({ dryRun: true, appended: 0, conflicts: 0 });
    expect(report.entries.map((e: LedgerEntry) => [e.task, e.state, Boolean(e.supersedes)])).toEqual([
      [7, 'inProgress', true],
      [9, 'inProgress', true],
    ]);
    expect(ledgerOf(ledger)).toHaveLength(before + 1);
  });

  test('a file with errors stops the import: file, sheet, row and column in words, exit 2, nothing written', async () => {
    const bad = path.join(dir, 'bad.xlsx');
    await fillWorkbook(copies.xiashan, bad, { 8: { state: '大致完成' } });
    const before = readFileSync(ledger, 'utf8');
    const r = await fengong(['progress', 'import', seed, copies.finance, bad, '--ledger', ledger]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/未导入任何内容：1 处错误/);
    expect(r.stderr).toMatch(
      /bad\.xlsx 工作表“霞山区政府” 第 \d+ 行 [A-Z]+ 列：错误\[unknown-state\] 第 8 项任务：“完成情况”不是五种状态之一/,
    );
    expect(readFileSync(ledger, 'utf8')).toBe(before);
    const missing = await fengong([
      'progress',
      'import',
      seed,
      path.join(dir, 'nope.xlsx'),
      '--ledger',
      ledger,
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.xlsx：文件不存在');
    const odd = await fengong(['progress', 'import', seed, path.join(dir, 'x.pdf'), '--ledger', ledger]);
    expect(odd.code).toBe(2);
    expect(odd.stderr).toContain('不认识的文件类型');
  });
});
