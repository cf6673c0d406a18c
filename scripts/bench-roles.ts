/**
 * Benchmark of responsibility resolution (职责解析基准): a generated plan of 10,000 tasks against a
 * generated 3,000-unit registry, resolved whole, then `tasksForUnit` for every unit.
 *
 * Targets: full resolution (registry indexing included) ≤ 500 ms; median per-unit query ≤ 1 ms.
 * Run standalone: `npx tsx --conditions=@fengong/source scripts/bench-roles.ts`.
 */
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  Plan,
  Registry,
  type RegistryInput,
  type Task,
  type UnitKind,
} from '../packages/core/src/model/schema';
import { type ResolvedPlan, resolvePlan, tasksForUnit } from '../packages/core/src/roles/plan';
import { type BenchResult, measure, median } from './lib/measure';
import { rng } from './lib/generate';

const TASKS = 10_000;
const UNITS = 3_000;
const RUNS = 7;

const PLACE_CHARS = '东南西北中安平和兴华新城河山湖海港江林石桥田沟岭塘坡头龙凤金银桂梅竹松青白红黄长清泉水';
const DEPARTMENT_STEMS = [
  '发展改革',
  '教育',
  '科技',
  '工业和信息化',
  '公安',
  '民政',
  '司法',
  '财政',
  '人力资源社会保障',
  '自然资源',
  '生态环境',
  '住房城乡建设',
  '交通运输',
  '水务',
  '农业农村',
  '商务',
  '文化广电旅游体育',
  '卫生健康',
  '退役军人事务',
  '应急管理',
  '审计',
  '市场监管',
  '统计',
  '医保',
  '林业',
  '城市管理',
  '信访',
  '海洋',
  '政务服务数据管理',
  '金融工作',
  '粮食和物资储备',
  '乡村振兴',
  '机关事务管理',
  '供销',
  '气象',
  '地震',
];

/** Distinct two-character place names, in a fixed shuffled order. */
function placeNames(rand: () => number): string[] {
  const names: string[] = [];
  for (const a of PLACE_CHARS) for (const b of PLACE_CHARS) if (a !== b) names.push(a + b);
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [names[i], names[j]] = [names[j]!, names[i]!];
  }
  return names;
}

/** A 3,000-unit registry shaped like a prefecture: departments, counties, towns, subdistricts, enterprises. */
export function generateRegistry(seed = 1): Registry {
  const rand = rng(seed);
  const places = placeNames(rand);
  let next = 0;
  const place = () => places[next++ % places.length]!;
  const units: RegistryInput['units'] = [];
  const add = (name: string, kind: UnitKind, aliases: string[] = []) => units.push({ name, kind, aliases });
  for (const stem of DEPARTMENT_STEMS) add(`市${stem}局`, 'cityDepartment');
  while (units.length < 150) add(`市${place()}事务中心`, 'cityDepartment');
  for (let i = 0; i < 30; i++) add(`市${place()}办公室`, 'cityOffice');
  for (let i = 0; i < 100; i++) add(`${place()}区政府`, 'countyGovernment', [`${units.length}号区`]);
  for (let i = 0; i < 10; i++) add(`${place()}开发区管委会`, 'managementCommittee');
  for (let i = 0; i < 1500; i++) add(`${place()}${i}镇政府`, 'townGovernment');
  for (let i = 0; i < 700; i++) add(`${place()}${i}街道办事处`, 'subdistrict');
  while (units.length < UNITS) add(`${place()}${units.length}公司`, 'enterprise');
  return Registry.parse({
    government: '基准市',
    units,
    groups: [
      {
        name: '各县（市、区）政府（管委会）',
        aliases: ['各县（市、区）政府'],
        territorial: true,
        memberKinds: ['countyGovernment', 'managementCommittee'],
      },
      {
        name: '市直各单位',
        aliases: ['市府直属各单位', '市直单位'],
        memberKinds: ['cityDepartment', 'cityOffice'],
      },
      { name: '各镇（街道）', territorial: true, memberKinds: ['townGovernment', 'subdistrict'] },
      { name: '有关部门', aliases: ['相关部门'], vague: true },
    ],
  });
}

/** A 10,000-task plan whose units cells follow the forms real plans use, in realistic proportions. */
export function generatePlan(registry: Registry, seed = 2): Plan {
  const rand = rng(seed);
  const departments = registry.units.filter((u) => u.kind === 'cityDepartment' || u.kind === 'cityOffice');
  const dept = () => departments[Math.floor(rand() * departments.length)]!.name;
  const list = (n: number) => Array.from({ length: n }, dept).join('、');
  const forms: [number, () => string][] = [
    [35, () => `各县（市、区）政府（管委会）；${dept()}牵头，市直各单位按职责分工落实`],
    [20, () => '各县（市、区）政府（管委会）、市直各单位'],
    [15, () => `${list(2)}牵头，${list(2)}配合`],
    [10, () => `牵头单位：${dept()}；责任单位：${list(3)}`],
    [8, () => `${list(6)}等部门按职责分工落实`],
    [5, () => `各县（市、区）政府（管委会）;市直各单位。${list(3)}按照职责分工强化监管。`],
    [4, () => `${dept()}牵头，有关部门配合`],
    [2, () => `${dept()}牵头，${dept().replace('局', '委')}配合`],
    [1, () => `各镇（街道）；${dept()}牵头`],
  ];
  const total = forms.reduce((sum, [weight]) => sum + weight, 0);
  const cell = () => {
    let pick = rand() * total;
    for (const [weight, make] of forms) {
      pick -= weight;
      if (pick < 0) return make();
    }
    return forms[0]![1]();
  };
  const tasks: Task[] = Array.from({ length: TASKS }, (_, i) => ({
    number: i + 1,
    category: '基准',
    text: `第${i + 1}项任务。`,
    units: cell(),
    deadline: '长期工作',
  }));
  return Plan.parse({
    meta: { title: '基准方案', issued: '2021-07-01' },
    categories: [{ name: '基准' }],
    tasks,
  });
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

/** Run the benchmark and return the medians. */
export async function benchRoles(): Promise<BenchResult[]> {
  const registry = generateRegistry();
  const plan = generatePlan(registry);
  // A fresh registry object for every run, cloned beforehand, so each timing includes indexing it.
  const fresh = Array.from({ length: RUNS + 2 }, () => structuredClone(registry));
  let resolved: ResolvedPlan | undefined;
  const resolution = await measure(
    () => {
      resolved = resolvePlan(plan, fresh.pop()!);
    },
    { runs: RUNS, warmup: 2 },
  );
  if (!resolved) throw new Error('resolvePlan did not run');
  const assignments = resolved.tasks.reduce((sum, task) => sum + task.units.length, 0);
  const distinctCells = new Set(plan.tasks.map((task) => task.units)).size;
  const perUnit: number[] = [];
  const perBusyUnit: number[] = [];
  for (const unit of registry.units) {
    const start = performance.now();
    const found = tasksForUnit(resolved, unit.name);
    const elapsed = performance.now() - start;
    perUnit.push(elapsed);
    if (found.length > 0) perBusyUnit.push(elapsed);
  }
  return [
    {
      name: `resolvePlan: ${TASKS.toLocaleString('en')} tasks × ${UNITS.toLocaleString('en')}-unit registry`,
      medianMs: round(resolution.medianMs),
      runs: resolution.runs,
      targetMs: 500,
      notes: `${distinctCells.toLocaleString('en')} distinct units cells; ${assignments.toLocaleString('en')} unit assignments after group expansion; registry indexing included`,
    },
    {
      name: 'tasksForUnit: one query, every unit of the registry',
      medianMs: round(median(perUnit)),
      runs: perUnit.length,
      targetMs: 1,
      notes: `slowest unit ${round(Math.max(...perUnit))} ms`,
    },
    {
      name: 'tasksForUnit: one query, units with at least one task',
      medianMs: round(median(perBusyUnit)),
      runs: perBusyUnit.length,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchRoles();
  console.table(results);
  if (results.some((r) => r.targetMs !== undefined && r.medianMs > r.targetMs)) process.exitCode = 1;
}
