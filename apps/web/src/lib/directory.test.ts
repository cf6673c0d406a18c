import { describe, expect, it } from 'vitest';
import { seedAnalysis } from './__fixtures__/seed';
import { roleCounts, searchDirectory, unitDirectory } from './directory';

describe('the unit directory', () => {
  it('lists groups with their members', () => {
    const dir = unitDirectory(seedAnalysis());
    expect(dir.groups.map((g) => [g.entry.name, g.members.length])).toEqual([
      ['各县（市、区）政府（管委会）', 12],
      ['市直各单位', 25],
      ['有关部门', 0],
    ]);
    expect(dir.others).toEqual([]);
    expect(dir.unknown).toEqual([]);
    const finance = dir.groups[1]!.members.find((m) => m.name === '市财政局');
    expect(finance).toMatchObject({ fullName: '湛江市财政局', kind: 'cityDepartment', tasks: 39 });
    expect(dir.groups[1]!.entry.tasks).toBeGreaterThan(0);
  });

  it('finds units by name, alias or full name, exact names first', () => {
    const dir = unitDirectory(seedAnalysis());
    expect(searchDirectory(dir, '财政').map((e) => e.name)).toEqual(['市财政局']);
    expect(searchDirectory(dir, '湛江市发展和改革局')[0]?.name).toBe('市发展改革局');
    expect(searchDirectory(dir, '市 人社局')[0]?.name).toBe('市人力资源社会保障局');
    expect(searchDirectory(dir, '市府直属各单位')[0]?.name).toBe('市直各单位');
    expect(searchDirectory(dir, '赤坎')[0]?.name).toBe('赤坎区政府');
    expect(searchDirectory(dir, '不存在的单位')).toEqual([]);
    expect(searchDirectory(dir, '', 5)).toHaveLength(5);
  });
});

describe('counts by role', () => {
  it('counts tasks naming each role and unit assignments after expansion', () => {
    const counts = roleCounts(seedAnalysis());
    expect(counts.tasks).toEqual({ lead: 17, responsible: 50, supporting: 17, supervising: 1 });
    expect(counts.assignments.supervising).toBe(4);
  });
});
