/**
 * The indexed registry: look-ups by every name, group expansion both ways, and suggestions.
 */
import { describe, expect, test } from 'vitest';
import { Registry } from '../model/schema';
import { testRegistry } from './__fixtures__/registry';
import { closestUnits, editDistance } from './closest';
import { expandGroup, groupsOfUnit, indexRegistry, lookupGroup, lookupName, lookupUnit } from './lookup';
import { ALREADY_NORMAL, normalizeName } from './normalize';

const registry = testRegistry;

describe('normalizeName', () => {
  test.each([
    ['各县（市、区）政府（管委会）', '各县(市、区)政府(管委会)'],
    ['各县(市、区) 政府\n（管委会）', '各县(市、区)政府(管委会)'],
    ['市府办〔市大数据局〕', '市府办(市大数据局)'],
    ['　市财政局 ', '市财政局'],
    ['市１２３４５热线', '市12345热线'],
  ])('%s → %s', (name, key) => {
    expect(normalizeName(name)).toBe(key);
  });

  test('the already-normal shortcut admits only characters the full normalisation keeps', () => {
    const admitted: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const c = String.fromCharCode(code);
      if (ALREADY_NORMAL.test(c)) admitted.push(c);
    }
    expect(admitted.length).toBeGreaterThan(20_000);
    // The slow path, written out: what normalizeName would do without the shortcut.
    const slow = (s: string) =>
      s
        .normalize('NFKC')
        .replace(/\s+/gu, '')
        .replace(/[〔【[｛{]/gu, '(')
        .replace(/[〕】\]｝}]/gu, ')');
    expect(admitted.filter((c) => slow(c) !== c)).toEqual([]);
  });
});

describe('look-ups', () => {
  test.each([
    ['市财政局', 'unit', '市财政局', 'name'],
    ['市人社局', 'unit', '市人力资源社会保障局', 'alias'],
    ['湛江市人民政府办公室', 'unit', '市政府办公室', 'fullName'],
    ['市 财政\n局', 'unit', '市财政局', 'name'],
    ['各县(市、区)政府(管委会)', 'group', '各县（市、区）政府（管委会）', 'name'],
    ['各县（市、区）人民政府（管委会）', 'group', '各县（市、区）政府（管委会）', 'alias'],
    ['市府直属各单位', 'group', '市直各单位', 'alias'],
  ])('%s', (name, kind, canonical, matched) => {
    const entry = lookupName(registry, name);
    expect(entry?.kind).toBe(kind);
    expect(entry?.matched).toBe(matched);
    expect(entry?.kind === 'unit' ? entry.unit.name : entry?.group.name).toBe(canonical);
  });

  test('lookupUnit and lookupGroup keep to their kind', () => {
    expect(lookupUnit(registry, '市直各单位')).toBeUndefined();
    expect(lookupGroup(registry, '市财政局')).toBeUndefined();
    expect(lookupUnit(registry, '市城管局')).toBeUndefined();
    expect(lookupGroup(registry, '有关单位')?.name).toBe('有关部门');
  });

  test('an index is built once per registry object and accepted wherever a registry is', () => {
    const index = indexRegistry(registry);
    expect(indexRegistry(registry)).toBe(index);
    expect(lookupUnit(index, '市人社局')?.name).toBe('市人力资源社会保障局');
  });

  test('a short name wins over another unit’s full name', () => {
    const reg = Registry.parse({
      units: [
        { name: '市政府办公室', fullName: '市政府办', kind: 'cityOffice' },
        { name: '市政府办', kind: 'other' },
      ],
    });
    expect(lookupUnit(reg, '市政府办')?.name).toBe('市政府办');
  });
});

describe('groups', () => {
  test('a members list, in registry order', () => {
    expect(expandGroup(registry, '各区政府').map((u) => u.name)).toEqual([
      '赤坎区政府',
      '霞山区政府',
      '坡头区政府',
      '麻章区政府',
    ]);
  });

  test('a memberKinds rule: 市直各单位 is every city department and office', () => {
    const members = expandGroup(registry, '市府直属各单位').map((u) => u.name);
    expect(members).toContain('市政府办公室');
    expect(members).toContain('市财政局');
    expect(members).not.toContain('市税务局');
    expect(members).toHaveLength(25);
  });

  test('vague and unknown groups have no members', () => {
    expect(expandGroup(registry, '有关部门')).toEqual([]);
    expect(expandGroup(registry, '各镇人民政府')).toEqual([]);
  });

  test('members named by alias are found', () => {
    const reg = Registry.parse({
      units: [{ name: '市人力资源社会保障局', aliases: ['市人社局'], kind: 'cityDepartment' }],
      groups: [{ name: '人社系统', members: ['市人社局'] }],
    });
    expect(expandGroup(reg, '人社系统').map((u) => u.name)).toEqual(['市人力资源社会保障局']);
  });

  test('groupsOfUnit', () => {
    expect(groupsOfUnit('市财政局', registry).map((g) => g.name)).toEqual(['市直各单位', '市政府各部门']);
    expect(groupsOfUnit('赤坎区', registry).map((g) => g.name)).toEqual([
      '各县（市、区）政府（管委会）',
      '各区政府',
    ]);
    expect(groupsOfUnit('市税务局', registry)).toEqual([]);
    expect(groupsOfUnit('不存在', registry)).toEqual([]);
  });
});

describe('suggestions for names the registry does not know', () => {
  test.each([
    ['市发改局', '市发展改革局'],
    ['市发改委', '市发展改革局'],
    ['市卫健委', '市卫生健康局'],
    ['市住建委', '市住房城乡建设局'],
    ['市人社厅', '市人力资源社会保障局'],
    ['市政府办公厅', '市政府办公室'],
  ])('%s → %s', (name, best) => {
    expect(closestUnits(registry, name, 1)[0]?.name).toBe(best);
  });

  test('市发改局 is simply resolved where it is an alias', () => {
    const reg = Registry.parse({
      units: [{ name: '市发展改革局', aliases: ['市发改局'], kind: 'cityDepartment' }],
    });
    expect(lookupUnit(reg, '市发改局')?.name).toBe('市发展改革局');
  });

  test('groups only when asked; each unit once; nothing for an unrelated name', () => {
    expect(closestUnits(registry, '各镇政府', 3).every((s) => s.kind === 'unit')).toBe(true);
    expect(closestUnits(registry, '各镇政府', 1, { groups: true })[0]).toMatchObject({
      name: '各区政府',
      kind: 'group',
    });
    const names = closestUnits(registry, '市人社', 5).map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
    expect(closestUnits(registry, '天气预报', 3)).toEqual([]);
    expect(closestUnits(registry, '', 3)).toEqual([]);
  });

  test.each([
    ['', '', 0],
    ['市财政局', '市财政局', 0],
    ['市发改局', '市发展改革局', 2],
    ['abc', '', 3],
    ['kitten', 'sitting', 3],
  ])('editDistance(%s, %s) = %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});
