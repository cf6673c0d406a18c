import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics';
import { analysis, entry, PLAN } from './__fixtures__/entries';
import {
  checkReporter,
  type ProgressBatch,
  type ProgressRow,
  type ProgressRowsBatch,
  reconcileProgress,
} from './import';
import { currentEntries } from './rules';

const COLUMNS = { task: 1, state: 11, note: 12, remark: 13, unit: 14 };

function sheet(source: string, rows: ProgressRow[], name = '市财政局'): ProgressBatch {
  return { kind: 'rows', source, sheets: [{ name, columns: COLUMNS, rows }], diagnostics: [] };
}

let ids = 0;
const options = { date: '2021-10-20', recordedAt: '2021-10-20T08:00:00.000Z', newId: () => `n${++ids}` };

const finance = sheet('市财政局.xlsx', [
  { row: 4, cells: { task: '7', unit: '市财政局', state: '已完成', note: '已在政府网站专栏公开' } },
  { row: 5, cells: { task: '8', unit: '市财政局', state: '推进中', note: '正在汇总' } },
  { row: 6, cells: { task: '9', unit: '市财政局' } },
  { row: 7, cells: { task: '1', unit: '市财政局', state: '', note: '' } },
]);

describe('reconcileProgress: rows of filled-in ledgers', () => {
  test('filled rows become entries; blank rows are skipped', () => {
    const result = reconcileProgress(analysis, [], [finance], options);
    expect(result.errors).toBe(0);
    expect(result.batches[0]).toMatchObject({ accepted: true, blank: 2, unchanged: 0, conflicts: [] });
    expect(result.entries.map((e) => [e.task, e.unit, e.state, e.date, e.note])).toEqual([
      [7, '市财政局', 'done', '2021-10-20', '已在政府网站专栏公开'],
      [8, '市财政局', 'inProgress', '2021-10-20', '正在汇总'],
    ]);
    expect(result.entries[0]).toMatchObject({
      plan: PLAN,
      recordedAt: options.recordedAt,
      source: '市财政局.xlsx#市财政局!4',
    });
  });

  test('importing the same file again adds nothing, on any day', () => {
    const first = reconcileProgress(analysis, [], [finance], options).entries;
    const again = reconcileProgress(analysis, first, [finance], { ...options, date: '2021-11-02' });
    expect(again.entries).toEqual([]);
    expect(again.batches[0]).toMatchObject({ accepted: true, unchanged: 2, blank: 2 });
  });

  test('a changed row adds an entry; the unchanged rows do not', () => {
    const first = reconcileProgress(analysis, [], [finance], options).entries;
    const later = sheet('市财政局.xlsx', [
      { row: 4, cells: { task: '7', unit: '市财政局', state: '已完成', note: '已在政府网站专栏公开' } },
      { row: 5, cells: { task: '8', unit: '市财政局', state: '已完成', note: '已公开' } },
    ]);
    const result = reconcileProgress(analysis, first, [later], { ...options, date: '2021-11-02' });
    expect(result.entries.map((e) => [e.task, e.state, e.date])).toEqual([[8, 'done', '2021-11-02']]);
  });

  test('row problems are errors at file:row:column (sheet and cell); the file imports nothing', () => {
    const bad = sheet('bad.xlsx', [
      { row: 4, cells: { task: '7', unit: '市财政局', state: '已完成' } },
      { row: 5, cells: { task: '99', unit: '市财政局', state: '已完成' } },
      { row: 6, cells: { task: '8', unit: '市财政局', state: '差不多了' } },
      { row: 7, cells: { task: '39', unit: '市财政局', state: '推进中' } },
      { row: 8, cells: { task: '9', unit: '市财政厅', state: '推进中' } },
      { row: 9, cells: { task: '9', unit: '市财政局', state: '无法完成' } },
      { row: 10, cells: { task: '', unit: '市财政局', state: '推进中' } },
      { row: 11, cells: { task: '9', unit: '市财政局', note: '只写了进展' } },
    ]);
    const result = reconcileProgress(analysis, [], [bad], options);
    const outcome = result.batches[0]!;
    expect(outcome.accepted).toBe(false);
    expect(result.entries).toEqual([]);
    expect(outcome.diagnostics.map((d) => formatDiagnostic(d, { locale: 'en' }))).toEqual([
      'bad.xlsx, sheet “市财政局”, row 5, column A: error[unknown-task] the plan has no task 99 (found 99)',
      'bad.xlsx, sheet “市财政局”, row 6, column K: error[unknown-state] task 8: 完成情况 is not one of the five states (expected 未开始、推进中、已完成、已完成（逾期）、无法完成, found 差不多了)',
      expect.stringMatching(
        /^bad\.xlsx, sheet “市财政局”, row 7, column N: (?:error|错误)\[unit-not-on-task\] task 39: 市财政局 holds no role on it \(its units: 市司法局\)$/,
      ),
      expect.stringMatching(
        /^bad\.xlsx, sheet “市财政局”, row 8, column N: (?:error|错误)\[unit-not-on-task\] task 9: no unit “市财政厅”.*closest: 市财政局/,
      ),
      'bad.xlsx, sheet “市财政局”, row 9, column L: error[missing-reason] task 9: 无法完成 needs a reason: write it in 无法完成原因 (or 进展情况)',
      'bad.xlsx, sheet “市财政局”, row 10, column A: error[missing-task] a filled-in row without a 任务编号',
      'bad.xlsx, sheet “市财政局”, row 11, column K: warning[missing-state] task 9: 进展情况 or 备注 filled in but no 完成情况; the row is skipped (choose a state from the drop-down)',
    ]);
    expect(result.errors).toBe(6);
    // In Chinese (the default), the place and the problem are Chinese too.
    expect(
      outcome.diagnostics
        .map((d) => formatDiagnostic(d))
        .filter((l) => /\[(?:unknown|missing)-task\]/.test(l)),
    ).toEqual([
      'bad.xlsx 工作表“市财政局” 第 5 行 A 列：错误[unknown-task] 方案中没有第 99 项任务（实为 99）',
      'bad.xlsx 工作表“市财政局” 第 10 行 A 列：错误[missing-task] 此行已填写，但没有“任务编号”',
    ]);
  });

  test('无法完成 takes its reason from 进展情况', () => {
    const blocked = sheet('x.xlsx', [
      { row: 4, cells: { task: '9', unit: '市财政局', state: '无法完成', note: '业务系统尚未上线' } },
    ]);
    expect(reconcileProgress(analysis, [], [blocked], options).entries[0]).toMatchObject({
      state: 'cannotComplete',
      reason: '业务系统尚未上线',
    });
  });

  test('a row naming a group or several units needs --unit; with it, the row is that unit’s', () => {
    const plan = sheet(
      '任务分工台账.xlsx',
      [
        { row: 4, cells: { task: '6', unit: '各县（市、区）政府（管委会）；市直各单位', state: '推进中' } },
        { row: 5, cells: { task: '31', unit: '市政府办公室；市政务服务数据管理局', state: '已完成' } },
      ],
      '任务分工台账',
    );
    const without = reconcileProgress(analysis, [], [plan], options);
    expect(without.batches[0]!.diagnostics.map((d) => d.code)).toEqual(['unit-ambiguous', 'unit-ambiguous']);
    const withUnit = reconcileProgress(analysis, [], [plan], { ...options, unit: '湛江市人民政府办公室' });
    expect(withUnit.entries.map((e) => [e.task, e.unit])).toEqual([
      [6, '市政府办公室'],
      [31, '市政府办公室'],
    ]);
    const groupUnit = reconcileProgress(analysis, [], [plan], { ...options, unit: '市直各单位' });
    expect(groupUnit.batches[0]!.diagnostics[0]!.message).toMatch(/“市直各单位”是单位组，进展按单位记录/);
  });

  test('--unit must not contradict a row that names one unit', () => {
    const result = reconcileProgress(analysis, [], [finance], { ...options, unit: '市商务局' });
    expect(result.batches[0]!.diagnostics.map((d) => d.code)).toContain('unit-mismatch');
  });

  test('a 日期 column dates its rows; a workbook of another plan is refused', () => {
    const dated = sheet('export.csv', [
      { row: 2, cells: { task: '7', unit: '市财政局', state: '推进中', date: '2021-09-01' } },
    ]);
    expect(reconcileProgress(analysis, [], [dated], options).entries[0]?.date).toBe('2021-09-01');
    const other: ProgressBatch = {
      ...(finance as ProgressRowsBatch),
      plan: { documentNumber: '湛府办〔2022〕9号', title: '湛江市2022年政务公开工作要点分工方案' },
    };
    expect(reconcileProgress(analysis, [], [other], options).batches[0]!.diagnostics[0]).toMatchObject({
      code: 'workbook-other-plan',
    });
  });
});

describe('conflicts: two states for one unit and task on one day', () => {
  const copyA = sheet('财政局-甲.xlsx', [
    { row: 4, cells: { task: '7', unit: '市财政局', state: '已完成' } },
    { row: 5, cells: { task: '9', unit: '市财政局', state: '推进中' } },
  ]);
  const copyB = sheet('财政局-乙.xlsx', [
    { row: 4, cells: { task: '7', unit: '市财政局', state: '推进中' } },
  ]);
  const county = sheet(
    '赤坎区.xlsx',
    [{ row: 4, cells: { task: '7', unit: '赤坎区政府', state: '推进中' } }],
    '赤坎区政府',
  );

  test('between files: every conflict is reported, the conflicting files import nothing, the others import', () => {
    const result = reconcileProgress(analysis, [], [copyA, copyB, county], options);
    expect(result.conflicts).toBe(1);
    expect(result.batches.map((b) => b.accepted)).toEqual([false, false, true]);
    expect(result.batches[0]!.conflicts[0]).toEqual({
      task: 7,
      unit: '市财政局',
      date: '2021-10-20',
      claims: [
        { state: 'done', source: '财政局-甲.xlsx', sheet: '市财政局', row: 4 },
        { state: 'inProgress', source: '财政局-乙.xlsx', sheet: '市财政局', row: 4 },
      ],
    });
    expect(result.entries.map((e) => e.unit)).toEqual(['赤坎区政府']);
  });

  test('within one file', () => {
    const twice = sheet('x.xlsx', [
      { row: 4, cells: { task: '7', unit: '市财政局', state: '已完成' } },
      { row: 9, cells: { task: '7', unit: '市财政局', state: '未开始' } },
    ]);
    const result = reconcileProgress(analysis, [], [twice], options);
    expect(result.batches[0]!.accepted).toBe(false);
    expect(result.batches[0]!.conflicts[0]!.claims.map((c) => c.row)).toEqual([4, 9]);
  });

  test('with the ledger’s entry of the same day; --correct records corrections instead', () => {
    const existing = [
      entry({ task: 7, unit: '市财政局', date: '2021-10-20', state: 'done', source: 'fengong progress add' }),
    ];
    const result = reconcileProgress(analysis, existing, [copyB], options);
    expect(result.batches[0]!.accepted).toBe(false);
    expect(result.batches[0]!.conflicts[0]!.claims[0]).toEqual({
      state: 'done',
      source: 'fengong progress add',
      entry: existing[0]!.id,
    });
    // Another day is not a conflict: it is an update.
    expect(
      reconcileProgress(analysis, existing, [copyB], { ...options, date: '2021-10-21' }).entries,
    ).toHaveLength(1);

    const corrected = reconcileProgress(analysis, existing, [copyB], { ...options, correct: true });
    expect(corrected.conflicts).toBe(0);
    expect(corrected.entries).toHaveLength(1);
    expect(corrected.entries[0]).toMatchObject({ state: 'inProgress', supersedes: existing[0]!.id });
    expect(currentEntries([...existing, ...corrected.entries]).map((e) => e.state)).toEqual(['inProgress']);
    // Files that disagree among themselves still conflict under --correct.
    expect(
      reconcileProgress(analysis, existing, [copyA, copyB], { ...options, correct: true }).conflicts,
    ).toBeGreaterThan(0);
  });

  test('the same row in two files is no conflict, and is added once', () => {
    const result = reconcileProgress(
      analysis,
      [],
      [county, { ...county, source: '赤坎区-副本.xlsx' }],
      options,
    );
    expect(result.conflicts).toBe(0);
    expect(result.entries).toHaveLength(1);
    expect(result.batches[1]).toMatchObject({ accepted: true, unchanged: 1 });
  });
});

describe('JSON Lines entries (e.g. recorded in the viewer)', () => {
  test('entries already in the ledger are skipped by id; new ones are added as they are', () => {
    const known = entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'inProgress' });
    const fresh = entry({ task: 7, unit: '湛江市财政局', date: '2021-10-05', state: 'done', author: '张三' });
    const batch: ProgressBatch = {
      kind: 'entries',
      source: 'browser.jsonl',
      entries: [known, fresh],
      diagnostics: [],
    };
    const result = reconcileProgress(analysis, [known], [batch], options);
    expect(result.entries).toEqual([{ ...fresh, unit: '市财政局' }]);
    expect(result.batches[0]!.unchanged).toBe(1);
    expect(reconcileProgress(analysis, [known, ...result.entries], [batch], options).entries).toEqual([]);
  });

  test('a correction and what it corrects are no conflict, in the file or against the ledger', () => {
    const wrong = entry({ task: 7, unit: '赤坎区政府', date: '2021-10-12', state: 'inProgress' });
    const fix = entry({
      task: 7,
      unit: '赤坎区政府',
      date: '2021-10-12',
      state: 'notStarted',
      supersedes: wrong.id,
    });
    const both: ProgressBatch = {
      kind: 'entries',
      source: 'a.jsonl',
      entries: [wrong, fix],
      diagnostics: [],
    };
    expect(reconcileProgress(analysis, [], [both], options)).toMatchObject({
      conflicts: 0,
      entries: [wrong, fix],
    });
    const onlyFix: ProgressBatch = { kind: 'entries', source: 'b.jsonl', entries: [fix], diagnostics: [] };
    expect(reconcileProgress(analysis, [wrong], [onlyFix], options)).toMatchObject({
      conflicts: 0,
      entries: [fix],
    });
  });

  test('recorded entries of one day merge without a conflict: the later-recorded one counts', () => {
    const first = entry({ task: 8, unit: '市财政局', date: '2021-10-15', state: 'inProgress' });
    const second = entry({ task: 8, unit: '市财政局', date: '2021-10-15', state: 'done' });
    const file: ProgressBatch = { kind: 'entries', source: 'c.jsonl', entries: [second], diagnostics: [] };
    const merged = reconcileProgress(analysis, [first], [file], options);
    expect(merged).toMatchObject({ conflicts: 0, entries: [second] });
    // A workbook row saying another state on that day still conflicts with the ledger.
    const row = sheet('d.xlsx', [
      { row: 4, cells: { task: '8', unit: '市财政局', state: '推进中', date: '2021-10-15' } },
    ]);
    expect(reconcileProgress(analysis, [first, second], [row], options).conflicts).toBe(1);
  });

  test('entries of another plan, or for a unit not on the task, are errors', () => {
    const other = {
      ...entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'done' }),
      plan: '别的方案',
    };
    const stray = entry({ task: 39, unit: '市财政局', date: '2021-10-01', state: 'done' });
    const batch: ProgressBatch = {
      kind: 'entries',
      source: 'x.jsonl',
      entries: [other, stray],
      lines: [1, 2],
      diagnostics: [],
    };
    const result = reconcileProgress(analysis, [], [batch], options);
    expect(result.batches[0]!.diagnostics.map((d) => [d.code, d.start?.line])).toEqual([
      ['ledger-other-plan', 1],
      ['ledger-entry-mismatch', 2],
    ]);
  });
});

describe('checkReporter', () => {
  test('canonical unit, or why not', () => {
    expect(checkReporter(analysis, 7, '湛江市财政局')).toEqual({ unit: '市财政局' });
    expect(checkReporter(analysis, 7, '市直各单位')).toMatch(/是单位组/);
    expect(checkReporter(analysis, 7, '市直各单位', 'en')).toMatch(/is a group/);
    expect(checkReporter(analysis, 39, '市财政局')).toMatch(/在此任务中没有角色/);
    expect(checkReporter(analysis, 39, '市财政局', 'en')).toMatch(/holds no role/);
    expect(checkReporter(analysis, 77, '市财政局')).toMatch(/方案中没有第 77 项任务/);
  });
});
