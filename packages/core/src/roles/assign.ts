/**
 * From a cell's clauses to roles (职责分配): one primary role per unit (lead > responsible >
 * supporting; named beats reached through a group), supervising besides, groups expanded with
 * their provenance, plan conventions applied, and notices instead of guesses.
 */
import type { Conventions, Role, RoleOverride } from '../model/schema';
import type { RegistryIndex } from '../registry/lookup';
import { readNames } from './names';
import { roleNotice } from './notice';
import { compactText } from './scan';
import type { CellName, LeadSource, RoleAssignment, RoleNames, RoleNotice, UnitsCellReading } from './schema';

/**
 * The conventions (牵头约定) that decide who leads a task whose cell names no lead.
 *
 * @example
 * const conventions: LeadConventions = { firstListedLeads: true, responsibleLeadsWhenNoLead: false };
 */
export type LeadConventions = Pick<Conventions, 'firstListedLeads' | 'responsibleLeadsWhenNoLead'>;

/** Primary roles, strongest first. */
const PRIMARY_ROLES = ['lead', 'responsible', 'supporting'] as const;

/** One group's members as assignments for one role, with their registry ids. */
interface GroupExpansion {
  readonly assignments: readonly RoleAssignment[];
  readonly ids: Int32Array;
}

/**
 * Group expansion state (展开缓存) shared by the tasks of one plan: each group's member assignments, built once per role and
 * shared (frozen) by every task that names the group — a plan names 市直各单位 on most tasks — and
 * scratch marks that de-duplicate units by registry id without a Map per task.
 *
 * @example
 * const cache: ExpansionCache = createExpansionCache(indexRegistry(registry));
 */
export interface ExpansionCache {
  readonly groups: Map<string, GroupExpansion>;
  /** `marks[id] === epoch`: the unit with that registry id already has its role on the current task. */
  readonly marks: Int32Array;
  epoch: number;
}

/**
 * A fresh cache for expanding the groups of this registry (单位组展开缓存); share it across the
 * tasks of one plan.
 *
 * @example
 * const cache = createExpansionCache(indexRegistry(registry));
 * assignRoles(readUnitsCell('市直各单位', { registry }), { registry: indexRegistry(registry), conventions, cache });
 */
export function createExpansionCache(registry: RegistryIndex | undefined): ExpansionCache {
  return { groups: new Map(), marks: new Int32Array(registry?.registry.units.length ?? 0), epoch: 0 };
}

/**
 * Options of {@link assignRoles} (职责分配选项).
 *
 * @example
 * const options: AssignOptions = { registry: indexRegistry(registry), conventions: leadConventions() };
 */
export interface AssignOptions {
  registry: RegistryIndex | undefined;
  conventions: LeadConventions;
  /** task.overrides: when it has `roles`, they replace the reading. */
  overrides?: { roles?: RoleOverride; reason: string } | undefined;
  /** Share one across the tasks of a plan (see {@link createExpansionCache}). */
  cache?: ExpansionCache | undefined;
}

/**
 * Roles of one task (任务职责), ready to become a ResolvedTask or an explanation.
 *
 * @example
 * const assigned: Assigned = assignRoles(readUnitsCell('市司法局'), { registry: undefined, conventions: leadConventions() });
 * assigned.roles.responsible; //=> ['市司法局']
 */
export interface Assigned {
  roles: RoleNames;
  units: RoleAssignment[];
  /**
   * The registry id of each unit (its index in `registry.units`), -1 for names the registry does
   * not know: lets resolvePlan index two million assignments without looking a name up.
   */
  unitIds: number[];
  notices: RoleNotice[];
  leadSource: LeadSource;
  override?: { reason: string };
}

/** A name holding a role on the task, as named (not expanded). */
interface Entry {
  name: string;
  cell: CellName;
  role: Role;
  by?: 'convention' | 'override';
}

/**
 * Assign roles (分配职责) from a cell's reading, or the task's override; expand groups through the
 * registry; apply the plan's lead conventions.
 *
 * @example
 * const reading = readUnitsCell('市财政局牵头，市直各单位按职责分工落实', { registry });
 * assignRoles(reading, { registry: indexRegistry(registry), conventions: leadConventions() }).roles.supporting;
 * //=> ['市直各单位']
 */
export function assignRoles(reading: UnitsCellReading, options: AssignOptions): Assigned {
  const { overrides } = options;
  if (overrides?.roles) return assignOverride(reading, overrides.roles, overrides.reason, options);
  const notices = [...reading.notices];
  const entries = entriesFromClauses(reading, notices);
  const leadSource = entries.some((e) => e.role === 'lead')
    ? 'cell'
    : applyLeadConventions(entries, options, notices);
  const { units, ids } = expand(entries, options);
  return { roles: roleNames(entries), units, unitIds: ids, notices, leadSource };
}

/** One entry per name and role: a name given two primary roles keeps the stronger one. */
function entriesFromClauses(reading: UnitsCellReading, notices: RoleNotice[]): Entry[] {
  const entries: Entry[] = [];
  const primary = new Map<string, Entry>();
  const supervising = new Set<string>();
  for (const clause of reading.clauses) {
    for (const cell of clause.names) {
      const name = cell.canonical ?? cell.name;
      if (clause.role === 'supervising') {
        if (!supervising.has(name)) entries.push({ name, cell, role: 'supervising' });
        supervising.add(name);
        continue;
      }
      const prior = primary.get(name);
      if (!prior) {
        const entry: Entry = { name, cell, role: clause.role };
        primary.set(name, entry);
        entries.push(entry);
        continue;
      }
      if (prior.role === clause.role) continue;
      const earlier = prior.role;
      if (rank(clause.role) < rank(earlier)) prior.role = clause.role;
      notices.push(
        roleNotice(
          'info',
          'named-twice',
          { name, earlier, later: clause.role, kept: prior.role },
          { span: cell.span, found: name },
        ),
      );
    }
  }
  return entries;
}

function rank(role: Role): number {
  return role === 'supervising' ? PRIMARY_ROLES.length : PRIMARY_ROLES.indexOf(role);
}

/**
 * With no lead in the cell: 列第一位的为牵头单位 makes the first-listed unit lead; 无牵头单位的，
 * 责任单位即为牵头单位 makes the responsible units leads. With neither, several co-responsible
 * names get a “no single owner” notice saying what each convention would give.
 */
function applyLeadConventions(entries: Entry[], options: AssignOptions, notices: RoleNotice[]): LeadSource {
  // A territorial group's members each own the task in their own area: they are not the single
  // owner that coordinates at the plan's level, so they never count as first-listed or co-owners.
  const owners = entries.filter((e) => e.role === 'responsible' && !e.cell.territorial);
  const first = owners[0];
  const units = owners.filter((e) => e.cell.kind === 'unit');
  const { firstListedLeads, responsibleLeadsWhenNoLead } = options.conventions;
  if (firstListedLeads && first?.cell.kind === 'unit') {
    first.role = 'lead';
    first.by = 'convention';
    notices.push(conventionNotice([first], '列第一位的为牵头单位'));
    return 'convention';
  }
  if (responsibleLeadsWhenNoLead && units.length > 0) {
    for (const entry of units) {
      entry.role = 'lead';
      entry.by = 'convention';
    }
    notices.push(conventionNotice(units, '无牵头单位的，责任单位即为牵头单位'));
    return 'convention';
  }
  if (owners.length >= 2) notices.push(noSingleOwnerNotice(owners));
  return 'none';
}

function conventionNotice(leads: readonly Entry[], rule: string): RoleNotice {
  return roleNotice('info', 'lead-by-convention', { rule, names: names(leads), count: leads.length });
}

function noSingleOwnerNotice(owners: readonly Entry[]): RoleNotice {
  const [first] = owners;
  const units = owners.filter((e) => e.cell.kind === 'unit');
  const params = {
    owners: names(owners),
    first: first?.name ?? '',
    firstIsUnit: first?.cell.kind === 'unit',
    units: names(units),
    unitCount: units.length,
  };
  return roleNotice('warning', 'no-single-owner', params, {
    found: params.owners,
    ...(first?.cell.kind === 'unit' ? { expected: first.name } : {}),
  });
}

function names(entries: readonly Entry[]): string {
  return entries.map((e) => e.name).join('、');
}

/**
 * task.overrides.roles replaces the reading; the reading's notices remain, as information. Plan
 * conventions do not apply: an override says explicitly who leads, or that no one does.
 */
function assignOverride(
  reading: UnitsCellReading,
  roles: RoleOverride,
  reason: string,
  options: AssignOptions,
): Assigned {
  const notices: RoleNotice[] = reading.notices.map((n) => ({ ...n, severity: 'info' as const }));
  const entries: Entry[] = [];
  for (const role of [...PRIMARY_ROLES, 'supervising'] as const) {
    for (const written of roles[role] ?? []) {
      const cell = overrideName(written, options.registry, notices);
      entries.push({ name: cell.canonical ?? cell.name, cell, role, by: 'override' });
    }
  }
  notices.push(roleNotice('info', 'override', { reason }));
  const { units, ids } = expand(entries, options);
  return {
    roles: roleNames(entries),
    units,
    unitIds: ids,
    notices,
    leadSource: entries.some((e) => e.role === 'lead') ? 'override' : 'none',
    override: { reason },
  };
}

/** An override names one unit or group per entry: look it up like a cell name, never drop it. */
function overrideName(written: string, registry: RegistryIndex | undefined, notices: RoleNotice[]): CellName {
  const c = compactText(written);
  const read = readNames(c, { start: 0, end: c.text.length }, registry);
  notices.push(...read.notices.map(({ span: _span, ...n }) => n));
  const [first] = read.names;
  if (read.names.length === 1 && first) return first;
  return { written, name: c.text, span: { start: 0, end: written.length }, kind: 'unit', known: false };
}

function roleNames(entries: readonly Entry[]): RoleNames {
  const pick = (role: Role) => entries.filter((e) => e.role === role).map((e) => e.name);
  return {
    lead: pick('lead'),
    responsible: pick('responsible'),
    supporting: pick('supporting'),
    supervising: pick('supervising'),
  };
}

/** Per-unit assignments, and each unit's registry id (its index in `registry.units`; -1 if none). */
interface Expanded {
  units: RoleAssignment[];
  ids: number[];
}

/**
 * Expand entries into per-unit assignments, strongest role first. Named units are claimed before
 * any group is expanded, so 市财政局 named as lead is not also supporting through 市直各单位.
 */
function expand(entries: readonly Entry[], options: AssignOptions): Expanded {
  const { registry } = options;
  const cache = options.cache ?? createExpansionCache(registry);
  const epoch = nextEpoch(cache);
  const { marks } = cache;
  const groups = entries.map((entry) => expansionOf(entry, registry, cache));
  const namedIds = entries.map((entry) => registry?.unitOrder.get(entry.name) ?? -1);
  entries.forEach((entry, i) => {
    const id = namedIds[i]!;
    if (entry.role !== 'supervising' && !groups[i] && id >= 0) marks[id] = epoch;
  });
  // Sized for the worst case up front: tasks naming big groups would otherwise regrow these arrays.
  let bound = 0;
  for (const group of groups) bound += group ? group.ids.length : 1;
  const units: RoleAssignment[] = new Array(bound);
  const ids: number[] = new Array(bound);
  let n = 0;
  for (const role of PRIMARY_ROLES) {
    for (let i = 0; i < entries.length; i++) {
      const entry = entries[i]!;
      if (entry.role !== role) continue;
      const group = groups[i];
      if (!group) {
        units[n] = namedAssignment(entry, role, registry !== undefined);
        ids[n++] = namedIds[i]!;
        continue;
      }
      for (let k = 0; k < group.ids.length; k++) {
        const id = group.ids[k]!;
        if (marks[id] === epoch) continue;
        marks[id] = epoch;
        units[n] = group.assignments[k]!;
        ids[n++] = id;
      }
    }
  }
  units.length = n;
  ids.length = n;
  const out: Expanded = { units, ids };
  if (entries.some((e) => e.role === 'supervising')) addSupervisors(entries, groups, namedIds, out, registry);
  return out;
}

function nextEpoch(cache: ExpansionCache): number {
  if (cache.epoch >= 0x7fffffff) {
    cache.marks.fill(0);
    cache.epoch = 0;
  }
  cache.epoch += 1;
  return cache.epoch;
}

/** Supervisors (监管、督促) keep their primary role and are marked; others supervise only. */
function addSupervisors(
  entries: readonly Entry[],
  groups: readonly (GroupExpansion | undefined)[],
  namedIds: readonly number[],
  out: Expanded,
  registry: RegistryIndex | undefined,
): void {
  const position = new Map(out.units.map((u, i) => [u.unit, i]));
  entries.forEach((entry, i) => {
    if (entry.role !== 'supervising') return;
    // A supervising entry's group expansion is built in the supervising role already.
    const group = groups[i];
    const supervisors = group?.assignments ?? [namedAssignment(entry, 'supervising', registry !== undefined)];
    supervisors.forEach((supervisor, k) => {
      const at = position.get(supervisor.unit);
      const current = at === undefined ? undefined : out.units[at];
      if (at === undefined || !current) {
        position.set(supervisor.unit, out.units.length);
        out.units.push({ ...supervisor, supervising: true });
        out.ids.push(group ? group.ids[k]! : namedIds[i]!);
      } else {
        // Group assignments are shared and frozen: mark a copy.
        out.units[at] = { ...current, supervising: true };
      }
    });
  });
}

function namedAssignment(entry: Entry, role: Role, withRegistry: boolean): RoleAssignment {
  const assignment: RoleAssignment = { unit: entry.name, role };
  if (withRegistry && !entry.cell.known) assignment.unknown = true;
  if (entry.cell.kind === 'group') assignment.group = true;
  if (entry.by) assignment.by = entry.by;
  return assignment;
}

/** The members of a group entry the registry can expand, as assignments in the entry's role. */
function expansionOf(
  entry: Entry,
  registry: RegistryIndex | undefined,
  cache: ExpansionCache,
): GroupExpansion | undefined {
  if (!registry || entry.cell.kind !== 'group' || !entry.cell.known) return undefined;
  const key = `${entry.role}\u0000${entry.name}\u0000${entry.by ?? ''}`;
  const cached = cache.groups.get(key);
  if (cached) return cached;
  const members = registry.membersOf.get(entry.name) ?? [];
  if (members.length === 0) return undefined;
  const assignments = members.map((unit) => {
    const assignment: RoleAssignment = { unit: unit.name, role: entry.role, via: entry.name };
    if (entry.cell.territorial) assignment.territorial = true;
    if (entry.by) assignment.by = entry.by;
    return Object.freeze(assignment);
  });
  const ids = Int32Array.from(members, (unit) => registry.unitOrder.get(unit.name) ?? 0);
  const expansion = { assignments: Object.freeze(assignments), ids };
  cache.groups.set(key, expansion);
  return expansion;
}
