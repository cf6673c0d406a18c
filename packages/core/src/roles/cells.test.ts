/**
 * How realistic units cells read: every form of issue #3, written the way Chinese plans write them,
 * against a small registry. Each row gives the roles (canonical names, groups not expanded) and
 * the notice codes the cell must produce.
 */
import { describe, expect, test } from 'vitest';
import { testRegistry } from '../registry/__fixtures__/registry';
import { explainUnits } from './resolve';
import type { RoleNoticeCode } from './schema';

interface Row {
  cell: string;
  lead?: string[];
  responsible?: string[];
  supporting?: string[];
  supervising?: string[];
  notices?: RoleNoticeCode[];
}

const COUNTIES = '各县（市、区）政府（管委会）';

const rows: Row[] = [
  // A牵头，B… and its variants
  { cell: '市财政局牵头，市审计局按职责分工落实', lead: ['市财政局'], supporting: ['市审计局'] },
  { cell: '市财政局牵头，市审计局配合', lead: ['市财政局'], supporting: ['市审计局'] },
  { cell: '市财政局、市审计局牵头', lead: ['市财政局', '市审计局'] },
  { cell: '市财政局牵头落实', lead: ['市财政局'] },
  { cell: '市财政局牵头负责', lead: ['市财政局'] },
  {
    cell: '市发展改革局、市商务局、市市场监管局分别牵头落实',
    lead: ['市发展改革局', '市商务局', '市市场监管局'],
  },
  {
    cell: '市教育局牵头，市财政局、市人社局配合',
    lead: ['市教育局'],
    supporting: ['市财政局', '市人力资源社会保障局'],
  },
  { cell: '由市卫健局牵头，各区政府负责', lead: ['市卫生健康局'], responsible: ['各区政府'] },
  { cell: '市司法局牵头，市直各单位按职责分工落实', lead: ['市司法局'], supporting: ['市直各单位'] },
  {
    cell: '市政务服务数据管理局牵头，市政府办公室协助',
    lead: ['市政务服务数据管理局'],
    supporting: ['市政府办公室'],
  },
  {
    cell: '市应急管理局牵头，市公安局、市交通运输局参与',
    lead: ['市应急管理局'],
    supporting: ['市公安局', '市交通运输局'],
  },
  { cell: '市商务局负责', responsible: ['市商务局'] },
  { cell: '市商务局落实', responsible: ['市商务局'] },
  { cell: '市财政局为牵头单位，市审计局为配合单位', lead: ['市财政局'], supporting: ['市审计局'] },
  { cell: '市财政局 牵头，\n市审计局 配合', lead: ['市财政局'], supporting: ['市审计局'] },
  {
    cell: '市住房城乡建设\n局牵头，市自然资源局配合',
    lead: ['市住房城乡建设局'],
    supporting: ['市自然资源局'],
  },
  { cell: '市工业和信息化局牵头，市科技局配合', lead: ['市工业和信息化局'], supporting: ['市科技局'] },
  { cell: '市财政局（牵头）、市审计局', lead: ['市财政局'], responsible: ['市审计局'] },
  { cell: '市财政局牵头, 市审计局配合', lead: ['市财政局'], supporting: ['市审计局'] },
  { cell: '市财政局牵头；市审计局、市税务局配合', lead: ['市财政局'], supporting: ['市审计局', '市税务局'] },
  {
    cell: '市财政局、市审计局、市税务局各司其职',
    responsible: ['市财政局', '市审计局', '市税务局'],
    notices: ['no-single-owner'],
  },
  {
    cell: '市教育局 、市科技局按职责分工落实',
    responsible: ['市教育局', '市科技局'],
    notices: ['no-single-owner'],
  },
  // The seed's shape: county governments; a city lead; city units under it
  {
    cell: '各县（市、区）政府（管委会）；市财政局牵头，市直各单位按职责分工落实',
    lead: ['市财政局'],
    responsible: [COUNTIES],
    supporting: ['市直各单位'],
  },
  {
    cell: '各县(市、区)政府(管委会);市财政局牵头,市直各单位按职责分工落实',
    lead: ['市财政局'],
    responsible: [COUNTIES],
    supporting: ['市直各单位'],
  },
  {
    cell: '各县（市、区）政府（管委会）;\n市政府办公室、市政务服务数据\n管理局牵头，市\n直各单位按职责\n分工落实',
    lead: ['市政府办公室', '市政务服务数据管理局'],
    responsible: [COUNTIES],
    supporting: ['市直各单位'],
  },
  // Labelled forms, on one line or several
  {
    cell: '牵头单位：市财政局；责任单位：市审计局、市税务局',
    lead: ['市财政局'],
    responsible: ['市审计局', '市税务局'],
  },
  { cell: '牵头单位:市财政局,责任单位:市审计局', lead: ['市财政局'], responsible: ['市审计局'] },
  {
    cell: '牵头责任单位：市发展改革局。协同责任单位：市商务局、市市场监管局',
    lead: ['市发展改革局'],
    supporting: ['市商务局', '市市场监管局'],
  },
  {
    cell: '牵头单位：市财政局\n责任单位：市审计局、市税务局',
    lead: ['市财政局'],
    responsible: ['市审计局', '市税务局'],
  },
  {
    cell: '牵头单位：市财政局\n配合单位：市审计局、市税务局',
    lead: ['市财政局'],
    supporting: ['市审计局', '市税务局'],
  },
  { cell: '配合单位：市审计局', supporting: ['市审计局'] },
  { cell: '责任单位：各区政府、市直各单位', responsible: ['各区政府', '市直各单位'] },
  {
    cell: '牵头单位：市政府办公室；配合单位：市直各单位',
    lead: ['市政府办公室'],
    supporting: ['市直各单位'],
  },
  { cell: '牵头部门：市生态环境局；责任部门：各区政府', lead: ['市生态环境局'], responsible: ['各区政府'] },
  { cell: '主办单位：市教育局；协办单位：市财政局', lead: ['市教育局'], supporting: ['市财政局'] },
  {
    cell: '责任单位：市财政局、市审计局按职责分工负责',
    responsible: ['市财政局', '市审计局'],
    notices: ['no-single-owner'],
  },
  // Brackets from prose plans
  { cell: '（市财政局牵头，市审计局配合）', lead: ['市财政局'], supporting: ['市审计局'] },
  {
    cell: '〔责任单位：市财政局、市审计局按职责分工负责〕',
    responsible: ['市财政局', '市审计局'],
    notices: ['no-single-owner'],
  },
  { cell: '（牵头单位：市司法局）', lead: ['市司法局'] },
  { cell: '市府办〔市大数据局〕牵头，各区政府负责', lead: ['市政府办公室'], responsible: ['各区政府'] },
  {
    cell: '市委宣传部（市政府新闻办）牵头，市直各单位配合',
    lead: ['市委宣传部'],
    supporting: ['市直各单位'],
  },
  // No lead
  { cell: '市司法局', responsible: ['市司法局'] },
  { cell: '市司法局、市政府办公室', responsible: ['市司法局', '市政府办公室'], notices: ['no-single-owner'] },
  {
    cell: '市发展改革局、市教育局、市国资委等部门按职责分工落实',
    responsible: ['市发展改革局', '市教育局', '市国资委'],
    notices: ['list-closed-by-etc', 'no-single-owner'],
  },
  { cell: '各区政府', responsible: ['各区政府'] },
  { cell: '市直各单位', responsible: ['市直各单位'] },
  { cell: `${COUNTIES}、市直各单位`, responsible: [COUNTIES, '市直各单位'] },
  { cell: '市财政局\n市审计局', responsible: ['市财政局', '市审计局'], notices: ['no-single-owner'] },
  { cell: '市财政局和市审计局', responsible: ['市财政局', '市审计局'], notices: ['no-single-owner'] },
  // Supervising
  {
    cell: '各区政府；市直各单位。市发展改革局、市财政局按照职责分工强化监管。',
    responsible: ['各区政府', '市直各单位'],
    supervising: ['市发展改革局', '市财政局'],
  },
  { cell: '各区政府负责，市政府办公室督促指导', responsible: ['各区政府'], supervising: ['市政府办公室'] },
  {
    cell: '市市场监管局牵头，市商务局配合，市政府办公室负责督促',
    lead: ['市市场监管局'],
    supporting: ['市商务局'],
    supervising: ['市政府办公室'],
  },
  { cell: '市教育局负责，市政府办公室加强监管', responsible: ['市教育局'], supervising: ['市政府办公室'] },
  {
    cell: '各街道（功能区）落实，市司法局指导督促',
    responsible: ['各街道（功能区）'],
    supervising: ['市司法局'],
  },
  // Groups
  { cell: COUNTIES, responsible: [COUNTIES] },
  { cell: '各县（市、区）人民政府（管委会）', responsible: [COUNTIES] },
  { cell: '各区政府牵头，各街道（功能区）落实', lead: ['各区政府'], responsible: ['各街道（功能区）'] },
  { cell: '市政府各部门按职责分工落实', responsible: ['市政府各部门'] },
  { cell: '各科室', responsible: ['各科室'] },
  { cell: '市府直属各单位', responsible: ['市直各单位'] },
  {
    cell: '市财政局牵头，有关部门配合',
    lead: ['市财政局'],
    supporting: ['有关部门'],
    notices: ['vague-group'],
  },
  { cell: '有关部门', responsible: ['有关部门'], notices: ['vague-group'] },
  {
    cell: '市财政局牵头，相关部门按职责分工落实',
    lead: ['市财政局'],
    supporting: ['有关部门'],
    notices: ['vague-group'],
  },
  {
    cell: '市卫生健康局牵头，其他有关部门配合',
    lead: ['市卫生健康局'],
    supporting: ['其他有关部门'],
    notices: ['vague-group'],
  },
  // Names the registry does not know: kept, with a warning
  {
    cell: '市发改委牵头，市财政局配合',
    lead: ['市发改委'],
    supporting: ['市财政局'],
    notices: ['unknown-unit'],
  },
  { cell: '市城市管理局负责', responsible: ['市城市管理局'], notices: ['unknown-unit'] },
  { cell: '各镇人民政府', responsible: ['各镇人民政府'], notices: ['unknown-group'] },
  // What cannot be read is said
  { cell: '市财政局牵头，2021年底前完成', lead: ['市财政局'], notices: ['unread-span'] },
  // A label the list does not name, read by its shape (…单位：), and said
  { cell: '主管单位：市财政局', responsible: ['市财政局'], notices: ['label-by-shape'] },
  { cell: '协同推进部门：市财政局', supporting: ['市财政局'], notices: ['label-by-shape'] },
  { cell: '分工：市财政局', responsible: ['市财政局'], notices: ['unknown-label'] },
  // One primary role per unit
  {
    cell: '市财政局牵头，市财政局、市审计局配合',
    lead: ['市财政局'],
    supporting: ['市审计局'],
    notices: ['named-twice'],
  },
  // 会同: the first leads, the others work with it
  { cell: '市财政局会同市审计局负责', lead: ['市财政局'], supporting: ['市审计局'] },
  {
    cell: '市发展改革局会同有关部门落实',
    lead: ['市发展改革局'],
    supporting: ['有关部门'],
    notices: ['vague-group'],
  },
  {
    cell: '市教育局、市财政局会同市人社局按职责分工落实',
    lead: ['市教育局', '市财政局'],
    supporting: ['市人力资源社会保障局'],
  },
  // Zones listed before one body share it (the committees of both zones); bare zones alone are units.
  {
    cell: '市财政局牵头，城乡一体化示范区、高新区党工委和管委会负责',
    lead: ['市财政局'],
    responsible: ['城乡一体化示范区、高新区党工委和管委会'],
    notices: ['unknown-unit'],
  },
  {
    cell: '市财政局牵头，城乡一体化示范区、高新区负责',
    lead: ['市财政局'],
    responsible: ['城乡一体化示范区', '高新区'],
    notices: ['unknown-unit'],
  },
  // 下同 on a single cell reads as the cell says (carrying over is tested on sequences)
  { cell: '市财政局牵头，各区政府负责（下同）', lead: ['市财政局'], responsible: ['各区政府'] },
];

describe('units cells in the forms plans write them', () => {
  test('the table covers at least 60 cells', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  test.each(rows)('$cell', (row) => {
    const explained = explainUnits(row.cell, { registry: testRegistry });
    expect({
      lead: explained.lead,
      responsible: explained.responsible,
      supporting: explained.supporting,
      supervising: explained.supervising,
    }).toEqual({
      lead: row.lead ?? [],
      responsible: row.responsible ?? [],
      supporting: row.supporting ?? [],
      supervising: row.supervising ?? [],
    });
    expect([...new Set(explained.notices.map((n) => n.code))].sort()).toEqual(
      [...(row.notices ?? [])].sort(),
    );
  });

  test.each(rows)('spans of $cell point at what they name', ({ cell }) => {
    const { clauses } = explainUnits(cell, { registry: testRegistry });
    for (const clause of clauses) {
      for (const name of clause.names) {
        expect(cell.slice(name.span.start, name.span.end)).toBe(name.written);
        expect(name.written.replace(/\s/gu, '')).toContain(name.name);
      }
      if (clause.marker)
        expect(cell.slice(clause.marker.span.start, clause.marker.span.end)).toBe(clause.marker.text);
      if (clause.label)
        expect(cell.slice(clause.label.span.start, clause.label.span.end)).toBe(clause.label.text);
      expect(clause.span.start).toBeLessThanOrEqual(clause.span.end);
      expect(clause.span.end).toBeLessThanOrEqual(cell.length);
    }
  });
});
