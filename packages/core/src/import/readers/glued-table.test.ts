import { describe, expect, test } from 'vitest';
import { splitSourceLines } from '../document/lines';
import { unglueTables } from './glued-table';

const texts = (text: string) => unglueTables(splitSourceLines(text)).map((l) => l.text);

describe('unglueTables', () => {
  test('a header glued to its rows: one bar row per numbered row, units after the text’s last full stop', () => {
    expect(
      texts(
        '(上接第三版)\n序号工作任务责任单位21树立婚育新风。构建新型婚育文化。省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实22实行特别扶助制度,完善12项措施。省财政厅牵头23组织开展送温暖活动。深入',
      ),
    ).toEqual([
      '(上接第三版)',
      '序号 | 工作任务 | 责任单位 |',
      '21 | 树立婚育新风。构建新型婚育文化。 | 省委宣传部、省妇联牵头;省总工会配合;各州(市)党委和政府落实 |',
      '22 | 实行特别扶助制度,完善12项措施。 | 省财政厅牵头 |',
      '23 | 组织开展送温暖活动。深入 |  |',
    ]);
  });

  test('a number inside a row’s text (22 after 2) does not start a row; text without a glued header is the same array', () => {
    expect(texts('序号工作任务责任单位1新建22所学校。市教育局负责2改造道路。市交通局负责')).toEqual([
      '序号 | 工作任务 | 责任单位 |',
      '1 | 新建22所学校。 | 市教育局负责 |',
      '2 | 改造道路。 | 市交通局负责 |',
    ]);
    const lines = splitSourceLines('1.做好工作。(市财政局负责)');
    expect(unglueTables(lines)).toBe(lines);
  });

  test('two units columns glued (第一责任单位 | 主要责任单位), headings and page numbers between rows, a text without a full stop', () => {
    expect(
      texts(
        '方案序号主要工作任务第一责任单位主要责任单位一、主要发展指标1地区生产总值年均增长12%左右。市发展改革委各县(市、区)政府、嘉兴港区2服务业增加值占比达到40%。市发展改革委市三产发展领导小组各成员单位—2—二、产业优化升级3积极推进技术创新等先进生产技术市科技局市发展改革委、市经贸委',
      ),
    ).toEqual([
      '方案',
      '序号 | 主要工作任务 | 第一责任单位 | 主要责任单位 |',
      '一、主要发展指标',
      '1 | 地区生产总值年均增长12%左右。 | 市发展改革委 | 各县(市、区)政府、嘉兴港区 |',
      '2 | 服务业增加值占比达到40%。 | 市发展改革委 | 市三产发展领导小组各成员单位 |',
      '二、产业优化升级',
      '3 | 积极推进技术创新等先进生产技术 | 市科技局 | 市发展改革委、市经贸委 |',
    ]);
  });
  test('two text headers, a leader column and a 备注 column: the person before the units, the header repeated atop a page blanked', () => {
    expect(
      texts(
        '序号项目名称主要内容区政府分管领导牵头单位配合单位备注1增加学位新建学校3所。王小明教育局各街道2优化养老服务改造中心8家。序号项目名称主要内容区政府分管领导牵头单位配合单位备注3促进就业新增就业1000人。张小菁人社局市国有公司',
      ),
    ).toEqual([
      '序号 | 项目名称主要内容 | 区政府分管领导 | 牵头单位 | 配合单位 | 备注 |',
      '1 | 增加学位新建学校3所。 | 王小明 | 教育局 | 各街道 |  |',
      '2 | 优化养老服务改造中心8家。 |  |  |  |  |',
      '3 | 促进就业新增就业1000人。 | 张小菁 | 人社局 | 市国有公司 |  |',
    ]);
  });

  test('a units cell ending in a bracket (`政府(管委会)`) is followed by the next row', () => {
    expect(
      texts(
        '序号工作内容目标任务责任单位备注1开展宣传。知晓率达90%。市城管委,各区(市)县政府(管委会)2完善体系。建成体系。市商务局',
      ),
    ).toEqual([
      '序号 | 工作内容目标任务 | 责任单位 | 备注 |',
      '1 | 开展宣传。知晓率达90%。 | 市城管委,各区(市)县政府(管委会) |  |',
      '2 | 完善体系。建成体系。 | 市商务局 |  |',
    ]);
  });
});
