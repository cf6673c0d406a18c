import { describe, expect, test } from 'vitest';
import { analysis, entry } from './__fixtures__/entries';
import { exportableReports, reminderTasks, summaryReceipts } from './oversight';
import { ledgerProgress, taskOwners } from './rules';
import type { DayString } from '../model/plain';
import type { LedgerEntry } from './schema';

/** The tasks whose owners (牵头 or 负责) include the unit, by the plan's reading. */
const owned = (unit: string) =>
  analysis.tasks.filter((t) => taskOwners(t).units.includes(unit)).map((t) => t.task.number);
/** The tasks the unit holds any role on. */
const held = (unit: string) =>
  analysis.tasks.filter((t) => t.resolved.units.some((u) => u.unit === unit)).map((t) => t.task.number);

describe('reminderTasks: what a 催办 names by default', () => {
  // 市财政局 leads tasks 7, 8 and 9 (deadline 2021年12月前) and supports others as one of 市直各单位.
  const cases: {
    name: string;
    unit: string;
    asOf: DayString;
    entries: () => LedgerEntry[];
    expected: () => number[];
  }[] = [
    {
      name: 'nothing reported, nothing overdue: the tasks it owes',
      unit: '市财政局',
      asOf: '2021-08-01',
      entries: () => [],
      expected: () => owned('市财政局'),
    },
    {
      name: 'a task it reported on (still in progress, not overdue) is not named',
      unit: '市财政局',
      asOf: '2021-08-01',
      entries: () => [entry({ task: 7, unit: '市财政局', date: '2021-07-30', state: 'inProgress' })],
      expected: () => owned('市财政局').filter((n) => n !== 7),
    },
    {
      name: 'every owed part done: every task it holds a role on',
      unit: '市财政局',
      asOf: '2021-08-01',
      entries: () =>
        owned('市财政局').map((task) => entry({ task, unit: '市财政局', date: '2021-07-30', state: 'done' })),
      expected: () => held('市财政局'),
    },
  ];
  test.each(cases)('$name', ({ unit, asOf, entries, expected }) => {
    const want = expected();
    expect(want.length).toBeGreaterThan(0);
    expect(reminderTasks(ledgerProgress(analysis, entries(), { asOf }), { unit })).toEqual(want);
  });

  test('past the deadline, a reported task that is overdue is named again, with only overdue or unreported ones', () => {
    const progress = ledgerProgress(
      analysis,
      [entry({ task: 7, unit: '市财政局', date: '2021-07-30', state: 'inProgress' })],
      { asOf: '2022-01-15' },
    );
    const got = reminderTasks(progress, { unit: '市财政局' });
    expect(got).toContain(7);
    for (const n of got) {
      const part = progress.part(n, '市财政局')!;
      expect(part.status.status === 'overdue' || (part.owner && !part.entry)).toBe(true);
    }
  });

  test('a unit the plan gives no task: none', () => {
    const progress = ledgerProgress(analysis, [], { asOf: '2021-08-01' });
    expect(reminderTasks(progress, { unit: '某某不存在局' })).toEqual([]);
  });
});

describe('exportableReports: who may export which report', () => {
  const every = ['ledger', 'unit', 'lead-summary', 'overdue', 'lookback', 'matrix'];
  const cases: { name: string; by: { office: true } | { unit: string }; expected: unknown[] }[] = [
    {
      name: 'the office: every report, of any unit',
      by: { office: true },
      expected: every.map((kind) => ({ kind })),
    },
    {
      name: 'a lead unit (市财政局 leads 7–9): its list and its lead summary',
      by: { unit: '市财政局' },
      expected: [
        { kind: 'unit', unit: '市财政局' },
        { kind: 'lead-summary', unit: '市财政局' },
      ],
    },
    {
      name: 'a unit that leads nothing (赤坎区政府, one of 各县（市、区）政府): its own list only',
      by: { unit: '赤坎区政府' },
      expected: [{ kind: 'unit', unit: '赤坎区政府' }],
    },
  ];
  test.each(cases)('$name', ({ by, expected }) => {
    expect(exportableReports(analysis, by)).toEqual(expected);
  });

  test('a unit may export a lead summary exactly when the plan names it lead of some task', () => {
    for (const unit of ['市财政局', '市政府办公室', '赤坎区政府', '市教育局']) {
      const leads = analysis.tasks.some((t) =>
        t.resolved.units.some((u) => u.unit === unit && u.role === 'lead'),
      );
      expect(exportableReports(analysis, { unit }).some((r) => r.kind === 'lead-summary')).toBe(leads);
    }
  });
});

describe('summaryReceipts: the 汇总报送 the office has received', () => {
  /** The units leading some task, by the plan's reading, each with its led tasks. */
  const led = new Map<string, number[]>();
  for (const t of analysis.tasks)
    for (const u of t.resolved.units)
      if (u.role === 'lead' && !led.get(u.unit)?.includes(t.task.number))
        led.set(u.unit, [...(led.get(u.unit) ?? []), t.task.number]);

  test('nothing received: every lead unit, with the tasks it leads, 未报送', () => {
    const receipts = summaryReceipts(analysis, []);
    expect(led.size).toBeGreaterThan(1);
    expect(new Map(receipts.map((r) => [r.unit, r.tasks]))).toEqual(led);
    expect(receipts.every((r) => r.latest === undefined && r.count === 0)).toBe(true);
    // In the order of each unit's first led task.
    const firsts = receipts.map((r) => r.tasks[0]!);
    expect(firsts).toEqual([...firsts].sort((a, b) => a - b));
  });

  test('the latest summary of each unit that sent one, with what the caller kept; the others 未报送', () => {
    const [first, second] = [...led.keys()];
    const acts = [
      { unit: first!, at: '2021-10-28T02:00:00.000Z', author: '张三', id: 'a' },
      { unit: first!, at: '2021-10-29T02:00:00.000Z', author: '李四', id: 'b' },
      { unit: first!, at: '2021-10-27T02:00:00.000Z', author: '王五', id: 'c' },
      // Not a lead unit of this plan: not listed.
      { unit: '不存在的单位', at: '2021-10-28T02:00:00.000Z', author: '赵六', id: 'd' },
    ];
    const receipts = summaryReceipts(analysis, acts);
    const got = receipts.find((r) => r.unit === first)!;
    expect(got.latest).toEqual(acts[1]);
    expect(got.count).toBe(3);
    expect(receipts.find((r) => r.unit === second)).toEqual({
      unit: second,
      tasks: led.get(second!),
      count: 0,
    });
    expect(receipts.some((r) => r.unit === '不存在的单位')).toBe(false);
    expect(receipts.filter((r) => r.latest).map((r) => r.unit)).toEqual([first]);
  });

  test('two at the same instant: the later given', () => {
    const [unit] = [...led.keys()];
    const at = '2021-10-28T02:00:00.000Z';
    const receipts = summaryReceipts(analysis, [
      { unit: unit!, at, id: 'x' },
      { unit: unit!, at, id: 'y' },
    ]);
    expect(receipts.find((r) => r.unit === unit)!.latest).toEqual({ unit, at, id: 'y' });
  });
});
