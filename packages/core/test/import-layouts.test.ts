/**
 * The other layouts, each from a fixture written in the style of a real plan: web-copied `|` rows,
 * tab rows with separate 牵头单位/责任单位/配合单位 columns, one cell per line, prose with trailing
 * unit brackets, prose with labelled lines. Each has merged cells or page breaks.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { Plan } from '../src';
import { type ImportResult, importPlanText } from '../src/import';

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, 'fixtures/import', name), 'utf8');

type Row = [number, string, string, string, string];

function rows(result: ImportResult): Row[] {
  return (result.plan?.tasks ?? []).map((t) => [t.number, t.category, t.text, t.units, t.deadline ?? '']);
}

function codes(result: ImportResult, code: string) {
  return result.diagnostics.filter((d) => d.code === code);
}

describe('web-copied table with | separators (web-pipe.txt)', () => {
  const result = importPlanText(fixture('web-pipe.txt'), { fileName: 'web-pipe.txt' });

  test('layout, and a plan that validates', () => {
    expect(result.layout).toBe('delimitedTable');
    expect(Plan.safeParse(result.plan).success).toBe(true);
  });

  test('the tasks, with the merged category and units cells filled in', () => {
    expect(rows(result)).toEqual<Row[]>([
      [
        1,
        '提升政务服务效能',
        '推行政务服务事项“一网通办”，年底前市级依申请政务服务事项全程网办率达到90%以上。',
        '市政务服务数据管理局牵头，各区政府负责',
        '2022年12月底前',
      ],
      [
        2,
        '提升政务服务效能',
        '深化“一件事一次办”改革，新推出30项“一件事”主题服务。',
        '市政务服务数据管理局、市人力资源社会保障局',
        '2022年9月底前',
      ],
      [
        3,
        '提升政务服务效能',
        '推广电子证照应用，实现高频证照“免证办”。',
        '市政务服务数据管理局、市人力资源社会保障局',
        '2022年9月底前',
      ],
      [
        4,
        '优化市场准入环境',
        '全面实施市场准入负面清单制度，清单之外不得另设门槛。',
        '市发展改革委、市市场监管局',
        '长期坚持',
      ],
      [
        5,
        '优化市场准入环境',
        '深化“证照分离”改革，推动照后减证和简化审批。',
        '市市场监管局牵头，市直各有关部门按职责分工负责',
        '2022年6月底前',
      ],
      [
        6,
        '优化市场准入环境',
        '压缩企业开办时间至1个工作日以内。',
        '市市场监管局、市税务局、市公安局',
        '2022年3月底前',
      ],
      [
        7,
        '加强公平竞争监管',
        '开展妨碍统一市场和公平竞争的政策措施清理。',
        '市市场监管局牵头，市司法局配合',
        '2022年10月底前',
      ],
      [
        8,
        '加强公平竞争监管',
        '建立健全公平竞争审查第三方评估机制，每年抽查一批政策措施。',
        '市市场监管局',
        '每年12月底前',
      ],
    ]);
    expect(result.plan?.categories.map((c) => c.name)).toEqual([
      '提升政务服务效能',
      '优化市场准入环境',
      '加强公平竞争监管',
    ]);
  });

  test('rows missing the merged category cell are shifted back into place; empty cells share the row above', () => {
    expect(codes(result, 'columns-shifted').map((d) => d.lines?.[0])).toEqual([21, 24, 32]);
    expect(codes(result, 'merged-cell').map((d) => d.path)).toEqual([
      ['tasks', 2, 'units'],
      ['tasks', 2, 'deadline'],
    ]);
  });

  test('the covering notice: number, titles, addressees, requirements and duties, footer', () => {
    expect(result.plan?.meta).toEqual({
      title: '某市2022年优化营商环境工作要点分工方案',
      noticeTitle: '某市人民政府办公室关于印发某市2022年优化营商环境工作要点分工方案的通知',
      documentNumber: '某府办函〔2022〕8号',
      issuer: '某市人民政府办公室',
      issued: '2022-03-15',
      addressees: ['各区人民政府', '市政府各部门', '各直属机构'],
      disclosure: '主动公开',
      cc: ['市委办公室', '市人大常委会办公室', '市政协办公室'],
      printedBy: '某市人民政府办公室',
      printed: '2022-03-15',
    });
    expect(result.plan?.requirements).toEqual([
      {
        number: 1,
        text: '各区、各部门要对照分工方案细化工作措施，建立工作台账，确保各项任务按时完成。',
        duties: [{ actor: { kind: 'everyUnit' }, action: '建立工作台账', scope: 'ownTasks' }],
      },
      {
        number: 2,
        text: '各牵头单位要于 12 月 10 日前汇总所牵头任务完成情况，报市发展改革委。',
        duties: [
          {
            actor: { kind: 'role', role: 'lead' },
            action: '汇总所牵头任务完成情况，报市发展改革委',
            recipient: '市发展改革委',
            deadline: '12月10日前',
            scope: 'ledTasks',
          },
        ],
      },
    ]);
  });
});

describe('web-copied table with tabs and separate 牵头单位/责任单位/配合单位 columns (web-tab.txt)', () => {
  const result = importPlanText(fixture('web-tab.txt'));

  test('the units columns are joined by label; a row of empty cells shares the row above', () => {
    expect(result.layout).toBe('delimitedTable');
    expect(rows(result)).toEqual<Row[]>([
      [
        1,
        '强化安全生产责任落实',
        '修订完善市安委会成员单位安全生产工作职责清单。',
        '牵头单位：市应急管理局；责任单位：各区政府；配合单位：市安委会各成员单位',
        '2022年4月底前',
      ],
      [
        2,
        '强化安全生产责任落实',
        '开展安全生产巡查，年内实现对各区巡查全覆盖。',
        '牵头单位：市安委办；配合单位：各区政府',
        '2022年11月底前',
      ],
      [
        3,
        '强化安全生产责任落实',
        '建立安全生产约谈通报制度，对事故多发地区开展约谈。',
        '牵头单位：市安委办；配合单位：各区政府',
        '2022年11月底前',
      ],
      [
        4,
        '深化重点行业领域专项整治',
        '开展危险化学品安全风险集中治理，完成重大危险源企业评估。',
        '牵头单位：市应急管理局；责任单位：各区政府；配合单位：市公安局、市交通运输局',
        '2022年6月底前',
      ],
      [
        5,
        '深化重点行业领域专项整治',
        '推进城镇燃气安全排查整治，全面排查燃气管网老化隐患。',
        '牵头单位：市住房城乡建设局；责任单位：各区政府；配合单位：市市场监管局',
        '2022年8月底前',
      ],
      [
        6,
        '深化重点行业领域专项整治',
        '开展道路交通安全整治，严查“三超一疲劳”等违法行为。',
        '牵头单位：市公安局；责任单位：各区政府；配合单位：市交通运输局',
        '长期坚持',
      ],
      [
        7,
        '深化重点行业领域专项整治',
        '加强消防安全专项整治，开展高层建筑消防隐患排查。',
        '牵头单位：市消防救援支队；责任单位：各区政府',
        '2022年10月底前',
      ],
      [
        8,
        '夯实安全生产基础',
        '推进安全生产信息化建设，建成安全生产风险监测预警平台。',
        '牵头单位：市应急管理局；配合单位：市政务服务数据管理局',
        '2022年12月底前',
      ],
    ]);
  });

  test('the header repeated after “第 2 页” is skipped; category rows spanning the table are categories', () => {
    expect(result.plan?.categories.map((c) => c.name)).toEqual([
      '强化安全生产责任落实',
      '深化重点行业领域专项整治',
      '夯实安全生产基础',
    ]);
    expect(codes(result, 'category').map((d) => d.lines?.[0])).toEqual([15, 19, 26]);
  });

  test('the notice’s “列第一位的为牵头单位” becomes a convention; the footer is read', () => {
    expect(result.plan?.conventions).toEqual({ firstListedLeads: true });
    expect(result.plan?.meta).toMatchObject({
      documentNumber: '某安委办〔2022〕3号',
      issued: '2022-02-28',
      disclosure: '依申请公开',
      cc: ['省应急管理厅'],
    });
    expect(result.plan?.requirements?.[0]?.duties).toEqual([
      {
        actor: { kind: 'everyUnit' },
        action: '将全年任务完成情况，报市安委办',
        recipient: '市安委办',
        deadline: '12月5日前',
        scope: 'ownTasks',
      },
    ]);
  });
});

describe('web table copied one cell per line (cell-per-line.txt)', () => {
  const result = importPlanText(fixture('cell-per-line.txt'));

  test('the tasks, the category after the number read as a category, the merged cell shared', () => {
    expect(result.layout).toBe('cellPerLine');
    expect(rows(result)).toEqual<Row[]>([
      [
        1,
        '精简行政许可事项',
        '全面实行行政许可事项清单管理，清单之外一律不得违法实施行政许可。',
        '市司法局牵头，市直各有关部门按职责分工负责',
        '2022年6月底前',
      ],
      [2, '精简行政许可事项', '动态调整市级行政许可事项清单，及时向社会公布。', '市司法局', '长期坚持'],
      [3, '精简行政许可事项', '推进涉企经营许可事项全覆盖清单管理。', '市市场监管局', '2022年9月底前'],
      [
        4,
        '优化审批服务',
        '推行告知承诺制，公布实行告知承诺制的证明事项目录。',
        '市司法局、市政务服务数据管理局',
        '2022年5月底前',
      ],
      [
        5,
        '优化审批服务',
        '推动更多审批事项“马上办、网上办、就近办、一次办”。',
        '市司法局、市政务服务数据管理局',
        '2022年5月底前',
      ],
      [
        6,
        '优化审批服务',
        '完善“跨省通办”“省内通办”服务专区，拓展通办事项范围。',
        '市政务服务数据管理局',
        '2022年12月底前',
      ],
      [
        7,
        '加强事中事后监管',
        '全面推行“双随机、一公开”监管，实现市场监管领域全覆盖。',
        '市市场监管局牵头，市直各有关部门配合',
        '长期坚持',
      ],
      [
        8,
        '加强事中事后监管',
        '推进信用分级分类监管，在重点领域建立信用承诺制度。',
        '市发展改革委、市市场监管局',
        '2022年10月底前',
      ],
    ]);
    expect(codes(result, 'merged-cell').map((d) => d.path)).toEqual([
      ['tasks', 4, 'units'],
      ['tasks', 4, 'deadline'],
    ]);
  });

  test('no notice: the title comes from above the table, the date of issue from the printing line (flagged)', () => {
    expect(result.plan?.meta).toMatchObject({
      title: '某市2022年深化“放管服”改革重点任务分工方案',
      issued: '2022-04-02',
    });
    expect(codes(result, 'issued-from-printed')).toEqual([expect.objectContaining({ severity: 'warning' })]);
  });
});

describe('prose plan with the units in a bracket at the end of each task (prose-bracketed.txt)', () => {
  const result = importPlanText(fixture('prose-bracketed.txt'));

  test('tasks under their headings; the bracket is the units cell, a deadline inside it the deadline', () => {
    expect(result.layout).toBe('proseBracketed');
    expect(rows(result)).toEqual<Row[]>([
      [
        1,
        '深入打好蓝天保卫战',
        '推进挥发性有机物综合治理，完成 50 家重点企业深度治理。',
        '市生态环境局牵头，各区政府负责',
        '',
      ],
      [
        2,
        '深入打好蓝天保卫战',
        '加强扬尘污染管控，建筑工地落实“六个百分之百”要求，全年开展专项检查不少于 4 次。',
        '市住房城乡建设局、市城市管理局牵头，各区政府负责',
        '',
      ],
      [
        3,
        '深入打好蓝天保卫战',
        '强化机动车排气污染防治，2022年9月底前淘汰国三及以下排放标准营运柴油货车500辆。',
        '牵头单位：市交通运输局，责任单位：市公安局、市生态环境局',
        // The date is in the requirement's own text, not a deadline of the task (said as date-in-text).
        '',
      ],
      [
        4,
        '深入打好碧水保卫战',
        '全面落实河长制，推进 12 条黑臭水体长效治理，巩固治理成效。',
        '市水务局牵头，各区政府按职责分工负责',
        '',
      ],
      [
        5,
        '深入打好碧水保卫战',
        '加快城镇污水处理设施建设，新建污水管网 80 公里，2022年底前城市生活污水集中收集率达到 70% 以上。',
        '市水务局牵头，各区政府负责',
        '2022年12月底前完成',
      ],
      [
        6,
        '深入打好碧水保卫战',
        '开展入河排污口排查整治，建立排污口名录。',
        '市生态环境局牵头，市水务局、市农业农村局配合',
        '',
      ],
    ]);
  });

  test('a paragraph broken by the page number “— 2 —” is one task; 保障措施 holds no tasks', () => {
    expect(codes(result, 'task').find((d) => d.path?.[1] === 4)?.lines).toEqual([25, 28]);
    expect(codes(result, 'not-tasks')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('强化保障措施') }),
    ]);
  });

  test('a date inside a task’s text is said, not taken as its deadline', () => {
    expect(codes(result, 'date-in-text')).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['tasks', 2, 'deadline'] }),
    ]);
    expect(result.plan?.tasks[2]?.deadline).toBe('');
  });

  test('the notice: issuer and date before the plan, 此件主动公开', () => {
    expect(result.plan?.meta).toMatchObject({
      title: '某市2022年生态环境保护工作要点',
      documentNumber: '某府办〔2022〕21号',
      issued: '2022-04-20',
      disclosure: '主动公开',
      addressees: ['各区人民政府', '市直各单位'],
    });
  });
});

describe('prose plan with labelled lines under each task (prose-labelled.txt)', () => {
  const result = importPlanText(fixture('prose-labelled.txt'));

  test('labelled lines make the units and deadline cells; tasks numbered （一）（二） under each heading are renumbered', () => {
    expect(result.layout).toBe('proseLabelled');
    expect(rows(result)).toEqual<Row[]>([
      [
        1,
        '夯实数字政府基础支撑',
        '推进政务云平台扩容升级，提升计算和存储能力。',
        '牵头单位：市政务服务数据管理局；配合单位：市财政局、市工业和信息化局',
        '2022年9月底前',
      ],
      [
        2,
        '夯实数字政府基础支撑',
        '建设全市统一的政务数据共享交换平台，推动部门数据按需共享。',
        '牵头单位：市政务服务数据管理局；责任单位：市直各有关部门',
        '2022年12月底前',
      ],
      [
        3,
        '提升政务服务水平',
        '拓展“粤省事”“粤商通”等移动政务服务应用，新上线高频服务事项100项以上。',
        '牵头单位：市政务服务数据管理局；责任单位：各区人民政府，市公安局、市人力资源社会保障局、市医保局等相关部门',
        '2022年10月底前',
      ],
      [
        4,
        '提升政务服务水平',
        '推进政务服务“一网通办”，实现市级政务服务事项网上可办率达到95%。',
        '市政务服务数据管理局、各区人民政府',
        '长期坚持',
      ],
    ]);
    expect(codes(result, 'renumbered')).toHaveLength(1);
  });

  test('two labels on one line and a label value wrapped onto the next line', () => {
    expect(result.plan?.tasks[1]?.units).toContain('责任单位：市直各有关部门');
    expect(result.plan?.tasks[2]?.units).toMatch(/等相关部门$/);
  });
});

describe('layout choice and failure', () => {
  test('a forced layout is used and said to be forced', () => {
    const result = importPlanText(fixture('prose-labelled.txt'), { layout: 'proseLabelled' });
    expect(result.layout).toBe('proseLabelled');
    expect(result.diagnostics.find((d) => d.code === 'layout')?.message).toContain('（按指定）');
  });

  test('a date of issue that is not a real day becomes a flagged placeholder', () => {
    const result = importPlanText(fixture('prose-labelled.txt'), { issued: '2022-02-30' });
    expect(result.plan?.meta.issued).toBe('2000-01-01');
    expect(result.diagnostics.find((d) => d.code === 'invalid-issue-date')?.severity).toBe('warning');
  });

  test('text with no table and no numbered tasks: no plan, one error', () => {
    const result = importPlanText('关于做好有关工作的通知\n\n各单位：\n  请认真做好相关工作。\n', {
      fileName: 'x.txt',
    });
    expect(result).toMatchObject({ plan: undefined, layout: 'none' });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', code: 'no-table', file: 'x.txt' }),
    ]);
  });

  test('half-width and full-width punctuation alike: `1．` tasks, `:` labels, `(…)` brackets', () => {
    const text = [
      '某区2022年安全生产工作要点',
      '一、压实安全责任',
      '1．开展安全生产大检查，全面排查各类风险隐患。(区应急管理局牵头,各街道负责)',
      '2．强化安全生产执法，严厉打击非法违法行为。(区应急管理局、区市场监管局按职责分工负责)',
    ].join('\n');
    const result = importPlanText(text, { issued: '2022-02-01' });
    expect(result.layout).toBe('proseBracketed');
    expect(rows(result)).toEqual<Row[]>([
      [1, '压实安全责任', '开展安全生产大检查，全面排查各类风险隐患。', '区应急管理局牵头,各街道负责', ''],
      [
        2,
        '压实安全责任',
        '强化安全生产执法，严厉打击非法违法行为。',
        '区应急管理局、区市场监管局按职责分工负责',
        '',
      ],
    ]);
    expect(result.plan?.meta.issued).toBe('2022-02-01');
  });
});
