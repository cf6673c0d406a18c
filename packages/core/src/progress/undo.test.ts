import { describe, expect, test } from 'vitest';
import { seedPlan, seedRegistry } from '../../test/seed';
import { analyzePlan } from '../queries/analysis';
import { ledgerProgress, planId } from './rules';
import { createLedgerEntry, type LedgerEntry, type NewLedgerEntry } from './schema';
import { undoEntry } from './undo';

const analysis = analyzePlan(seedPlan, { registry: seedRegistry });
const plan = planId(seedPlan);
let n = 0;
const entry = (input: Omit<NewLedgerEntry, 'plan'>, at = `2021-10-0${++n}T08:00:00Z`): LedgerEntry =>
  createLedgerEntry({ plan, ...input }, { id: `e${n}-${input.state}`, recordedAt: at });

describe('undoEntry', () => {
  test('restates the previous entry of the pair, superseding the taken-back one', () => {
    const first = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-09-20',
      state: 'inProgress',
      note: '正在公开',
    });
    const other = entry({ task: 8, unit: '市财政局', date: '2021-09-25', state: 'done' });
    // Dated after the taken-back entry: not what the unit said on that day.
    const later = entry({ task: 7, unit: '市财政局', date: '2021-11-01', state: 'inProgress', note: '后来' });
    const mistake = entry({ task: 7, unit: '市财政局', date: '2021-10-01', state: 'done' });
    const ledger = [first, other, later, mistake];
    const undo = undoEntry(ledger, mistake.id, { author: '张三', phone: '0759-1234567' });
    expect(undo).toEqual({
      plan,
      task: 7,
      unit: '市财政局',
      date: '2021-10-01',
      state: 'inProgress',
      note: '正在公开',
      supersedes: mistake.id,
      author: '张三',
      phone: '0759-1234567',
    });
    const after = [...ledger, createLedgerEntry(undo!, { id: 'undo', recordedAt: '2021-10-05T08:00:00Z' })];
    const before = ledgerProgress(analysis, ledger, { asOf: '2021-10-10' });
    const progress = ledgerProgress(analysis, after, { asOf: '2021-10-10' });
    expect(before.entry(7, '市财政局')?.state).toBe('done');
    expect(progress.entry(7, '市财政局')).toMatchObject({ state: 'inProgress', note: '正在公开' });
    expect(progress.entry(8, '市财政局')?.state).toBe('done');
    // Nothing is deleted.
    expect(after).toHaveLength(5);
  });

  test('with no previous entry, the pair goes back to 未开始', () => {
    const only = entry({
      task: 9,
      unit: '市财政局',
      date: '2021-10-01',
      state: 'cannotComplete',
      reason: '系统未开放',
    });
    expect(undoEntry([only], only.id)).toMatchObject({
      state: 'notStarted',
      supersedes: only.id,
      date: '2021-10-01',
    });
  });

  test('an unknown or already corrected entry cannot be taken back', () => {
    const a = entry({ task: 9, unit: '市财政局', date: '2021-10-01', state: 'done' });
    const b = createLedgerEntry(undoEntry([a], a.id)!, { id: 'b', recordedAt: '2021-10-09T08:00:00Z' });
    expect(undoEntry([a, b], a.id)).toBeUndefined();
    expect(undoEntry([a], 'nope')).toBeUndefined();
  });
});
