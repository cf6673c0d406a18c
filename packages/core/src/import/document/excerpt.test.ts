import { describe, expect, test } from 'vitest';
import { importPlanText } from '../assembly/import';
import { readExcerptMarks } from './excerpt';
import { splitSourceLines } from './lines';

const marks = (text: string) => readExcerptMarks(splitSourceLines(text));

describe('readExcerptMarks', () => {
  test.each([
    ['a gap line', '1.做好…\n[...gap...]', [2], ['1.做好…', '']],
    ['an ellipsis mark', '1.做好…\n[……]', [2], ['1.做好…', '']],
    ['a mark glued to the last line', '1.做好…(责任单位:区政府、区政[...gap...]', [1], ['1.做好…(责任单位:区政府、区政)']],
    ['no mark', '1.做好…\n[附件]', [], ['1.做好…', '[附件]']],
  ])('%s', (_what, text, cuts, texts) => {
    const read = marks(text);
    expect(read.cuts).toEqual(cuts);
    expect(read.lines.map((l) => l.text)).toEqual(texts);
  });

  test('a copy’s header is read and blanked, its lines keep their numbers', () => {
    const read = marks('source: https://example.gov.cn/a.html\ntitle: 分工方案\nyear: 2021\n\n一、任务');
    expect(read.header).toEqual({ source: 'https://example.gov.cn/a.html', title: '分工方案', year: '2021' });
    expect(read.lines.map((l) => [l.no, l.text])).toEqual([
      [1, ''],
      [2, ''],
      [3, ''],
      [4, ''],
      [5, '一、任务'],
    ]);
  });

  test('one `key: value` line, or one not at the top, is the document’s own text', () => {
    expect(marks('title: 分工方案\n\n一、任务').header).toEqual({});
    expect(marks('一、任务\ntitle: a\nyear: 2021\n').lines[1]!.text).toBe('title: a');
  });

  test('a units clause the cut leaves open is closed where the copy stops', () => {
    const read = marks('5.深化改革。(牵头单位:区审批局、区发改局;责任单位:区政\n[...gap...]');
    expect(read.lines[0]!.text).toBe('5.深化改革。(牵头单位:区审批局、区发改局;责任单位:区政)');
    // Cut inside the label: no unit is visible, and the piece of a label is taken out.
    const label = marks('8.实施园区基础设施提升行动。(牵头单\n[...gap...]');
    expect(label.lines[0]!.text).toBe('8.实施园区基础设施提升行动。');
    expect(label.dropped).toEqual([{ line: 1, text: '(牵头单' }]);
    // Cut inside the clause's only name: no whole name is visible either.
    const name = marks('7.企业研发投入增长15%。(牵头单位:市\n[...gap...]');
    expect(name.lines[0]!.text).toBe('7.企业研发投入增长15%。');
    expect(name.dropped).toEqual([{ line: 1, text: '(牵头单位:市' }]);
    // A bracket in the requirement is not a clause of units.
    expect(marks('5.深化改革(包括\n[...gap...]').lines[0]!.text).toBe('5.深化改革(包括');
  });
});

describe('tasks that a cut goes through', () => {
  const tasksOf = (text: string) => importPlanText(text).plan?.tasks ?? [];
  const codes = (text: string) => importPlanText(text).diagnostics.map((d) => d.code);

  test('a name the cut breaks is not a unit, and the review says so', () => {
    const text = '1.做好甲工作。\n责任单位:市财政局\n2.做好乙工作。\n责任单位:市发改委、人民银\n[...gap...]';
    const tasks = tasksOf(text);
    expect(tasks.map((t) => t.units)).toEqual(['市财政局', '市发改委']);
    const said = importPlanText(text).diagnostics.find((d) => d.code === 'excerpt-cut' && d.params?.fragment);
    expect(said?.message).toContain('人民银');
    expect(said?.start?.line).toBe(4);
  });

  test('a whole name before the cut stays a unit', () => {
    const text =
      '1.做好甲工作。\n责任单位:市财政局\n2.做好乙工作。\n责任单位:市发改委、市审计局\n[...gap...]';
    expect(tasksOf(text).map((t) => t.units)).toEqual(['市财政局', '市发改委、市审计局']);
    expect(codes(text)).toContain('excerpt-cut');
  });

  test('a task begun and cut before its units is still a task, to be completed', () => {
    const text = [
      '1、全面落实疫情防控措施。[牵头单位:区卫健局;责任单位:各街办]',
      '2、大力开展环境卫生综合整治。[牵头单位:区创文办;责任单位:各街办]',
      '(二)全面恢复经济社会秩序',
      '3、积极争取政策',
      '[...gap...]',
    ].join('\n');
    const result = importPlanText(text);
    const tasks = result.plan?.tasks ?? [];
    expect(tasks.map((t) => [t.number, t.text])).toEqual([
      [1, '全面落实疫情防控措施。'],
      [2, '大力开展环境卫生综合整治。'],
      [3, '积极争取政策'],
    ]);
    expect(
      result.diagnostics.filter((d) => d.code === 'units-placeholder').map((d) => d.params?.task),
    ).toEqual([3]);
  });

  test('a table row cut before its own cells does not take the row above’s', () => {
    // One cell per line ending in ` |`, as a table copied from a web page (corpus 20).
    const text = [
      '工作任务 |',
      '具体工作要求 |',
      '责任单位 |',
      '完成时限 |',
      '|',
      '一、强化权力配置公开 |',
      '1 |',
      '推进权力配置信息公开,动态更新各部门权责清单。 |',
      '区直各部门、经开区 |',
      '持续推进 |',
      '|',
      '2 |',
      '严格落实行政执法公示工作制度,加大轻微违法行为',
      '[...gap...]',
    ].join('\n');
    const tasks = tasksOf(text);
    expect(tasks.map((t) => t.number)).toEqual([1, 2]);
    expect(tasks[0]!.units).toBe('区直各部门、经开区');
    expect(tasks[1]!.units).not.toContain('区直各部门');
    expect(tasks[1]!.deadline ?? '').toBe('');
  });
});

describe('what a news page prints after the plan', () => {
  test('a link on and the reporter’s byline end the plan, they are not part of the last task', () => {
    const text = [
      '1、继续实施“十百千万”工程,大力培育新型农业经营主体。(省农业厅牵头)',
      '',
      '2、切实抓好粮食基地建设,全年粮食总产1150万吨。(省农业厅等负责)',
      '',
      '详见三秦网',
      '',
      '三秦都市报记者张维',
    ].join('\n');
    const tasks = importPlanText(text).plan?.tasks ?? [];
    expect(tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '省农业厅牵头'],
      [2, '省农业厅等负责'],
    ]);
    expect(tasks[1]!.text).toBe('切实抓好粮食基地建设,全年粮食总产1150万吨。');
  });
});
