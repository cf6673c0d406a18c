/**
 * Conventions, overrides, 下同, prose brackets, notices and the plan queries.
 */
import { describe, expect, expectTypeOf, test } from 'vitest';
import type { Diagnostic } from '../diagnostics';
import { Plan, type PlanInput } from '../model/schema';
import { cityUnits, testRegistry } from '../registry/__fixtures__/registry';
import { findUnitsBracket } from './bracket';
import { detectConventions } from './conventions';
import { resolvePlan, responsibilityMatrix, tasksForUnit, unitAssignments, unitsForTask } from './plan';
import { readUnitsCell } from './read-cell';
import { explainUnits, resolveTask } from './resolve';
import { ResolvedTask, type RoleNotice, UnitsExplanation } from './schema';

const registry = testRegistry;

describe('plan conventions decide who leads when the cell names no lead', () => {
  const task = { number: 3, units: '市司法局、市政府办公室' };

  test('with neither convention: no lead, and a notice saying what each would give', () => {
    const resolved = resolveTask(task, { registry });
    expect(resolved.roles.lead).toEqual([]);
    expect(resolved.leadSource).toBe('none');
    const [notice] = resolved.notices;
    expect(notice?.code).toBe('no-single-owner');
    expect(notice?.params).toEqual({
      owners: '市司法局、市政府办公室',
      first: '市司法局',
      firstIsUnit: true,
      units: '市司法局、市政府办公室',
      unitCount: 2,
    });
    expect(notice?.message).toContain('按“列第一位的为牵头单位”，将由市司法局牵头');
    expect(notice?.message).toContain('将由市司法局、市政府办公室分别牵头');
  });

  test.each([
    [{ firstListedLeads: true }, ['市司法局'], ['市政府办公室']],
    [{ responsibleLeadsWhenNoLead: true }, ['市司法局', '市政府办公室'], []],
    [{ firstListedLeads: true, responsibleLeadsWhenNoLead: true }, ['市司法局'], ['市政府办公室']],
  ])('%o', (conventions, lead, responsible) => {
    const resolved = resolveTask(task, { registry, conventions });
    expect(resolved.roles).toMatchObject({ lead, responsible });
    expect(resolved.leadSource).toBe('convention');
    expect(resolved.notices.map((n) => n.code)).toEqual(['lead-by-convention']);
    expect(resolved.units.filter((u) => u.role === 'lead').every((u) => u.by === 'convention')).toBe(true);
  });

  test('a territorial group is never the first-listed owner', () => {
    const resolved = resolveTask(
      { number: 1, units: '各县（市、区）政府（管委会）;市政务服务数据管理局、市司法局' },
      { registry, conventions: { firstListedLeads: true } },
    );
    expect(resolved.roles.lead).toEqual(['市政务服务数据管理局']);
    expect(resolved.roles.responsible).toEqual(['各县（市、区）政府（管委会）', '市司法局']);
  });

  test('a cell with a lead is read as written whatever the conventions', () => {
    const resolved = resolveTask(
      { number: 1, units: '市财政局、市审计局牵头，市直各单位按职责分工落实' },
      { registry, conventions: { firstListedLeads: true } },
    );
    expect(resolved.roles.lead).toEqual(['市财政局', '市审计局']);
    expect(resolved.leadSource).toBe('cell');
  });

  test('a single owner, or groups only, is no notice', () => {
    for (const units of [
      '市司法局',
      '各县（市、区）政府（管委会）;市政务服务数据管理局',
      '各县（市、区）政府（管委会）、市直各单位',
    ]) {
      expect(resolveTask({ number: 1, units }, { registry }).notices).toEqual([]);
    }
  });
});

describe('task overrides replace the reading, and say so', () => {
  const task = {
    number: 9,
    units: '市财政局、市审计局、有关部门',
    overrides: {
      roles: { lead: ['市财政局'], supporting: ['市审计局', '市直单位'] },
      reason: '经与市财政局确认',
    },
  };

  test('roles, expansion and provenance come from the override', () => {
    const resolved = resolveTask(task, { registry });
    expect(resolved.override).toEqual({ reason: '经与市财政局确认' });
    expect(resolved.leadSource).toBe('override');
    expect(resolved.roles).toEqual({
      lead: ['市财政局'],
      responsible: [],
      supporting: ['市审计局', '市直各单位'],
      supervising: [],
    });
    expect(resolved.units[0]).toEqual({ unit: '市财政局', role: 'lead', by: 'override' });
    expect(resolved.units.find((u) => u.unit === '市教育局')).toEqual({
      unit: '市教育局',
      role: 'supporting',
      via: '市直各单位',
      by: 'override',
    });
  });

  test('the cell’s reading stays visible, its notices as information', () => {
    const resolved = resolveTask(task, { registry });
    expect(resolved.clauses.flatMap((c) => c.names.map((n) => n.name))).toEqual([
      '市财政局',
      '市审计局',
      '有关部门',
    ]);
    expect(resolved.notices.map((n) => [n.code, n.severity])).toEqual([
      ['vague-group', 'info'],
      ['override', 'info'],
    ]);
    expect(resolved.notices.at(-1)?.message).toContain('经与市财政局确认');
  });

  test('an override naming a unit the registry does not know keeps it, with a warning', () => {
    const resolved = resolveTask(
      { number: 1, units: '市财政局', overrides: { roles: { lead: ['市城管局'] }, reason: '机构改革' } },
      { registry },
    );
    expect(resolved.units).toEqual([{ unit: '市城管局', role: 'lead', unknown: true, by: 'override' }]);
    expect(resolved.notices.map((n) => n.code)).toEqual(['unknown-unit', 'override']);
  });

  test('overrides without roles (a deadline override) leave the reading alone', () => {
    const resolved = resolveTask(
      { number: 1, units: '市财政局牵头', overrides: { deadline: '2021-12-31', reason: '年底' } },
      { registry },
    );
    expect(resolved.roles.lead).toEqual(['市财政局']);
    expect(resolved.override).toBeUndefined();
  });
});

describe('identical cells in a plan', () => {
  const cell = '市财政局牵头，市直各单位按职责分工落实';
  const plan = Plan.parse({
    meta: { title: '测试方案', issued: '2021-07-01' },
    categories: [{ name: '一' }],
    tasks: [
      { number: 1, category: '一', text: '甲。', units: cell },
      {
        number: 2,
        category: '一',
        text: '乙。',
        units: cell,
        overrides: { roles: { lead: ['市审计局'] }, reason: '市审计局牵头' },
      },
      { number: 3, category: '一', text: '丙。', units: cell },
    ],
  });
  const resolved = resolvePlan(plan, registry);

  test('resolve once and share the result', () => {
    expect(resolved.byNumber.get(3)?.units).toBe(resolved.byNumber.get(1)?.units);
    expect(resolved.byNumber.get(3)?.number).toBe(3);
  });

  test('except for a task whose override replaces its roles', () => {
    expect(resolved.byNumber.get(1)?.roles.lead).toEqual(['市财政局']);
    expect(resolved.byNumber.get(2)?.roles.lead).toEqual(['市审计局']);
    expect(resolved.byNumber.get(2)?.units).toEqual([{ unit: '市审计局', role: 'lead', by: 'override' }]);
    expect(tasksForUnit(resolved, '市审计局')).toEqual([
      { task: 1, role: 'supporting', via: '市直各单位', supervising: false },
      { task: 2, role: 'lead', supervising: false },
      { task: 3, role: 'supporting', via: '市直各单位', supervising: false },
    ]);
  });
});

describe('one primary role per unit; supervising besides', () => {
  test('named beats reached through a group, whatever the roles', () => {
    const resolved = resolveTask({ number: 1, units: '市直各单位负责，市审计局配合' }, { registry });
    expect(resolved.units.find((u) => u.unit === '市审计局')).toEqual({
      unit: '市审计局',
      role: 'supporting',
    });
    expect(resolved.units.filter((u) => u.unit === '市审计局')).toHaveLength(1);
  });

  test('a unit in two groups takes the stronger role, through the group that gives it', () => {
    const resolved = resolveTask({ number: 1, units: '市政府各部门牵头，市直各单位配合' }, { registry });
    expect(resolved.units.find((u) => u.unit === '市财政局')).toEqual({
      unit: '市财政局',
      role: 'lead',
      via: '市政府各部门',
    });
    expect(resolved.units.find((u) => u.unit === '市政府办公室')).toEqual({
      unit: '市政府办公室',
      role: 'supporting',
      via: '市直各单位',
    });
    expect(new Set(resolved.units.map((u) => u.unit)).size).toBe(resolved.units.length);
  });

  test('a supervisor with no other role supervises only; a group supervises member by member', () => {
    const resolved = resolveTask({ number: 1, units: '市财政局牵头，各区政府督促指导' }, { registry });
    expect(resolved.units.filter((u) => u.role === 'supervising')).toHaveLength(4);
    expect(resolved.units.find((u) => u.unit === '赤坎区政府')).toEqual({
      unit: '赤坎区政府',
      role: 'supervising',
      via: '各区政府',
      territorial: true,
      supervising: true,
    });
  });

  test('vague and unknown groups are kept as one entry each', () => {
    const resolved = resolveTask(
      { number: 1, units: '市财政局牵头，有关部门、各镇人民政府配合' },
      { registry },
    );
    expect(resolved.units).toEqual([
      { unit: '市财政局', role: 'lead' },
      { unit: '有关部门', role: 'supporting', group: true },
      { unit: '各镇人民政府', role: 'supporting', unknown: true, group: true },
    ]);
  });

  test('without a registry nothing is expanded and nothing is called unknown', () => {
    const resolved = resolveTask({ number: 1, units: '市财政局牵头，市直各单位按职责分工落实' });
    expect(resolved.units).toEqual([
      { unit: '市财政局', role: 'lead' },
      { unit: '市直各单位', role: 'supporting', group: true },
    ]);
    expect(resolved.notices).toEqual([]);
  });
});

describe('下同 carries a clause over to the following cells', () => {
  const tasks = [
    '市财政局牵头，各区政府负责（下同）',
    '市审计局牵头',
    '市商务局牵头，市直各单位负责',
    '市税务局牵头',
  ];
  const plan: PlanInput = {
    meta: { title: '测试方案', issued: '2021-07-01' },
    categories: [{ name: '一' }],
    tasks: tasks.map((units, i) => ({ number: i + 1, category: '一', text: `任务${i + 1}。`, units })),
  };
  const resolved = resolvePlan(Plan.parse(plan), registry);

  test.each([
    [1, ['各区政府'], undefined],
    [2, ['各区政府'], 1],
    [3, ['市直各单位'], undefined],
    [4, ['各区政府'], 1],
  ])('task %i: responsible %o (carried from %s)', (number, responsible, from) => {
    const task = resolved.byNumber.get(number)!;
    expect(task.roles.responsible).toEqual(responsible);
    expect(task.clauses.find((c) => c.role === 'responsible')?.carriedFrom).toBe(from);
    if (from) expect(task.notices.map((n) => n.code)).toEqual(['carried-over']);
  });

  test('a stand-alone 下同 carries every clause before it', () => {
    const reading = readUnitsCell('市财政局牵头，各区政府负责，下同', { id: 7 });
    expect(reading.carries.map((c) => [c.role, c.carriedFrom])).toEqual([
      ['lead', 7],
      ['responsible', 7],
    ]);
  });
});

describe('findUnitsBracket: units at the end of a task’s text', () => {
  test.each([
    ['推进规章集中统一公开。（市司法局牵头，各区政府负责）', '市司法局牵头，各区政府负责'],
    ['做好政策解读工作〔责任单位：市直各单位按职责分工负责〕。', '责任单位：市直各单位按职责分工负责'],
    ['加强队伍建设（牵头单位：市政府办公室）', '牵头单位：市政府办公室'],
    [
      '推进政务数据共享（市府办〔市大数据局〕牵头，各区政府配合）。',
      '市府办〔市大数据局〕牵头，各区政府配合',
    ],
    ['推进政务数据共享(市财政局牵头)', '市财政局牵头'],
  ])('%s', (text, inner) => {
    const found = findUnitsBracket(text);
    expect(found?.text).toBe(inner);
    expect(text.slice(found!.span.start, found!.span.end)).toBe(inner);
    expect(text.slice(found!.bracket.start + 1, found!.bracket.end - 1)).toBe(inner);
  });

  test.each([
    '做好历史规划（计划）的归集整理工作（试行）。',
    '规章于2021年底前集中公开（2021年底前完成）',
    '持续深化地方政府债务信息公开（含专项债券）',
    '没有括注的任务。',
  ])('no units bracket: %s', (text) => {
    expect(findUnitsBracket(text)).toBeUndefined();
  });

  test('a bracket of bare unit names counts when the registry knows them', () => {
    expect(findUnitsBracket('做好工作。（市财政局、市审计局）', { registry })?.text).toBe(
      '市财政局、市审计局',
    );
    expect(findUnitsBracket('做好工作。（市财政局、市审计局）')).toBeUndefined();
  });
});

describe('detectConventions: conventions stated in a notice', () => {
  test.each([
    ['表中列第一位的为牵头单位，其他为责任单位。', { firstListedLeads: true }],
    ['各项任务中排在第一位的单位为牵头单位', { firstListedLeads: true }],
    ['无牵头单位的，责任单位即为牵头单位。', { responsibleLeadsWhenNoLead: true }],
    ['未明确牵头单位的，责任\n单位为牵头单位', { responsibleLeadsWhenNoLead: true }],
    [
      '列第一位的为牵头单位；没有牵头单位的，各责任单位均为牵头单位。',
      { firstListedLeads: true, responsibleLeadsWhenNoLead: true },
    ],
    ['各牵头单位要切实扛起牵头抓总职责。', {}],
  ])('%s', (text, conventions) => {
    const detected = detectConventions(text);
    expect(detected.conventions).toEqual(conventions);
    for (const found of detected.found) expect(text.slice(found.span.start, found.span.end)).toBe(found.text);
  });
});

describe('explainUnits: how fengong read a cell', () => {
  test('its JSON has the roles, notices and clauses at the top level and matches the schema', () => {
    const explained = explainUnits(
      '各县（市、区）政府（管委会）;市政府办公室、市政务服务数据管理局、市司法局',
      { registry },
    );
    const json = JSON.parse(JSON.stringify(explained));
    expect(Object.keys(json)).toEqual(
      expect.arrayContaining([
        'lead',
        'responsible',
        'supporting',
        'supervising',
        'notices',
        'clauses',
        'units',
      ]),
    );
    expect(UnitsExplanation.parse(json)).toEqual(json);
    expect(json.clauses[1].names.map((n: { name: string }) => n.name)).toEqual([
      '市政府办公室',
      '市政务服务数据管理局',
      '市司法局',
    ]);
  });

  test('notices are diagnostics', () => {
    expectTypeOf<RoleNotice>().toExtend<Diagnostic>();
  });
});

describe('queries on a resolved plan', () => {
  const plan = Plan.parse({
    meta: { title: '测试方案', issued: '2021-07-01' },
    categories: [{ name: '一' }],
    tasks: [
      { number: 1, category: '一', text: '甲。', units: '市财政局牵头，市直各单位按职责分工落实' },
      {
        number: 2,
        category: '一',
        text: '乙。',
        units: '各区政府；市直各单位。市审计局按照职责分工强化监管。',
      },
      { number: 3, category: '一', text: '丙。', units: '市城管局牵头，有关部门配合' },
    ],
  });
  const resolved = resolvePlan(plan, registry);

  test('every task resolves to the schema', () => {
    for (const task of resolved.tasks) expect(ResolvedTask.parse(task)).toEqual(task);
  });

  test('tasksForUnit by name, alias, or with stray spaces; unknown names are kept and queryable', () => {
    expect(tasksForUnit(resolved, '市审计局')).toEqual([
      { task: 1, role: 'supporting', via: '市直各单位', supervising: false },
      { task: 2, role: 'responsible', via: '市直各单位', supervising: true },
    ]);
    expect(tasksForUnit(resolved, '市府办')).toEqual(tasksForUnit(resolved, '市政府办公室'));
    expect(tasksForUnit(resolved, '市 城管局')).toEqual([{ task: 3, role: 'lead', supervising: false }]);
    expect(tasksForUnit(resolved, '有关部门')).toEqual([{ task: 3, role: 'supporting', supervising: false }]);
    expect(tasksForUnit(resolved, '赤坎区政府')).toEqual([
      { task: 2, role: 'responsible', via: '各区政府', territorial: true, supervising: false },
    ]);
    expect(tasksForUnit(resolved, '不存在的单位')).toEqual([]);
  });

  test('unitAssignments gives the task and the assignment', () => {
    const [first] = unitAssignments(resolved, '市财政局');
    expect(first?.task.number).toBe(1);
    expect(first?.assignment).toEqual({ unit: '市财政局', role: 'lead' });
  });

  test('unitsForTask, filtered by role', () => {
    expect(unitsForTask(resolved, 1, { roles: ['lead'] })).toEqual([{ unit: '市财政局', role: 'lead' }]);
    expect(unitsForTask(resolved, 1, { roles: ['supporting'] }).map((u) => u.unit)).toEqual(
      cityUnits.filter((u) => u !== '市财政局'),
    );
    expect(unitsForTask(resolved, 99)).toEqual([]);
  });

  test('responsibilityMatrix, expanded and collapsed', () => {
    const expanded = responsibilityMatrix({ resolved });
    expect(expanded.columns.slice(0, 3)).toEqual(['市政府办公室', '市政府研究室', '市发展改革局']);
    expect(expanded.columns.slice(-2)).toEqual(['市城管局', '有关部门']);
    expect(expanded.rows[1]?.cells['市审计局']).toEqual({
      role: 'responsible',
      via: '市直各单位',
      supervising: true,
    });
    expect(expanded.rows[0]?.cells['赤坎区政府']).toBeUndefined();

    const collapsed = responsibilityMatrix({ resolved }, { collapseGroups: true });
    expect(collapsed.columns).toEqual([
      '各区政府',
      '市直各单位',
      '有关部门',
      '市财政局',
      '市审计局',
      '市城管局',
    ]);
    expect(collapsed.rows[1]?.cells).toEqual({
      各区政府: { role: 'responsible' },
      市直各单位: { role: 'responsible' },
      市审计局: { role: 'supervising', supervising: true },
    });
  });
});
