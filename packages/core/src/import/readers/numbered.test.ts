import { describe, expect, test } from 'vitest';
import { importPlanText } from '../assembly/import';

describe('numbered items, when no layout reads', () => {
  test.each([
    [
      'units nowhere: a plan to review, units left to fill in',
      '关于做好民生实事的通知\n1、增加教育资源供给实施新建学校12个何海平教育局\n2、促进就业稳定增长新增就业15000人何海平人社局',
      [1, 2],
      ['（未识别）', '（未识别）'],
    ],
    [
      'a trailing bracket with 负责 names the units',
      '1.做好甲工作,全年完成十项。(市财政局等负责)\n2.做好乙工作,按季度报告。(市审计局负责)',
      [1, 2],
      null,
    ],
  ])('%s', (_what, text, numbers, units) => {
    const result = importPlanText(text);
    expect(result.plan?.tasks.map((t) => t.number)).toEqual(numbers);
    if (units) {
      expect(result.layout).toBe('numbered');
      expect(result.plan?.tasks.map((t) => t.units)).toEqual(units);
      const said = result.diagnostics.find((d) => d.code === 'numbered-fallback');
      expect(said?.severity).not.toBe('info');
      expect(said?.message).toContain('按编号读出 2 项任务，请逐项核对；其中 2 项没有找到落实单位');
    }
  });

  test('a numbering that restarts is one list; decimals are not numbers', () => {
    const result = importPlanText(
      '一、经济\n1、GDP增长6%左右\n2.5%的增速不是任务\n二、民生\n1、新增就业1万人\n2、城镇登记失业率3%以内',
    );
    expect(result.layout).toBe('numbered');
    // Three tasks (the plan numbers them uniquely); 2.5% continues the first one's text.
    expect(result.plan?.tasks.map((t) => [t.category, t.text])).toEqual([
      ['经济', 'GDP增长6%左右2.5%的增速不是任务'],
      ['民生', '新增就业1万人'],
      ['民生', '城镇登记失业率3%以内'],
    ]);
  });

  test('text with no numbered items still gives no plan, and says why', () => {
    const result = importPlanText('这是一段说明文字，没有任务。');
    expect(result.plan).toBeUndefined();
    expect(result.diagnostics.map((d) => d.code)).toContain('no-table');
  });

  test('items with sub-items and one units line are the tasks, not the sub-items; the deadline label after the units is read', () => {
    const text = [
      '具体问题如下:',
      '1. 市科技馆',
      '(1)院内电动车未按指定区域停放;',
      '(2)灭火器过期未更换。',
      '问题整改责任单位:市科技馆 整改时限:3天',
      '2. 市第二人民医院',
      '(1)院内禁烟标识数量不达标;',
      '(2)宣传牌内容不规范。',
      '问题整改责任单位:市卫生健康委员会 整改时限:5天',
    ].join('\n');
    const plan = importPlanText(text).plan;
    expect(plan?.tasks.map((t) => [t.number, t.text, t.deadline])).toEqual([
      [1, '市科技馆(1)院内电动车未按指定区域停放;(2)灭火器过期未更换。', '3天'],
      [2, '市第二人民医院(1)院内禁烟标识数量不达标;(2)宣传牌内容不规范。', '5天'],
    ]);
    expect(plan?.tasks[1]?.units).toContain('市卫生健康委员会');
    expect(plan?.tasks[1]?.units).not.toContain('整改时限');
  });

  test('units given in a sentence (由X负责) are read, kept in the text, and said', () => {
    const result = importPlanText(
      '1、西大桥沿线有垃圾死角。\n整改要求:由县环卫站负责清除。\n2、围墙上有野广告。\n整改要求:由包片单位县气象局、县委党校负责清除。',
    );
    expect(result.plan?.tasks.map((t) => t.units)).toEqual(['县环卫站', '县气象局、县委党校']);
    expect(result.plan?.tasks[1]?.text).toContain('由包片单位县气象局、县委党校负责清除');
    const said = result.diagnostics.filter((d) => d.code === 'units-in-sentence');
    expect(said).toHaveLength(2);
    expect(said[0]?.severity).not.toBe('info');
  });

  test('a section that opens by giving its work to units gives them its items that name none, and says so', () => {
    const result = importPlanText(
      [
        '(十二)发改部门职责:负责对客运车辆、临时停车站场的收费行为进行规范。',
        '(十三)广电局、资阳日报社职责:负责整顿工作的宣传报道。',
        '三、重点整治内容',
        '各县(市、区)政府要结合实际,有计划、有组织、有重点地开展专项整治行动。',
        '整治重点内容:',
        '(一)打击非法违法从事公路客运、旅游客运的“黑车”。',
        '(二)打击克隆、套牌出租汽车。',
        '四、时间及工作安排',
        '(三)动员部署阶段,各部门制订方案。',
      ].join('\n'),
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.units])).toEqual([
      [12, '发改部门'],
      [13, '广电局、资阳日报社'],
      [1, '各县(市、区)政府'],
      [2, '各县(市、区)政府'],
      // The next section is not theirs: no unit, a placeholder to fill in.
      [3, '（未识别）'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'section-units')?.params).toMatchObject({
      units: '各县(市、区)政府',
      tasks: 2,
    });
  });

  test('who handles and who helps, in a sentence under a heading the excerpt cuts (由X承办,Y配合)', () => {
    const result = importPlanText(
      [
        '各村(场)、有关部门:',
        '一、治理畜牧业产品污染',
        '由乡三农服务中心承办,乡畜牧站、卫生院、派出所、工商所配合。',
        '治理工作目标:',
        '全乡生猪定点屠宰率达100%,猪肉卫生指标市场抽检合格率均达到98%',
        '[...gap...]',
      ].join('\n'),
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '乡三农服务中心承办，乡畜牧站、卫生院、派出所、工商所配合'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'units-in-sentence')?.message).toContain('乡三农服务中心承办');
  });

  test('a sub-heading that is a unit and a count gives its items to the unit; another heading ends it', () => {
    for (const open of ['(', '（']) {
      const close = open === '(' ? ')' : '）';
      const result = importPlanText(
        [
          '二、存在问题',
          `${open}一${close}鹿城镇${open}2个${close}`,
          '1.格林天城大门公益广告褪色破损。',
          '2.税务小区乱粘贴小广告。',
          `${open}二${close}其他问题`,
          '3.市场周边车辆乱停乱放。',
          '4.公园内垃圾未及时清运。',
        ].join('\n'),
      );
      expect(result.plan?.tasks.map((t) => t.units)).toEqual(['鹿城镇', '鹿城镇', '（未识别）', '（未识别）']);
      expect(result.diagnostics.find((d) => d.code === 'heading-units')?.params).toMatchObject({
        units: '鹿城镇',
        tasks: 2,
      });
    }
  });

  test('an item written as the others are but without its number is read, and said', () => {
    const result = importPlanText(
      [
        '整改较好的点位',
        '1、联盛快乐城(责任单位:县商务局):前期通报问题已按时整改到位。',
        '2、西海燕码头(责任单位:县文广新旅局):前期通报问题已按时整改到位。',
        '整改未落实的点位',
        '客运中心(责任单位:交通局):大门消防区域磨损等问题仍未整改。',
      ].join('\n'),
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '责任单位:县商务局'],
      [2, '责任单位:县文广新旅局'],
      [3, '责任单位:交通局'],
    ]);
    expect(result.diagnostics.find((d) => d.code === 'number-missing')?.params).toEqual({ number: 3, line: 5 });
  });
});
