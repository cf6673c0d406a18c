import { describe, expect, it } from 'vitest';
import { seedAnalysis } from './__fixtures__/seed';
import { matrixMark, matrixModel } from './matrix';

describe('the matrix model', () => {
  it('starts with groups closed: one column per name the cells use', () => {
    const model = matrixModel(seedAnalysis(), new Set());
    expect(model.columns.slice(0, 3).map((c) => [c.name, c.kind])).toEqual([
      ['各县（市、区）政府（管委会）', 'group'],
      ['市直各单位', 'group'],
      ['市政府办公室', 'unit'],
    ]);
    expect(model.columns).toHaveLength(27);
    expect(model.groups).toEqual([
      { name: '各县（市、区）政府（管委会）', members: 12, open: false },
      { name: '市直各单位', members: 25, open: false },
    ]);
  });

  it('opens a group into its members, each unit once', () => {
    const a = seedAnalysis();
    const model = matrixModel(a, new Set(['市直各单位']));
    const names = model.columns.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('市直各单位');
    expect(model.columns.find((c) => c.name === '市财政局')).toEqual({
      name: '市财政局',
      kind: 'unit',
      memberOf: '市直各单位',
    });
    expect(model.columns).toHaveLength(1 + 25);
  });

  it('marks named roles on closed columns and expanded roles on members', () => {
    const a = seedAnalysis();
    const t7 = a.resolved.byNumber.get(7)!;
    expect(matrixMark(t7, { name: '市财政局', kind: 'unit' })).toEqual({ role: 'lead', supervising: false });
    expect(matrixMark(t7, { name: '市直各单位', kind: 'group' })).toEqual({
      role: 'supporting',
      supervising: false,
    });
    expect(matrixMark(t7, { name: '市审计局', kind: 'unit' })).toBeUndefined();
    expect(matrixMark(t7, { name: '市审计局', kind: 'unit', memberOf: '市直各单位' })).toEqual({
      role: 'supporting',
      supervising: false,
      via: '市直各单位',
    });
    const t38 = a.resolved.byNumber.get(38)!;
    expect(matrixMark(t38, { name: '市审计局', kind: 'unit' })).toEqual({
      role: 'supervising',
      supervising: true,
    });
    expect(matrixMark(t38, { name: '市审计局', kind: 'unit', memberOf: '市直各单位' })).toEqual({
      role: 'responsible',
      supervising: true,
      via: '市直各单位',
    });
  });
});
