/**
 * A whole plan's responsibilities (方案职责), resolved once and indexed for queries by task and by
 * unit: who does what, what a unit has to do, and the tasks × units matrix.
 */
import { resolveConventions } from '../deadlines/conventions';
import type { Conventions, Plan, Role } from '../model/schema';
import { lookupUnit, type RegistryIndex, type RegistryLike, toRegistryIndex } from '../registry/lookup';
import { normalizeName } from '../registry/normalize';
import { type Assigned, type AssignOptions, assignRoles, createExpansionCache } from './assign';
import { readUnitsCell } from './read-cell';
import { leadConventions, resolvedTaskOf, type TaskToResolve } from './resolve';
import type { Clause, ResolvedTask, RoleAssignment, UnitsCellReading, UnitTask } from './schema';
import type { PlanAnalysis } from '../queries/analysis';

/**
 * The per-unit index (单位索引): which tasks each unit holds a role on, as compressed rows. The
 * entries of the unit with id `u` are positions `start[u]` to `start[u + 1]`, each a task
 * (`taskAt`, an index into `tasks`) and the unit's place in that task's `units` (`slotAt`). Built
 * in two passes over all assignments with no object per entry: a 10,000-task plan holds millions
 * of assignments.
 *
 * @example
 * const { ids, start } = resolvePlan(plan, registry).byUnit;
 * const id = ids.get('市财政局')!;
 * start[id + 1]! - start[id]!; //=> 39 (tasks of 市财政局 in the seed)
 */
export interface UnitIndex {
  /** Unit name → id: registry units by registry position, then names the registry does not know. */
  readonly ids: ReadonlyMap<string, number>;
  readonly start: Int32Array;
  /** Int32 when resolved; a compiled plan keeps the narrowest array that holds the values. */
  readonly taskAt: IndexArray;
  /** Each entry's place in its task's `units`. */
  readonly slotAt: IndexArray;
  /**
   * Each entry's role, packed ({@link packAssignment}), so that a unit's task list is read from the
   * index alone, without the tasks' expanded unit lists.
   */
  readonly roleAt: Uint8Array;
  /** Each entry's group (`via`) as a position in `vias`, or -1. */
  readonly viaAt: IndexArray;
  readonly vias: readonly string[];
  /** Each task's number by its position in the plan, so entries name their task without the tasks. */
  readonly numbers: Int32Array;
  /**
   * One unit's entries (`taskAt`, `roleAt` and `viaAt` from `start[id]` to `start[id + 1]`), for an
   * index read piece by piece (a compiled plan): a unit's list then reads kilobytes, not the whole index.
   */
  entriesOf?(id: number): UnitEntries;
}

/** One unit's slice of the per-unit index (单位索引片段). */
export interface UnitEntries {
  readonly taskAt: IndexArray;
  readonly roleAt: Uint8Array;
  readonly viaAt: IndexArray;
}

/** A unit's entries, from the index's own reader when it has one. */
function unitEntries(index: UnitIndex, id: number): UnitEntries {
  if (index.entriesOf) return index.entriesOf(id);
  const from = index.start[id]!;
  const to = index.start[id + 1]!;
  return {
    taskAt: index.taskAt.subarray(from, to),
    roleAt: index.roleAt.subarray(from, to),
    viaAt: index.viaAt.subarray(from, to),
  };
}

/** An integer typed array of the per-unit index (索引数组). */
export type IndexArray = Int32Array | Uint16Array | Int16Array | Int8Array;

const ROLE_CODES: readonly Role[] = ['lead', 'responsible', 'supporting', 'supervising'];
const SUPERVISING_BIT = 4;
const TERRITORIAL_BIT = 8;

/**
 * An assignment's role and flags in one byte (角色编码): the role's position in
 * lead/responsible/supporting/supervising, plus 4 when it also supervises and 8 when territorial.
 *
 * @example
 * packAssignment({ unit: '赤坎区政府', role: 'responsible', territorial: true }); //=> 9
 */
export function packAssignment(
  assignment: Pick<RoleAssignment, 'role' | 'supervising' | 'territorial'>,
): number {
  return (
    ROLE_CODES.indexOf(assignment.role) |
    (assignment.supervising ? SUPERVISING_BIT : 0) |
    (assignment.territorial ? TERRITORIAL_BIT : 0)
  );
}

/**
 * The role and flags {@link packAssignment} packed.
 *
 * @example
 * unpackAssignment(9); //=> { role: 'responsible', supervising: false, territorial: true }
 */
export function unpackAssignment(code: number): { role: Role; supervising: boolean; territorial: boolean } {
  return {
    role: ROLE_CODES[code & 3]!,
    supervising: (code & SUPERVISING_BIT) !== 0,
    territorial: (code & TERRITORIAL_BIT) !== 0,
  };
}

/**
 * A plan with every task resolved (方案职责), indexed by task number and by unit. Read-only:
 * tasks with identical units cells share their `roles`, `units` and `clauses`.
 *
 * @example
 * const resolved: ResolvedPlan = resolvePlan(plan, registry);
 * resolved.byNumber.get(26)?.leadSource; //=> 'none'
 */
export interface ResolvedPlan {
  readonly tasks: readonly ResolvedTask[];
  readonly conventions: Conventions;
  readonly registry: RegistryIndex;
  readonly byNumber: ReadonlyMap<number, ResolvedTask>;
  /** The per-unit index; read it with {@link unitAssignments} or {@link tasksForUnit}. */
  readonly byUnit: UnitIndex;
}

/**
 * The parts of a plan (分工方案) that resolution reads.
 *
 * @example
 * const plan: PlanToResolve = { tasks: [task], conventions: { firstListedLeads: true } };
 */
export type PlanToResolve = Pick<Plan, 'tasks'> & { conventions?: Partial<Conventions> };

/**
 * Resolve every task of a plan once (解析全部任务职责), in document order so that 下同 carries
 * over, and index the result by task and by unit for the queries. Identical cells are resolved once.
 *
 * @example
 * const resolved = resolvePlan(plan, registry);
 * resolved.byNumber.get(7)?.roles.lead; //=> ['市财政局']
 * tasksForUnit(resolved, '市财政局', { roles: ['lead'] }).map((t) => t.task); //=> [7, 8, 9]
 */
export function resolvePlan(plan: PlanToResolve, registry: RegistryLike): ResolvedPlan {
  const index = toRegistryIndex(registry);
  const conventions = resolveConventions(plan.conventions);
  const cache = createExpansionCache(index);
  const resolveCell = cellResolver({ registry: index, conventions: leadConventions(conventions), cache });
  // 列第一位的为牵头单位，下同 in one task's cell: the rule holds from that task on.
  const from = conventions.firstListedLeadsFrom;
  const fromIndex = from === undefined ? -1 : plan.tasks.findIndex((t) => t.number === from);
  const resolveLater =
    fromIndex < 0 || conventions.firstListedLeads
      ? resolveCell
      : cellResolver({
          registry: index,
          conventions: leadConventions({ ...conventions, firstListedLeads: true }),
          cache,
        });
  let carried: readonly Clause[] = [];
  const unitIds: (readonly number[])[] = [];
  const tasks = plan.tasks.map((task, i) => {
    const { reading, assigned } = (fromIndex >= 0 && i >= fromIndex ? resolveLater : resolveCell)(
      task,
      carried,
    );
    carried = reading.carries;
    unitIds.push(assigned.unitIds);
    const resolved = resolvedTaskOf(task.number, reading, assigned);
    if (resolved.notices.length > 0) {
      const path = ['tasks', i, 'units'];
      resolved.notices = resolved.notices.map((n) => ({ ...n, path }));
    }
    return resolved;
  });
  return {
    tasks,
    conventions,
    registry: index,
    byNumber: new Map(tasks.map((t) => [t.number, t])),
    byUnit: indexByUnit(tasks, unitIds, index),
  };
}

/** A cell's reading and the roles assigned from it. */
interface ResolvedCell {
  reading: UnitsCellReading;
  assigned: Assigned;
}

/**
 * Identical cells resolve identically — the seed has 50 tasks and 24 distinct cells, 13 of them
 * `各县（市、区）政府（管委会）、市直各单位` — so each is read and assigned once and the result
 * shared. Not shared: a cell that 下同 carries clauses into or out of (its reading depends on its
 * place), and a task whose override replaces the roles.
 */
function cellResolver(
  options: AssignOptions,
): (task: TaskToResolve, carried: readonly Clause[]) => ResolvedCell {
  const { registry } = options;
  const cells = new Map<string, ResolvedCell>();
  const withOverride = (task: TaskToResolve, reading: UnitsCellReading): ResolvedCell => ({
    reading,
    assigned: assignRoles(reading, { ...options, overrides: task.overrides }),
  });
  return (task, carried) => {
    if (carried.length > 0) {
      return withOverride(task, readUnitsCell(task.units, { registry, carried, id: task.number }));
    }
    let cell = cells.get(task.units);
    if (!cell) {
      const reading = readUnitsCell(task.units, { registry, id: task.number });
      cell = { reading, assigned: assignRoles(reading, options) };
      if (reading.carries.length === 0) cells.set(task.units, cell);
    }
    return task.overrides?.roles ? withOverride(task, cell.reading) : cell;
  };
}

/**
 * Build the per-unit index from each task's unit ids (registry ids from the expansion; names the
 * registry does not know get ids after the registry's, in order of first appearance).
 */
function indexByUnit(
  tasks: readonly ResolvedTask[],
  unitIds: readonly (readonly number[])[],
  registry: RegistryIndex,
): UnitIndex {
  const ids = new Map(registry.unitOrder);
  const counts: number[] = new Array(ids.size).fill(0);
  let total = 0;
  // Pass 1: count each unit's entries, giving ids to names outside the registry.
  const resolvedIds = tasks.map((task, t) => {
    const taskIds = unitIds[t]!;
    let own: number[] | undefined;
    for (let slot = 0; slot < taskIds.length; slot++) {
      let id = taskIds[slot]!;
      if (id < 0) {
        const name = task.units[slot]!.unit;
        id = ids.get(name) ?? ids.size;
        if (id === ids.size) {
          ids.set(name, id);
          counts.push(0);
        }
        own ??= [...taskIds];
        own[slot] = id;
      }
      counts[id]! += 1;
    }
    total += taskIds.length;
    return own ?? taskIds;
  });
  const start = new Int32Array(ids.size + 1);
  for (let u = 0; u < ids.size; u++) start[u + 1] = start[u]! + counts[u]!;
  // Pass 2: place each entry in its unit's row; rows stay in task order.
  const next = start.slice(0, ids.size);
  const taskAt = new Int32Array(total);
  const slotAt = new Int32Array(total);
  const roleAt = new Uint8Array(total);
  const viaAt = new Int32Array(total);
  const vias: string[] = [];
  const viaIds = new Map<string, number>();
  // Tasks with identical cells share one `units` array: pack each array's roles once.
  const packed = new Map<readonly RoleAssignment[], { roles: Uint8Array; vias: Int32Array }>();
  const packUnits = (units: readonly RoleAssignment[]) => {
    let entry = packed.get(units);
    if (!entry) {
      entry = { roles: new Uint8Array(units.length), vias: new Int32Array(units.length) };
      for (let slot = 0; slot < units.length; slot++) {
        const u = units[slot]!;
        entry.roles[slot] = packAssignment(u);
        let via = -1;
        if (u.via !== undefined) {
          via = viaIds.get(u.via) ?? vias.length;
          if (via === vias.length) {
            viaIds.set(u.via, via);
            vias.push(u.via);
          }
        }
        entry.vias[slot] = via;
      }
      packed.set(units, entry);
    }
    return entry;
  };
  resolvedIds.forEach((taskIds, t) => {
    const units = packUnits(tasks[t]!.units);
    for (let slot = 0; slot < taskIds.length; slot++) {
      const id = taskIds[slot]!;
      const at = next[id]!;
      next[id] = at + 1;
      taskAt[at] = t;
      slotAt[at] = slot;
      roleAt[at] = units.roles[slot]!;
      viaAt[at] = units.vias[slot]!;
    }
  });
  return {
    ids,
    start,
    taskAt,
    slotAt,
    roleAt,
    viaAt,
    vias,
    numbers: Int32Array.from(tasks, (t) => t.number),
  };
}

/** The id of a unit named by its canonical name, an alias, a full name, or as written. */
function unitId(plan: ResolvedPlan, unit: string): number | undefined {
  const { ids } = plan.byUnit;
  return (
    ids.get(unit) ??
    ids.get(lookupUnit(plan.registry, unit)?.name ?? '') ??
    ids.get(unit.replace(/\s+/gu, '')) ??
    ids.get(normalizeName(unit))
  );
}

/** Visit a unit's entries in the per-unit index, in plan order, without building a list first. */
function visitUnit(
  plan: ResolvedPlan,
  unit: string,
  visit: (task: ResolvedTask, assignment: RoleAssignment) => void,
): void {
  const id = unitId(plan, unit);
  if (id === undefined) return;
  const { start, taskAt, slotAt } = plan.byUnit;
  for (let at = start[id]!; at < start[id + 1]!; at++) {
    const task = plan.tasks[taskAt[at]!]!;
    visit(task, task.units[slotAt[at]!]!);
  }
}

/**
 * Every task a unit holds a role on, with its assignment (单位职责明细), in plan order: the
 * building block for per-unit views (workload by month, notice duties).
 *
 * @example
 * unitAssignments(resolved, '市财政局').find((x) => x.task.number === 7)?.assignment; //=> { unit: '市财政局', role: 'lead' }
 */
export function unitAssignments(
  plan: ResolvedPlan,
  unit: string,
): { task: ResolvedTask; assignment: RoleAssignment }[] {
  const result: { task: ResolvedTask; assignment: RoleAssignment }[] = [];
  visitUnit(plan, unit, (task, assignment) => result.push({ task, assignment }));
  return result;
}

/**
 * Options of the role-filtered queries (按角色筛选).
 *
 * @example
 * tasksForUnit(resolved, '市财政局', { roles: ['lead', 'supervising'] } satisfies RoleFilter);
 */
export interface RoleFilter {
  /** Keep only these roles; `supervising` also matches units that supervise besides their primary role. */
  roles?: readonly Role[] | undefined;
}

function matchesRoles(assignment: RoleAssignment, roles: readonly Role[] | undefined): boolean {
  if (!roles) return true;
  return (
    roles.includes(assignment.role) || (assignment.supervising === true && roles.includes('supervising'))
  );
}

/**
 * The tasks a unit holds a role on (单位任务清单), in plan order, with how it got the role.
 *
 * @example
 * tasksForUnit(resolved, '市财政局');
 * //=> [{ task: 1, role: 'supporting', via: '市直各单位', supervising: false }, …, { task: 7, role: 'lead', supervising: false }, …]
 */
export function tasksForUnit(plan: ResolvedPlan, unit: string, options: RoleFilter = {}): UnitTask[] {
  return unitTasksAt(plan, unit, options).map(({ entry }) => entry);
}

/**
 * {@link tasksForUnit} with each task's position in the plan, so callers reach the task without a
 * look-up by number (internal).
 */
export function unitTasksAt(
  plan: ResolvedPlan,
  unit: string,
  options: RoleFilter = {},
): { at: number; entry: UnitTask }[] {
  const result: { at: number; entry: UnitTask }[] = [];
  const id = unitId(plan, unit);
  if (id === undefined) return result;
  // Read from the packed index: a unit's list never needs the tasks' expanded units.
  const { vias, numbers } = plan.byUnit;
  const { taskAt, roleAt, viaAt } = unitEntries(plan.byUnit, id);
  for (let k = 0; k < taskAt.length; k++) {
    const { role, supervising, territorial } = unpackAssignment(roleAt[k]!);
    if (
      options.roles &&
      !options.roles.includes(role) &&
      !(supervising && options.roles.includes('supervising'))
    )
      continue;
    const at = taskAt[k]!;
    const entry: UnitTask = { task: numbers[at]!, role, supervising };
    const via = viaAt[k]!;
    if (via >= 0) entry.via = vias[via]!;
    if (territorial) entry.territorial = true;
    result.push({ at, entry });
  }
  return result;
}

/**
 * The units holding a role on a task (任务责任单位), groups expanded; `[]` for an unknown task.
 *
 * @example
 * unitsForTask(resolved, 38, { roles: ['supervising'] }).map((u) => u.unit);
 * //=> ['市发展改革局', '市财政局', '市审计局', '市市场监管局']
 */
export function unitsForTask(plan: ResolvedPlan, task: number, options: RoleFilter = {}): RoleAssignment[] {
  const resolved = plan.byNumber.get(task);
  if (!resolved) return [];
  return resolved.units.filter((assignment) => matchesRoles(assignment, options.roles));
}

/**
 * One cell of the responsibility matrix (矩阵单元).
 *
 * @example
 * const cell: MatrixCell = { role: 'responsible', via: '市直各单位', supervising: true };
 */
export interface MatrixCell {
  role: Role;
  via?: string;
  supervising?: true;
}

/**
 * Tasks × units (责任矩阵). Rows are sparse: a unit without a role on a task has no key.
 *
 * @example
 * const matrix: ResponsibilityMatrix = { columns: ['市财政局'], rows: [{ task: 7, cells: { 市财政局: { role: 'lead' } } }] };
 */
export interface ResponsibilityMatrix {
  columns: string[];
  rows: { task: number; cells: Record<string, MatrixCell> }[];
}

/**
 * Options of {@link responsibilityMatrix} (矩阵选项).
 *
 * @example
 * responsibilityMatrix(analysis, { collapseGroups: true } satisfies MatrixOptions);
 */
export interface MatrixOptions {
  /** Columns are the names as the cells give them (groups as one column) instead of expanded units. */
  collapseGroups?: boolean | undefined;
}

/**
 * The tasks × units responsibility matrix (责任分工矩阵). Columns follow the registry (groups
 * first when collapsed), then names the registry does not know, in order of first appearance.
 *
 * @example
 * const matrix = responsibilityMatrix(analysis, { collapseGroups: true });
 * matrix.rows.find((r) => r.task === 7)?.cells['市直各单位']; //=> { role: 'supporting' }
 */
export function responsibilityMatrix(
  analysis: Pick<PlanAnalysis, 'resolved'>,
  options: MatrixOptions = {},
): ResponsibilityMatrix {
  const plan = analysis.resolved;
  const rows = plan.tasks.map((task) => ({
    task: task.number,
    cells: Object.fromEntries(options.collapseGroups ? namedCells(task) : expandedCells(task)),
  }));
  const used = new Set(rows.flatMap((row) => Object.keys(row.cells)));
  const registryOrder = [
    ...(options.collapseGroups ? plan.registry.registry.groups.map((g) => g.name) : []),
    ...plan.registry.registry.units.map((u) => u.name),
  ];
  const known = new Set(registryOrder);
  const columns = [
    ...registryOrder.filter((name) => used.has(name)),
    ...[...used].filter((name) => !known.has(name)),
  ];
  return { columns, rows };
}

function expandedCells(task: ResolvedTask): [string, MatrixCell][] {
  return task.units.map((u) => [
    u.unit,
    {
      role: u.role,
      ...(u.via !== undefined ? { via: u.via } : {}),
      ...(u.supervising ? { supervising: u.supervising } : {}),
    },
  ]);
}

function namedCells(task: ResolvedTask): [string, MatrixCell][] {
  const cells = new Map<string, MatrixCell>();
  for (const role of ['lead', 'responsible', 'supporting'] as const) {
    for (const name of task.roles[role]) if (!cells.has(name)) cells.set(name, { role });
  }
  for (const name of task.roles.supervising) {
    const cell = cells.get(name);
    cells.set(name, cell ? { ...cell, supervising: true } : { role: 'supervising', supervising: true });
  }
  return [...cells];
}
