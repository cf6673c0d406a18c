/**
 * Deterministic synthetic plans and registries for benchmarks and robustness tests: real-looking
 * unit names, every units-cell and deadline form the readers support, groups, compound deadlines.
 */
import type { PlanInput, RegistryInput } from '@fengong/core';

/** A small, fast, seedable PRNG (mulberry32): the same seed gives the same plan everywhere. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEPARTMENT_STEMS = [
  '发展改革', '教育', '科技', '工业和信息化', '公安', '民政', '司法', '财政', '人力资源社会保障', '自然资源',
  '生态环境', '住房城乡建设', '交通运输', '水务', '农业农村', '商务', '文化广电旅游体育', '卫生健康',
  '退役军人事务', '应急管理', '审计', '市场监管', '统计', '医保', '林业', '城市管理', '信访', '政务服务数据管理',
];
const COUNTY_STEMS = ['东', '西', '南', '北', '中', '新', '安', '平', '和', '康', '宁', '兴', '福', '华', '永', '泰'];
const SECOND = ['山', '湖', '江', '城', '阳', '原', '川', '海', '林', '州', '溪', '桥'];
const TASK_VERBS = ['做好', '加强', '推进', '规范', '完善', '深化', '持续做好', '全面落实'];
const TASK_OBJECTS = [
  '政府信息主动公开', '政策解读', '重大决策预公开', '行政执法信息公开', '财政预决算公开', '政务新媒体管理',
  '依申请公开办理', '基层政务公开标准化', '政府网站集约化', '公共企事业单位信息公开', '政务舆情回应',
];
const DEADLINES = [
  '长期工作', '2021 年 9 月前', '2021年 12月前', '2022 年 1 月前', '2021年9月前完成现有规划文件主动公开；长期工作',
  '2021年底前', '2021年6月底前', '2021年上半年', '第三季度', '每季度', '及时', '持续推进', '2021年10月30日前',
  '2021年9月中旬前', '收到申请之日起20个工作日内', '常态化', '2021年12月31日前', '12月份前',
];

export interface GeneratedPlan {
  plan: PlanInput;
  registry: RegistryInput;
}

/**
 * Generate a plan of `tasks` tasks naming units from a registry of about `units` units.
 *
 * @example
 * const { plan, registry } = generatePlan({ tasks: 10_000, units: 3_000, seed: 1 });
 */
export function generatePlan(options: { tasks: number; units: number; seed: number }): GeneratedPlan {
  const random = rng(options.seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

  // A registry shaped like a real prefecture-level city's: a few dozen city departments, about a
  // hundred county-level bodies, and the rest towns and subdistricts (镇、街道) that city plans
  // rarely name but that a shared registry holds.
  const departmentCount = Math.max(DEPARTMENT_STEMS.length, Math.round(options.units * 0.03));
  const departments: string[] = [];
  for (let i = 0; departments.length < departmentCount; i++) {
    const stem = DEPARTMENT_STEMS[i % DEPARTMENT_STEMS.length]!;
    const round = Math.floor(i / DEPARTMENT_STEMS.length);
    departments.push(round === 0 ? `市${stem}局` : `市${stem}第${round}分局`);
  }
  const counties: string[] = [];
  for (const a of COUNTY_STEMS) for (const b of SECOND) counties.push(`${a}${b}区政府`);
  const countyCount = Math.min(counties.length, Math.max(4, Math.round(options.units * 0.04)));
  const towns: string[] = [];
  for (let i = 0; departmentCount + countyCount + towns.length < options.units; i++) {
    towns.push(`${counties[i % countyCount]!.replace('区政府', '区')}第${Math.floor(i / countyCount) + 1}镇`);
  }
  const registry: RegistryInput = {
    government: '示例市',
    units: [
      ...departments.map((name) => ({ name, fullName: `示例${name}`, kind: 'cityDepartment' as const })),
      ...counties.slice(0, countyCount).map((name) => ({ name, kind: 'countyGovernment' as const })),
      ...towns.map((name) => ({ name, kind: 'townGovernment' as const })),
    ],
    groups: [
      {
        name: '各县（市、区）政府（管委会）',
        aliases: ['各县（市、区）政府'],
        territorial: true,
        members: counties.slice(0, countyCount),
      },
      { name: '市直各单位', aliases: ['市府直属各单位'], memberKinds: ['cityDepartment', 'cityOffice'] },
      { name: '各镇（街道）', territorial: true, memberKinds: ['townGovernment'] },
      { name: '有关部门', vague: true },
    ],
  };

  const list = (n: number) => Array.from({ length: n }, () => pick(departments)).filter((v, i, a) => a.indexOf(v) === i);
  const cellForms: (() => string)[] = [
    () => `各县（市、区）政府（管委会）；${pick(departments)}牵头，市直各单位按职责分工落实`,
    () => `${list(2).join('、')}牵头，${list(3).join('、')}配合`,
    () => `牵头单位：${pick(departments)}；责任单位：${list(3).join('、')}`,
    () => '各县（市、区）政府（管委会）、市直各单位',
    () => pick(departments),
    () => `${list(4).join('、')}等部门按职责分工落实`,
    () => `各县（市、区）政府（管委会）;市直各单位。${list(3).join('、')}按照职责分工强化监管。`,
    () => `${list(3).join('、')}分别牵头落实`,
    () => `${pick(departments)}牵头，有关部门配合`,
  ];

  const categoryCount = Math.max(1, Math.round(options.tasks / 5));
  const categories = Array.from({ length: categoryCount }, (_, i) => ({
    name: `${pick(TASK_VERBS)}${pick(TASK_OBJECTS)}（第${i + 1}类）`,
  }));
  const tasks = Array.from({ length: options.tasks }, (_, i) => ({
    number: i + 1,
    category: categories[Math.floor((i * categoryCount) / options.tasks)]!.name,
    text: `${pick(TASK_VERBS)}${pick(TASK_OBJECTS)}工作，${pick(TASK_VERBS)}${pick(TASK_OBJECTS)}，确保落实到位。`,
    units: pick(cellForms)(),
    deadline: pick(DEADLINES),
  }));
  const plan: PlanInput = {
    meta: { title: `示例市2021年政务公开工作要点分工方案（${options.tasks}项）`, issued: '2021-07-01' },
    registry: 'units.yaml',
    requirements: [
      {
        number: 1,
        text: '各牵头单位于10月30日前收集汇总所牵头工作任务开展情况，报市政府办公室。',
        duties: [
          {
            actor: { kind: 'role', role: 'lead' },
            action: '收集汇总所牵头工作任务开展情况，报市政府办公室',
            recipient: '市政府办公室',
            deadline: '10月30日前',
            scope: 'ledTasks',
          },
        ],
      },
    ],
    categories,
    tasks,
  };
  return { plan, registry };
}
