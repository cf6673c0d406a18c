/**
 * Layouts first met in held-out set 22 of the corpus, each in a text written in the style of the
 * real plan: a task list copied one cell per line whose numbers stand inside the text cells, a
 * forum post whose unnumbered lines each close with their bracket of units amid anti-copy filler,
 * a page of one task given by labels, and a units bracket cut inside 人民政府.
 */
import { describe, expect, test } from 'vitest';
import { importPlanText } from '../src/import';
import { fullWidth } from './corpus/score';
import { readUnitsCell } from '../src/roles';

const tasksOf = (text: string) => {
  const result = importPlanText(text);
  if (!result.plan) throw new Error(`no plan: ${JSON.stringify(result.diagnostics)}`);
  return { tasks: result.plan.tasks, diagnostics: result.diagnostics };
};

describe('layouts of held-out set 22', () => {
  test('a cell stream numbered inside its text cells: heading cells head the rows, deadlines kept', () => {
    const text = [
      '主要任务 |',
      '重点工作和要求 |',
      '责任单位 |',
      '完成时限 |',
      '完成进展 |',
      '一、加强防汛工作安排部署 |',
      '||||',
      '(一)制定防汛预案。 |',
      '1.制定全市防汛应急预案,分解落实到县区。 |',
      '市应急局 |',
      '3月10日前 |',
      '|',
      '|',
      '2.修订各县区防汛预案,并报市应急局。 |',
      '各县区政府 |',
      '4月1日前 |',
      '|',
      '(二)开展汛前检查。 |',
      '3.组织汛前隐患排查,建立问题清单。 |',
      '市水利局、市应急局 |',
      '5月底前 |',
      '|',
    ].join('\n');
    const { tasks } = tasksOf(text);
    expect(tasks.map((t) => [t.number, t.text, t.units, t.deadline])).toEqual([
      [1, '制定全市防汛应急预案,分解落实到县区。', '市应急局', '3月10日前'],
      [2, '修订各县区防汛预案,并报市应急局。', '各县区政府', '4月1日前'],
      [3, '组织汛前隐患排查,建立问题清单。', '市水利局、市应急局', '5月底前'],
    ]);
  });

  test('unnumbered lines each closed by a bracket of units, between runs of a forum’s anti-copy filler', () => {
    const text = [
      '今年要办的民生实事如下:',
      ') Y3 J/ M3 J" R! Z',
      ', I% H9 r: m2 |* {改造老旧小区5个(住建局牵头) x& L1 ]8 N) l6 J( k',
      "新建公办幼儿园2所(教育局牵头)' l1 J8 n9 Y9 x",
      "完成农村公路提档升级30公里 (交通局牵头)9 @! _2 C* M0 C% r+ U' q",
    ].join('\n');
    for (const variant of [text, fullWidth(text)]) {
      const { tasks, diagnostics } = tasksOf(variant);
      expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
        [1, '改造老旧小区5个', '住建局牵头'],
        [2, '新建公办幼儿园2所', '教育局牵头'],
        [3, '完成农村公路提档升级30公里', '交通局牵头'],
      ]);
      expect(diagnostics.find((d) => d.code === 'jammer-dropped')?.params).toEqual({ count: 5 });
    }
  });

  test('a plan’s own short ASCII (GB/T 9704, PM2.5) is not filler', () => {
    const text =
      '1.公文格式执行GB/T 9704-2012标准。(市政府办牵头)\n2.PM2.5 年均浓度下降 5 %。(市生态环境局牵头)';
    const { tasks, diagnostics } = tasksOf(text);
    expect(tasks.map((t) => t.text)).toEqual([
      '公文格式执行GB/T 9704-2012标准。',
      'PM2.5 年均浓度下降 5 %。',
    ]);
    expect(diagnostics.some((d) => d.code === 'jammer-dropped')).toBe(false);
  });

  test('a page of one task: its text and lead by label, its number from the page heading, quarterly milestones as its note', () => {
    const text = [
      '任务57',
      '  • 2022-04-14',
      '  • 来源: 某市人民政府办公厅',
      '重点工作: 建成城市绿道100公里。',
      '牵头单位: 市住房城乡建设局',
      '年度阶段性工作目标: 第一季度:完成规划选线。',
      '第二季度:开工建设。',
      '第四季度:全部建成。',
      '进展情况:',
      '已完成。',
    ].join('\n');
    const { tasks } = tasksOf(text);
    expect(tasks.map((t) => [t.number, t.text, t.units, t.note])).toEqual([
      [
        57,
        '建成城市绿道100公里。',
        '牵头单位：市住房城乡建设局',
        '第一季度:完成规划选线。第二季度:开工建设。第四季度:全部建成。',
      ],
    ]);
  });

  test('a units bracket cut inside 人民政府 drops the broken name', () => {
    const text =
      '(一)优化市场准入。推行登记“一网通办”。〔牵头单位:市市场监管局;配合单位:市公安局,河池税务局,各县(区)人民\n[...gap...]';
    const { tasks } = tasksOf(text);
    expect(tasks[0]!.units).not.toContain('人民');
    expect(tasks[0]!.units).toContain('河池税务局');
  });
});

describe('pinyin a mirror prints after characters', () => {
  test('is passed over in reading and kept in the plan as written; the units cell reads its names', () => {
    const text = [
      '1.加快建設(shè)汽車產(chǎn)業(yè)基地。(牽頭單位:市經(jīng)貿(mào)委;配合單位:市發(fā)改委、規(guī)劃局)',
      '2.推進(jìn)石化基地建設(shè)。(牽頭單位:市發(fā)改委;配合單位:區(qū)住建局)',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [
        1,
        '加快建設(shè)汽車產(chǎn)業(yè)基地。',
        '牽頭單位:市經(jīng)貿(mào)委;配合單位:市發(fā)改委、規(guī)劃局',
      ],
      [2, '推進(jìn)石化基地建設(shè)。', '牽頭單位:市發(fā)改委;配合單位:區(qū)住建局'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'pinyin')?.params).toEqual({ count: 11 });
    const cell = readUnitsCell(result.plan!.tasks[0]!.units);
    expect(cell.clauses.map((c) => [c.role, c.names.map((n) => n.written)])).toEqual([
      ['lead', ['市經(jīng)貿(mào)委']],
      ['supporting', ['市發(fā)改委', '規(guī)劃局']],
    ]);
  });

  test('a bracketed letter without a tone mark is not pinyin', () => {
    const result = importPlanText(
      '1.完成附件(a)所列工作。(市財政局牽頭)\n2.完成附件(b)所列工作。(市審計局牽頭)',
    );
    expect(result.plan?.tasks.map((t) => t.text)).toEqual(['完成附件(a)所列工作。', '完成附件(b)所列工作。']);
    expect(result.diagnostics.some((d) => d.code === 'pinyin')).toBe(false);
  });
});

describe('layouts of held-out set 23', () => {
  test('a progress table on one long line, cells parted by spaces: text first, units last, status and progress between', () => {
    const text =
      '重点工作进展情况统计表 序号 承担的重点工作 完成状态 工作进展情况 牵头责任单位 一、完成主要预期目标 1 全市生产总值增长6%。 序时推进 上半年召开调度会 分析经济运行。 市发展改革委 2 进出口总额增长5%以上。 已完成 累计实现进出口总额10亿美元。 市商务局 3 居民消费价格涨幅3%左右。 序时推进 1-5月份 CPI累计上涨';
    const { tasks } = tasksOf(`${text}\n[...gap...]`);
    expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '全市生产总值增长6%。', '牵头责任单位：市发展改革委'],
      [2, '进出口总额增长5%以上。', '牵头责任单位：市商务局'],
      // Cut inside its progress: no units cell, the placeholder the review asks to fill.
      [3, '居民消费价格涨幅3%左右。', '（未识别）'],
    ]);
  });

  test('a bulletin quoting the matters it follows up: each quoted matter is a task of the units before it', () => {
    const text =
      '需要加快推进落实事项2件,如县发改局负责的“按时完成项目前期工作,提高项目成熟度。”截至目前,30个项目已完成论证;县水利局、县农业农村局负责的“加快推进国债项目实施。”截至目前,开工2个。';
    const { tasks } = tasksOf(text);
    expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '按时完成项目前期工作,提高项目成熟度', '县发改局'],
      [2, '加快推进国债项目实施', '县水利局、县农业农村局'],
    ]);
  });

  test('a note in angle brackets that the cut leaves open is dropped; the name before it stands', () => {
    const { tasks } = tasksOf(
      '(一)地区生产总值增长7.5%。(牵头单位:市发改委;责任单位:各区人民政府〈含开发区、\n[...gap...]',
    );
    expect(tasks[0]!.units).toBe('牵头单位:市发改委;责任单位:各区人民政府');
  });

  test('unnumbered items under a keyword heading, with a 主管领导 and a 主要责任人 as leaders and 进度安排 as the deadline', () => {
    const text = [
      '关键词 教育',
      '市区新增中小学学位2万个。',
      '主管领导:刘东',
      '责任单位:市教育局',
      '主要责任人:毛杰',
      '进度安排:6月底前完成基建;12月底前全部落实。',
      '市区新建中小学校30所。',
      '主管领导:刘东',
      '责任单位:市教育局',
      '主要责任人:毛杰',
      '进度安排:12月底前全部开工。',
    ].join('\n');
    const { tasks } = tasksOf(text);
    expect(tasks.map((t) => [t.category, t.text, t.units, t.leaders, t.deadline])).toEqual([
      [
        '关键词教育',
        '市区新增中小学学位2万个。',
        '市教育局',
        ['刘东', '毛杰'],
        '6月底前完成基建;12月底前全部落实。',
      ],
      ['关键词教育', '市区新建中小学校30所。', '市教育局', ['刘东', '毛杰'], '12月底前全部开工。'],
    ]);
  });
});
