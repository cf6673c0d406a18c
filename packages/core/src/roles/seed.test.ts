/**
 * The Zhanjiang 2021 seed plan (湛府办〔2021〕15号) resolves as the document says. The 24 distinct
 * units cells are transcribed here from the seed text (each cell's lines trimmed and joined), and
 * checked against the seed plan file, so two transcriptions must agree.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { Plan, Registry } from '../model/schema';
import { resolvePlan, tasksForUnit, unitsForTask } from './plan';
import { explainUnits } from './resolve';
import { ResolvedTask, type RoleNoticeCode, type UnitTask } from './schema';

const seeds = path.resolve(import.meta.dirname, '../../../../seeds');
const plan = Plan.parse(parse(readFileSync(path.join(seeds, 'zhanjiang-2021/plan.yaml'), 'utf8')));
const registry = Registry.parse(parse(readFileSync(path.join(seeds, 'zhanjiang/units.yaml'), 'utf8')));

const COUNTIES = '各县（市、区）政府（管委会）';
const CITY = '市直各单位';

interface Expected {
  cell: string;
  lead?: string[];
  responsible: string[];
  supporting?: string[];
  supervising?: string[];
  notices?: RoleNoticeCode[];
}

const TASK_34_UNITS = [
  '市发展改革局',
  '市教育局',
  '市科技局',
  '市工业和信息化局',
  '市公安局',
  '市民政局',
  '市司法局',
  '市财政局',
  '市人力资源社会保障局',
  '市自然资源局',
  '市生态环境局',
  '市住房城乡建设局',
  '市交通运输局',
  '市农业农村局',
  '市文化广电旅游体育局',
  '市卫生健康局',
  '市应急管理局',
  '市市场监管局',
  '市医保局',
];

/** The distinct units cells of the seed, keyed by a letter, in order of first appearance. */
const cells: Record<string, Expected> = {
  A: {
    cell: '各县（市、区）政府（管委会）；市政府办公室牵头，市直各单位按职责分工落实',
    lead: ['市政府办公室'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  B: {
    cell: '各县（市、区）政府（管委会）；市政务服务数据管理局牵头，市直各单位按职责分工落实',
    lead: ['市政务服务数据管理局'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  C: {
    cell: '各县（市、区）政府（管委会）;市发展改革局、市商务局、市市场监管局牵头，市直各单位按职责分工落实',
    lead: ['市发展改革局', '市商务局', '市市场监管局'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  D: { cell: '各县（市、区）政府（管委会）、市直各单位', responsible: [COUNTIES, CITY] },
  E: {
    cell: '各县（市、区）政府（管委会）;市财政局牵头，市直各单位按职责分工落实',
    lead: ['市财政局'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  F: {
    cell: '各县（市、区）政府（管委会）;市卫生健康局牵头，市直各单位按职责分工落实',
    lead: ['市卫生健康局'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  G: {
    cell: '各县（市、区）政府（管委会）;市政府办公室牵头，市直各单位按职责分工落实',
    lead: ['市政府办公室'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  H: {
    cell: '各县（市、区）政府（管委会）;市政府办公室、市政务服务数据管理局牵头，市直各单位按职责分工落实',
    lead: ['市政府办公室', '市政务服务数据管理局'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  // No lead in the cell: 按职责分工落实 is the group's own responsibility.
  I: { cell: '各县（市、区）政府（管委会）;市直各单位按职责分工落实', responsible: [COUNTIES, CITY] },
  J: {
    cell: '各县（市、区）政府（管委会）;市政府办公室、市政务服务数据管理局、市司法局',
    responsible: [COUNTIES, '市政府办公室', '市政务服务数据管理局', '市司法局'],
    notices: ['no-single-owner'],
  },
  K: { cell: '市直各单位', responsible: [CITY] },
  L: {
    cell: '各县（市、区）政府（管委会）;市政务服务数据管理局牵头，市直各单位按职责分工落实',
    lead: ['市政务服务数据管理局'],
    responsible: [COUNTIES],
    supporting: [CITY],
  },
  M: {
    cell: '各县（市、区）政府（管委会）;市政府办公室、市政务服务数据管理局',
    responsible: [COUNTIES, '市政府办公室', '市政务服务数据管理局'],
    notices: ['no-single-owner'],
  },
  N: {
    cell: '市政府办公室、市政务服务数据管理局',
    responsible: ['市政府办公室', '市政务服务数据管理局'],
    notices: ['no-single-owner'],
  },
  O: {
    cell: '各县（市、区）政府（管委会）;市政务服务数据管理局',
    responsible: [COUNTIES, '市政务服务数据管理局'],
  },
  P: {
    cell: '各县（市、区）政府（管委会）;市政府办公室、市政务服务数据管理局、市政府研究室',
    responsible: [COUNTIES, '市政府办公室', '市政务服务数据管理局', '市政府研究室'],
    notices: ['no-single-owner'],
  },
  Q: {
    cell:
      '市发展改革局、市教育局 、市科技局、市工业和信息化局、市公安局、市民政局、市司法局、市财政局、市人力资源社会保障局、' +
      '市自然资源局、市生态环境局、市住房城乡建设局、市交通运输局、市农业农村局、市文化广电旅游体育局、市卫生健康局、' +
      '市应急管理局、市市场监管局、市医保局等市直单位按职责分工落实',
    responsible: TASK_34_UNITS,
    notices: ['list-closed-by-etc', 'no-single-owner'],
  },
  R: { cell: '各县（市、区）政府（管委会）', responsible: [COUNTIES] },
  S: { cell: '各县（市、区）政府（管委会）;市直各单位', responsible: [COUNTIES, CITY] },
  T: {
    cell: '各县（市、区）政府（管委会）;市直各单位。市发展改革局、市财政局、市审计局、市市场监管局按照职责分工强化监管。',
    responsible: [COUNTIES, CITY],
    supervising: ['市发展改革局', '市财政局', '市审计局', '市市场监管局'],
  },
  U: { cell: '市司法局', responsible: ['市司法局'] },
  V: {
    cell: '市司法局、市政府办公室',
    responsible: ['市司法局', '市政府办公室'],
    notices: ['no-single-owner'],
  },
  W: {
    cell: '市发展改革局、市教育局、市生态环境局、市住房城乡建设局、市交通运输局、市卫生健康局、市国资委等部门按职责分工落实',
    responsible: [
      '市发展改革局',
      '市教育局',
      '市生态环境局',
      '市住房城乡建设局',
      '市交通运输局',
      '市卫生健康局',
      '市国资委',
    ],
    notices: ['list-closed-by-etc', 'no-single-owner'],
  },
  X: { cell: '各县（市、区）政府（管委会）;市政府办公室', responsible: [COUNTIES, '市政府办公室'] },
};

/** Which cell each task has, as the seed's merged cells group them (3–5, 7–9, 10–12, 43–45 …). */
const cellOfTask: Record<number, string> = {};
const spans: [string, ...number[]][] = [
  ['A', 1],
  ['B', 2],
  ['C', 3, 4, 5],
  ['D', 6, 13, 14, 15, 17, 18, 22, 24, 25, 42, 48, 49, 50],
  ['E', 7, 8, 9],
  ['F', 10, 11, 12],
  ['G', 16, 29],
  ['H', 19, 20, 23],
  ['I', 21],
  ['J', 26],
  ['K', 27],
  ['L', 28],
  ['M', 30],
  ['N', 31],
  ['O', 32],
  ['P', 33],
  ['Q', 34],
  ['R', 35],
  ['S', 36, 37, 43, 44, 45],
  ['T', 38],
  ['U', 39],
  ['V', 40],
  ['W', 41],
  ['X', 46, 47],
];
for (const [key, ...tasks] of spans) for (const task of tasks) cellOfTask[task] = key;

const resolved = resolvePlan(plan, registry);

function roleNames(e: Expected) {
  return {
    lead: e.lead ?? [],
    responsible: e.responsible,
    supporting: e.supporting ?? [],
    supervising: e.supervising ?? [],
  };
}

describe('each distinct units cell of the seed', () => {
  test.each(Object.entries(cells))('cell %s', (_key, expected) => {
    const explained = explainUnits(expected.cell, { registry });
    const { lead, responsible, supporting, supervising } = explained;
    expect({ lead, responsible, supporting, supervising }).toEqual(roleNames(expected));
    expect([...new Set(explained.notices.map((n) => n.code))].sort()).toEqual(
      [...(expected.notices ?? [])].sort(),
    );
  });
});

describe('the 50 tasks of the seed plan', () => {
  test('the plan has tasks 1–50 and every one has a transcribed cell', () => {
    expect(plan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(Object.keys(cellOfTask)).toHaveLength(50);
  });

  test.each(plan.tasks.map((t) => [t.number, t] as const))('task %i', (number, task) => {
    const expected = cells[cellOfTask[number]!]!;
    expect(task.units).toBe(expected.cell);
    const result = resolved.byNumber.get(number)!;
    expect(result.roles).toEqual(roleNames(expected));
    expect([...new Set(result.notices.map((n) => n.code))].sort()).toEqual(
      [...(expected.notices ?? [])].sort(),
    );
    expect(ResolvedTask.parse(result)).toEqual(result);
  });

  test('task 7: 市财政局 leads, county governments carry it in their areas, city units support', () => {
    const units = unitsForTask(resolved, 7);
    expect(units.filter((u) => u.role === 'lead')).toEqual([{ unit: '市财政局', role: 'lead' }]);
    const counties = units.filter((u) => u.role === 'responsible');
    expect(counties).toHaveLength(12);
    expect(counties.every((u) => u.via === COUNTIES && u.territorial)).toBe(true);
    expect(counties.map((u) => u.unit)).toContain('南三岛管委会');
    const supporting = units.filter((u) => u.role === 'supporting');
    expect(supporting.every((u) => u.via === CITY && !u.territorial)).toBe(true);
    expect(supporting.map((u) => u.unit)).toContain('市审计局');
    // Named as lead beats being in 市直各单位: not also supporting.
    expect(units.filter((u) => u.unit === '市财政局')).toHaveLength(1);
    expect(supporting).toHaveLength(registry.units.filter((u) => u.kind.startsWith('city')).length - 1);
  });

  test('task 38: four departments supervise besides their responsibility as city units', () => {
    const supervisors = unitsForTask(resolved, 38, { roles: ['supervising'] });
    expect(supervisors).toEqual(
      ['市发展改革局', '市财政局', '市审计局', '市市场监管局'].map((unit) => ({
        unit,
        role: 'responsible',
        via: CITY,
        supervising: true,
      })),
    );
    expect(resolved.byNumber.get(38)?.roles.responsible).toEqual([COUNTIES, CITY]);
  });

  test('task 26: three co-responsible units and no lead get a no-single-owner notice', () => {
    const task = resolved.byNumber.get(26)!;
    expect(task.leadSource).toBe('none');
    expect(task.units.filter((u) => u.via === undefined)).toEqual([
      { unit: '市政府办公室', role: 'responsible' },
      { unit: '市政务服务数据管理局', role: 'responsible' },
      { unit: '市司法局', role: 'responsible' },
    ]);
    const [notice] = task.notices;
    expect(notice).toMatchObject({
      code: 'no-single-owner',
      severity: 'warning',
      expected: '市政府办公室',
      path: ['tasks', 25, 'units'],
    });
    expect(notice?.params).toMatchObject({ first: '市政府办公室', firstIsUnit: true });
    expect(notice?.message).toContain('将由市政府办公室牵头');
  });

  test('task 34: 19 named departments responsible, despite the stray space in “市教育局 、”', () => {
    const units = unitsForTask(resolved, 34);
    expect(units.map((u) => u.unit)).toEqual(TASK_34_UNITS);
    expect(units.every((u) => u.role === 'responsible' && u.via === undefined)).toBe(true);
  });
});

describe('市财政局’s own list', () => {
  const supportingVia = [1, 2, 3, 4, 5, 10, 11, 12, 16, 19, 20, 23, 28, 29];
  const responsibleVia = [6, 13, 14, 15, 17, 18, 21, 22, 24, 25, 27, 36, 37, 38, 42, 43, 44, 45, 48, 49, 50];
  const expected: UnitTask[] = [
    ...supportingVia.map((task) => ({ task, role: 'supporting' as const, via: CITY, supervising: false })),
    ...responsibleVia.map((task) => ({
      task,
      role: 'responsible' as const,
      via: CITY,
      supervising: task === 38,
    })),
    ...[7, 8, 9].map((task) => ({ task, role: 'lead' as const, supervising: false })),
    { task: 34, role: 'responsible' as const, supervising: false },
  ].sort((a, b) => a.task - b.task);

  test('every task, with its role and how it reached 市财政局', () => {
    expect(tasksForUnit(resolved, '市财政局')).toEqual(expected);
  });

  test('filtered by role', () => {
    expect(tasksForUnit(resolved, '市财政局', { roles: ['lead'] }).map((t) => t.task)).toEqual([7, 8, 9]);
    expect(tasksForUnit(resolved, '市财政局', { roles: ['supervising'] }).map((t) => t.task)).toEqual([38]);
    expect(
      tasksForUnit(resolved, '市财政局', { roles: ['responsible'] })
        .filter((t) => t.via === undefined)
        .map((t) => t.task),
    ).toEqual([34]);
  });

  test('by its full name too', () => {
    expect(tasksForUnit(resolved, '湛江市财政局')).toEqual(expected);
  });
});
