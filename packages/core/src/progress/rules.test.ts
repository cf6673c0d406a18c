import { describe, expect, test } from 'vitest';
import { deadlineCalendar } from '../queries/calendar';
import { leadSummary } from '../queries/report-views';
import { listTasks } from '../queries/views';
import { analysis, entry, PLAN } from './__fixtures__/entries';
import {
  checkLedger,
  currentEntries,
  type LedgerListFilter,
  type LedgerProgress,
  ledgerProgress,
  listLedger,
  sameDayEntries,
  taskOwners,
} from './rules';
import type { DayString } from '../model/plain';
import type { LedgerEntry } from './schema';
import { createLedgerEntry } from './schema';
import { ledgerStateFrom, progressStateLabels } from './states';

/** The ledger judged on `asOf` (default: a day after every entry, so all count). */
const progress = (entries: readonly LedgerEntry[], asOf: DayString = '2099-12-31') =>
  ledgerProgress(analysis, entries, { asOf });

const statusOf = (n: number, asOf: DayString, completion: LedgerProgress['taskCompletion']) =>
  listTasks(analysis, { asOf, completion }).find((t) => t.number === n)!.status!;

describe('states', () => {
  test('codes, labels as the workbook drop-down writes them, half-width brackets, and blocked', () => {
    expect(ledgerStateFrom('已完成（逾期）')).toBe('doneLate');
    expect(ledgerStateFrom(' 已完成(逾期) ')).toBe('doneLate');
    expect(ledgerStateFrom('推进中')).toBe('inProgress');
    expect(ledgerStateFrom('inProgress')).toBe('inProgress');
    expect(ledgerStateFrom('blocked')).toBe('cannotComplete');
    expect(ledgerStateFrom('差不多')).toBeUndefined();
    expect(progressStateLabels.cannotComplete).toBe('无法完成');
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
    ).toThrow(/记录不能更正它自己/);
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
    expect(progress(ledger).entry(7, '市财政局')).toEqual(fix);
    expect(progress(ledger, '2021-12-31').taskCompletion.has(7)).toBe(false);
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
    const latest = progress([misfiled, fixed]).entries(3);
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
    expect(progress([later, earlier, old]).entry(7, '市财政局')?.state).toBe('done');
  });

  test('entries dated after the status day are not yet known', () => {
    const a = entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'inProgress' });
    const b = entry({ task: 7, unit: '市财政局', date: '2021-11-01', state: 'done' });
    expect(progress([a, b], '2021-10-15').entry(7, '市财政局')?.state).toBe('inProgress');
    expect(progress([a, b], '2021-10-15').taskCompletion.has(7)).toBe(false);
    expect(progress([a, b], '2021-11-01').taskCompletion.get(7)).toEqual({
      done: true,
      on: '2021-11-01',
    });
  });

  test('full names and aliases count as the unit', () => {
    const e = entry({ task: 7, unit: '湛江市财政局', date: '2021-10-01', state: 'done' });
    expect(progress([e], '2021-12-31').taskCompletion.get(7)).toEqual({
      done: true,
      on: '2021-10-01',
    });
  });
});

describe('per unit and per plan', () => {
  test('a responsible county finishing finishes the task for that county only; the lead finishing finishes it for the plan', () => {
    expect(taskOwners(analysis.byNumber.get(7)!)).toEqual({
      role: 'lead',
      names: ['市财政局'],
      units: ['市财政局'],
    });
    const county = entry({ task: 7, unit: '赤坎区政府', date: '2021-11-01', state: 'done' });
    expect(progress([county]).unitCompletion('赤坎区政府').get(7)).toEqual({ done: true, on: '2021-11-01' });
    expect(progress([county]).taskCompletion.has(7)).toBe(false);
    const mine = listTasks(analysis, {
      unit: '赤坎区政府',
      asOf: '2021-11-15',
      completion: progress([county]).unitCompletion('赤坎区政府'),
    });
    expect(mine.find((t) => t.number === 7)?.status?.status).toBe('done');
    expect(statusOf(7, '2021-11-15', progress([county], '2021-11-15').taskCompletion).status).toBe('pending');

    const lead = entry({ task: 7, unit: '市财政局', date: '2021-12-20', state: 'done' });
    const plan = progress([county, lead], '2021-12-31').taskCompletion;
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
    expect(progress(two).taskCompletion.has(3)).toBe(false);
    const three = [...two, entry({ task: 3, unit: '市市场监管局', date: '2021-11-10', state: 'doneLate' })];
    expect(progress(three).taskCompletion.get(3)).toEqual({ done: true, on: '2021-11-20' });
  });

  test('no lead: every responsible unit, groups expanded, must finish', () => {
    expect(taskOwners(analysis.byNumber.get(31)!)).toEqual({
      role: 'responsible',
      names: ['市政府办公室', '市政务服务数据管理局'],
      units: ['市政府办公室', '市政务服务数据管理局'],
    });
    const one = [entry({ task: 31, unit: '市政府办公室', date: '2021-09-20', state: 'done' })];
    expect(progress(one).taskCompletion.has(31)).toBe(false);
    const both = [
      ...one,
      entry({ task: 31, unit: '市政务服务数据管理局', date: '2021-09-25', state: 'done' }),
    ];
    expect(progress(both).taskCompletion.get(31)).toEqual({ done: true, on: '2021-09-25' });

    const members = taskOwners(analysis.byNumber.get(27)!).units; // 市直各单位, expanded
    expect(members.length).toBe(25);
    const allButOne = members
      .slice(1)
      .map((unit) => entry({ task: 27, unit, date: '2021-09-01', state: 'done' }));
    expect(progress(allButOne).taskCompletion.has(27)).toBe(false);
    const all = [...allButOne, entry({ task: 27, unit: members[0]!, date: '2021-09-02', state: 'done' })];
    expect(progress(all).taskCompletion.get(27)).toEqual({ done: true, on: '2021-09-02' });
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
    expect(progress([done, reopened]).taskCompletion.has(7)).toBe(false);
  });
});

describe('done late', () => {
  test('finished after the deadline is 逾期完成 (doneLate) with the days late; on time is done', () => {
    const late = [
      entry({ task: 31, unit: '市政府办公室', date: '2021-09-28', state: 'done' }),
      entry({ task: 31, unit: '市政务服务数据管理局', date: '2021-10-05', state: 'doneLate' }),
    ];
    const status = statusOf(31, '2021-10-10', progress(late, '2021-10-10').taskCompletion);
    expect(status).toMatchObject({ status: 'doneLate', due: '2021-09-30', daysLate: 5, light: 'yellow' });
    const onTime = [
      late[0]!,
      entry({ task: 31, unit: '市政务服务数据管理局', date: '2021-09-30', state: 'done' }),
    ];
    expect(statusOf(31, '2021-10-10', progress(onTime, '2021-10-10').taskCompletion).status).toBe('done');
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
      completion: progress(done).taskCompletion,
    });
    const items = calendar.months.flatMap((m) => m.items).filter((i) => i.task === 7);
    expect(items[0]?.status).toBe('done');
  });
});

describe('queries for units and tasks', () => {
  test('a task lists every unit’s part, owners first, with its current entry', () => {
    const ledger = [
      entry({ task: 7, unit: '赤坎区政府', date: '2021-10-01', state: 'inProgress' }),
      entry({ task: 7, unit: '市财政局', date: '2021-10-02', state: 'done' }),
    ];
    const rows = progress(ledger, '2021-10-30').task(7)!.parts;
    expect(rows[0]).toMatchObject({ unit: '市财政局', role: 'lead', owner: true, entry: { state: 'done' } });
    expect(rows.find((r) => r.unit === '赤坎区政府')).toMatchObject({
      role: 'responsible',
      via: '各县（市、区）政府（管委会）',
      owner: false,
      entry: { state: 'inProgress' },
    });
    expect(rows.filter((r) => !r.entry).length).toBe(rows.length - 2);
  });

  test('the lead done closes the task for every unit: a supporter that never reported is done with it', () => {
    const lead = entry({ task: 7, unit: '市财政局', date: '2021-10-02', state: 'done' });
    const p = progress([lead], '2021-10-30');
    expect(p.task(7)).toMatchObject({ state: 'done', completion: { done: true, on: '2021-10-02' } });
    expect(p.part(7, '赤坎区政府')).toMatchObject({
      state: 'done',
      byTask: true,
      status: { status: 'done' },
    });
    expect(p.unitCompletion('赤坎区政府').get(7)).toEqual({ done: true, on: '2021-10-02' });
    // Before the lead's day, the county's part is open.
    expect(progress([lead], '2021-10-01').part(7, '赤坎区政府')).toMatchObject({ state: 'open' });
  });

  test('supporters done while the lead is not: their parts are done, the task is not', () => {
    const county = entry({ task: 7, unit: '赤坎区政府', date: '2021-10-02', state: 'done' });
    const p = progress([county], '2021-10-30');
    expect(p.part(7, '赤坎区政府')?.state).toBe('done');
    expect(p.part(7, '市财政局')?.state).toBe('open');
    expect(p.task(7)?.state).toBe('open');
  });

  test('无法完成 is a class of its own: the part stays open with its reason, and the task names who', () => {
    const blocked = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-02',
      state: 'cannotComplete',
      reason: '上级系统未开放',
    });
    const county = entry({
      task: 7,
      unit: '赤坎区政府',
      date: '2021-10-02',
      state: 'cannotComplete',
      reason: '无数据',
    });
    const t = progress([blocked, county], '2021-10-30').task(7)!;
    expect(t.state).toBe('cannotComplete');
    expect(t.blocked).toEqual([{ unit: '市财政局', reason: '上级系统未开放' }]);
    expect(t.parts.find((p) => p.unit === '赤坎区政府')).toMatchObject({
      state: 'cannotComplete',
      reason: '无数据',
    });
    expect(t.completion).toBeUndefined();
  });

  test('same day, same recording time: the entry later in the ledger counts', () => {
    const at = '2021-10-20T09:00:00Z';
    const a = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-20',
      state: 'done',
      recordedAt: at,
      id: 'zz',
    });
    const b = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-20',
      state: 'inProgress',
      recordedAt: at,
      id: 'aa',
    });
    expect(progress([a, b]).entry(7, '市财政局')?.id).toBe('aa');
    expect(progress([b, a]).entry(7, '市财政局')?.id).toBe('zz');
  });

  test('the report views read the same current entries (corrections applied, same-day by recording time)', () => {
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
      entries: [sameDay, wrong, county, fix],
    });
    const task7 = summary.leads[0]!.tasks.find((t) => t.number === 7)!;
    expect(task7.progress?.own?.entry?.state).toBe('inProgress');
    expect(task7.progress?.reported.map((p) => [p.unit, p.entry?.state])).toEqual([
      ['赤坎区政府', 'inProgress'],
    ]);
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

describe('listLedger, owners done, sameDayEntries', () => {
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
  ] satisfies [string, LedgerListFilter, LedgerEntry[]][])('%s', (_name, filter, expected) => {
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
    ['a lead not yet done', 7, [e2], ['市财政局'], 0],
    ['a lead done (written by its full name)', 7, [e2, e3], ['市财政局'], 1],
    ['responsible units, one done', 31, [e4, e5], taskOwners(analysis.byNumber.get(31)!).units, 1],
  ])('owners done: %s', (_name, task, entries, owners, done) => {
    const t = progress(entries).task(task)!;
    expect(t.owners.units).toEqual(owners);
    expect(t.parts.filter((p) => p.owner && (p.state === 'done' || p.state === 'doneLate')).length).toBe(
      done,
    );
  });

  test('an unknown task has no progress', () => {
    expect(progress(ledger).task(999)).toBeUndefined();
  });

  test('sameDayEntries: what the unit already said for that day, unless the new entry corrects it', () => {
    const said = entry({ task: 7, unit: '市财政局', date: '2021-10-10', state: 'inProgress' });
    const next = { task: 7, unit: '市财政局', date: '2021-10-10' };
    expect(sameDayEntries([said, e2], { ...next, state: 'done' })).toEqual([said]);
    expect(sameDayEntries([said], { ...next, state: 'inProgress' })).toEqual([]);
    expect(sameDayEntries([said], { ...next, state: 'done', supersedes: said.id })).toEqual([]);
  });
});
