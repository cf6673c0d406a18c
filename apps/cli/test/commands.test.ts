import { describe, expect, test } from 'vitest';
import { fengong, spawnFengong } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';
const json = async (args: string[]) => {
  const r = await fengong([...args, '--json']);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
};

describe('fengong tasks', () => {
  test('--unit 市财政局 --role lead lists tasks 7, 8, 9', async () => {
    const r = await fengong(['tasks', seed, '--unit', '市财政局', '--role', 'lead', '--as-of', '2021-10-01']);
    expect(r.code).toBe(0);
    const numbers = r.stdout
      .split('\n')
      .filter((line) => /^\d+\s/.test(line))
      .map((line) => Number(line.split(/\s+/)[0]));
    expect(numbers).toEqual([7, 8, 9]);
    expect(r.stdout).toContain('合计 3');
  });

  test('--json gives number, category, text, units, roles and deadline {text, kind, due}, plus status', async () => {
    const tasks = await json([
      'tasks',
      seed,
      '--unit',
      '湛江市财政局',
      '--role',
      'lead',
      '--as-of',
      '2021-10-01',
    ]);
    expect(tasks.map((t: { number: number }) => t.number)).toEqual([7, 8, 9]);
    expect(tasks[0]).toMatchObject({
      number: 7,
      category: '做好财政信息公开',
      units: '各县（市、区）政府（管委会）;市财政局牵头，市直各单位按职责分工落实',
      roles: {
        lead: ['市财政局'],
        responsible: ['各县（市、区）政府（管委会）'],
        supporting: ['市直各单位'],
        supervising: [],
      },
      deadline: { text: '2021年 12月前', kind: 'by', due: '2021-12-31' },
      status: { status: 'pending', light: 'green' },
      unitRole: { role: 'lead', supervising: false },
    });
    expect(tasks[0].text).toMatch(/^持续深化地方政府债务信息公开/);
  });

  test('--status overdue --as-of 2021-10-01 lists exactly the unfinished tasks whose deadline passed', async () => {
    const all = await json(['tasks', seed, '--as-of', '2021-10-01']);
    const passed = all.filter(
      (t: { deadline: { due: string | null } }) => t.deadline.due !== null && t.deadline.due < '2021-10-01',
    );
    const overdue = await json(['tasks', seed, '--status', 'overdue', '--as-of', '2021-10-01']);
    expect(overdue.map((t: { number: number }) => t.number)).toEqual(
      passed.map((t: { number: number }) => t.number),
    );
    expect(overdue.map((t: { number: number }) => t.number)).toEqual([1, 2, 15, 26, 27, 31, 49, 50]);
    for (const t of overdue) expect(t.status).toMatchObject({ status: 'overdue', daysLate: 1, light: 'red' });
  });

  test('--count, --category, --due-before', async () => {
    expect((await fengong(['tasks', seed, '--count'])).stdout.trim()).toBe('50');
    expect((await fengong(['tasks', seed, '--category', '财政信息', '--count'])).stdout.trim()).toBe('4');
    const r = await json(['tasks', seed, '--due-before', '2021-09-30']);
    expect(r).toHaveLength(8);
  });

  test('--fail-on overdue exits 1 after printing; nothing overdue exits 0', async () => {
    const r = await fengong(['tasks', seed, '--as-of', '2021-10-01', '--fail-on', 'overdue', '--count']);
    expect(r.code).toBe(1);
    expect(r.stdout.trim()).toBe('50');
    expect(r.stderr).toContain('8 项任务为“已逾期”');
    expect(
      (await fengong(['tasks', seed, '--as-of', '2021-08-01', '--fail-on', 'overdue', '--count'])).code,
    ).toBe(0);
    const risk = await fengong(['tasks', seed, '--as-of', '2021-09-15', '--fail-on', 'atRisk', '--count']);
    expect(risk.code).toBe(1);
  });

  test('a malformed date and an unknown status are usage errors (exit 2, no stack)', async () => {
    const r = await fengong(['tasks', seed, '--as-of', '2021-02-30']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('错误: --as-of “2021-02-30”: 日期应写作 YYYY-MM-DD');
    const s = await fengong(['tasks', seed, '--status', 'late']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('late');
  });
});

describe('fengong unit', () => {
  test('市财政局: leads 7–9, supervises 38, carries 34 by name and others through 市直各单位, 30-October duty', async () => {
    const list = await json(['unit', seed, '市财政局', '--as-of', '2021-10-01']);
    expect(list.unit).toMatchObject({ name: '市财政局', fullName: '湛江市财政局', groups: ['市直各单位'] });
    expect(list.lead.map((t: { number: number }) => t.number)).toEqual([7, 8, 9]);
    expect(list.supervising.map((t: { number: number }) => t.number)).toEqual([38]);
    const named = list.responsible.filter((t: { unitRole: { via?: string } }) => !t.unitRole.via);
    expect(named.map((t: { number: number }) => t.number)).toEqual([34]);
    expect(list.responsible.find((t: { number: number }) => t.number === 6).unitRole.via).toBe('市直各单位');
    const report = list.noticeDuties.find((d: { scope?: string }) => d.scope === 'ledTasks');
    expect(report).toMatchObject({
      recipient: '市政府办公室',
      deadline: { due: '2021-10-30' },
      tasks: [7, 8, 9],
    });
  });

  test('human output has the role sections and the notice duty', async () => {
    const r = await fengong(['unit', seed, '市财政局', '--as-of', '2021-10-01']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('■ 牵头（3）');
    expect(r.stdout).toContain('■ 监管（1）');
    expect(r.stdout).toMatch(/收集汇总所牵头工作任务开展情况.*2021-10-30.*\[7, 8, 9\]/);
  });

  test('an unknown unit: error with the closest names, exit 2', async () => {
    const r = await fengong(['unit', seed, '市财政厅']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^错误: 未找到单位 “市财政厅”；是否指：市财政局/);
  });
});

describe('fengong who / matrix / deadlines / units', () => {
  test('who 7: every role, groups expanded with provenance', async () => {
    const detail = await json(['who', seed, '7']);
    expect(detail.task.roles.lead).toEqual(['市财政局']);
    expect(detail.assignments).toContainEqual({
      unit: '赤坎区政府',
      role: 'responsible',
      via: '各县（市、区）政府（管委会）',
      territorial: true,
    });
    expect(detail.assignments).toContainEqual({ unit: '市审计局', role: 'supporting', via: '市直各单位' });
    const human = await fengong(['who', seed, '7']);
    expect(human.stdout).toMatch(/南三岛管委会\s+负责\s+各县（市、区）政府（管委会）（属地）/);
  });

  test('who with an unknown task number: exit 2', async () => {
    const r = await fengong(['who', seed, '51']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('错误: 没有编号为 51 的任务');
  });

  test('matrix: groups collapsed by default, role marks, legend', async () => {
    const m = await json(['matrix', seed]);
    expect(m.columns.slice(0, 2)).toEqual(['各县（市、区）政府（管委会）', '市直各单位']);
    expect(m.rows[6].cells['市财政局']).toEqual({ role: 'lead' });
    const human = (await fengong(['matrix', seed])).stdout;
    expect(human).toMatch(/^7\s+责\s+配\s/m);
    expect(human).toContain('市财政局');
    const expanded = await json(['matrix', seed, '--expand']);
    expect(expanded.columns).toContain('赤坎区政府');
    expect(expanded.columns).not.toContain('市直各单位');
  });

  test('deadlines: months in order with status, ongoing work', async () => {
    const cal = await json(['deadlines', seed, '--as-of', '2021-10-01']);
    expect(cal.months.map((m: { month: string }) => m.month)).toEqual(['2021-09', '2021-12', '2022-01']);
    expect(cal.months[0].items[0]).toMatchObject({
      task: 1,
      label: '完成现有规划文件主动公开',
      status: 'overdue',
    });
    expect(cal.ongoing.map((o: { task: number }) => o.task)).toContain(1);
    expect((await fengong(['deadlines', seed, '--as-of', '2021-10-01'])).stdout).toContain('■ 2021-09（8）');
  });

  test('units: the registry with group members, from the plan or the registry file', async () => {
    const fromPlan = await json(['units', seed]);
    const counties = fromPlan.groups.find((g: { name: string }) => g.name === '各县（市、区）政府（管委会）');
    expect(counties.expandedMembers).toHaveLength(12);
    const human = (await fengong(['units', 'seeds/zhanjiang/units.yaml'])).stdout;
    expect(human).toMatch(/■ 市直各单位.*成员 25/);
  });
});

describe('fengong explain', () => {
  test('roles: clauses with spans and roles', async () => {
    const cell = '各县（市、区）政府（管委会）；市财政局牵头，市直各单位按职责分工落实';
    const e = await json(['explain', 'roles', cell, '--units', 'seeds/zhanjiang/units.yaml']);
    expect(e).toMatchObject({
      lead: ['市财政局'],
      responsible: ['各县（市、区）政府（管委会）'],
      supporting: ['市直各单位'],
      supervising: [],
    });
    expect(e.clauses[1].span).toEqual({ start: 15, end: 21 });
    const human = (await fengong(['explain', 'roles', cell])).stdout;
    expect(human).toContain('^^^^^^^^^^^^ 牵头: 市财政局');
  });

  test('roles: task 26’s cell carries a no-single-owner notice', async () => {
    const e = await json([
      'explain',
      'roles',
      '各县（市、区）政府（管委会）;市政府办公室、市政务服务数据管理局、市司法局',
    ]);
    expect(e.lead).toEqual([]);
    expect(e.notices.map((n: { code: string }) => n.code)).toContain('no-single-owner');
  });

  test('deadline: reading, alternative and status', async () => {
    const e = await json([
      'explain',
      'deadline',
      '2021 年 9 月前',
      '--issued',
      '2021-07-01',
      '--as-of',
      '2021-09-15',
    ]);
    expect(e).toMatchObject({
      kind: 'by',
      due: '2021-09-30',
      alternatives: [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }],
    });
    expect(e.status.status).toBe('atRisk');
    const w = await json(['explain', 'deadline', '收到申请之日起20个工作日内', '--issued', '2021-07-01']);
    expect(w.kind).toBe('relative');
  });

  test('deadline, said for people: kind, reading and summary from the catalogue, Chinese or English', async () => {
    const args = ['explain', 'deadline', '2021 年 9 月前', '--issued', '2021-07-01'];
    const zh = (await fengong(args)).stdout;
    expect(zh).toContain('类型: 限期');
    expect(zh).toContain('其他解读: 按当月开始前理解 → 2021-08-31');
    expect(zh).toContain('2021-09-30 前（按当月月底前理解；按当月开始前理解为 2021-08-31）');
    expect(zh).not.toMatch(/endOfMonth|endOfPreviousMonth|\bby\b/);
    const en = (await fengong([...args, '--lang', 'en'])).stdout;
    expect(en).toContain('by 2021-09-30 (endOfMonth; endOfPreviousMonth reading: 2021-08-31)');
  });
});

describe('the program itself', () => {
  test('--help lists every command; each command has examples from the seed plan', async () => {
    const r = await fengong(['--help']);
    expect(r.code).toBe(0);
    for (const c of [
      'validate',
      'tasks',
      'unit',
      'who',
      'matrix',
      'deadlines',
      'units',
      'explain',
      'completion',
    ]) {
      expect(r.stdout).toContain(c);
    }
    expect((await fengong(['tasks', '--help'])).stdout).toContain(
      '$ fengong tasks seeds/zhanjiang-2021/plan.yaml --unit 市财政局 --role lead',
    );
  });

  test('English messages with --lang en or LANG=en_US', async () => {
    expect((await fengong(['unit', seed, '市财政厅', '--lang', 'en'])).stderr).toMatch(
      /^error: no such unit “市财政厅”/,
    );
    expect((await fengong(['who', seed, '99'], { LANG: 'en_US.UTF-8' })).stderr.trim()).toBe(
      'error: no task numbered 99',
    );
  });

  test('a real process: the language read from LANG at start, the exit code handed to the system, no stack', () => {
    const r = spawnFengong(['who', seed, '99'], { LANG: 'en_US.UTF-8' });
    expect(r.stderr).toBe('error: no task numbered 99\n');
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  test('an unknown command is a usage error (exit 2)', async () => {
    expect((await fengong(['frobnicate'])).code).toBe(2);
  });

  test('completion bash names every command', async () => {
    const r = await fengong(['completion', 'bash']);
    expect(r.stdout).toContain('complete -o filenames -F _fengong fengong');
    const words = /compgen -W "([^"]*)"/.exec(r.stdout)?.[1]?.split(' ') ?? [];
    for (const c of [
      'validate',
      'tasks',
      'unit',
      'who',
      'matrix',
      'deadlines',
      'units',
      'explain',
      'import',
      'completion',
    ]) {
      expect(words).toContain(c);
    }
  });

  test('colour only on a terminal: NO_COLOR output has no escape codes, FORCE_COLOR has red for overdue', async () => {
    const plain = await fengong(['tasks', seed, '--status', 'overdue', '--as-of', '2021-10-01']);
    expect(plain.stdout).not.toContain('\u001b[');
    const forced = await fengong(['tasks', seed, '--status', 'overdue', '--as-of', '2021-10-01'], {
      NO_COLOR: '',
      FORCE_COLOR: '1',
    });
    expect(forced.stdout).toContain('\u001b[31m已逾期1天');
  });
});
