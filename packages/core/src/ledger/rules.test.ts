import { describe, expect, test } from 'vitest';
import { deadlineCalendar } from '../queries/calendar';
import { leadSummary } from '../queries/report-views';
import { listTasks } from '../queries/views';
import { analysis, entry, PLAN } from './__fixtures__/entries';
import {
  checkLedger,
  currentEntries,
  latestEntries,
  ledgerCompletion,
  listLedger,
  ownersDone,
  progressEntries,
  sameDayEntries,
  taskOwners,
  taskProgress,
  unitCompletion,
  unitProgress,
} from './rules';
import { createLedgerEntry, ledgerStateFrom, ledgerStateLabel } from './schema';

const statusOf = (n: number, asOf: string, completion: ReturnType<typeof ledgerCompletion>) =>
  listTasks(analysis, { asOf, completion }).find((t) => t.number === n)!.status!;

describe('states', () => {
  test('codes, labels as the workbook drop-down writes them, half-width brackets, and blocked', () => {
    expect(ledgerStateFrom('已完成（逾期）')).toBe('doneLate');
    expect(ledgerStateFrom(' 已完成(逾期) ')).toBe('doneLate');
    expect(ledgerStateFrom('推进中')).toBe('inProgress');
    expect(ledgerStateFrom('inProgress')).toBe('inProgress');
    expect(ledgerStateFrom('blocked')).toBe('cannotComplete');
    expect(ledgerStateFrom('差不多')).toBeUndefined();
    expect(ledgerStateLabel('cannotComplete')).toBe('无法完成');
  });

  test('无法完成 needs a reason; empty optional texts are dropped', () => {
    expect(() => entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'cannotComplete' })).toThrow(
      /reason/,
    );
    const e = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-01',
      state: 'cannotComplete',
      reason: '上级系统未开通',
      note: '  ',
      evidence: [' '],
    });
    expect(e).not.toHaveProperty('note');
    expect(e).not.toHaveProperty('evidence');
    expect(e.reason).toBe('上级系统未开通');
  });

  test('an entry cannot supersede itself', () => {
    expect(() =>
      createLedgerEntry(
        { plan: PLAN, task: 7, unit: '市财政局', date: '2021-10-01', state: 'done', supersedes: 'x' },
        { id: 'x', recordedAt: '2021-10-01T00:00:00Z' },
      ),
    ).toThrow(/itself/);
  });
});

describe('corrections supersede; history is kept', () => {
  test('a correction replaces what it corrects, however either is dated', () => {
    const wrong = entry({ task: 7, unit: '市财政局', date: '2021-10-20', state: 'done' });
    const fix = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-18',
      state: 'inProgress',
      supersedes: wrong.id,
      note: '误报为已完成',
    });
    const ledger = [wrong, fix];
    expect(currentEntries(ledger)).toEqual([fix]);
    expect(latestEntries(ledger).get(7)?.get('市财政局')).toEqual(fix);
    expect(ledgerCompletion(analysis, ledger, { asOf: '2021-12-31' }).has(7)).toBe(false);
    // The corrected entry is still in the ledger itself.
    expect(ledger).toContain(wrong);
  });

  test('chains: only the last correction counts', () => {
    const a = entry({ task: 8, unit: '市财政局', date: '2021-10-01', state: 'inProgress' });
    const b = entry({ task: 8, unit: '市财政局', date: '2021-10-01', state: 'done', supersedes: a.id });
    const c = entry({ task: 8, unit: '市财政局', date: '2021-10-02', state: 'notStarted', supersedes: b.id });
    expect(currentEntries([a, b, c])).toEqual([c]);
    expect(currentEntries([c, b, a])).toEqual([c]);
  });

  test('a correction can move an entry to the right unit', () => {
    const misfiled = entry({ task: 3, unit: '市商务局', date: '2021-11-01', state: 'done' });
    const fixed = entry({
      task: 3,
      unit: '市发展改革局',
      date: '2021-11-01',
      state: 'done',
      supersedes: misfiled.id,
    });
    const latest = latestEntries([misfiled, fixed], {}, analysis).get(3)!;
    expect([...latest.keys()]).toEqual(['市发展改革局']);
  });
});

describe('latest entry of a unit', () => {
  test('by date; the same day by when it was recorded, not by file order', () => {
    const later = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-10',
      state: 'done',
      recordedAt: '2021-10-10T09:00:00Z',
    });
    const earlier = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-10',
      state: 'inProgress',
      recordedAt: '2021-10-10T08:00:00Z',
    });
    const old = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-09-01',
      state: 'notStarted',
      recordedAt: '2021-10-11T08:00:00Z',
    });
    expect(latestEntries([later, earlier, old]).get(7)?.get('市财政局')?.state).toBe('done');
  });

  test('entries dated after the status day are not yet known', () => {
    const a = entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'inProgress' });
    const b = entry({ task: 7, unit: '市财政局', date: '2021-11-01', state: 'done' });
    expect(latestEntries([a, b], { asOf: '2021-10-15' }).get(7)?.get('市财政局')?.state).toBe('inProgress');
    expect(ledgerCompletion(analysis, [a, b], { asOf: '2021-10-15' }).has(7)).toBe(false);
    expect(ledgerCompletion(analysis, [a, b], { asOf: '2021-11-01' }).get(7)).toEqual({
      done: true,
      on: '2021-11-01',
    });
  });

  test('full names and aliases count as the unit', () => {
    const e = entry({ task: 7, unit: '湛江市财政局', date: '2021-10-01', state: 'done' });
    expect(ledgerCompletion(analysis, [e], { asOf: '2021-12-31' }).get(7)).toEqual({
      done: true,
      on: '2021-10-01',
    });
  });
});

describe('per unit and per plan', () => {
  test('a responsible county finishing finishes the task for that county only; the lead finishing finishes it for the plan', () => {
    expect(taskOwners(analysis.byNumber.get(7)!)).toEqual({ role: 'lead', units: ['市财政局'] });
    const county = entry({ task: 7, unit: '赤坎区政府', date: '2021-11-01', state: 'done' });
    expect(unitCompletion(analysis, [county], '赤坎区政府').get(7)).toEqual({ done: true, on: '2021-11-01' });
    expect(ledgerCompletion(analysis, [county]).has(7)).toBe(false);
    const mine = listTasks(analysis, {
      unit: '赤坎区政府',
      asOf: '2021-11-15',
      completion: unitCompletion(analysis, [county], '赤坎区政府'),
    });
    expect(mine.find((t) => t.number === 7)?.status?.status).toBe('done');
    expect(
      statusOf(7, '2021-11-15', ledgerCompletion(analysis, [county], { asOf: '2021-11-15' })).status,
    ).toBe('pending');

    const lead = entry({ task: 7, unit: '市财政局', date: '2021-12-20', state: 'done' });
    const plan = ledgerCompletion(analysis, [county, lead], { asOf: '2021-12-31' });
    expect(plan.get(7)).toEqual({ done: true, on: '2021-12-20' });
    expect(statusOf(7, '2021-12-31', plan).status).toBe('done');
  });

  test('co-leads: every lead must finish; the task was finished on the last of their days', () => {
    const leads = taskOwners(analysis.byNumber.get(3)!).units;
    expect(leads).toEqual(['市发展改革局', '市商务局', '市市场监管局']);
    const two = [
      entry({ task: 3, unit: '市发展改革局', date: '2021-11-01', state: 'done' }),
      entry({ task: 3, unit: '市商务局', date: '2021-11-20', state: 'done' }),
    ];
    expect(ledgerCompletion(analysis, two).has(3)).toBe(false);
    const three = [...two, entry({ task: 3, unit: '市市场监管局', date: '2021-11-10', state: 'doneLate' })];
    expect(ledgerCompletion(analysis, three).get(3)).toEqual({ done: true, on: '2021-11-20' });
  });

  test('no lead: every responsible unit, groups expanded, must finish', () => {
    expect(taskOwners(analysis.byNumber.get(31)!)).toEqual({
      role: 'responsible',
      units: ['市政府办公室', '市政务服务数据管理局'],
    });
    const one = [entry({ task: 31, unit: '市政府办公室', date: '2021-09-20', state: 'done' })];
    expect(ledgerCompletion(analysis, one).has(31)).toBe(false);
    const both = [
      ...one,
      entry({ task: 31, unit: '市政务服务数据管理局', date: '2021-09-25', state: 'done' }),
    ];
    expect(ledgerCompletion(analysis, both).get(31)).toEqual({ done: true, on: '2021-09-25' });

    const members = taskOwners(analysis.byNumber.get(27)!).units; // 市直各单位, expanded
    expect(members.length).toBe(25);
    const allButOne = members
      .slice(1)
      .map((unit) => entry({ task: 27, unit, date: '2021-09-01', state: 'done' }));
    expect(ledgerCompletion(analysis, allButOne).has(27)).toBe(false);
    const all = [...allButOne, entry({ task: 27, unit: members[0]!, date: '2021-09-02', state: 'done' })];
    expect(ledgerCompletion(analysis, all).get(27)).toEqual({ done: true, on: '2021-09-02' });
  });

  test('a later entry that is not finished reopens the task', () => {
    const done = entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'done' });
    const reopened = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-05',
      state: 'inProgress',
      note: '上级要求补充公开',
    });
    expect(ledgerCompletion(analysis, [done, reopened]).has(7)).toBe(false);
  });
});

describe('done late', () => {
  test('finished after the deadline is 逾期完成 (doneLate) with the days late; on time is done', () => {
    const late = [
      entry({ task: 31, unit: '市政府办公室', date: '2021-09-28', state: 'done' }),
      entry({ task: 31, unit: '市政务服务数据管理局', date: '2021-10-05', state: 'doneLate' }),
    ];
    const status = statusOf(31, '2021-10-10', ledgerCompletion(analysis, late, { asOf: '2021-10-10' }));
    expect(status).toMatchObject({ status: 'doneLate', due: '2021-09-30', daysLate: 5, light: 'yellow' });
    const onTime = [
      late[0]!,
      entry({ task: 31, unit: '市政务服务数据管理局', date: '2021-09-30', state: 'done' }),
    ];
    expect(
      statusOf(31, '2021-10-10', ledgerCompletion(analysis, onTime, { asOf: '2021-10-10' })).status,
    ).toBe('done');
  });

  test('the status follows the day; a state that disagrees with it is pointed out', () => {
    const saysDone = entry({ task: 39, unit: '市司法局', date: '2021-10-01', state: 'done' });
    const late = entry({ task: 15, unit: '市财政局', date: '2021-10-03', state: 'done' });
    const early = entry({ task: 15, unit: '市教育局', date: '2021-09-03', state: 'doneLate' });
    const codes = checkLedger(analysis, [saysDone, late, early]).map((d) => d.code);
    expect(codes).toEqual(['ledger-done-after-deadline', 'ledger-done-late-before-deadline']);
  });

  test('the deadline calendar and report views take the ledger’s completion too', () => {
    const done = [entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'done' })];
    const calendar = deadlineCalendar(analysis, {
      asOf: '2021-10-02',
      completion: ledgerCompletion(analysis, done),
    });
    const items = calendar.months.flatMap((m) => m.items).filter((i) => i.task === 7);
    expect(items[0]?.status).toBe('done');
  });
});

describe('queries for units and tasks', () => {
  test('taskProgress lists every unit on the task, owners first, with its latest entry', () => {
    const ledger = [
      entry({ task: 7, unit: '赤坎区政府', date: '2021-10-01', state: 'inProgress' }),
      entry({ task: 7, unit: '市财政局', date: '2021-10-02', state: 'done' }),
    ];
    const rows = taskProgress(analysis, ledger, 7);
    expect(rows[0]).toMatchObject({ unit: '市财政局', role: 'lead', owner: true, entry: { state: 'done' } });
    expect(rows.find((r) => r.unit === '赤坎区政府')).toMatchObject({
      role: 'responsible',
      via: '各县（市、区）政府（管委会）',
      owner: false,
      entry: { state: 'inProgress' },
    });
    expect(rows.filter((r) => !r.entry).length).toBe(rows.length - 2);
  });

  test('unitProgress lists a unit’s tasks with its own latest entries', () => {
    const ledger = [entry({ task: 8, unit: '市财政局', date: '2021-10-01', state: 'inProgress' })];
    const led = unitProgress(analysis, ledger, '市财政局').filter((p) => p.role === 'lead');
    expect(led.map((p) => [p.task, p.entry?.state])).toEqual([
      [7, undefined],
      [8, 'inProgress'],
      [9, undefined],
    ]);
  });

  test('progressEntries feed the report views with the same latest entries', () => {
    const wrong = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-20',
      state: 'done',
      recordedAt: '2021-10-20T09:00:00Z',
    });
    const sameDay = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-20',
      state: 'inProgress',
      recordedAt: '2021-10-20T10:00:00Z',
    });
    const county = entry({ task: 7, unit: '赤坎区政府', date: '2021-10-10', state: 'done' });
    const fix = entry({
      task: 7,
      unit: '赤坎区政府',
      date: '2021-10-10',
      state: 'inProgress',
      supersedes: county.id,
    });
    // File order puts the later-recorded entry first: the ledger's rule still picks it.
    const summary = leadSummary(analysis, {
      asOf: '2021-10-30',
      unit: '市财政局',
      progress: progressEntries([sameDay, wrong, county, fix]),
    });
    const task7 = summary.leads[0]!.tasks.find((t) => t.number === 7)!;
    expect(task7.progress?.own?.state).toBe('inProgress');
    expect(task7.progress?.reported.map((e) => [e.unit, e.state])).toEqual([['赤坎区政府', 'inProgress']]);
    expect(task7.progress?.missing.length).toBe(11 + 24); // the other counties, and 市直各单位 (supporting)
  });
});

describe('checkLedger', () => {
  test('another plan’s entries are an error; unknown tasks, units without a role and dangling corrections are warnings', () => {
    const other = createLedgerEntry(
      { plan: '湛府办〔2020〕3号', task: 7, unit: '市财政局', date: '2021-10-01', state: 'done' },
      { id: 'o1', recordedAt: '2021-10-01T00:00:00Z' },
    );
    const found = checkLedger(
      analysis,
      [
        other,
        entry({ task: 99, unit: '市财政局', date: '2021-10-01', state: 'done' }),
        entry({ task: 39, unit: '市财政局', date: '2021-10-01', state: 'inProgress' }),
        entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'inProgress', supersedes: 'nope' }),
      ],
      { fileName: 'plan.progress.jsonl', lines: [1, 2, 3, 4] },
    );
    expect(found.map((d) => [d.severity, d.code, d.start?.line])).toEqual([
      ['error', 'ledger-other-plan', 1],
      ['warning', 'ledger-unknown-task', 2],
      ['warning', 'ledger-unit-without-role', 3],
      ['warning', 'ledger-supersedes-unknown', 4],
    ]);
  });

  test('entries may name the plan by its title', () => {
    const byTitle = createLedgerEntry(
      { plan: analysis.plan.meta.title, task: 7, unit: '市财政局', date: '2021-10-01', state: 'done' },
      { id: 't1', recordedAt: '2021-10-01T00:00:00Z' },
    );
    expect(checkLedger(analysis, [byTitle])).toEqual([]);
  });
});

describe('listLedger, ownersDone, sameDayEntries', () => {
  const e1 = entry({ task: 8, unit: '市财政局', date: '2021-10-01', state: 'inProgress' });
  const e2 = entry({ task: 7, unit: '市财政局', date: '2021-10-05', state: 'inProgress' });
  const e3 = entry({ task: 7, unit: '湛江市财政局', date: '2021-10-20', state: 'done' });
  const e4 = entry({ task: 31, unit: '市政务服务数据管理局', date: '2021-10-02', state: 'inProgress' });
  const e5 = entry({ task: 31, unit: '市政府办公室', date: '2021-10-03', state: 'done' });
  const ledger = [e1, e2, e3, e4, e5];
  const order = (unit: string) => analysis.resolved.byUnit.ids.get(unit)!;
  const by31 = [e4, e5].sort((a, b) => order(a.unit) - order(b.unit));

  test.each([
    ['every unit’s latest, by task and then as the plan names the units', {}, [e3, e1, ...by31]],
    ['as known on a day', { asOf: '2021-10-10' }, [e2, e1, ...by31]],
    ['one unit, by any of its names', { unit: '湛江市财政局' }, [e3, e1]],
    ['one task', { task: 31 }, by31],
    ['some states', { states: ['done' as const] }, [e3, e5]],
    ['the history up to a day, as recorded', { history: true, asOf: '2021-10-03' }, [e1, e4, e5]],
  ])('%s', (_name, filter, expected) => {
    expect(listLedger(analysis, ledger, filter).map((e) => e.id)).toEqual(expected.map((e) => e.id));
  });

  test('a group lists its members’ entries', () => {
    const members = analysis.registry.membersOf.get('市直各单位')!.map((u) => u.name);
    expect(members).toContain('市财政局');
    expect(listLedger(analysis, ledger, { unit: '市直各单位' }).map((e) => e.id)).toEqual(
      [e3, e1, ...by31]
        .filter((e) => members.includes(e.unit === '湛江市财政局' ? '市财政局' : e.unit))
        .map((e) => e.id),
    );
  });

  test.each([
    ['a lead not yet done', 7, [e2], { role: 'lead', units: ['市财政局'], done: 0 }],
    ['a lead done (written by its full name)', 7, [e2, e3], { role: 'lead', units: ['市财政局'], done: 1 }],
    [
      'responsible units, one done',
      31,
      [e4, e5],
      { role: 'responsible', units: taskOwners(analysis.byNumber.get(31)!).units, done: 1 },
    ],
    ['an unknown task', 999, ledger, { role: 'lead', units: [], done: 0 }],
  ])('ownersDone: %s', (_name, task, entries, expected) => {
    expect(ownersDone(analysis, entries, task)).toEqual(expected);
  });

  test('sameDayEntries: what the unit already said for that day, unless the new entry corrects it', () => {
    const said = entry({ task: 7, unit: '市财政局', date: '2021-10-10', state: 'inProgress' });
    const next = { task: 7, unit: '市财政局', date: '2021-10-10' };
    expect(sameDayEntries([said, e2], { ...next, state: 'done' })).toEqual([said]);
    expect(sameDayEntries([said], { ...next, state: 'inProgress' })).toEqual([]);
    expect(sameDayEntries([said], { ...next, state: 'done', supersedes: said.id })).toEqual([]);
  });
});
