import { readUnitsCell } from '@fengong/core';
import { describe, expect, it } from 'vitest';
import { seedAnalysis } from './__fixtures__/seed';
import { cellSegments } from './spans';

const simple = (text: string) => {
  const reading = readUnitsCell(text);
  return cellSegments(text, reading.clauses, reading.notices).map((s) => [s.text, s.kind, s.role]);
};

describe('units cell segments', () => {
  it('marks each name and role phrase with the role read from it', () => {
    expect(simple('市财政局牵头，市审计局配合')).toEqual([
      ['市财政局', 'name', 'lead'],
      ['牵头', 'marker', 'lead'],
      ['，', 'plain', undefined],
      ['市审计局', 'name', 'supporting'],
      ['配合', 'marker', 'supporting'],
    ]);
  });

  it('covers the whole cell, in order, for every task of the seed', () => {
    for (const { task, resolved } of seedAnalysis().tasks) {
      const segments = cellSegments(task.units, resolved.clauses, resolved.notices);
      expect(segments.map((s) => s.text).join('')).toBe(task.units);
      for (let i = 1; i < segments.length; i++) expect(segments[i]!.start).toBe(segments[i - 1]!.end);
    }
  });

  it('reads task 38’s supervising clause and task 7’s lead', () => {
    const a = seedAnalysis();
    const t38 = a.byNumber.get(38)!;
    const names38 = cellSegments(t38.task.units, t38.resolved.clauses)
      .filter((s) => s.kind === 'name')
      .map((s) => `${s.text}:${s.role}`);
    expect(names38).toEqual([
      '各县（市、区）政府（管委会）:responsible',
      '市直各单位:responsible',
      '市发展改革局:supervising',
      '市财政局:supervising',
      '市审计局:supervising',
      '市市场监管局:supervising',
    ]);
    const t7 = a.byNumber.get(7)!;
    const lead = cellSegments(t7.task.units, t7.resolved.clauses).find(
      (s) => s.role === 'lead' && s.kind === 'name',
    );
    expect(lead).toMatchObject({ text: '市财政局', start: 15, end: 19 });
  });

  it('leaves out clauses carried from another cell and overlapping spans', () => {
    const text = '市财政局';
    const clause = readUnitsCell(text).clauses[0]!;
    expect(cellSegments(text, [{ ...clause, carriedFrom: 3 }])).toEqual([
      { start: 0, end: 4, text, kind: 'plain' },
    ]);
    const twice = cellSegments(text, [clause, clause]);
    expect(twice.map((s) => s.text)).toEqual(['市财政局']);
  });

  it('marks unread text', () => {
    const segments = cellSegments('甲乙丙', [], [{ code: 'unread-span', span: { start: 1, end: 2 } }]);
    expect(segments.map((s) => [s.text, s.kind])).toEqual([
      ['甲', 'plain'],
      ['乙', 'unread'],
      ['丙', 'plain'],
    ]);
  });
});
