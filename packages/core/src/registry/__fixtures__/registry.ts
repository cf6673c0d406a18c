/**
 * A small unit registry for the registry and roles tests, shaped like a prefecture city's (Zhanjiang's names),
 * with every kind of group the plans use.
 */
import { Registry, type RegistryInput } from '../../model/schema';

const cityDepartments: [string, ...string[]][] = [
  ['市发展改革局', '市发展和改革局'],
  ['市教育局'],
  ['市科技局'],
  ['市工业和信息化局', '市工信局'],
  ['市公安局'],
  ['市民政局'],
  ['市司法局'],
  ['市财政局'],
  ['市人力资源社会保障局', '市人社局'],
  ['市自然资源局'],
  ['市生态环境局'],
  ['市住房城乡建设局', '市住建局'],
  ['市交通运输局'],
  ['市农业农村局'],
  ['市商务局'],
  ['市文化广电旅游体育局'],
  ['市卫生健康局', '市卫健局'],
  ['市应急管理局'],
  ['市审计局'],
  ['市国资委'],
  ['市市场监管局', '市市场监督管理局'],
  ['市医保局'],
  ['市政务服务数据管理局', '市政数局'],
];

const input: RegistryInput = {
  government: '湛江市',
  units: [
    {
      name: '市政府办公室',
      fullName: '湛江市人民政府办公室',
      aliases: ['市府办', '市政府办'],
      kind: 'cityOffice',
    },
    { name: '市政府研究室', kind: 'cityOffice' },
    ...cityDepartments.map(([name, ...aliases]) => ({ name, aliases, kind: 'cityDepartment' as const })),
    // Vertically managed and Party bodies: named in plans, not members of 市直各单位.
    { name: '市税务局', kind: 'other' },
    { name: '市委宣传部', aliases: ['市政府新闻办'], kind: 'other' },
    { name: '赤坎区政府', aliases: ['赤坎区'], kind: 'countyGovernment' },
    { name: '霞山区政府', aliases: ['霞山区'], kind: 'countyGovernment' },
    { name: '坡头区政府', aliases: ['坡头区'], kind: 'countyGovernment' },
    { name: '麻章区政府', aliases: ['麻章区'], kind: 'countyGovernment' },
    { name: '廉江市政府', aliases: ['廉江市'], kind: 'countyGovernment' },
    { name: '湛江经开区管委会', kind: 'managementCommittee' },
    { name: '寸金街道', kind: 'subdistrict' },
    { name: '民主街道', kind: 'subdistrict' },
    { name: '中华街道', kind: 'subdistrict' },
    { name: '海滨功能区', kind: 'other' },
    { name: '综合科', kind: 'internalOffice' },
    { name: '财务科', kind: 'internalOffice' },
    { name: '法规科', kind: 'internalOffice' },
  ],
  groups: [
    {
      name: '各县（市、区）政府（管委会）',
      aliases: ['各县（市、区）政府', '各县（市、区）人民政府（管委会）'],
      territorial: true,
      members: ['赤坎区政府', '霞山区政府', '坡头区政府', '麻章区政府', '廉江市政府', '湛江经开区管委会'],
    },
    {
      name: '各区政府',
      territorial: true,
      members: ['赤坎区政府', '霞山区政府', '坡头区政府', '麻章区政府'],
    },
    {
      name: '各街道（功能区）',
      territorial: true,
      members: ['寸金街道', '民主街道', '中华街道', '海滨功能区'],
    },
    {
      name: '市直各单位',
      aliases: ['市府直属各单位', '市直单位', '市直各部门'],
      memberKinds: ['cityDepartment', 'cityOffice'],
    },
    { name: '市政府各部门', memberKinds: ['cityDepartment'] },
    { name: '各科室', memberKinds: ['internalOffice'] },
    { name: '有关部门', aliases: ['有关单位', '相关部门', '各有关单位'], vague: true },
  ],
};

/** The test registry (湛江市, abridged). */
export const testRegistry: Registry = Registry.parse(input);

/** Every city department and office of the test registry: the members of 市直各单位. */
export const cityUnits: readonly string[] = testRegistry.units
  .filter((u) => u.kind === 'cityDepartment' || u.kind === 'cityOffice')
  .map((u) => u.name);
