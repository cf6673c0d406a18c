/**
 * What plans state once and the reader must carry: a whole plan run together on one line, a
 * heading that names who leads the tasks under it, a first-listed rule stated in a units cell
 * (for the whole plan, or from one task on), labels and headers the list does not name, a first
 * text column that names each task, and a collective joined by 和. Each text is written in the
 * style of a real plan of the corpus.
 */
import { describe, expect, test } from 'vitest';
import { analyzePlan, Plan } from '../src';
import { importPlanText } from '../src/import';
import { headingLead } from '../src/import/readers/prose';
import { splitRuns } from '../src/import/readers/run-together';
import { splitSourceLines } from '../src/import/document/lines';
import { labelMeaning } from '../src/roles/lexicon';
import { readUnitsCell } from '../src/roles';

const leadsOf = (text: string) => {
  const { plan } = importPlanText(text);
  if (!plan) throw new Error('no plan');
  const analysis = analyzePlan(Plan.parse(plan));
  return analysis.resolved.tasks.map((t) => t.roles.lead);
};

const ONE_LINE = [
  '各镇人民政府(街道办事处),县政府各部门:《重点工作责任分解》已经县政府讨论确定,现印发给你们,请认真贯彻执行。各级各部门要高度重视,加强组织领导,明确具体任务,细化工作方案,确保按时完成既定的目标任务。',
  '某县人民政府办公室 2022年4月18日 重点工作责任分解',
  '一、王丹县长牵头重点工作 1.全县生产总值增长7.5%左右;城乡居民人均可支配收入与经济增长基本同步。 责任单位:县发改局(首位单位为牵头单位,下同)、县财政局、县统计局',
  '2.落实党政机关过紧日子的要求,严控“三公”经费和会议费、培训费。 责任单位:县财政局',
  '二、曹惠明常务副县长牵头重点工作 1.坚持县政府常务会议集体学法,发挥法律顾问作用。 责任单位:县司法局、县政府办',
  '2.深化“亩均论英雄”改革,完成垦造耕地2000亩。 责任单位:县自然资源局、县农业农村局',
].join(' ');

describe('a whole plan on one line (连排文本)', () => {
  const result = importPlanText(ONE_LINE, { fileName: 'one-line.txt' });

  test('is cut where its headings, items and labels start, each piece keeping its column', () => {
    const lines = splitRuns(splitSourceLines(ONE_LINE));
    expect(lines.map((l) => l.text.slice(0, 8))).toContain('一、王丹县长牵头');
    expect(lines.every((l) => l.at?.line === 1)).toBe(true);
    const item = lines.find((l) => l.text.startsWith('2.落实'))!;
    expect(ONE_LINE.slice(item.at!.column - 1).startsWith('2.落实')).toBe(true);
    // 7.5% is not an item: the first task's text keeps it.
    expect(lines.some((l) => l.text.startsWith('5%'))).toBe(false);
  });

  test('reads four tasks numbered in order, each with its units and its heading’s leader', () => {
    const tasks = result.plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units, t.leaders])).toEqual([
      [1, '县发改局(首位单位为牵头单位,下同)、县财政局、县统计局', ['王丹县长']],
      [2, '县财政局', ['王丹县长']],
      [3, '县司法局、县政府办', ['曹惠明常务副县长']],
      [4, '县自然资源局、县农业农村局', ['曹惠明常务副县长']],
    ]);
    expect(tasks[0]!.text.startsWith('全县生产总值增长7.5%左右')).toBe(true);
  });

  test('applies the first-listed rule the first cell states (下同) to every task, and says so', () => {
    expect(result.plan!.conventions?.firstListedLeads).toBe(true);
    expect(leadsOf(ONE_LINE)).toEqual([['县发改局'], ['县财政局'], ['县司法局'], ['县自然资源局']]);
    expect(result.diagnostics.some((d) => d.code === 'convention')).toBe(true);
  });

  test('places its diagnostics on line 1 at the column where each piece starts', () => {
    const lead = result.diagnostics.find((d) => d.code === 'heading-lead')!;
    expect(lead.start?.line).toBe(1);
    expect(ONE_LINE.slice(lead.start!.column - 1).startsWith('一、王丹县长')).toBe(true);
  });
});

describe('a first-listed rule stated in a later task (…列第一位为牵头或汇总单位,下同)', () => {
  const text = [
    '1.生产总值增长6%以上。',
    '责任单位:市发改委、市统计局',
    '2.规上工业增加值增长8%。',
    '责任单位:市经信局、市统计局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)',
    '3.城镇新增就业2.2万人。',
    '责任单位:市人力社保局、市农业农村局分别牵头',
    '4.粮食播种面积稳定在84万亩。',
    '责任单位:市农业农村局、市自然资源局',
  ].join('\n');
  const result = importPlanText(text);

  test('holds from that task on, not before', () => {
    expect(result.plan!.conventions).toMatchObject({ firstListedLeadsFrom: 2 });
    expect(result.plan!.conventions?.firstListedLeads).toBeUndefined();
    expect(leadsOf(text)).toEqual([[], ['市经信局'], ['市人力社保局', '市农业农村局'], ['市农业农村局']]);
    expect(result.diagnostics.find((d) => d.code === 'convention-from-task')?.params).toEqual({ task: 2 });
  });

  test('the rule’s bracket is not read as part of a unit’s name', () => {
    const names = readUnitsCell(result.plan!.tasks[1]!.units).clauses.flatMap((c) =>
      c.names.map((n) => n.name),
    );
    expect(names).toEqual(['市经信局', '市统计局']);
  });
});

describe('headings that name who leads the tasks under them', () => {
  test.each([
    ['王丹县长牵头重点工作', { leaders: ['王丹县长'] }],
    ['曹惠明常务副县长牵头重点工作', { leaders: ['曹惠明常务副县长'] }],
    ['李明副市长、张华副市长牵头', { leaders: ['李明副市长', '张华副市长'] }],
    ['优化营商环境（市发展改革委、市市场监管局牵头）', { units: '市发展改革委、市市场监管局' }],
    ['优化营商环境', undefined],
    ['强化统筹协调（以下各项按职责分工落实）', undefined],
    ['全力抓好重点项目牵头工作', undefined],
  ])('%s', (heading, lead) => {
    expect(headingLead(heading)).toEqual(lead);
  });

  test('a heading’s lead units lead every task under it', () => {
    const text = [
      '一、优化营商环境（市发展改革委牵头）',
      '1.全面实施市场准入负面清单制度。（市商务局、市市场监管局按职责分工负责）',
      '2.推进工程建设项目审批制度改革。（市住房城乡建设局负责）',
      '二、保障和改善民生',
      '3.新增城镇就业5万人。（市人力资源社会保障局负责）',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.categories.map((c) => c.name)).toEqual(['优化营商环境', '保障和改善民生']);
    expect(leadsOf(text)).toEqual([['市发展改革委'], ['市发展改革委'], []]);
  });
});

describe('a labelled person line above the table (督查领导)', () => {
  const table = (above: string) =>
    [
      '全国卫生城市测评路段问题汇总表',
      above,
      '序号 | 问题描述 | 责任单位 |',
      '1 | 湘北大道沿线车辆违停严重 | 停车办 |',
      '2 | 求真垃圾站前种菜 | 市环卫中心 |',
    ].join('\n');

  test('names the leader of every row, and says so', () => {
    const result = importPlanText(table('督查领导:张建辉 督查时间:2019年4月21日'));
    expect(result.plan?.tasks.map((t) => t.leaders)).toEqual([['张建辉'], ['张建辉']]);
    const said = result.diagnostics.find((d) => d.code === 'leaders-above');
    expect(said?.params).toMatchObject({ label: '督查领导', leaders: '张建辉', tasks: 2 });
    expect(said?.severity).not.toBe('info');
  });

  test('a line that is not a labelled person names no one', () => {
    const result = importPlanText(table('督查时间:2019年4月21日 张建辉'));
    expect(result.plan?.tasks.map((t) => t.leaders ?? [])).toEqual([[], []]);
    expect(result.diagnostics.some((d) => d.code === 'leaders-above')).toBe(false);
  });
});

describe('held-out set 8: shapes met in plans never seen before', () => {
  test('items numbered with the small full stop (1﹒) under three labels', () => {
    const text = [
      '一、确保完成全年主要预期目标',
      '1﹒全省生产总值增长7%以上。',
      '牵头负责领导:刘惠。',
      '牵头责任单位:省发展改革委。',
      '协同责任单位:省政府各部门。',
      '2﹒社会消费品零售总额增长9%左右。',
      '牵头负责领导:周喜安。',
      '牵头责任单位:省商务厅。',
      '协同责任单位:省发展改革委、省财政厅等。',
    ].join('\n');
    const plan = importPlanText(text).plan;
    expect(plan?.tasks.map((t) => [t.number, t.text, t.leaders])).toEqual([
      [1, '全省生产总值增长7%以上。', ['刘惠']],
      [2, '社会消费品零售总额增长9%左右。', ['周喜安']],
    ]);
    expect(leadsOf(text)).toEqual([['省发展改革委'], ['省商务厅']]);
  });

  test('a heading that a governor 主抓 gives him as leader of every task under it', () => {
    expect(headingLead('袁家军省长主抓重点工作')).toEqual({ leaders: ['袁家军省长'] });
  });

  test('a row with a merged heading cell more than the header has: the heading is the category', () => {
    const text = [
      '主要工作任务 | 任务内容 | 完成时限 | 责任单位 |',
      '一、提升重点领域信息公开质量 | (一)聚焦共同富裕示范区建设加大公开力度 | 1.做好行动计划执行情况信息公开,集中展示建设成果。 | 全年 | 区发改局,各街道办事处 |',
      '2.开展项目预算公开试点,探索建立民生项目预算信息公示制度。 | 12月底前 | 区财政局,各街道办事处 |',
      '(二)聚焦群众有感的重点领域加大公开力度 | 3.完善为民办实事长效机制,提高民生实事征集等环节',
    ].join('\n');
    const plan = importPlanText(text).plan;
    expect(plan?.tasks.map((t) => [t.number, t.category, t.deadline, t.units])).toEqual([
      [1, '聚焦共同富裕示范区建设加大公开力度', '全年', '区发改局,各街道办事处'],
      [2, '聚焦共同富裕示范区建设加大公开力度', '12月底前', '区财政局,各街道办事处'],
      [3, '聚焦群众有感的重点领域加大公开力度', expect.any(String), expect.any(String)],
    ]);
    expect(plan?.tasks[0]?.text).toBe('做好行动计划执行情况信息公开,集中展示建设成果。');
    expect(plan?.tasks[2]?.text).toBe('完善为民办实事长效机制,提高民生实事征集等环节');
  });

  test('a target label after the units ends the text, also when glued to the unit before it', () => {
    const text = [
      '一、10万平方米老旧小区改造项目',
      '牵头领导:涂超',
      '牵头单位:县城管执法局',
      '责任单位:莲塘镇任务目标:2024年计划改造完成莲塘镇住宅小区,改造总建筑面积不少于10万平方米',
      '二、新建300个公共充电桩项目',
      '牵头领导:涂超',
      '牵头单位:县发改委',
      '责任单位:各乡镇',
      '任务目标:共完成300个公共充电桩建设',
    ].join('\n');
    const plan = importPlanText(text).plan;
    expect(plan?.tasks.map((t) => t.text)).toEqual([
      '10万平方米老旧小区改造项目：2024年计划改造完成莲塘镇住宅小区,改造总建筑面积不少于10万平方米',
      '新建300个公共充电桩项目：共完成300个公共充电桩建设',
    ]);
    expect(plan?.tasks[0]?.units).not.toContain('任务目标');
    expect(plan?.tasks[0]?.units).toContain('莲塘镇');
  });

  test('one labelled line after the last sub-item belongs to the item', () => {
    const text = [
      '1. 市科技馆',
      '(1)院内电动车未按指定区域停放;',
      '(2)灭火器过期未更换。',
      '责任单位:市科技馆 整改时限:3天',
      '2. 市第二人民医院',
      '(1)院内禁烟标识数量不达标;',
      '(2)宣传牌内容不规范。',
      '责任单位:市卫生健康委员会 整改时限:5天',
    ].join('\n');
    const plan = importPlanText(text).plan;
    expect(plan?.tasks.map((t) => [t.number, t.units, t.deadline])).toEqual([
      [1, '市科技馆', '3天'],
      [2, '市卫生健康委员会', '5天'],
    ]);
  });

  test('an excerpt cut inside the only name of a units bracket: neither text nor units', () => {
    const result = importPlanText(
      '1.外贸出口增长10%。(牵头单位:市商务局;责任单位:市统计局)\n2.企业研发投入增长15%。(牵头单位:市\n[...gap...]',
    );
    expect(result.plan?.tasks[1]?.text).toBe('企业研发投入增长15%。');
    expect(result.plan?.tasks[1]?.units).toBe('（未识别）');
    expect(
      result.diagnostics.some((d) => d.code === 'excerpt-cut' && d.message.includes('(牵头单位:市')),
    ).toBe(true);
  });
});

describe('held-out set 9: shapes met in plans never seen before', () => {
  test('a mirror’s “?” after every cell and name is read as a blank, and said', () => {
    const text = [
      '2018年《政府工作报告》工作任务分解表?',
      '序号? | 重 点 工 作 任 务? | 牵头领导? | 牵头单位? |',
      '1? | 未来科技城要深化与浙江大学的合作,发挥核心区作用。? | 祝振伟? 陈夏林? | 未来科技城(海创园)? |',
      '2? | 余杭经济技术开发区要加强优势主导产业培育。? | 沈 昱? 祝振伟? | 余杭经济技术开发区? |',
      '3? | 为什么要这样做?请说明。? | 李敏华? | 临平新城? |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => [t.number, t.units, t.leaders])).toEqual([
      [1, '牵头单位：未来科技城(海创园)', ['祝振伟', '陈夏林']],
      [2, '牵头单位：余杭经济技术开发区', ['沈昱', '祝振伟']],
      [3, '牵头单位：临平新城', ['李敏华']],
    ]);
    // The plan's own question mark, inside a sentence, stays.
    expect(result.plan?.tasks[2]?.text).toBe('为什么要这样做?请说明。');
    expect(result.diagnostics.find((d) => d.code === 'lost-marks')?.params).toEqual({ count: 19 });
  });

  test('the same text with a few question marks of its own is left as written', () => {
    const text =
      '序号 | 工作任务 | 责任单位 |\n1 | 怎样做好?加强调度。 | 市财政局 |\n2 | 推进改革。 | 市审计局 |\n3 | 做好甲? | 市统计局 |';
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => t.text)).toEqual(['怎样做好?加强调度。', '推进改革。', '做好甲?']);
    expect(result.diagnostics.some((d) => d.code === 'lost-marks')).toBe(false);
  });

  test('a heading row of a one-cell-per-line table names the leader of the rows under it', () => {
    const text = [
      '序号',
      '|',
      '重点工作任务',
      '|',
      '责任单位',
      '|',
      '(一)刘忻市长牵头重点工作',
      '|',
      '1',
      '|',
      '学懂弄通做实习近平新时代中国特色社会主义思想。',
      '|',
      '市政府各直属单位',
      '|',
      '2',
      '|',
      '扛起全面从严治党主体责任。',
      '|',
      '市政府各直属单位',
      '|',
      '(二)戴建平常务副市长牵头重点工作',
      '|',
      '3',
      '|',
      '加快建设城西科创大走廊。',
      '|',
      '市科技局、市发改委',
      '|',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => [t.number, t.units, t.leaders])).toEqual([
      [1, '市政府各直属单位', ['刘忻市长']],
      [2, '市政府各直属单位', ['刘忻市长']],
      [3, '市科技局、市发改委', ['戴建平常务副市长']],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'heading-lead').map((d) => d.params?.tasks)).toEqual([
      2, 1,
    ]);
  });
});

describe('held-out set 10: shapes met in plans never seen before', () => {
  test('an item glued after the units bracket of the one before is a task of its own; 主办 leads, 协办 supports', () => {
    const text = [
      '一、全省经济社会发展主要目标',
      '(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)',
      '(三)全社会固定资产投资增长30%以上。(省发改委主办,省工信委、住建厅协办)',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => [t.number, t.text])).toEqual([
      [1, '地区生产总值增长11%左右。'],
      [2, '公共财政收入增长13%左右。'],
      [3, '全社会固定资产投资增长30%以上。'],
    ]);
    expect(leadsOf(text)).toEqual([[], ['省财政厅'], ['省发改委']]);
  });

  test('under an item that names no units, its sub-items that do are the tasks', () => {
    const text = [
      '一、全省经济社会发展主要目标',
      '(一)地区生产总值增长11%左右。(省发改委负责)',
      '(二)公共财政收入增长13%左右。(省财政厅负责)',
      '(三)进出口总额增长8%左右。(省商务厅负责)',
      '二、大力推进产业项目建设',
      '(一)全力推进产业项目建设。',
      '1.抓好600个省级重点产业项目,确保年度投资达到2000亿元。(省发改委主办,省工信委协办)',
      '2.重点抓好一大批技术领先、附加值高的项目。(省工信委主办,省发改委协办)',
      '3.围绕绿色食品、稀有矿产等新经济增长领域,谋划一批大项目。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.category, t.text.slice(0, 6), t.units])).toEqual([
      ['全省经济社会发展主要目标', '地区生产总值', '省发改委负责'],
      ['全省经济社会发展主要目标', '公共财政收入', '省财政厅负责'],
      ['全省经济社会发展主要目标', '进出口总额增', '省商务厅负责'],
      ['全力推进产业项目建设', '抓好600个', '省发改委主办,省工信委协办'],
      ['全力推进产业项目建设', '重点抓好一大', '省工信委主办,省发改委协办'],
      ['全力推进产业项目建设', '围绕绿色食品', '（未识别）'],
    ]);
  });

  test('when two levels carry units as often, each section’s items that name units are its tasks', () => {
    const text = [
      '一、全省经济社会发展主要目标',
      '(一)地区生产总值增长11%左右。(省发改委负责)',
      '(二)公共财政收入增长13%左右。(省财政厅负责)',
      '二、大力推进产业项目建设',
      '(一)全力推进产业项目建设。',
      '1.抓好600个省级重点产业项目。(省发改委主办,省工信委协办)',
      '2.重点抓好一大批技术领先的项目。(省工信委主办,省发改委协办)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.category, t.text.slice(0, 6)])).toEqual([
      ['全省经济社会发展主要目标', '地区生产总值'],
      ['全省经济社会发展主要目标', '公共财政收入'],
      ['全力推进产业项目建设', '抓好600个'],
      ['全力推进产业项目建设', '重点抓好一大'],
    ]);
  });

  test('a year or an amount among a row’s cells does not start a row; a 建设时间 column is the deadline', () => {
    const text = [
      '序号 |',
      '项目名称 |',
      '建设地点 |',
      '建设时间 |',
      '2024年建设内容 |',
      '年度投资金额 (万元) |',
      '责任单位 |',
      '|',
      '1 |',
      '中小学幼儿园基础设施提升改造项目 |',
      '相关镇 (街道) |',
      '2024 |',
      '对运动场地进行改造。 |',
      '300 |',
      '教体局 |',
      '|',
      '2 |',
      '城北小学门前道路建设项目 |',
      '纸坊街道 |',
      '2024 |',
      '建成唐塔北路延伸段道路。 |',
      '3 |',
      '住建局 |',
      '|',
      '3 |',
      '老旧小区改造项目 |',
      '洋州街道 |',
      '2024 |',
      '实施三所老旧小区房屋功能改善。 |',
      '1360 |',
      '住建局 |',
      '|',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text, t.units, t.deadline, t.note])).toEqual([
      [1, '中小学幼儿园基础设施提升改造项目：对运动场地进行改造。', '教体局', '2024', '相关镇 (街道)'],
      [2, '城北小学门前道路建设项目：建成唐塔北路延伸段道路。', '住建局', '2024', '纸坊街道'],
      [3, '老旧小区改造项目：实施三所老旧小区房屋功能改善。', '住建局', '2024', '洋州街道'],
    ]);
  });

  test('a header of two text words joined by 和 (具体工作任务和要求) names the task column', () => {
    const text = [
      '序号 | 具体工作任务和要求 | 责任领导 | 责任单位 | 落实情况 |',
      '1 | 推动义务教育优质均衡发展,增加义务教育学位5000个。 | 毛晓青 | 县教体局 各相关乡镇政府 | 已完成项目建设。 |',
      '2 | 扎实推进城乡供水一体化建设。 | 张学伟 | 县住建局 各相关乡镇政府 | 金滩水厂建设基本完成。 |',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units, t.leaders])).toEqual([
      [1, '县教体局 各相关乡镇政府', ['毛晓青']],
      [2, '县住建局 各相关乡镇政府', ['张学伟']],
    ]);
  });

  test('a label the copy broke (人:) before a person’s title gives the task’s leaders, not more units', () => {
    const text = [
      '一、重点规划衔接融合方面',
      '1. 做好“十四五”规划等重大规划的有效衔接。',
      '责任单位:海东市、兰州市、临夏州发展改革部门',
      '人:三市州发展改革部门主要负责同志',
      '2. 积极配合开展兰新高铁达速改造。',
      '责任单位:海东市交通运输局',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.units, t.leaders ?? []])).toEqual([
      ['海东市、兰州市、临夏州发展改革部门', ['三市州发展改革部门主要负责同志']],
      ['海东市交通运输局', []],
    ]);
  });
});

describe('held-out set 11: shapes met in plans never seen before', () => {
  test('unnumbered targets run together, each closed by its bracket, are tasks under the title before them', () => {
    const text = [
      '二、责任主体及工作分工',
      '(一)主要目标。',
      '1.主要指标的责任部门。',
      '常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)万元工业增加值取水量降低20%。(市节水办、市经委牵头)耕地保有量保持在我市2010年耕地保有量面积。',
      '(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.category, t.text, t.units])).toEqual([
      ['主要指标的责任部门', '常住人口控制在1150万人左右。', '市人口计生委、市公安局牵头'],
      ['主要指标的责任部门', '万元地区生产总值能源消耗降低20%。', '市经委牵头'],
      ['主要指标的责任部门', '万元工业增加值取水量降低20%。', '市节水办、市经委牵头'],
      ['主要指标的责任部门', '耕地保有量保持在我市2010年耕地保有量面积。', '市国土房管局牵头'],
      ['主要指标的责任部门', '主要污染物排放总量减少10%。', '市环保局牵头'],
    ]);
    expect(tasks.map((t) => t.number)).toEqual([1, 2, 3, 4, 5]);
  });

  test('a note after a group of items gives the units of them all (4项目标的责任单位均为X)', () => {
    const text = [
      '一、关于目标体系设置',
      '(一)跨越式发展目标。主要针对“31245”的目标任务,包括5项。',
      '1.地区生产总值增长15%;',
      '2.第三产业增加值达到1000亿元;',
      '2项目标的责任单位均为市发展改革委。',
      '3.规模以上工业销售收入达到3000亿元;',
      '该目标责任单位为市经委。',
      '4.实际利用外商直接投资达到8亿美元;',
      '5.社会消费品零售总额增长16%;',
      '2项目标的责任单位均为市商务局。',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '地区生产总值增长15%;', '市发展改革委'],
      [2, '第三产业增加值达到1000亿元;', '市发展改革委'],
      [3, '规模以上工业销售收入达到3000亿元;', '市经委'],
      [4, '实际利用外商直接投资达到8亿美元;', '市商务局'],
      [5, '社会消费品零售总额增长16%;', '市商务局'],
    ]);
    // The note is kept in the review, word for word.
    expect(
      result.diagnostics.filter((d) => d.code === 'units-for-items').map((d) => d.params?.sentence),
    ).toEqual([
      '2项目标的责任单位均为市发展改革委。',
      '该目标责任单位为市经委。',
      '2项目标的责任单位均为市商务局。',
    ]);
  });

  test('cells opened by a bar, rows closed by a lone bar, a merged lead column broken one character a line', () => {
    const text = [
      '牵头单位',
      '| 目 标 任 务',
      '| 责 任 单 位',
      '|',
      '市',
      '监',
      '察',
      '局',
      '| 严肃查处利用职权谋取私利的腐败行为',
      '| 审计局、财政局和市直各单位',
      '|',
      '推进政务公开工作',
      '| 市直各单位、各区县市',
      '|',
      '市',
      '发',
      '改',
      '委',
      '| 地区生产总值增长13%',
      '| 统计局和市直相关单位、各园区',
      '|',
      '固定资产投资增长20%',
      '|',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.text, t.units])).toEqual([
      ['严肃查处利用职权谋取私利的腐败行为', '牵头单位：市监察局；责任单位：审计局、财政局和市直各单位'],
      ['推进政务公开工作', '牵头单位：市监察局；责任单位：市直各单位、各区县市'],
      ['地区生产总值增长13%', '牵头单位：市发改委；责任单位：统计局和市直相关单位、各园区'],
      ['固定资产投资增长20%', '牵头单位：市发改委；责任单位：统计局和市直相关单位、各园区'],
    ]);
    // Shared cells are said in the review.
    expect(result.diagnostics.filter((d) => d.code === 'merged-cell').map((d) => d.params?.task)).toEqual([
      2, 4,
    ]);
    // 和 before a collective parts two names.
    const analysis = analyzePlan(Plan.parse(result.plan!));
    expect(analysis.resolved.tasks[0]!.roles.responsible).toEqual(['审计局', '财政局', '市直各单位']);
  });

  test('a bar-led row the copy cuts before its closing bar shares only the merged lead', () => {
    const text = [
      '牵头单位',
      '| 目 标 任 务',
      '| 责 任 单 位',
      '|',
      '市',
      '监',
      '察',
      '局',
      '| 严肃查处利用职权谋取私利的腐败行为',
      '| 审计局、财政局和市直各单位',
      '|',
      '市',
      '发',
      '改',
      '委',
      '| 地区生产总值增长13%',
      '| 统计局和市直相关单位、各园区',
      '|',
      '固定资产投资增长20%',
      '|',
      '力争全年实施重点项目566个,完成投资1494亿',
      '[...gap...]',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => t.units)).toEqual([
      '牵头单位：市监察局；责任单位：审计局、财政局和市直各单位',
      '牵头单位：市发改委；责任单位：统计局和市直相关单位、各园区',
      '牵头单位：市发改委；责任单位：统计局和市直相关单位、各园区',
      '牵头单位：市发改委',
    ]);
  });

  test('a person the heading two levels up names leads the tasks under the unit’s heading', () => {
    const text = [
      '一、孟学农省长负责的工作',
      '(一)省监察厅牵头的工作',
      '1.加强行政监察工作,全面落实党风廉政建设责任制。',
      '协同单位:省直各部门。',
      '二、薛延忠常务副省长负责的工作',
      '(一)省人民政府办公厅牵头的工作',
      '1.加强政府自身建设,切实优化政务环境。',
      '协同单位:省直有关部门和各市人民政府。',
      '2.认真执行省人大及其常委会的各项决议、决定,自觉接受监督。',
      '协同单位:省直有关部门。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.leaders, t.units])).toEqual([
      [['孟学农省长'], '省监察厅牵头；协同单位：省直各部门。'],
      [['薛延忠常务副省长'], '省人民政府办公厅牵头；协同单位：省直有关部门和各市人民政府。'],
      [['薛延忠常务副省长'], '省人民政府办公厅牵头；协同单位：省直有关部门。'],
    ]);
  });

  test('the one paragraph under a heading that names its lead is that heading’s task; a 协同单位 line stays with its item', () => {
    const text = [
      '一、孟学农省长负责的工作',
      '全面负责省人民政府工作任务的落实。',
      '(一)省监察厅牵头的工作',
      '加强行政监察工作,全面落实政府系统党风廉政建设责任制。',
      '(二)省审计厅牵头的工作',
      '全面加强审计工作。',
      '协同单位:省直各部门和各市人民政府。',
      '(三)省编办牵头的工作',
      '1.深化行政管理体制改革,优化政府机构设置。',
      '2.积极稳妥地推进乡镇机构改革。',
      '协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。',
    ].join('\n');
    const result = importPlanText(text);
    const tasks = result.plan!.tasks;
    expect(tasks.map((t) => [t.text, t.units])).toEqual([
      ['加强行政监察工作,全面落实政府系统党风廉政建设责任制。', '省监察厅牵头'],
      ['全面加强审计工作。', '省审计厅牵头；协同单位：省直各部门和各市人民政府。'],
      ['深化行政管理体制改革,优化政府机构设置。', '省编办牵头'],
      [
        '积极稳妥地推进乡镇机构改革。',
        '省编办牵头；协同单位：省财政厅、省人事厅等省直有关部门和各市人民政府。',
      ],
    ]);
    expect(tasks.every((t) => t.leaders?.[0] === '孟学农省长')).toBe(true);
    // The heading names the lead: no "units missing" note for these tasks.
    expect(result.diagnostics.filter((d) => d.code === 'units-missing')).toEqual([]);
  });

  test('a run-on target the copy cuts inside its bracket keeps the names it shows', () => {
    const text = [
      '1.主要指标的责任部门。',
      '常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)城市建成区绿化覆盖率达到40%以上。 (市建委、',
      '[...gap...]',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.text, t.units])).toEqual([
      ['常住人口控制在1150万人左右。', '市人口计生委、市公安局牵头'],
      ['万元地区生产总值能源消耗降低20%。', '市经委牵头'],
      ['城市建成区绿化覆盖率达到40%以上。', '市建委'],
    ]);
    // Said: the bracket is open, so its names are what the copy shows.
    expect(result.diagnostics.some((d) => d.code === 'units-bracket-unclosed' && d.params?.task === 3)).toBe(
      true,
    );
  });
});

describe('held-out set 12: shapes met in plans never seen before', () => {
  test('a one-cell-per-line table with a score column: the score anchors each row, merged cells come from above', () => {
    const text = [
      '附件',
      '目标任务分解表',
      '项 目',
      '分值',
      '目标任务',
      '监考单位',
      '宏观调控',
      '地区生产总值增长率',
      '3',
      '年终根据全省平均水平综合考核',
      '区发改局区统计局',
      '社会消费品零售总额增长率',
      '3',
      '全社会固定资产投资额',
      '3',
      '186',
      '区财政局',
      '公共服务',
      '城镇新增就业人数',
      '1',
      '5800',
      '区人社局',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.category, t.text, t.units, t.note])).toEqual([
      ['宏观调控', '地区生产总值增长率：年终根据全省平均水平综合考核', '区发改局、区统计局', '分值：3'],
      ['宏观调控', '社会消费品零售总额增长率', '区发改局、区统计局', '分值：3'],
      ['宏观调控', '全社会固定资产投资额：186', '区财政局', '分值：3'],
      ['公共服务', '城镇新增就业人数：5800', '区人社局', '分值：1'],
    ]);
    expect(result.diagnostics.some((d) => d.code === 'merged-cell' && d.params?.task === 2)).toBe(true);
  });

  test('a few words after the last sentence, where the copy stops, begin the next passage and leave the text', () => {
    const run = `五、责任分工 交通部门:一是负责整治办日常工作,筹备相关工作会议,组织协调专项整治有关工作。二是制订重点区域专项整治方案,组织联合执法力量。三是对从事非法营运的驾驶员实施诚信考核记分管理。四是科学合理调整运力,保障群众正常出行。五是协助有关部门对非法营运人员进行就业培训和就业推荐等工作。 公安部门:一是参与专项整治行动方案的制订,组织相关警力开展联合执法。二是组织专案打击,依法查处非法营运车辆和违法驾驶人员。 财政部门:负责专项整治工作的专项经费保障工作。 经济信息\n[...gap...]`;
    const result = importPlanText(run);
    expect(result.plan!.tasks.map((t) => [t.units, t.text.slice(-8)])).toEqual([
      ['交通部门', '培训和就业推荐等工作。'.slice(-8)],
      ['公安部门', '法营运车辆和违法驾驶人员。'.slice(-8)],
      ['财政部门', '项经费保障工作。'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'excerpt-cut' && d.params?.stub)?.params).toMatchObject({
      stub: '经济信息',
    });
  });

  test('a progress row without its merged lead cell: the report slides left and is not read as units', () => {
    const text = [
      '序号 | 项目内容 | 月度工作计划 | 牵头单位 | 落实情况 |',
      '1 | 为全县60岁以上老年人免费接种流感疫苗24723人。 | 4月:制定并下发工作方案。 | 县卫生健康局 | 已完成。 已制定并下发工作方案。 |',
      '2 | 在公共场所新增配置自动体外除颤仪47台。 | 4月:公布采购意向公告。 | 已完成。 4月27日向县财政局申请资产配置;完成全县47个点位设置。 | |',
      '3 | 实行全县医保参保人员一地签约,全省基层医疗机构门诊报销比=50%。 | 根据省市局要求,数据采集只到市级。8月底前时时与省市主管部门对接并确保完成年度任务。 | 县医疗保障局 | 已完成。 |',
      '4 | 实行全县医保参保人员一地签约,全县异地结算定点医院开通率达100%。 | 根据省市局要求,数据采集只到市级。8月底前时时与省市主管部门对接并确保完成年度任务。 | 已完成。 本月已完成省市统一部署工作。 | |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '牵头单位：县卫生健康局'],
      [2, '牵头单位：县卫生健康局'],
      [3, '牵头单位：县医疗保障局'],
      [4, '牵头单位：县医疗保障局'],
    ]);
    // The plan column is kept beside the task.
    expect(result.plan!.tasks[0]!.note).toContain('4月:制定并下发工作方案');
  });

  test('duties led by the unit’s name, numbered from partway through the list or run together on one line', () => {
    const numbered = [
      '(九)工商部门职责:依法确认道路客运行业的各类市场主体经营资格,依法取缔无照经营。',
      '(十)城管部门职责:负责对乱停乱放在客运站、医院、学校等占用人行道的车辆管理。',
      '(十一)广电局、资阳日报社职责:负责整顿工作的宣传报道。',
    ].join('\n');
    expect(importPlanText(numbered).plan!.tasks.map((t) => [t.number, t.units, t.text.slice(0, 6)])).toEqual([
      [9, '工商部门', '依法确认道路'],
      [10, '城管部门', '负责对乱停乱'],
      [11, '广电局、资阳日报社', '负责整顿工作'],
    ]);
    const run = `五、责任分工 交通部门:一是负责整治办日常工作,筹备相关工作会议,组织协调专项整治有关工作。二是制订重点区域专项整治方案,组织联合执法力量,开展专项整治行动。三是对具有道路运输从业资格的驾驶员从事非法营运的实施诚信考核记分管理。 公安部门:一是参与专项整治行动方案的制订,组织相关警力开展联合执法。二是组织专案打击,依法查处非法营运车辆和违法驾驶人员,对严重交通违法行为加大处罚力度。 宣传部门:负责审查专项整治工作宣传方案,做好宣传报道工作。`;
    expect(importPlanText(run).plan!.tasks.map((t) => [t.units, t.text.slice(0, 4)])).toEqual([
      ['交通部门', '一是负责'],
      ['公安部门', '一是参与'],
      ['宣传部门', '负责审查'],
    ]);
  });
});

describe('held-out set 14: lists of duties (职责分工)', () => {
  test('numbered duties from partway through a list, a body whose name ends in 总队', () => {
    const text = [
      '14.市卫生局:负责医院周边环境秩序综合整治的协调工作;查处非法行医等违法行为。',
      '15.市药监局:负责查处违法收售药品等行为。',
      '16.市文化执法总队:负责会同公安、城管部门查处非法销售盗版光盘等非法出版物的违法行为。',
      '17.各区县政府(地区管委会):落实属地责任,制定辖区环境秩序综合整治工作方案。',
    ].join('\n');
    expect(importPlanText(text).plan!.tasks.map((t) => [t.number, t.units])).toEqual([
      [14, '市卫生局'],
      [15, '市药监局'],
      [16, '市文化执法总队'],
      [17, '各区县政府(地区管委会)'],
    ]);
  });

  test('a table of duties copied with spaces for cells, the grounds it cites after it left out', () => {
    const text = [
      '烟花爆竹安全监管',
      '序号 涉及部门 职责分工',
      '1 市公安局 负责烟花爆竹运输通行证发放和烟花爆竹运输路线确定工作,组织销毁处置废旧和罚没的非法烟花爆竹',
      '2 市应急管理局 负责烟花爆竹生产、经营、储存单位的安全生产监督管理。',
      '3 市供销社 负责加强对本系统企业烟花爆竹经营活动的管理。',
      '',
      '相关依据:',
      '',
      '1.《烟花爆竹安全管理条例》(国务院令第455号)',
      '2.市公安局“三定”规定',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units, t.text.slice(0, 6)])).toEqual([
      [1, '市公安局', '负责烟花爆竹'],
      [2, '市应急管理局', '负责烟花爆竹'],
      [3, '市供销社', '负责加强对本'],
    ]);
  });

  test('a unit’s name on a line, its duties on the next; duties whose unit line was lost are an item to fill in', () => {
    const text = [
      '与相关部门的职责边界',
      '相关部门 职责分工',
      '',
      '国土资源局',
      '',
      '             负责供地许可审批及是否按照出让合同条件进行建设。',
      '',
      '            住建局',
      '',
      '牵头负责设计审批及施工许可、建设工程竣工验收。',
      '',
      '负责项目规划审批及竣工验收。',
      '',
      '气象局',
      '',
      '负责防雷装置的资料审查与竣工验收。',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.units, t.text.slice(0, 6)])).toEqual([
      ['国土资源局', '负责供地许可'],
      ['牵头单位：住建局', '牵头负责设计'],
      ['（未识别）', '负责项目规划'],
      ['气象局', '负责防雷装置'],
    ]);
    expect(result.diagnostics.some((d) => d.code === 'units-placeholder')).toBe(true);
  });

  test('a table of three lists (任务清单 | 责任清单 | 时限清单), numbered by its 工作指标, units parted by spaces', () => {
    const text = [
      '建设任务 | 工作事项 | 工作指标 | 任务清单 | 责任清单 | 时限清单 |',
      '一、体系建设 |',
      '(一)组织指挥提能升级 | 1.组织机构 | (1)乡镇(街道、园区)党政主要负责人是防汛工作第一责任人。 | 1.落实防汛防台行政首长负责制; | 党政办 应消站 | 4月 |',
      '(2)乡镇(街道、园区)应急消防管理站承担防汛防台统筹协调工作。 | 1.明确应消站防汛工作职责; | 应消站 | 4月 |',
      '(3)村(社区)建立应急工作组。 | 1.明确村级应急工作组; | 农村办 规划建设办 国土所 村(社区) | 4月 |',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units, t.deadline])).toEqual([
      [1, '党政办 应消站', '4月'],
      [2, '应消站', '4月'],
      [3, '农村办 规划建设办 国土所 村(社区)', '4月'],
    ]);
    const names = analyzePlan(Plan.parse(importPlanText(text).plan!)).resolved.tasks.map(
      (t) => t.roles.responsible,
    );
    expect(names).toEqual([['党政办', '应消站'], ['应消站'], ['农村办', '规划建设办', '国土所', '村(社区)']]);
  });

  test('sentences of duties, each opening with its units, one after another', () => {
    const text = [
      '一、职责分工',
      '人口普查是一项重大的国情国力调查,涉及到每个人,组织和协调工作量大。',
      '省统计局负责人口普查的日常工作,并全面负责专业技术工作。',
      '省公安厅负责户口整顿工作,以及协助配合人口普查登记阶段相关工作。',
      '省委宣传部、省广电局负责人口普查的宣传工作。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.units, t.text.slice(0, 7)])).toEqual([
      ['省统计局', '省统计局负责人'],
      ['省公安厅', '省公安厅负责户'],
      ['省委宣传部、省广电局', '省委宣传部、省'],
    ]);
    // One such sentence inside a numbered task stays in its text.
    const one = importPlanText(
      '1.做好人口普查宣传工作。\n省统计局负责人口普查的日常工作。\n(责任单位:省统计局)\n2.做好经费保障。\n(责任单位:省财政厅)',
    ).plan!.tasks;
    expect(one.map((t) => t.number)).toEqual([1, 2]);
  });
});

describe('held-out set 13: shapes met in plans never seen before', () => {
  test('a progress report’s headers: a quarter’s target is a note, its long report header is not kept', () => {
    const text = [
      '序号 | 工作任务 | 责任单位 | 一季度目标 | 进展情况、存在问题及下一步打算 | 目标完成情况 |',
      '1 | 新改扩建公办中小学校1所 | 教体局 | 室内安装、装修及场外施工 | 进展情况:室内装修完成80%。 | 顺利推进 |',
      '2 | 符合条件的义务教育段随迁子女在家长常住地100%保障入学 | 教体局 | 公布随迁子女入(转)学政策 | 进展情况:3月26日已公布。 | 顺利推进 |',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.text, t.units, t.note])).toEqual([
      ['新改扩建公办中小学校1所', '教体局', '室内安装、装修及场外施工'],
      ['符合条件的义务教育段随迁子女在家长常住地100%保障入学', '教体局', '公布随迁子女入(转)学政策'],
    ]);
  });

  test('a unit’s name over the title of its responsibility book owns the items under it, and the review says so', () => {
    const text = [
      '    市卫生局',
      '    2011年重点工作目标责任书(4项)',
      '      1、上半年开工建设市儿童医院。',
      '      2、推进宁陕、平利两县公立医院改革试点,完成医改年度目标任务。',
      '      3、新型农村合作医疗参保率稳定在92%以上。',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => t.units)).toEqual(['市卫生局', '市卫生局', '市卫生局']);
    expect(result.diagnostics.find((d) => d.code === 'heading-units')?.params).toMatchObject({
      units: '市卫生局',
      tasks: 3,
    });
  });

  test('a progress table one cell per line: the group heading after the first number, sub-rows of figures', () => {
    const cells = [
      '序号',
      '类别',
      '项目名称',
      '目标任务',
      '牵头单位',
      '目标任务',
      '累计完成',
      '累计进度',
      '备注',
      '1',
      '一、就业促进(3项)',
      '促进重点群体稳定就业',
      '城镇新增就业1100人',
      '县人社局',
      '1100',
      '1063',
      '96.64%',
      '',
      '“三公里”充分就业社区4个',
      '4',
      '4',
      '100%',
      '',
      '2',
      '支持毕业生求职创业',
      '按1500元/人标准发放求职创业补贴',
      '县人社局',
      '',
      '补贴资金于12月28日前足额发放。',
      '3',
      '放心家政行动',
      '培训家政服务人员613人次',
      '县科商工信局',
      '613',
      '626',
      '102.12%',
      '',
      '二、社会保障(5项)',
      '4',
      '农村敬老院运营服务能力提升',
      '督促辖区内4家公建公营敬老院规范运营',
      '县民政局',
      '4',
      '4',
      '100%',
      '按照工程进度测算',
    ];
    const text = cells.map((c) => (c === '' ? '|' : `${c} |`)).join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.units])).toEqual([
      [1, '就业促进(3项)', '牵头单位：县人社局'],
      [2, '就业促进(3项)', '牵头单位：县人社局'],
      [3, '就业促进(3项)', '牵头单位：县科商工信局'],
      [4, '社会保障(5项)', '牵头单位：县民政局'],
    ]);
    // The 12月28日 of a progress note is no deadline.
    expect(tasks[1]!.deadline).toBe('');
  });

  test('one numbered task the excerpt cuts is still a plan to review', () => {
    const text = [
      '任务清单',
      '一、生态建设',
      '1.抓住全省“大水网”建设契机,实施河湖连通达标等重大水利工程,探索构建区域大循环水系。到2025年,全区水环境质量明显改善,河湖管理范围明晰,“四',
      '[...gap...]',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => t.number)).toEqual([1]);
    // Said: the units are missing and the excerpt is cut.
    expect(result.diagnostics.map((d) => d.code)).toEqual(
      expect.arrayContaining(['units-placeholder', 'excerpt-cut']),
    );
    // Without the cut, one numbered line alone is no list.
    expect(importPlanText(text.replace('\n[...gap...]', '。')).plan).toBeUndefined();
  });

  test('projects numbered 01, 02 with their labels on lines of their own, one without its colon', () => {
    const text = [
      '全县20个项目进展与成效情况总结汇报',
      '01 项目名称:提升县域生态环境',
      '项目内容:',
      '连通城区河道水系,新改建城区公共厕所5座。',
      '责任单位:',
      '水务局、城管局、自然资源局',
      '进展与成效:',
      '城区河道水系工程已完成可行性研究报告,5月28日已完成开标。',
      '02 项目名称:加大文化惠民力度',
      '项目内容:',
      '新建“城市书房”1个,配合市图书馆完成一卡通项目。',
      '责任单位',
      '文广旅局',
      '进展与成效:',
      '城市书房已确定建设地址。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text.slice(0, 8), t.units])).toEqual([
      [1, '提升县域生态环境', '水务局、城管局、自然资源局'],
      [2, '加大文化惠民力度', '文广旅局'],
    ]);
  });
});

describe('held-out set 9: headers, labels and cuts', () => {
  test('a 实事项目 column is the task; the steps of 工作举措及实施计划 are kept as its note', () => {
    const text = [
      '序号 | 实事项目 | 工作举措及实施计划 | 责任单位 | 配合单位 |',
      '1 | 新建成公办中小学、幼儿园7所。 | 1.4月底前主体完工。2.8月底前投入使用。 | 教育局 | 发改局、财政局 |',
      '2 | 实施农村公路大中修100公里。 | 1.7月底前开工;11月底前建成。 | 交通运输局 | 财政局 |',
    ].join('\n');
    const plan = importPlanText(text).plan;
    expect(plan?.tasks.map((t) => [t.text, t.note, t.deadline])).toEqual([
      ['新建成公办中小学、幼儿园7所。', '1.4月底前主体完工。2.8月底前投入使用。', ''],
      ['实施农村公路大中修100公里。', '1.7月底前开工;11月底前建成。', ''],
    ]);
  });

  test('a label with a second name in brackets (牵头科室（单位）) names the lead', () => {
    expect(labelMeaning('牵头科室(单位)')).toBe('lead');
    const text = [
      '1.加快孵化基地建设,努力建设创新型城市。',
      '责任领导:李建雄',
      '牵头科室(单位):计划科、科技资源统筹中心基建办',
      '完成时限:2018年12月',
      '2.推动高新区晋升国家级高新技术产业开发区。',
      '责任领导:王磊',
      '牵头科室(单位):高新科',
      '完成时限:2018年10月',
    ].join('\n');
    const plan = importPlanText(text).plan;
    expect(plan?.tasks.map((t) => [t.leaders, t.deadline])).toEqual([
      [['李建雄'], '2018年12月'],
      [['王磊'], '2018年10月'],
    ]);
    expect(leadsOf(text)).toEqual([['计划科', '科技资源统筹中心基建办'], ['高新科']]);
  });

  test('a level and one character at the cut (市协) is no unit; 市委 is', () => {
    const cut = (last: string) =>
      importPlanText(
        `1.做好甲工作。\n责任单位:市财政局\n2.做好乙工作。\n责任单位:市发改委、${last}\n[...gap...]`,
      ).plan?.tasks[1]?.units;
    expect(cut('市协')).toBe('市发改委');
    expect(cut('市委')).toBe('市发改委、市委');
  });
});

describe('labels and headers the list does not name are read by their shape', () => {
  test.each([
    ['牵头单位', 'lead'],
    ['负责科室', 'responsible'],
    ['具体承办科室', 'responsible'],
    ['协同推进部门', 'supporting'],
    ['督导单位', 'supervising'],
    ['市级牵头单位', 'lead'],
    ['单位', 'responsible'],
    ['评分部门', undefined],
    ['考核单位', undefined],
    ['工作内容', undefined],
  ])('%s', (word, meaning) => {
    expect(labelMeaning(word)).toBe(meaning);
  });

  test('a table headed 负责科室, its first column naming each task, in traditional characters', () => {
    const text = [
      '二、重點工作任務分解',
      '重點任務 | 工作內容 | 負責科室 |',
      '政策解讀 | 對縣政府名義制定的政策文件進行全面解讀。 | 各責任科室 |',
      '迴應關切 | 對羣衆普遍關注的社會熱點問題及時迴應。 | 各業務科室 |',
      '政務服務 | 注重政務服務辦理流程信息發佈。 | 綜合科 |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '政策解讀：對縣政府名義制定的政策文件進行全面解讀。', '各責任科室'],
      [2, '迴應關切：對羣衆普遍關注的社會熱點問題及時迴應。', '各業務科室'],
      [3, '政務服務：注重政務服務辦理流程信息發佈。', '綜合科'],
    ]);
    expect(result.diagnostics.some((d) => d.code === 'names-not-categories')).toBe(true);
  });

  test('a 考核 table: 单位 beside 责任部门 is a measure, 评分部门 scores and is left out', () => {
    const text = [
      '序号 | 考核内容 | 单位 | 年度目标 | 责任部门 | 评分部门 |',
      '1 | 农林牧渔业增加值增幅 | % | ≥2% | 县农业农村局 | 市农业农村局 |',
      '2 | 粮食播种面积 | 万亩 | 0.07 | 县农业农村局 | 市农业农村局 |',
      '3 | 生猪存栏 | 万头 | 1 | 县农业农村局 | 市农业农村局 |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => t.units)).toEqual(['县农业农村局', '县农业农村局', '县农业农村局']);
  });
});

describe('names in a units cell', () => {
  test('a collective after 等 with a level, and one joined by 和', () => {
    const cell = '省发展改革委、交通运输厅、能源局等省有关部门和各地级以上市人民政府按职责分工负责';
    const names = readUnitsCell(cell).clauses.flatMap((c) => c.names.map((n) => n.name));
    expect(names).toEqual(['省发展改革委', '交通运输厅', '能源局', '省有关部门', '各地级以上市人民政府']);
    // 省直 is a level too.
    const direct = readUnitsCell('协同单位:省财政厅、省人事厅等省直有关部门和各市人民政府。');
    expect(direct.clauses.flatMap((c) => c.names.map((n) => n.name))).toEqual([
      '省财政厅',
      '省人事厅',
      '省直有关部门',
      '各市人民政府',
    ]);
  });

  test('a collective listing levels with 、 and a bracket is one name', () => {
    const names = (cell: string) => readUnitsCell(cell).clauses.flatMap((c) => c.names.map((n) => n.name));
    expect(names('市发改委、市商务局,各区、县（市）政府（管委会）')).toEqual([
      '市发改委',
      '市商务局',
      '各区、县（市）政府（管委会）',
    ]);
    expect(names('市统计局,各乡、镇人民政府')).toEqual(['市统计局', '各乡、镇人民政府']);
    expect(names('区直相关各单位,各乡镇、街道,赛武当管理局')).toEqual([
      '区直相关各单位',
      '各乡镇、街道',
      '赛武当管理局',
    ]);
    // Zones, then towns with their 街道 in brackets: one collective.
    expect(names('市财政局,各有关部门,各开发区、镇(街道)')).toEqual([
      '市财政局',
      '各有关部门',
      '各开发区、镇(街道)',
    ]);
    expect(names('各开发区、市商务局')).toEqual(['各开发区', '市商务局']);
    // A note in angle brackets after a collective stays with it.
    expect(names('市商务局牵头,各区人民政府〈含开发区管委会,下同〉负责')).toEqual([
      '市商务局',
      '各区人民政府〈含开发区管委会,下同〉',
    ]);
    // A level with its other level in brackets, then the last level and its body.
    expect(names('市人保局,各市(县)、区政府')).toEqual(['市人保局', '各市(县)、区政府']);
    // Names parted by spaces keep every one, a bracketed second name with the name it follows.
    expect(names('农村办 村(社区)')).toEqual(['农村办', '村(社区)']);
    expect(names('市府办(市大数据局) 市财政局')).toEqual(['市府办', '市财政局']);
    // Levels before a body other than a government (各市、县(市、区)教育局); 股 sections of a county bureau.
    expect(names('基教处、电教馆、各市、县(市、区)教育局')).toEqual([
      '基教处',
      '电教馆',
      '各市、县(市、区)教育局',
    ]);
    expect(names('旅游股、文物股')).toEqual(['旅游股', '文物股']);
    // 等 and a collective with its other name in brackets.
    expect(names('评估中心、就业指导中心等有关处室(单位),各高校')).toEqual([
      '评估中心',
      '就业指导中心',
      '有关处室(单位)',
      '各高校',
    ]);
  });

  test('a verb the lexicon does not list, after 牵头 or 按职责分工, still gives the role', () => {
    expect(readUnitsCell('省发展改革委牵头卖力').clauses[0]?.role).toBe('lead');
    expect(readUnitsCell('市财政局、市审计局按职责分工推动').clauses[0]?.names.map((n) => n.name)).toEqual([
      '市财政局',
      '市审计局',
    ]);
    // 牵头单位 is a label, not 牵头 + a verb.
    expect(readUnitsCell('市财政局为牵头单位').clauses[0]?.role).toBe('lead');
  });
});

describe('cells as tables are copied in the wild', () => {
  test('a units cell printed one unit per line, up to the deadline', () => {
    const text = [
      '2016年民生实事目标任务分解表',
      '序号',
      '民生实事',
      '责任单位',
      '完成时限',
      '1',
      '启动建设东柳河城区段综合治理工程和东湖湿地公园。',
      '县水务局',
      '县住建局',
      '县护城河指挥部',
      '12月底前',
      '2',
      '新建2座人行天桥。',
      '县住建局',
      '9月投入使用',
      '3',
      '启动县图书馆新馆建设。',
      '县文体广新局',
      '县代建中心',
      '12月底前',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.layout).toBe('cellPerLine');
    expect(result.plan!.tasks.map((t) => [t.number, t.units, t.deadline])).toEqual([
      [1, '县水务局、县住建局、县护城河指挥部', '12月底前'],
      [2, '县住建局', '9月投入使用'],
      [3, '县文体广新局、县代建中心', '12月底前'],
    ]);
  });

  test('a number cell the header has no column for, after the row’s category cells', () => {
    const text = [
      '工作任务 | 具体要求 | 责任单位 | 时限要求 | ||',
      '一、以公开助力经济平稳健康发展。 | (一)加强涉及市场主体的信息公开。 | 1 | 切实公开涉及市场主体政策文件的决策、解读、执行落实情况。 | 市政府各有关部门负责落实 | 持续推进 |',
      '2 | 开设行业帮扶政策公开专题,切实促进行业发展和消费恢复。 | 市商务局、市文旅局负责落实 | 持续推进 | | |',
      '3 | 用好营商环境问题投诉、处置、回应机制。 | 市发展改革委牵头,市住建局配合 | 2022年底前 |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text.slice(0, 6), t.units, t.deadline])).toEqual([
      [1, '切实公开涉及', '市政府各有关部门负责落实', '持续推进'],
      [2, '开设行业帮扶', '市商务局、市文旅局负责落实', '持续推进'],
      [3, '用好营商环境', '市发展改革委牵头,市住建局配合', '2022年底前'],
    ]);
    expect(result.plan!.categories[0]!.name).toBe('以公开助力经济平稳健康发展。');
  });

  test('a person under a label inside the units bracket is a leader', () => {
    const text = [
      '一、主要预期目标',
      '1.地区生产总值增长8%以上。(责任领导:杜新国;牵头单位:区发改局)',
      '2.城乡居民收入增长与经济增长基本同步。(责任领导:杜新国、丁玲;牵头单位:区发改局、区农业农村局)',
      '3.粮食产量稳定在23万吨。(责任领导:丁玲;牵头单位:区农业农村局;完成时限:2023年底)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.units, t.leaders, t.deadline])).toEqual([
      ['牵头单位:区发改局', ['杜新国'], ''],
      ['牵头单位:区发改局、区农业农村局', ['杜新国', '丁玲'], ''],
      ['牵头单位:区农业农村局', ['丁玲'], '2023年底'],
    ]);
  });
});

describe('a progress table of projects in groups (进度表)', () => {
  // One cell per line, each ending in ` |`, empty cells left by merged cells as bar-only lines: a
  // group row names the 牵头单位 of the projects under it; a project may have sub-rows each with
  // its own 业主单位.
  const text = [
    '2024年度区政府民生实事项目进度表',
    '序号 |',
    '牵头单位 |',
    '项目数量 |',
    '项目名称 |',
    '业主单位 |',
    '本月进展情况 |',
    '||',
    '一 |',
    '区住建局 |',
    '区政府民生实事项目(1个) |',
    '(一)背街小巷改造提升工程 |',
    '1.文昌路 |',
    '区城投 |',
    '已完工 |',
    '|',
    '2.新华路 |',
    '长堎街道 |',
    '已完工 |',
    '|||||',
    '二 |',
    '区城管局 |',
    '区政府民生实事项目(2个) |',
    '(一)燃气安全装置更换项目 |',
    '区城管局 |',
    '已完工 |',
    '||',
    '(二)井盖整治项目 |',
    '区城管局 区水投 |',
    '推进中 |',
    '|||||',
  ].join('\n');

  test('each project is a task led by its group, with every sub-row’s owner', () => {
    const result = importPlanText(text);
    const tasks = result.plan!.tasks;
    expect(tasks.map((t) => [t.text, t.units])).toEqual([
      ['背街小巷改造提升工程：1.文昌路；2.新华路', '牵头单位：区住建局；业主单位：区城投、长堎街道'],
      ['燃气安全装置更换项目', '牵头单位：区城管局；业主单位：区城管局'],
      ['井盖整治项目', '牵头单位：区城管局；业主单位：区城管局 区水投'],
    ]);
    // The progress cells (已完工) are not units, and the count column is not kept.
    expect(tasks.some((t) => /已完工|个\)/.test(t.units))).toBe(false);
    expect(leadsOf(text)).toEqual([['区住建局'], ['区城管局'], ['区城管局']]);
  });

  test('two names of one level parted by a space are two units', () => {
    const analysis = analyzePlan(Plan.parse(importPlanText(text).plan!));
    const last = analysis.resolved.tasks.at(-1)!;
    expect(last.roles.responsible).toEqual(['区水投']);
  });
});

describe('what a notice prints before its tasks, and columns the plan does not keep', () => {
  test('（此件公开发布） and the 附件 list of the notice do not end the body before the tasks', () => {
    const text = [
      '各镇人民政府,县政府各部门:',
      '经县人民政府同意,现将重点工作责任分解给你们,请对照目标任务,抓好落实。',
      '附件:1.县《政府工作报告》确定的2021年重点工作责任分解',
      '2021年5月12日',
      '(此件公开发布)',
      '附件1',
      '县《政府工作报告》确定的2021年重点工作责任分解',
      '一、2021年经济社会发展主要目标',
      '(一)地区生产总值增长11%。[牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区]',
      '(二)地方公共预算收入增长32%。(牵头单位:县财政局;责任单位:县税务局,各镇人民政府)',
      '(三)规模以上工业增加值增长11.5%。[牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '牵头单位:县发改局(粮食局);责任单位:各镇人民政府,嘉鱼经济开发区'],
      [2, '牵头单位:县财政局;责任单位:县税务局,各镇人民政府'],
      // The copy stops inside the bracket, after a name in brackets: the units read so far.
      [3, '牵头单位:县科经局;责任单位:各镇人民政府,嘉鱼经济开'],
    ]);
  });

  test('a progress column between the text and the units cell, and a lone 牵头单位 column', () => {
    const text = [
      '序号',
      '项目内容',
      '当前进度',
      '牵头单位',
      '1',
      '新(改、扩)建公办园5所,新增公办幼儿学位1000个。',
      '80%(新区实验幼儿园进度滞后)',
      '县教育局',
      '2',
      '新建改造农村公路50公里。',
      '已完成45公里',
      '县交通局',
      '3',
      '新增城镇就业5000人。',
      '已完成',
      '县人力社保局',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.text, t.units])).toEqual([
      // The header is kept as the label: it is what says they lead.
      ['新(改、扩)建公办园5所,新增公办幼儿学位1000个。', '牵头单位：县教育局'],
      ['新建改造农村公路50公里。', '牵头单位：县交通局'],
      ['新增城镇就业5000人。', '牵头单位：县人力社保局'],
    ]);
    expect(leadsOf(text)).toEqual([['县教育局'], ['县交通局'], ['县人力社保局']]);
  });

  test('a 细化分工 column is the requirement text', () => {
    const text = [
      '序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |',
      '1 | 做好疫情防控信息发布 | 重点围绕散发疫情、隔离管控等发布权威信息 | 应急处、疾控处 | 长期推进 | |',
      '2 | 做好疫苗接种信息公开 | 及时发布接种进展 | 疾控处 | 2021年8月前 | |',
      '3 | 推进规范性文件统一公开 | 逐步清理、摸清底数 | 政法处 | 长期推进 | |',
    ].join('\n');
    const result = importPlanText(text);
    // Each row's 工作任务 differs: it names the task, and starts its text.
    expect(result.plan!.tasks.map((t) => [t.text, t.units, t.deadline])).toEqual([
      ['做好疫情防控信息发布：重点围绕散发疫情、隔离管控等发布权威信息', '应急处、疾控处', '长期推进'],
      ['做好疫苗接种信息公开：及时发布接种进展', '疾控处', '2021年8月前'],
      ['推进规范性文件统一公开：逐步清理、摸清底数', '政法处', '长期推进'],
    ]);
  });
});

describe('held-out set 15: shapes met in plans never seen before', () => {
  test('items numbered with a full stop (1。), each with only a 牵头单位 bracket', () => {
    const tasks = importPlanText(
      [
        '附件1',
        '  成都市2021年民生实事工作目标',
        '  一、交通出行',
        '  1。打通中心城区“断头路”20条。(牵头单位:市住建局)',
        '  2。建成东西城市轴线东安新城段。(牵头单位:市住建局、市交通运输局)',
        '  二、市容环境',
        '  3。完成城市道路整治提升60条。(牵头单位:市城管委)',
      ].join('\n'),
    ).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.text, t.units])).toEqual([
      [1, '交通出行', '打通中心城区“断头路”20条。', '牵头单位:市住建局'],
      [2, '交通出行', '建成东西城市轴线东安新城段。', '牵头单位:市住建局、市交通运输局'],
      [3, '市容环境', '完成城市道路整治提升60条。', '牵头单位:市城管委'],
    ]);
  });

  test('sentences that mark their unit as the lead (X牵头,负责…), after a site’s numbered disclaimer is passed over', () => {
    const result = importPlanText(
      [
        '为确保安全生产形势持续稳定,我市集中开展专项整治行动。',
        '市安全监管局牵头,负责组织开展对危险化学品领域的专项整治工作。市公安局牵头,负责组织开展对道路交通领域的专项整治工作。',
        '本网版权与免责声明',
        '1、未经本网许可,任何人不得非法使用本网自有版权作品。',
        '2、如因作品版权问题可联系本网,本网确认后将移除相关内容。',
      ].join('\n'),
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '负责组织开展对危险化学品领域的专项整治工作', '市安全监管局牵头'],
      [2, '负责组织开展对道路交通领域的专项整治工作', '市公安局牵头'],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toContain('sentence-tasks');
  });

  test('a bar table whose header cells are spaced out and one header no list knows: its cells kept as the note', () => {
    const tasks = importPlanText(
      [
        '附件1 |',
        '序号 | 任 务 名 称 | 指 标 要 求 | 牵 头 部 门 | 配 合 部 门 | 目 标 类 型 |',
        '1 | 地区生产总值 | 增长5.5% | 区发改经信局 | 区财政局、各街道办事处 | A类 |',
        '2 | 服务业增加值 | 增长6% | 区发改经信局 | 区统计局 | B类 |',
      ].join('\n'),
    ).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text, t.units, t.note])).toEqual([
      [1, '地区生产总值：增长5.5%', '牵头部门：区发改经信局；配合部门：区财政局、各街道办事处', 'A类'],
      [2, '服务业增加值：增长6%', '牵头部门：区发改经信局；配合部门：区统计局', 'B类'],
    ]);
  });

  test('a department’s own list whose items name no unit: the department its title opens with does them, and the review says so', () => {
    const result = importPlanText(
      [
        '教育体育局2020年为民办实事',
        '来源: 教育体育局 发布时间:2020-03-02 15:00',
        '1.实施校舍安全工程,完成加固校舍3.03万平方米。',
        '2.完成东洲幼儿园改扩建项目。',
        '3.开工建设新城小学。',
      ].join('\n'),
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '教育体育局'],
      [2, '教育体育局'],
      [3, '教育体育局'],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toContain('title-units');
  });

  test('a list whose title names no unit keeps its tasks without units', () => {
    const result = importPlanText(
      [
        '2020年为民办实事项目',
        '1.实施校舍安全工程,完成加固校舍3.03万平方米。',
        '2.完成东洲幼儿园改扩建项目。',
      ].join('\n'),
    );
    // The plan is given for review with its units marked unread, never filled by a guess.
    expect(result.plan?.tasks.map((t) => t.units)).toEqual(['（未识别）', '（未识别）']);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('title-units');
  });

  test('及 before a prefecture’s collective (州直) parts two units', () => {
    const names = readUnitsCell('州委编办及州直相关单位').clauses.flatMap((c) => c.names.map((n) => n.name));
    expect(names).toEqual(['州委编办', '州直相关单位']);
  });
});

describe('held-out set 16: shapes met in plans never seen before', () => {
  test('one cell per line with a person column and merged cells spanning categories: cells in the header’s order, each carried down', () => {
    const text = [
      '序号',
      '指标',
      '工作任务',
      '完成时限',
      '责任领导',
      '责任股室',
      '(单位)',
      '备注',
      '1',
      '公共文化服务',
      '“两馆一站”免费开放服务人次较上年增长15%。',
      '12月底前',
      '夏俊贵',
      '文化宣传股',
      '文化馆',
      '2',
      '全年组织开展文化下乡等惠民演出不少于100场。',
      '3',
      '文化产业',
      '培育规模以上文化服务企业1家。',
      '4',
      '三建设一整治',
      '新建、改建旅游厕所6 座。',
      '5月底',
      '周 斐',
      '旅游股',
      '5',
      '抓好旅游环境综合整治工作。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.units, t.deadline, t.leaders])).toEqual([
      [1, '公共文化服务', '文化宣传股、文化馆', '12月底前', ['夏俊贵']],
      [2, '公共文化服务', '文化宣传股、文化馆', '12月底前', ['夏俊贵']],
      // The next category's first row has no cells of its own: the merged ones above reach it.
      [3, '文化产业', '文化宣传股、文化馆', '12月底前', ['夏俊贵']],
      [4, '三建设一整治', '旅游股', '5月底', ['周斐']],
      [5, '三建设一整治', '旅游股', '5月底', ['周斐']],
    ]);
  });

  test('a group headed by one of a unit’s officials (由X1名县级领导带队) is that unit’s', () => {
    const tasks = importPlanText(
      '五、督查分组\n(一)煤矿安全督查组。由市煤炭工业局1名县级领导带队,2名专业人员参加。\n(二)非煤矿山安全督查组。由市安监局1名县级领导带队,2名专业人员参加。',
    ).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '市煤炭工业局'],
      [2, '市安监局'],
    ]);
  });

  test('a bar table whose units column is headed 任务分工, rows under a merged group cell, and a row the copy cuts after its first cell', () => {
    const tasks = importPlanText(
      [
        '工作要点 | 具体要求 | 任务分工 |',
        '教育民生 | 做好高校毕业生就业创业补贴等信息公开。 | 学生处,各高等学校 |',
        '推进义务教育学校入学政策宣传、解读力度。 | 基教处,各市教育(教体)局 | |',
        '政策解读 | (1)认真落实政策解读“三同步”工作机制; (2)深化政策解读内容',
        '[...gap...]',
      ].join('\n'),
    ).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.text.slice(0, 8), t.units])).toEqual([
      [1, '教育民生', '做好高校毕业生就', '任务分工：学生处,各高等学校'],
      [2, '教育民生', '推进义务教育学校', '任务分工：基教处,各市教育(教体)局'],
      // Cut before its units: the placeholder the review asks the clerk to fill.
      [3, '政策解读', '认真落实政策解读', '（未识别）'],
    ]);
  });

  test('a header with its other name in brackets; a merged units cell after its rows, cut inside its role words', () => {
    const result = importPlanText(
      [
        '工作任务',
        '',
        '具体要求',
        '',
        '落实科室(部门)',
        '',
        '做好财政信息公开',
        '',
        '1.积极推进部门及所属单位预算、决算及相关报表公开。',
        '',
        '2.按照条例规定,定期公开医保基金收入、支出、结余等情况。',
        '',
        '办公室、法规和基金监管科、医保中心按职责分工落',
        '[...gap...]',
      ].join('\n'),
    );
    expect(result.plan!.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '办公室、法规和基金监管科、医保中心'],
      [2, '办公室、法规和基金监管科、医保中心'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'excerpt-cut')?.message).toBeDefined();
  });

  test('a closing sentence that only names who does it leaves the text; a person who answers for it, then the lead', () => {
    const tasks = importPlanText(
      [
        '三、加强外地车辆管理',
        '(一)对长期在我市行驶的外地车辆,按规定办理转籍手续。',
        '以上工作由市公安交警局负责。',
        '(二)继续严厉查处和打击非法营运的外地出租车。',
        '以上工作由市交通局负责,各有关部门配合。',
      ].join('\n'),
    ).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '对长期在我市行驶的外地车辆,按规定办理转籍手续。', '市公安交警局'],
      [2, '继续严厉查处和打击非法营运的外地出租车。', '市交通局负责，各有关部门配合'],
    ]);
    const led = importPlanText(
      '1、在兰州设立综合配套改革试验区事宜\n由杨志武副市长负责,市发改委牵头,相关部门配合,尽快完成实施方案。\n2、兰州城市轨道交通项目\n由吴继德副市长负责,市建设局牵头,市发改委配合,进一步修改完善项目建设方案。',
    ).plan!.tasks;
    expect(led.map((t) => [t.number, t.units, t.leaders])).toEqual([
      [1, '市发改委牵头；相关部门配合', ['杨志武副市长']],
      [2, '市建设局牵头；市发改委配合', ['吴继德副市长']],
    ]);
  });

  test('sub-headings that are a unit’s name give it the numbered duties under them', () => {
    const result = importPlanText(
      '一、职责任务\n  (一)市计委\n  1.将生态市建设内容纳入国民经济和社会发展总体规划。\n  2.具体联系抓好2~3个生态市建设示范点。\n  (二)市经贸委\n  1.编制生态工业发展专项规划,并组织实施。',
    );
    expect(result.plan!.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '市计委'],
      [2, '市计委'],
      // Numbering restarts under each unit: the plan numbers its tasks once, and says so.
      [3, '市经贸委'],
    ]);
    expect(result.diagnostics.filter((d) => d.code === 'heading-units')).toHaveLength(2);
    expect(result.diagnostics.map((d) => d.code)).toContain('renumbered');
  });
});

describe('held-out set 18: shapes met in plans never seen before', () => {
  test('one cell a block with a header split over two blocks (市政府 / 分管领导), headings before the first row and a spaced name', () => {
    const cells = [
      '序号',
      '重点工作',
      '市政府',
      '分管领导',
      '牵头单位',
      '配合单位',
      '备注',
      '强化科技创新支撑能力。',
      '',
      '',
      '',
      '',
      '(一)',
      '加强战略科技力量建设。',
      '',
      '',
      '',
      '',
      '1',
      '加快建设科技创新轴。',
      '王 东',
      '市科技局',
      '黄埔区、南沙区政府',
      '',
      '2',
      '全力做好国家实验室筹建保障服务工作。',
      '王 东',
      '市科技局',
      '市财政局',
      '',
      '3',
      '加快建设大湾区国家技术创新中心。',
      '李 明',
      '市发展改革委',
      '市科技局',
      '',
    ];
    const tasks = importPlanText(cells.join('\n\n')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.text, t.units, t.leaders])).toEqual([
      [
        1,
        '加强战略科技力量建设',
        '加快建设科技创新轴。',
        '牵头单位：市科技局；配合单位：黄埔区、南沙区政府',
        ['王东'],
      ],
      [
        2,
        '加强战略科技力量建设',
        '全力做好国家实验室筹建保障服务工作。',
        '牵头单位：市科技局；配合单位：市财政局',
        ['王东'],
      ],
      [
        3,
        '加强战略科技力量建设',
        '加快建设大湾区国家技术创新中心。',
        '牵头单位：市发展改革委；配合单位：市科技局',
        ['李明'],
      ],
    ]);
  });
});

describe('held-out set 18: a department’s share of a larger list, inline person labels', () => {
  test('items keep the larger list’s numbers (5, 7, 17) once one that names its units jumps ahead', () => {
    const text = [
      '一、目标分解',
      '5.城镇居民人均可支配收入增长9%。 (工资处、就管中心)',
      '7.城镇登记失业率控制在4%。 (就业处、就管中心)',
      '二、任务分解',
      '17.继续办好农村新五件实事。',
      '(2)教育培训工程。培训农村劳动力240万人。(就管中心)',
    ].join('\n');
    expect(importPlanText(text).plan!.tasks.map((t) => [t.number, t.units])).toEqual([
      [5, '工资处、就管中心'],
      [7, '就业处、就管中心'],
      [17, '就管中心'],
    ]);
  });

  test('two short items run together on one line; 项目责任人 is a person and 实际完成情况 a note, not units', () => {
    const text =
      '1.轨道交通1号线一期工程投入试运营。 牵头领导:林静国 责任单位:市轨道交通工程建设指挥部 项目责任人:尹文德 实际完成情况:已通车试运营。 2.新增安装300套路口交通信息视频采集设备。 牵头领导:王仁洲 责任单位:市公安局 项目责任人:王伟标';
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks[0]!.note).toContain('已通车试运营');
    expect(tasks.map((t) => [t.number, t.units, t.leaders])).toEqual([
      [1, '市轨道交通工程建设指挥部', ['林静国', '尹文德']],
      [2, '市公安局', ['王仁洲', '王伟标']],
    ]);
  });
});

describe('held-out set 19: shapes met in plans never seen before', () => {
  test('a title line, a detail line and a trailing bracket of names alone; a detail line that opens like a heading', () => {
    const text = [
      '宁波市人民政府关于印发2007年市政府工作主要任务责任分解的通知',
      '一、主要目标',
      '1.地区生产总值增长12%。',
      '全市生产总值达到3260亿元,增长12%。(市发改委)',
      '2.万元生产总值综合能耗下降4%左右。(市经委、环保局)',
      '3.城镇新增就业岗位10万个以上。',
      '全面贯彻落实新一轮就业再就业政策,全年城镇新增就业岗位10万个以上。(市劳动保障局)',
    ].join('\n');
    const result = importPlanText(text);
    // The sentence's full stop before the bracket stays with the text, as printed.
    expect(result.plan!.tasks.map((t) => [t.number, t.category, t.text, t.units])).toEqual([
      [1, '主要目标', '地区生产总值增长12%。全市生产总值达到3260亿元,增长12%。', '市发改委'],
      [2, '主要目标', '万元生产总值综合能耗下降4%左右。', '市经委、环保局'],
      [
        3,
        '主要目标',
        '城镇新增就业岗位10万个以上。全面贯彻落实新一轮就业再就业政策,全年城镇新增就业岗位10万个以上。',
        '市劳动保障局',
      ],
    ]);
    // The government that issues the list hands the work out: its name in the title is no unit of the tasks.
    expect(result.diagnostics.map((d) => d.code)).not.toContain('title-units');
  });

  test('a bracket that is not a list of units stays in the text', () => {
    const text = ['一、主要目标', '1.修订管理办法(试行)。', '2.完成年度考核(2021年)。'].join('\n');
    const tasks = importPlanText(text).plan?.tasks ?? [];
    for (const t of tasks) expect(t.units).not.toMatch(/试行|2021年/);
  });

  test('a rule said as a second sentence in the bracket (…原则上由排名首位的部门牵头负责。下同) makes the first-listed unit lead', () => {
    const text = [
      '一、2007年主要目标',
      '1、全市GDP增长10%以上(由市发展改革委、经委、统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。',
      '2、外贸出口增长15%以上(由市商务局、经委负责)。',
    ].join('\n');
    const result = importPlanText(text);
    expect(leadsOf(text)).toEqual([['市发展改革委'], ['市商务局']]);
    // Nothing of the rule is read as a unit, and 下同 does not carry the units to task 2.
    const first = readUnitsCell(result.plan!.tasks[0]!.units);
    expect(first.clauses.flatMap((c) => c.names.map((n) => n.name))).toEqual([
      '市发展改革委',
      '经委',
      '统计局',
    ]);
    expect(first.clauses.some((c) => c.carriesOver)).toBe(false);
  });

  test('numbered unit lines over their duty (`(1)市林业局。` then `负责…`); the list’s catch-all and the next chapter are not theirs', () => {
    const text = [
      '2.2职责任务。',
      '(1)市林业局。',
      '负责火灾扑救的组织、火灾现场勘察等工作。',
      '(2)沈阳警备区。',
      '负责协调、指挥、调动当地驻军参加森林火灾扑救工作。',
      '(3)市检察院、市中级人民法院。',
      '负责森林火灾案件的诉讼和审理工作。',
      '市森林防火指挥部其他成员随时听候调遣,完成指挥部安排的工作。',
      '3.预防、预报、监测和报告',
    ].join('\n');
    expect(importPlanText(text).plan!.tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '负责火灾扑救的组织、火灾现场勘察等工作。', '市林业局'],
      [2, '负责协调、指挥、调动当地驻军参加森林火灾扑救工作。', '沈阳警备区'],
      [3, '负责森林火灾案件的诉讼和审理工作。', '市检察院、市中级人民法院'],
    ]);
  });

  test('prose items whose sentences put bodies to work: short forms closed by 等部门, later subjects, names joined by 和', () => {
    const text = [
      '二、工作职责',
      '(一)区政府办公室和区教育局为运动会的总协调机构。负责联系各责任部门。',
      '(二)卫生、执法、环卫等部门负责保障场馆周边的环境卫生。卫生局要严格落实卫生安全监管工作;环卫局要加大清掃频次。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    const names = tasks.map((t) => readUnitsCell(t.units).clauses.flatMap((c) => c.names.map((n) => n.name)));
    expect(names).toEqual([
      ['区政府办公室', '区教育局'],
      ['卫生', '执法', '环卫', '卫生局', '环卫局'],
    ]);
  });

  test('a bracket of who does it that the cut leaves open leaves the text, and the review says so', () => {
    const text = [
      '一、主要目标',
      '1、全市GDP增长10%以上(由市发展改革委负责)。',
      '2、利用外资增长12%以上(由市商',
      '[...gap...]',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.at(-1)!.text).toBe('利用外资增长12%以上');
    expect(result.diagnostics.filter((d) => d.code === 'excerpt-cut').map((d) => d.params)).toContainEqual({
      task: 2,
      line: 4,
      stub: '(由市商',
    });
  });
});

describe('held-out set 19: numbered items above a list of unit-colon lines', () => {
  test('the numbered items naming their units are kept beside the unit lines; two bodies joined by 和 are two', () => {
    const text = [
      '3、各乡(镇)政府、街道办事处必须依据区政府禁放工作部署,结合实际制定本辖区内禁放的整体方案。',
      '4、清河、西三旗街道和东北旺乡,要组织人力、物力在禁放区一侧设立明显禁放标志。',
      '5、各部门要各司其职、恪尽职守,组织好各项禁放工作。其职责分工为:',
      '区委宣传部:制订宣传工作方案,协调新闻单位做好禁放宣传报导。',
      '商委:协调公安、供销社做好准放区烟花爆竹品种、数量的需求。',
      '教委:负责在中小学校贯彻禁放规定。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    const names = tasks.map((t) => readUnitsCell(t.units).clauses.flatMap((c) => c.names.map((n) => n.name)));
    expect(names.slice(0, 2)).toEqual([
      ['各乡(镇)政府', '街道办事处'],
      ['清河', '西三旗街道', '东北旺乡'],
    ]);
    expect(names.slice(-3)).toEqual([['区委宣传部'], ['商委'], ['教委']]);
    expect(readUnitsCell('区政府办公室和区教育局').clauses[0]!.names.map((n) => n.name)).toEqual([
      '区政府办公室',
      '区教育局',
    ]);
    for (const one of ['市住房和城乡建设局', '各县(市、区)党委和人民政府', '市委和市政府'])
      expect(readUnitsCell(one).clauses[0]!.names.map((n) => n.name)).toEqual([one]);
  });
});

describe('held-out set 20: shapes met in plans never seen before', () => {
  test('three label lines per task: 责任人 and 协调人 are persons, 责任单位 the units', () => {
    const text = [
      '1. 坚持科学规划城市。高起点编制4个城区的分区规划。',
      '责任人:奚克路副市长',
      '协调人:朱红市长助理、王飞副秘书长',
      '责任单位:市规划局。',
      '2. 积极推进南环铁路建设。',
      '责任人:奚克路副市长',
      '协调人:朱红市长助理',
      '责任单位:市建委、规划局。',
    ].join('\n');
    expect(importPlanText(text).plan!.tasks.map((t) => [t.number, t.leaders])).toEqual([
      [1, ['奚克路副市长', '朱红市长助理', '王飞副秘书长']],
      [2, ['奚克路副市长', '朱红市长助理']],
    ]);
  });

  test('unnumbered paragraphs of duties whose subject is a unit, with 负责 or 要', () => {
    const text = [
      '区住建局负责全区村庄环境整治总协调工作,指导督查康居乡村的创建。',
      '区委农办要结合全区“三新”建设任务,负责指导督查新社区建设。',
      '区财政局负责村庄环境整治专项经费的落实。',
      '区环保局要加强工业污染源的环境管理,确保达标排放。',
    ].join('\n');
    expect(importPlanText(text).plan!.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '区住建局'],
      [2, '区委农办'],
      [3, '区财政局'],
      [4, '区环保局'],
    ]);
  });

  test('a barred table: a row a line break splits is joined again, 责任单位或牵头单位 marks the lead', () => {
    const text = [
      '任务 内容 | 国家园林城市 标准或要求 | 工作内容及要求 | 责任单位 或牵头单位 | 协助 单位 | 完成 期限 |',
      '生 态 环 境 | 1、城市大环境绿化扎实开展,效果明显。 | 禁止开发城市周围的自然山体,保护植被。 | 市规划局 | 市国土资源局',
      '市农牧林业局 | 2010年9月20日前 |',
      '2、建设防护绿地,城市热岛效应缓解。 | 加强建成区防护绿地的建设。 | 市规划局 市建设局 | 有关部门 | 2010年9月20日前 |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.units, t.deadline])).toEqual([
      [1, '责任单位或牵头单位：市规划局；协助单位：市国土资源局、市农牧林业局', '2010年9月20日前'],
      [2, '责任单位或牵头单位：市规划局 市建设局；协助单位：有关部门', '2010年9月20日前'],
    ]);
    const first = readUnitsCell(result.plan!.tasks[0]!.units);
    expect(first.clauses.map((c) => [c.role, c.names.map((n) => n.name)])).toEqual([
      ['lead', ['市规划局']],
      ['supporting', ['市国土资源局', '市农牧林业局']],
    ]);
  });

  test('short forms sharing a suffix (由公安、交通部门负责) and a list closed by 等部门 then ,要', () => {
    const text = [
      '(三)道路交通安全专项整治,由公安、交通部门负责,有关部门配合。要继续加大违法行为的整治力度。',
      '(四)公众聚集场所消防安全专项整治,由公安部门负责,有关部门配合。要坚决整治重大火灾隐患。',
      '(五)铁路、水利、电力、邮政等部门,要各负其责,切实履行安全生产专项监督管理职能。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    const names = tasks.map((t) => readUnitsCell(t.units).clauses.flatMap((c) => c.names.map((n) => n.name)));
    expect(tasks.map((t) => t.number)).toEqual([3, 4, 5]);
    expect(names).toEqual([
      ['公安', '交通部门', '有关部门'],
      ['公安部门', '有关部门'],
      ['铁路', '水利', '电力', '邮政'],
    ]);
  });

  test('a task table drawn with box characters: items, a leader and a deadline merged over them, the lead column', () => {
    const text = [
      '┌──────┬───┬──────┬────┐',
      '│ 工 作 任 务 │分管领│牵头组织实施单位│完成时限│',
      '│ │ 导 │ │ │',
      '├──────┼───┼──────┼────┤',
      '│抓好财税工作 │梁志强│各县(市、区)政│年内见成│',
      '├──────┤ │府,市财政局 │ 效 │',
      '│△调整财政支出结构,加大│ │ │ │',
      '│投入 │ ├──────┤ │',
      '│△加强财政监督 │ │市审计局 │ │',
      '└──────┴───┴──────┴────┘',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.category, t.text, t.leaders, t.deadline])).toEqual([
      [1, '抓好财税工作', '调整财政支出结构,加大投入', ['梁志强'], '年内见成效'],
      [2, '抓好财税工作', '加强财政监督', ['梁志强'], '年内见成效'],
    ]);
    expect(leadsOf(text)).toEqual([['各县(市、区)政府', '市财政局'], ['市审计局']]);
  });
});

describe('held-out set 21: shapes met in plans never seen before', () => {
  test('a glued table with 第一责任单位 and 主要责任单位: the first leads, the others are responsible', () => {
    const text =
      '序号主要工作任务第一责任单位主要责任单位1地区生产总值年均增长12%左右。市发展改革委各县(市、区)政府、嘉兴港区2地方财政收入年均增长13%。市财政局各县(市、区)政府、市国税局';
    expect(leadsOf(text)).toEqual([['市发展改革委'], ['市财政局']]);
    const cell = readUnitsCell(importPlanText(text).plan!.tasks[0]!.units);
    expect(cell.clauses.map((c) => [c.role, c.names.map((n) => n.name)])).toEqual([
      ['lead', ['市发展改革委']],
      ['responsible', ['各县(市、区)政府', '嘉兴港区']],
    ]);
  });

  test('a news item’s one line of unnumbered paragraphs, each followed by its 分管领导 and 部门分工 labels, the last cut after its label', () => {
    const text =
      '2月23日,省政府办公厅印发工作任务分工方案,明确分工责任。\n《方案》提出全省各地、各部门要锚定高质量发展首要任务,确保完成2023年经济社会发展主要目标任务。其中明确指出: 贯彻实施《广东省数字经济促进条例》。加快信创产业与各行业融合发展。 分管领导:吕玉印 部门分工:省工业和信息化厅牵头,省委网信办,省发展改革委、科技厅等配合。 打造全国首个省市一体的新型基础设施智能运营管理平台——粤基座。完善数据要素流通管理运营体系功能。 分管领导:';
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text.slice(0, 8), t.leaders ?? []])).toEqual([
      [1, '贯彻实施《广东省', ['吕玉印']],
      [2, '打造全国首个省市', []],
    ]);
    expect(leadsOf(text)[0]).toEqual(['省工业和信息化厅']);
  });

  test('a PDF’s one line of duties written `UNIT。负责…。`: each unit sentence names the doer of the sentences after it', () => {
    const text =
      '三、组织领导及职责分工为切实加强对秸秆禁烧工作的领导,县政府成立领导小组。各组成单位及其职责如下:县环保局。负责对全县秸秆禁烧工作实施统一监督。加强现场执法检查。县交通局、公路局。负责对国道、省道两侧燃烧秸秆情况的巡查。县农委。负责全县农作物秸秆综合利用工作的督导;负责技术的宣传推广。';
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units, t.text])).toEqual([
      [1, '县环保局', '负责对全县秸秆禁烧工作实施统一监督。加强现场执法检查。'],
      [2, '县交通局、公路局', '负责对国道、省道两侧燃烧秸秆情况的巡查。'],
      [3, '县农委', '负责全县农作物秸秆综合利用工作的督导;负责技术的宣传推广。'],
    ]);
  });

  test('a progress bulletin: after the label’s full stop, a remark on the task is its note, not a unit', () => {
    const text = [
      '二、部分项目进展情况',
      '1、农村道路畅通工程,牵头部门:市交通局。建设进度相对较慢的县区为舒城县。',
      '2、城乡困难群体法律援助,牵头部门:市司法局。全市未完成援助任务的县区为舒城县、霍山县。',
      '3、农村饮水安全巩固提升工程,牵头部门:市水利局、市财政局。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units, t.note])).toEqual([
      [1, '牵头部门:市交通局', '建设进度相对较慢的县区为舒城县'],
      [2, '牵头部门:市司法局', '全市未完成援助任务的县区为舒城县、霍山县'],
      [3, '牵头部门:市水利局、市财政局', undefined],
    ]);
  });

  test('a units bracket whose closing bracket the cut took (…错位发展。(市经信委牵头落实) still names its units', () => {
    const text = [
      '一、工业经济方面',
      '  1.加强稀土资源保护,加快交易平台建设。(市经信委、市国土资源局牵头落实)',
      '  2.按照沿黄河沿交通干线进行工业布局的要求,推动园区优势互补和错位发展。(市经信委牵头落实',
      '[...gap...]',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '加强稀土资源保护,加快交易平台建设。', '市经信委、市国土资源局牵头落实'],
      [2, '按照沿黄河沿交通干线进行工业布局的要求,推动园区优势互补和错位发展。', '市经信委牵头落实'],
    ]);
    expect(leadsOf(text)).toEqual([['市经信委', '市国土资源局'], ['市经信委']]);
  });

  test('a labelled bracket cut right after its only name keeps that name when it ends as a body’s name does', () => {
    const whole = importPlanText(
      '  129.实现全年城镇新增就业4万人。(责任单位:市人社局)\n  130.严格落实最低工资标准。(牵头单位:市人社局\n[...gap...]',
    ).plan!.tasks;
    expect(whole.map((t) => [t.number, t.units])).toEqual([
      [129, '责任单位:市人社局'],
      [130, '牵头单位:市人社局'],
    ]);
    const broken = importPlanText(
      '  129.实现全年城镇新增就业4万人。(责任单位:市人社局)\n  130.严格落实最低工资标准。(牵头单位:市人\n[...gap...]',
    ).plan!.tasks;
    expect(broken.at(-1)!.units).not.toContain('市人');
  });
});

describe('held-out sets 24 and 25: shapes met in plans never seen before', () => {
  test('ordinal items of one sentence, each closed by its units bracket (一是…(责任单位:X);二是…), are tasks', () => {
    const text = [
      '关于重点民生实事进展情况的督查专报',
      '  实施方案中涉及我市的任务有3个,分别为:一是维修改造中小学校13所(责任单位:市教育局);二是提高异地就医报销比例(责任单位:市医保局);三是新改建农村公路380公里(责任单位:市交通局)。目前,3个任务都已完成。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '维修改造中小学校13所', '责任单位:市教育局'],
      [2, '提高异地就医报销比例', '责任单位:市医保局'],
      [3, '新改建农村公路380公里。', '责任单位:市交通局'],
    ]);
  });

  test('a labelled units bracket that opens the next paragraph, the next task run in after it, closes the task above', () => {
    const text = [
      '二、主要任务(一)加强基础设施建设。',
      '',
      '1.改造城市棚户区100万平方米,综合整治老旧住宅小区15万平方米。',
      '',
      '(责任单位:市城建局)2.完成市区老旧燃气管网改造,新增自来水用户4000户。',
      '',
      '(责任单位:市公用事业局)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '改造城市棚户区100万平方米,综合整治老旧住宅小区15万平方米。', '市城建局'],
      [2, '完成市区老旧燃气管网改造,新增自来水用户4000户。', '市公用事业局'],
    ]);
  });

  test('a bracket of roles inside the text, with a rule for later tasks, is read with the trailing bracket; 牵头督导 leads', () => {
    const text = [
      '二、工作任务',
      '(一)升级产业结构,推动产业绿色转型。',
      '1.制定实施准入清单。完成环境准入清单编制工作。〔市生态环境局牵头,市发展和改革局参与,各县、区人民政府(管委会)负责落实。以下各项工作均需各县、区人民政府(管委会)落实,不再列出。〕县级及以上城市建成区原则上不再新建燃煤锅炉。(市生态环境局、市场监管局牵头,市发展和改革局参与)',
      '2.排查整治“散乱污”工业企业。2019年9月底前,基本完成全市整治任务。(市生态环境局、发展和改革局牵头督导,市公安局、自然资源局参与)',
      '3.推进重点行业污染治理。(市生态环境局牵头,市工业和信息化局参与)',
    ].join('\n');
    const result = importPlanText(text);
    const tasks = result.plan!.tasks;
    expect(tasks[0]!.text).toBe(
      '制定实施准入清单。完成环境准入清单编制工作。县级及以上城市建成区原则上不再新建燃煤锅炉。',
    );
    expect(leadsOf(text)).toEqual([
      ['市生态环境局', '市场监管局'],
      ['市生态环境局', '发展和改革局'],
      ['市生态环境局'],
    ]);
    // The rule in task 1's inner bracket holds for the tasks after it.
    const units = analyzePlan(Plan.parse(result.plan!)).resolved.tasks.map((t) =>
      Object.values(t.roles).flat(),
    );
    for (const k of [1, 2]) expect(units[k]).toContain('各县、区人民政府(管委会)');
    expect(result.diagnostics.some((d) => d.code === 'units-brackets-joined' && d.params?.task === 1)).toBe(
      true,
    );
  });

  test('ordinal clauses without their own units stay one task’s text', () => {
    const text = [
      '1.做好民生保障工作:一是稳定就业;二是提高医保待遇;三是改造农村公路。(责任单位:市人社局)',
      '2.抓好安全生产。(责任单位:市应急局)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '责任单位:市人社局'],
      [2, '责任单位:市应急局'],
    ]);
    expect(tasks[0]!.text).toContain('三是改造农村公路');
  });
});

describe('held-out sets 26 and 27: shapes met in plans never seen before', () => {
  test('a whole plan on one line whose targets end in a bracket of names alone, under a heading above the categories', () => {
    const text = [
      '关于分解落实《政府工作报告》的通知',
      '各县、市、区人民政府,市政府各部门: 现将2009年全市主要目标和工作任务分解给你们,请认真抓好落实。 一、主要工作目标 1、地区生产总值增长11%(市发改委,市政府相关部门,各县市区政府,荆州开发区)。 2、固定资产投资增长25%(市发改委,各县市区政府,荆州开发区)。 3、财政一般预算收入增长13%(市财政局、市国税局、市地税局,各县市区政府)。 二、主要工作任务与责任单位 (一)扎实开展项目建设年活动。 4、积极争取中省投资和扩大招商引资,着力加强项目建设。(责任单位:市发改委、市经委)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.units])).toEqual([
      [1, '主要工作目标', '市发改委,市政府相关部门,各县市区政府,荆州开发区'],
      [2, '主要工作目标', '市发改委,各县市区政府,荆州开发区'],
      [3, '主要工作目标', '市财政局、市国税局、市地税局,各县市区政府'],
      [4, '扎实开展项目建设年活动', '责任单位:市发改委、市经委'],
    ]);
    // A bracket that says what is included, not who does it, is no units cell.
    const other = importPlanText(
      '一、主要目标\n1.地区生产总值增长8%(含开发区)。\n2.财政收入增长9%(市财政局)。\n3.社会消费品零售总额增长10%(市商务局)。',
    ).plan!.tasks;
    expect(other.map((t) => t.units)).toEqual(['（未识别）', '市财政局', '市商务局']);
  });

  test('a notice kept above the tasks with no signature before its date still states who leads (排序第一单位为牵头单位)', () => {
    const text = [
      '关于印发区政府二〇一一年政府工作报告任务分解的通知',
      '',
      '各镇人民政府、街道办事处,区政府各部门:现将区人民政府2011年工作任务及责任予以分解,请各单位(责任单位中排序第一单位为牵头单位)按照职责,认真做好落实工作。',
      '',
      '二〇一一年三月七日',
      '',
      '一、全区经济社会发展的主要预期目标',
      '1.区属GDP增长12%。(区发改局、区统计局负责)',
      '2.财政一般预算收入增长12%。(区财政局、区地税局负责)',
      '3.社会消费品零售总额增长17%。(区贸易粮食局负责)',
    ].join('\n');
    expect(leadsOf(text)).toEqual([['区发改局'], ['区财政局'], ['区贸易粮食局']]);
  });

  test('a progress table with spaced cells read around each row’s unit; lines without a number are sub-rows of the row above', () => {
    const text = [
      '岳阳楼区2017年1-8月省重点民生实事完成情况表',
      '序号 省重点民生实事项目名称 责任单位 目标任务 1- 8月实际完成情况   1-8月实际完成率% 备注',
      '1 精准扶贫:农村饮用水安全巩固提升 农林水务局 1300人 700 54% 已解决700人(贫困人口)的饮水问题',
      '2 新增城镇就业   人社局 8950 7356 82%',
      '3 深化养老保险制度改革和提高城乡低保补助标准 完成在职参保人数6300人 区人社局 6300人 7558 119%',
      '城市低保、农村低保补差水平月均分别达到300元/人 区民政局 100% 100% 城市低保:300.1元/月',
    ].join('\n');
    const result = importPlanText(text);
    const tasks = result.plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '精准扶贫:农村饮用水安全巩固提升', '农林水务局'],
      [2, '新增城镇就业', '人社局'],
      [
        3,
        '深化养老保险制度改革和提高城乡低保补助标准 完成在职参保人数6300人；城市低保、农村低保补差水平月均分别达到300元/人',
        '区人社局、区民政局',
      ],
    ]);
    // The target and the remark stay beside the task, not in its text.
    expect(tasks[0]!.note).toContain('1300人');
    expect(tasks[0]!.note).toContain('已解决700人');
    expect(result.diagnostics.find((d) => d.code === 'spaced-table-units')?.params).toMatchObject({
      rows: 3,
      subRows: 1,
    });
    expect(result.diagnostics.map((d) => d.code)).not.toContain('columns-shifted');
  });

  test('a barred table whose header is broken over two lines; rows whose last remark cells are empty say nothing of a shift', () => {
    const text = [
      '岳阳楼区2019年1-8月省市重点民生实事项目完成情况 | |||||||',
      '序号 | 项目名称 | 责任单位 | 目标任务 | 1- 8月 实际完成情况 |',
      '任务完成率 | 备注 | |',
      '1 | 新增城镇就业 | 区人社局 | 8950人 | 7123人 | 80% | ||',
      '2 | 减少义务教育大班额 | 区教育局 | 51个 | 53个 | 104% | ||',
      '3 | 改(新)建农村用户厕所 | 区农业农村局 | 3980个 | 1290个 | 32% | 因工程建设时间长,导致进度缓慢。 | |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '新增城镇就业', '区人社局'],
      [2, '减少义务教育大班额', '区教育局'],
      [3, '改(新)建农村用户厕所', '区农业农村局'],
    ]);
    expect(result.plan!.tasks[2]!.note).toContain('导致进度缓慢');
    expect(result.diagnostics.map((d) => d.code)).not.toContain('columns-shifted');
  });

  test('主要责任单位 marks the lead beside a 协同配合单位 column, and as the only units column names who is responsible', () => {
    const alone = [
      '序号 | 工作任务 | 主要责任单位',
      '1 | 地区生产总值增长11% | 市发改委、统计局',
      '2 | 财政收入增长13% | 市财政局',
    ].join('\n');
    expect(leadsOf(alone)).toEqual([[], []]);
    const beside = [
      '序号 | 工作任务 | 主要责任单位 | 协同配合单位',
      '1 | 地区生产总值增长11% | 市发改委 | 统计局',
      '2 | 财政收入增长13% | 市财政局 | 市税务局',
    ].join('\n');
    expect(leadsOf(beside)).toEqual([['市发改委'], ['市财政局']]);
  });

  test('a bracket of names alone on the line after its task, a name with a bracket of its own inside', () => {
    const text = [
      '一、目标分解',
      '1、地区生产总值增长11.5%;地方财政一般预算收入同口径增长12%。',
      '(市发改委、财政局,无锡国税局、地税局)',
      '2、城镇登记失业率控制在3.5%以内。',
      '(市人保局,各市(县)、区政府)',
      '3、居民消费价格指数控制在省定范围内。',
      '(市发改委、物价局)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '市发改委、财政局,无锡国税局、地税局'],
      [2, '市人保局,各市(县)、区政府'],
      [3, '市发改委、物价局'],
    ]);
  });

  test('第一责任单位为牵头单位,下同 in a bracket after the last name holds for its task and the ones after it', () => {
    const text = [
      '一、营造公平竞争市场环境',
      '(一)推进完善PPP健康运行长效机制和基础性制度建设。',
      '责任单位:市发改委、市财政局(第一责任单位为牵头单位,下同)',
      '时限要求:持续推进',
      '(二)严格落实全省统一的招投标政策,消除不合理限制和壁垒。',
      '责任单位:市建设局、市交通局',
      '时限要求:2019年6月底前',
    ].join('\n');
    expect(leadsOf(text)).toEqual([['市发改委'], ['市建设局']]);
  });

  test('a table one cell per paragraph: a stray figure after the unit is said, not read as the deadline; a second unit cell is a unit', () => {
    const cells = [
      '序号',
      '目标任务',
      '牵头责任单位',
      '计划完成时间',
      '目前完成情况',
      '是否达到序时进度',
      '6',
      '农村常住居民人均可支配收入与经济增长同步。',
      '经管站',
      '2',
      '2023年底',
      '三季度绝对数16285元,增幅7.4%',
      '52',
      '建成高标准农田8.3万亩,确保粮食总产稳定在120万吨以上。',
      '农田建设管理股、农业股',
      '2023年底',
      '高标准农田8.3万亩正在施工中',
      '54',
      '加强农产品品牌建设,创建优质专用粮食生产基地62万亩。',
      '农业股',
      '乡村产业发展股',
      '2023年底',
      '完成“三品一标”认证10个',
    ];
    const result = importPlanText(
      ['农业农村局2023年11月承担政府重点工作完成情况', '', ...cells.flatMap((c) => [c, ''])].join('\n'),
    );
    const tasks = result.plan!.tasks;
    expect(tasks.map((t) => [t.number, t.deadline])).toEqual([
      [6, '2023年底'],
      [52, '2023年底'],
      [54, '2023年底'],
    ]);
    expect(tasks[2]!.units).toContain('乡村产业发展股');
    expect(tasks[2]!.text).toContain('加强农产品品牌建设');
    expect(result.diagnostics.find((d) => d.code === 'cell-stray')?.params).toMatchObject({ cell: '2' });
  });

  test('three items numbered 1. 2. 3. inside one long line, each after a sentence’s end, give a plan to review', () => {
    const text = [
      '关于2016年政府工作报告确定事项第一季度落实情况的通报',
      `${'各责任单位要按照文件确定的任务目标,全力以赴抓好工作落实.'.repeat(4)} 附件 承办 单位 任务目标 分管 领导 协办单位 落实情况 区政 府办 公室 1.完善行政决策机制,提高依法决策、科学决策水平. 2.认真办理人大代表建议和政协委员提案. 3.畅通联系群众渠道,及时回应群众关切. 宋伟伟1.已发布规定.`,
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text.slice(0, 8)])).toEqual([
      [1, '完善行政决策机制'],
      [2, '认真办理人大代表'],
      [3, '畅通联系群众渠道'],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toContain('numbered-fallback');
    // A sentence that lists two points inline stays whole.
    const two = importPlanText(
      `1.做好民生保障。${'各单位要高度重视,'.repeat(20)}重点是: 1.稳定就业. 2.提高医保待遇.(责任单位:市人社局)\n2.抓好安全生产。(责任单位:市应急局)`,
    ).plan!.tasks;
    expect(two.map((t) => t.number)).toEqual([1, 2]);
  });

  test('a keyword heading run into its sub-items (1)(2), each closed by its units bracket, on one line', () => {
    const text = [
      '一、持续减少审批事项',
      '  1.深化商事制度改革。(1)全面落实“多证合一、一照一码”改革,已被整合的证照一律不允许再发放或备案。(市工商质监局牵头负责)(2)完善企业登记全程电子化,提供便捷、高效的网上服务。(市工商质监局牵头负责)(3)推进企业名称登记改革,全面开放市企业名称库。(市工商质监局、市政务服务中心牵头负责)',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.text.slice(0, 6), t.units])).toEqual([
      [1, '深化商事制度改革', '全面落实“多', '市工商质监局牵头负责'],
      [2, '深化商事制度改革', '完善企业登记', '市工商质监局牵头负责'],
      [3, '深化商事制度改革', '推进企业名称', '市工商质监局、市政务服务中心牵头负责'],
    ]);
  });

  test('a progress report’s 进展情况: label under a task is its note, not its text', () => {
    const text = [
      '芜湖市2021年政府重点工作任务完成情况的通报',
      '一、确保完成全年主要预期目标',
      '1.地区生产总值比上年增长8.5%左右。',
      '进展情况:全市经济运行稳健向好,2021年全市实现地区生产总值4302亿元,同比增长11.6%',
      '牵头责任单位:市发展和改革委员会。',
      '协同责任单位:市政府各部门、各直属单位。',
      '2.一般公共预算收入增长5%左右。',
      '进展情况:2021年,全市一般公共预算收入361.2亿元,增长9%。',
      '牵头责任单位:市财政局。',
      '协同责任单位:市税务局。',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => t.text)).toEqual([
      '地区生产总值比上年增长8.5%左右。',
      '一般公共预算收入增长5%左右。',
    ]);
    expect(tasks[0]!.note).toContain('同比增长11.6%');
    expect(leadsOf(text)).toEqual([['市发展和改革委员会'], ['市财政局']]);
  });

  test('a table one cell per line whose header lost its 序号: bare numbers start rows; two unit lines before the progress are both units', () => {
    const cells = [
      '工作任务',
      '牵头责任单位',
      '一季度进展情况',
      '1',
      '地区生产总值增长6%以上。',
      '市发展改革委',
      '2025年一季度,全市地区生产总值增长7.1%。',
      '2',
      '居民人均可支配收入与经济增长相匹配。',
      '市人社局',
      '市农业农村局',
      '2025年一季度,全市居民人均可支配收入14492元。',
      '3',
      '把促消费和惠民生结合起来,设立消费促进基金。',
      '市发展改革委',
      '市商务局',
      '1. 印发《若干政策举措》,统筹安排2.2亿元促消费资金。',
      '2. 印发《民生实事安排方案》,分解年度目标任务。',
    ];
    const tasks = importPlanText(cells.join('\n\n')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.text, t.units])).toEqual([
      [1, '地区生产总值增长6%以上。', '牵头责任单位：市发展改革委'],
      [2, '居民人均可支配收入与经济增长相匹配。', '牵头责任单位：市人社局、市农业农村局'],
      [3, '把促消费和惠民生结合起来,设立消费促进基金。', '牵头责任单位：市发展改革委、市商务局'],
    ]);
  });

  test('a header cell printed with wide spaces between its characters; a row cut after its number takes no cell from the row above', () => {
    const text = [
      '2019年度市政府重点工作任务分解表',
      '序号',
      '目   标   与   任   务',
      '牵头责任单位',
      '责任单位',
      '      1        ',
      '扎实推进蓝天、碧水、净土三大保卫战,削减煤炭消费总量。',
      '市生态环境局',
      '各县区政府、开发区管委会',
      '      2        ',
      '增林地、增绿地、增湿地。',
      '市自然资源和规划局',
      '各县区政府、开发区管委会',
      '      3    ',
      '[...gap...]',
    ].join('\n');
    const result = importPlanText(text);
    const tasks = result.plan!.tasks;
    expect(tasks.slice(0, 2).map((t) => t.text)).toEqual([
      '扎实推进蓝天、碧水、净土三大保卫战,削减煤炭消费总量。',
      '增林地、增绿地、增湿地。',
    ]);
    expect(leadsOf(text).slice(0, 2)).toEqual([['市生态环境局'], ['市自然资源和规划局']]);
    expect(tasks[2]?.units ?? '').not.toContain('市自然资源和规划局');
  });

  test('a 代表建议 督办分工表: 建议标题 is the task, 主办单位 leads, 会办单位 helps, the proposer and constituency are no units', () => {
    const text = [
      '2016年度重点处理代表建议办理和督办分工表',
      '序号 | 建议标题 | 领衔 | 选举单位 | 主办单位 | 会办单位 | 督办领导 | 具体督办的专委会 |',
      '1 | 关于在少数民族地区实施12年免费教育的建议(1951号) | 奉稳香 | 邵阳 | 省教育厅 | 省财政厅 | 张三 | 教科文卫委 |',
      '2 | 关于加强出生缺陷防控的建议(0321号) | 李四 | 长沙 | 省卫生计生委 | 省财政厅、省民政厅 | 王五 | 教科文卫委 |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text, t.leaders])).toEqual([
      [1, '关于在少数民族地区实施12年免费教育的建议(1951号)', ['张三']],
      [2, '关于加强出生缺陷防控的建议(0321号)', ['王五']],
    ]);
    expect(leadsOf(text)).toEqual([['省教育厅'], ['省卫生计生委']]);
    const all = analyzePlan(Plan.parse(result.plan!)).resolved.tasks.map((t) =>
      Object.values(t.roles).flat(),
    );
    expect(all[1]).toEqual(expect.arrayContaining(['省财政厅', '省民政厅']));
    expect(all.flat()).not.toContain('邵阳');
  });

  test('a heading with its first item glued on; a 责任单位: label whose names stand on the next line', () => {
    const text = [
      '安徽省气象局2013年度科技创新工作计划',
      '一、加强科研能力建设,推进科研所改革与发展1.加强科研所发展与科研创新',
      '积极争取国家、中国局和省科技厅项目支持,提升对省局核心业务的科技支撑能力。',
      '责任单位:',
      '科研所',
      '2.加强省级重点实验室建设',
      '加强大气科学与卫星遥感重点实验室建设,完善实验室运行管理办法。',
      '责任单位:',
      '科研所、省气象台',
      '二、加强科技对气象业务服务的支撑能力建设',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.units])).toEqual([
      [1, '加强科研能力建设,推进科研所改革与发展', '科研所'],
      [2, '加强科研能力建设,推进科研所改革与发展', '科研所、省气象台'],
    ]);
    expect(tasks[0]!.text.startsWith('加强科研所发展与科研创新')).toBe(true);
    expect(tasks[1]!.text.startsWith('加强省级重点实验室建设')).toBe(true);
  });

  test('a table of next week’s work that names persons and no units still gives its tasks, units left to fill in', () => {
    const text = [
      '三、下周重点工作',
      '序号 | 重点工作 | 工作时限 | 承办责任人 |',
      '1 | 加强机关及非公有制企业党建工作 | 长期工作 | 徐义东 |',
      '2 | 落实乌衣园区四条支干道工程建设招投标工作 | 本周完成 | 刘观中 |',
    ].join('\n');
    const result = importPlanText(text);
    expect(result.plan!.tasks.map((t) => [t.number, t.text, t.deadline, t.leaders])).toEqual([
      [1, '加强机关及非公有制企业党建工作', '长期工作', ['徐义东']],
      [2, '落实乌衣园区四条支干道工程建设招投标工作', '本周完成', ['刘观中']],
    ]);
    expect(result.diagnostics.map((d) => d.code)).toContain('units-placeholder');
  });

  test('bracketed row numbers (8) are the tasks’ numbers; a row numbered 1 among them that names no units is a sub-heading', () => {
    const text = [
      '序号 | 目标与任务 | 牵头责任单位 | 责任单位 |',
      '(7) | 单位GDP能耗和主要污染物减排完成省下达指标。 | 市发展改革委 | 各县市区政府 |',
      '(一)加强经济运行调节,持续推动经济发展质的有效提升。 | |||',
      '1 | 大力提振消费。 | ||',
      '(8) | 统筹衔接消费券发放与消费品以旧换新行动。 | 市商务局 | 市财政局 |',
      '(9) | 把促消费和惠民生结合起来,设立消费促进基金。 | 市发展改革委 | 市财政局 |',
    ].join('\n');
    const tasks = importPlanText(text).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category])).toEqual([
      [7, expect.any(String)],
      [8, '大力提振消费'],
      [9, '大力提振消费'],
    ]);
    expect(tasks[1]!.text).toBe('统筹衔接消费券发放与消费品以旧换新行动。');
  });

  test('a 章节 column printed in the first row of its group is the category, not the start of the task', () => {
    const cells = [
      '序号',
      '章节',
      '方案内容',
      '牵头部门',
      '1',
      '1.便利市场准入退出',
      '严格落实全国一张清单管理要求,推动破除市场准入隐性壁垒。',
      '市发改委',
      '2',
      '持续优化简易注销和一般注销办理程序,提升市场主体注销便利化水平。',
      '市市场监管局',
      '3',
      '2.促进市场公平竞争',
      '严格执行国家关于垄断行为和不正当竞争行为的认定标准。',
      '市市场监管局',
    ];
    const tasks = importPlanText(['任务分解表', ...cells].join('\n\n')).plan!.tasks;
    expect(tasks.map((t) => [t.number, t.category, t.text.slice(0, 8)])).toEqual([
      [1, '1.便利市场准入退出', '严格落实全国一张'],
      [2, '1.便利市场准入退出', '持续优化简易注销'],
      [3, '2.促进市场公平竞争', '严格执行国家关于'],
    ]);
  });
});
