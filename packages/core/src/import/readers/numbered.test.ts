import { describe, expect, test } from 'vitest';
import { importPlanText } from '../assembly/import';
import { dutyActors, subjectUnits } from './classify';

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

  test.each([
    ['a subject that is to do the work', '各级宣传部门负责城市综合整治活动的宣传工作。', '各级宣传部门'],
    ['must', '土地使用单位必须依法合理使用土地,不得非法占用。', '土地使用单位'],
    ['对 with a clause after it', '各级组织部门对不作为的有关领导干部,给予组织处理。', '各级组织部门'],
    ['除…外', '县财政局除负责本级经费预算的落实外,还要督促检查。', '县财政局'],
    [
      'after one opening clause, with who helps',
      '按照属地管理的原则,各区政府负责拆除本辖区内的违法建设,市有关部门全力配合;负责整治。',
      '各区政府；市有关部门配合',
    ],
    ['a collective with 、 inside', '各乡、镇人民政府要建立相应机构,切实加强组织领导。', '各乡、镇人民政府'],
    ['no subject: a task of its own words', '加强待建用地的管理。待建用地上出现违法建设的,责成用地单位自行拆除。', undefined],
    ['a subject that is not a unit', '改革政策性强,涉及面广,直接关系到群众的切身利益。', undefined],
    ['a person is not a unit', '县政府分管副县长负责调查的组织领导工作。', undefined],
  ])('the subject of a task’s first sentence: %s', (_what, text, units) => {
    expect(subjectUnits(text)).toBe(units);
  });

  test('an excerpt that starts partway through a list keeps its items’ numbers when they name their units', () => {
    const result = importPlanText(
      '各有关部门还应当积极配合其他部门的相关工作。\n(二)按照属地管理的原则,各区政府负责拆除本辖区内的违法建设,市有关部门全力配合。\n(三)土地使用单位必须依法合理使用土地,不得非法占用土地。\n(四)各级宣传部门负责城市综合整治活动的宣传工作。\n(五)\n[...gap...]',
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.units])).toEqual([
      [2, '各区政府；市有关部门配合'],
      [3, '土地使用单位'],
      [4, '各级宣传部门'],
    ]);
    // The bare (五) at the cut is not read into task 4's text.
    expect(result.plan?.tasks[2]?.text).toBe('各级宣传部门负责城市综合整治活动的宣传工作。');
    expect(result.diagnostics.filter((d) => d.code === 'units-in-sentence')).toHaveLength(3);
  });

  test('prose with no number, table or label: sentences whose subject is units are the tasks, and the review says so', () => {
    const result = importPlanText(
      '我县部署人口抽样调查工作\n《通知》指出:抽样调查是一次国情国力调查,各乡镇人民政府要按照分级负责的原则,做好调查的组织和实施工作。为加强领导,成立领导小组,领导小组办公室设在县统计局,负责调查的组织实施和日常工作。县财政局除负责本级调查经费预算的落实外,还要督促检查;宣传部门负责做好新闻宣传,确保调查工作顺利进行。\n账号+密码登录',
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.units, t.text.slice(0, 8)])).toEqual([
      [1, '各乡镇人民政府', '各乡镇人民政府要'],
      [2, '领导小组办公室、县统计局', '领导小组办公室设'],
      [3, '县财政局', '县财政局除负责本'],
      [4, '宣传部门', '宣传部门负责做好'],
    ]);
    const said = result.diagnostics.find((d) => d.code === 'sentence-tasks');
    expect(said?.severity).toBe('warning');
    expect(said?.message).toContain('以单位为主语的 4 个句子读作任务');
  });

  test('one such sentence alone is not a plan', () => {
    const result = importPlanText('县统计局负责调查的组织实施和日常工作。');
    expect(result.plan).toBeUndefined();
  });

  test.each([
    ['nobody else', '负责专项经费保障工作。', [], []],
    [
      'a clause put in another unit’s charge, with who joins it',
      '一是参与方案的制订。二是组织警力开展执法。三是由市交巡警总队负责,会同市残联研究制定残疾人代步车管理规范。',
      [],
      ['市交巡警总队', '市残联'],
    ],
    [
      'the subject of a later sentence, not of the first (which restates the block’s own unit)',
      '纪检监察机关主要负责监督检查改革实施情况。各区县城管大队、分局在辖区政府领导下,积极发挥职能作用。',
      [],
      ['各区县城管大队、分局'],
    ],
    [
      'a unit made the lead, and units of later sentences',
      '财政部门作为改革牵头单位,负责改革具体工作。县财政局主要负责对财政补贴项目进行清理整合。',
      ['财政部门'],
      ['县财政局'],
    ],
    ['general bodies are not counted', '负责宣传工作。会同有关部门做好监督检查工作。有关部门要积极配合。', [], []],
  ])('units a block of duties puts to work: %s', (_what, duties, lead, units) => {
    expect(dutyActors(duties)).toEqual({ lead, units });
  });

  test('a unit’s block of duties goes on through a paragraph whose subject is another unit, who joins its units', () => {
    const result = importPlanText(
      '推行改革政策性强,需明确职责。\n(一)县政府职责:县政府根据改革方案要求,成立改革领导小组,制订改革方案。\n各镇政府承担对本辖区补贴对象信息审核的责任,确保信息准确无误。\n(二)财政部门职责:财政部门作为改革牵头单位,负责改革具体工作。县财政局主要负责对财政补贴项目进行清理整合。\n镇财政所负责直接发放存折给补贴对象,不得委托他人代领代发。',
    );
    expect(result.plan?.tasks.map((t) => [t.number, t.units])).toEqual([
      [1, '县政府、各镇政府'],
      [2, '财政部门牵头；县财政局、镇财政所'],
    ]);
    expect(result.plan?.tasks[0]?.text).toContain('各镇政府承担');
  });
});
