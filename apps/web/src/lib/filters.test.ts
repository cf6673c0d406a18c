import { describe, expect, it } from 'vitest';
import { cannotCompleteCandidates, passesStatus, statusCounts } from './filters';

describe('status filters', () => {
  it('counts every status, 无法完成 apart, the first seven always', () => {
    const counts = statusCounts([
      { status: 'overdue', cannotComplete: false },
      { status: 'overdue', cannotComplete: true },
      { status: 'awaitingAnchor', cannotComplete: false },
      { status: undefined, cannotComplete: false },
    ]);
    expect(counts).toEqual([
      ['overdue', 2],
      ['atRisk', 0],
      ['dueSoon', 0],
      ['pending', 0],
      ['ongoing', 0],
      ['done', 0],
      ['cannotComplete', 1],
      ['awaitingAnchor', 1],
    ]);
  });

  it('passes a task by its status or its 无法完成 report', () => {
    const blocked = { status: 'overdue' as const, cannotComplete: true };
    expect(passesStatus(blocked, undefined)).toBe(true);
    expect(passesStatus(blocked, 'overdue')).toBe(true);
    expect(passesStatus(blocked, 'cannotComplete')).toBe(true);
    expect(passesStatus(blocked, 'dueSoon')).toBe(false);
    expect(passesStatus({ status: 'overdue', cannotComplete: false }, 'cannotComplete')).toBe(false);
  });
});

describe('cannotCompleteCandidates', () => {
  it('names the tasks with any 无法完成 entry, and no other', () => {
    const candidates = cannotCompleteCandidates([
      { task: 9, state: 'cannotComplete' },
      { task: 7, state: 'done' },
      { task: 9, state: 'inProgress' },
      { task: 12, state: 'cannotComplete' },
    ]);
    expect([...candidates].sort((a, b) => a - b)).toEqual([9, 12]);
  });
});
