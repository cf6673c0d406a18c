/**
 * Small views the viewer needs and core does not have yet: the unit directory for the picker
 * (groups with their members, searchable by name, alias or full name) and the overview's counts by
 * role. Pure functions over core's analysis; candidates to move to core/src/queries.
 */
import { type PlanAnalysis, type PlanSummary, type Role, summarizePlan, type UnitKind } from '@fengong/core';

/** One entry of the unit picker. */
export interface DirectoryEntry {
  name: string;
  fullName?: string;
  aliases: readonly string[];
  kind: UnitKind | 'group' | 'unknown';
  /** Tasks the unit holds a role on (for a group: tasks that name the group). */
  tasks: number;
  /** Lower-cased name, aliases and full name, whitespace removed, for search. */
  key: string;
}

export interface UnitDirectory {
  groups: { entry: DirectoryEntry; members: DirectoryEntry[] }[];
  /** Registry units that belong to no group. */
  others: DirectoryEntry[];
  /** Names the plan uses that the registry does not know. */
  unknown: DirectoryEntry[];
  /** Every entry, groups first, for search. */
  all: DirectoryEntry[];
}

const squash = (s: string) => s.replace(/\s+/g, '').toLowerCase();

function taskCount(analysis: PlanAnalysis, name: string): number {
  const id = analysis.resolved.byUnit.ids.get(name);
  if (id === undefined) return 0;
  return analysis.resolved.byUnit.start[id + 1]! - analysis.resolved.byUnit.start[id]!;
}

const ROLES: readonly Role[] = ['lead', 'responsible', 'supporting', 'supervising'];

/**
 * The picker's directory of units and groups.
 *
 * @example
 * const dir = unitDirectory(analysis);
 * dir.groups.map((g) => g.entry.name); //=> ['各县（市、区）政府（管委会）', '市直各单位', '有关部门']
 */
export function unitDirectory(analysis: PlanAnalysis): UnitDirectory {
  const { registry } = analysis;
  const groupTasks = new Map<string, number>();
  for (const t of analysis.tasks) {
    const named = new Set<string>();
    for (const role of ROLES) for (const name of t.resolved.roles[role]) named.add(name);
    for (const name of named)
      if (registry.groupByName.has(name)) groupTasks.set(name, (groupTasks.get(name) ?? 0) + 1);
  }
  const unitEntry = (name: string): DirectoryEntry => {
    const unit = registry.unitByName.get(name);
    const aliases = unit?.aliases ?? [];
    return {
      name,
      ...(unit?.fullName ? { fullName: unit.fullName } : {}),
      aliases,
      kind: unit?.kind ?? 'unknown',
      tasks: taskCount(analysis, name),
      key: squash([name, unit?.fullName ?? '', ...aliases].join('\u0000')),
    };
  };
  const inGroup = new Set<string>();
  const groups = registry.registry.groups.map((group) => {
    const members = (registry.membersOf.get(group.name) ?? []).map((u) => {
      inGroup.add(u.name);
      return unitEntry(u.name);
    });
    const entry: DirectoryEntry = {
      name: group.name,
      aliases: group.aliases,
      kind: 'group',
      tasks: groupTasks.get(group.name) ?? 0,
      key: squash([group.name, ...group.aliases].join('\u0000')),
    };
    return { entry, members };
  });
  const others = registry.registry.units.filter((u) => !inGroup.has(u.name)).map((u) => unitEntry(u.name));
  const unknown = [...analysis.resolved.byUnit.ids.keys()]
    .filter((name) => !registry.unitByName.has(name) && !registry.groupByName.has(name))
    .map(unitEntry);
  const all = [
    ...groups.map((g) => g.entry),
    ...registry.registry.units.map((u) => unitEntry(u.name)),
    ...unknown,
  ];
  return { groups, others, unknown, all };
}

/**
 * Entries whose name, alias or full name contains the query (whitespace ignored), best first:
 * exact names, then names that start with the query, then the rest in directory order.
 *
 * @example
 * searchDirectory(dir, '财政').map((e) => e.name); //=> ['市财政局']
 * searchDirectory(dir, '湛江市发展和改革局')[0]?.name; //=> '市发展改革局'
 */
export function searchDirectory(directory: UnitDirectory, query: string, limit = 200): DirectoryEntry[] {
  const q = squash(query);
  if (q === '') return directory.all.slice(0, limit);
  const scored: { entry: DirectoryEntry; score: number; i: number }[] = [];
  directory.all.forEach((entry, i) => {
    if (!entry.key.includes(q)) return;
    const name = squash(entry.name);
    const score = name === q ? 0 : entry.key.split('\u0000').includes(q) ? 1 : name.startsWith(q) ? 2 : 3;
    scored.push({ entry, score, i });
  });
  scored.sort((a, b) => a.score - b.score || a.i - b.i);
  return scored.slice(0, limit).map((s) => s.entry);
}

/** Tasks with at least one name in each role, and unit assignments by role after expansion. */
export interface RoleCounts {
  tasks: Record<Role, number>;
  assignments: Record<Role, number>;
}

/** `make`, made once per analysis. */
function perAnalysis<T>(make: (analysis: PlanAnalysis) => T): (analysis: PlanAnalysis) => T {
  const made = new WeakMap<PlanAnalysis, T>();
  return (analysis) => {
    if (!made.has(analysis)) made.set(analysis, make(analysis));
    return made.get(analysis) as T;
  };
}

/** core's summary of the plan for the overview, made once per analysis (also ahead, by {@link OVERVIEW_PARTS}). */
export const overviewSummary: (analysis: PlanAnalysis) => PlanSummary = perAnalysis(summarizePlan);

/** {@link roleCounts}, made once per analysis. */
export const overviewRoleCounts: (analysis: PlanAnalysis) => RoleCounts = perAnalysis((a) => roleCounts(a));

/**
 * What the overview reads of a plan that depends on nothing else (not the day, not the ledger):
 * made ahead, each in a task of its own, when a large plan's analysis is read (lib/analysis-cache.ts),
 * so that the overview's first render does not make them all in one long task.
 */
export const OVERVIEW_PARTS: readonly ((analysis: PlanAnalysis) => unknown)[] = [
  overviewSummary,
  overviewRoleCounts,
];

/**
 * Counts by role for the overview.
 *
 * @example
 * roleCounts(analysis).tasks.lead; //=> 17 (tasks of the seed that name a lead)
 */
export function roleCounts(analysis: PlanAnalysis): RoleCounts {
  const tasks: Record<Role, number> = { lead: 0, responsible: 0, supporting: 0, supervising: 0 };
  const assignments: Record<Role, number> = { lead: 0, responsible: 0, supporting: 0, supervising: 0 };
  // Tasks with identical units cells share one `units` array (core resolves each cell once): count
  // each array once, times the tasks that share it (a 10,000-task plan has ~2 million assignments).
  const shared = new Map<readonly { role: Role; supervising?: boolean | undefined }[], number>();
  for (const t of analysis.tasks) {
    for (const role of ROLES) if (t.resolved.roles[role].length > 0) tasks[role]++;
    shared.set(t.resolved.units, (shared.get(t.resolved.units) ?? 0) + 1);
  }
  for (const [units, times] of shared)
    for (const u of units) {
      assignments[u.role] += times;
      if (u.supervising && u.role !== 'supervising') assignments.supervising += times;
    }
  return { tasks, assignments };
}
