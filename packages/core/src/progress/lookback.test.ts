import { describe, expect, test } from 'vitest';
import { analysis, entry } from './__fixtures__/entries';
import { lookback } from './lookback';

describe('lookback (回头看)', () => {
  test('with no progress, every task with a clear owner and a dated deadline is unfinished; ongoing work is not checked by date', () => {
    const r = lookback(analysis, { asOf: '2022-03-01' });
    expect(r.counts).toEqual({
      checked: 23,
      done: 0,
      doneLate: 0,
      notDue: 0,
      unfinished: 23,
      cannotComplete: 0,
      excluded: 27,
    });
    expect(r.items.map((t) => t.task)).toEqual([
      1, 2, 3, 4, 5, 7, 8, 9, 15, 26, 27, 30, 31, 32, 33, 42, 43, 44, 45, 46, 47, 49, 50,
    ]);
    expect(r.excluded.every((e) => e.reason === 'noDeadline')).toBe(true);
    expect(r.items[0]).toMatchObject({
      task: 1,
      owners: ['市政府办公室'],
      ownerRole: 'lead',
      due: '2021-09-30',
      result: 'unfinished',
      rectify: true,
      status: { status: 'overdue' },
    });
    expect(r.items[0]).not.toHaveProperty('parts');
  });

  test('by unit: owners as the plan names them, in registry order, each with its tasks', () => {
    const r = lookback(analysis, { asOf: '2022-03-01' });
    const office = r.byUnit.find((u) => u.unit === '市政府办公室')!;
    expect(office.tasks.map((t) => [t.task, t.role])).toEqual([
      [1, 'lead'],
      [26, 'responsible'],
      [30, 'responsible'],
      [31, 'responsible'],
      [33, 'responsible'],
      [46, 'responsible'],
      [47, 'responsible'],
    ]);
    expect(office.fullName).toBe('湛江市人民政府办公室');
    const counties = r.byUnit.find((u) => u.unit === '各县（市、区）政府（管委会）')!;
    expect(counties.group).toBe(true);
    expect(r.byUnit.findIndex((u) => u.group)).toBeGreaterThan(
      r.byUnit.findIndex((u) => u.unit === '市财政局'),
    );
  });

  test('the ledger decides: done tasks drop out, finished owners leave their list, open members are named', () => {
    const entries = [
      entry({ task: 7, unit: '市财政局', date: '2021-12-20', state: 'done' }),
      entry({ task: 8, unit: '市财政局', date: '2022-01-05', state: 'doneLate' }),
      entry({ task: 31, unit: '市政府办公室', date: '2021-09-20', state: 'done' }),
      entry({ task: 15, unit: '赤坎区政府', date: '2021-09-20', state: 'done' }),
      entry({
        task: 9,
        unit: '市财政局',
        date: '2021-12-01',
        state: 'cannotComplete',
        reason: '上级系统未开放接口',
      }),
    ];
    const r = lookback(analysis, { asOf: '2022-03-01', entries });
    // 无法完成 is a class of its own: 21 = 1 done + 1 done late + 20 unfinished + 1 cannot complete.
    expect(r.counts).toMatchObject({ checked: 23, done: 1, doneLate: 1, unfinished: 20, cannotComplete: 1 });
    const t31 = r.items.find((t) => t.task === 31)!;
    expect(t31.openUnits).toEqual(['市政务服务数据管理局']);
    expect(t31.parts?.map((p) => [p.unit, p.state])).toEqual([
      ['市政府办公室', 'done'],
      ['市政务服务数据管理局', 'open'],
    ]);
    expect(r.byUnit.find((u) => u.unit === '市政府办公室')!.tasks.map((t) => t.task)).not.toContain(31);
    expect(r.byUnit.find((u) => u.unit === '市政务服务数据管理局')!.tasks.map((t) => t.task)).toContain(31);
    const t15 = r.byUnit
      .find((u) => u.unit === '各县（市、区）政府（管委会）')!
      .tasks.find((t) => t.task === 15)!;
    expect(t15.openMembers).toHaveLength(11);
    expect(t15.openMembers).not.toContain('赤坎区政府');
    expect(r.items.find((t) => t.task === 9)).toMatchObject({
      result: 'cannotComplete',
      rectify: true,
      blocked: [{ unit: '市财政局', reason: '上级系统未开放接口' }],
    });
    expect(r.byUnit.find((u) => u.unit === '市财政局')!.tasks.map((t) => t.task)).toContain(9);
    expect(r.items.find((t) => t.task === 7)?.result).toBe('done');
    expect(r.items.find((t) => t.task === 8)?.result).toBe('doneLate');
  });

  test('before the deadlines, nothing is unfinished except what a unit says it cannot do', () => {
    const entries = [
      entry({ task: 9, unit: '市财政局', date: '2021-08-01', state: 'cannotComplete', reason: '缺少数据' }),
    ];
    const r = lookback(analysis, { asOf: '2021-08-15', entries });
    expect(r.items.filter((t) => t.rectify).map((t) => t.task)).toEqual([9]);
    expect(r.counts).toMatchObject({ notDue: 22, cannotComplete: 1, unfinished: 0 });
  });
});
