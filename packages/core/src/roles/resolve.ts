/**
 * Resolving one task's responsibilities (任务职责解析), and explaining one cell.
 */
import type { Registry, Task } from '../model/schema';
import { type RegistryIndex, toRegistryIndex } from '../registry/lookup';
import { type Assigned, assignRoles, type ExpansionCache, type LeadConventions } from './assign';
import { readUnitsCell } from './read-cell';
import type { Clause, ResolvedTask, UnitsCellReading, UnitsExplanation } from './schema';

/**
 * The parts of a task (任务) that resolution reads.
 *
 * @example
 * const task: TaskToResolve = { number: 39, units: '市司法局' };
 */
export type TaskToResolve = Pick<Task, 'number' | 'units'> & { overrides?: Task['overrides'] };

/**
 * Options of {@link resolveTask} and {@link explainUnits} (解析选项).
 *
 * @example
 * const options: ResolveOptions = { registry, conventions: plan.conventions };
 */
export interface ResolveOptions {
  /** The unit registry; without it, names are kept as written and groups are not expanded. */
  registry?: Registry | RegistryIndex | undefined;
  /** The plan's conventions (plan.conventions); both lead conventions default to off. */
  conventions?: Partial<LeadConventions> | undefined;
  /** Clauses carried by 下同 from the previous task (its reading's `carries`). */
  carried?: readonly Clause[] | undefined;
}

/**
 * The lead conventions (牵头约定) with defaults filled in: both off, so a cell means what it says.
 *
 * @example
 * leadConventions({ firstListedLeads: true }); //=> { firstListedLeads: true, responsibleLeadsWhenNoLead: false }
 */
export function leadConventions(conventions: Partial<LeadConventions> = {}): LeadConventions {
  return {
    firstListedLeads: conventions.firstListedLeads ?? false,
    responsibleLeadsWhenNoLead: conventions.responsibleLeadsWhenNoLead ?? false,
  };
}

/**
 * Resolve a task's responsibilities (解析任务职责): read its units cell, apply the plan's
 * conventions (or the task's override) and expand groups through the registry.
 *
 * @example
 * const task = { number: 7, units: '各县（市、区）政府（管委会）;市财政局牵头，市直各单位按职责分工落实' };
 * const resolved = resolveTask(task, { registry, conventions: plan.conventions });
 * resolved.roles.lead; //=> ['市财政局']
 * resolved.units.find((u) => u.unit === '市审计局'); //=> { unit: '市审计局', role: 'supporting', via: '市直各单位' }
 */
export function resolveTask(task: TaskToResolve, options: ResolveOptions = {}): ResolvedTask {
  const registry = options.registry ? toRegistryIndex(options.registry) : undefined;
  const reading = readUnitsCell(task.units, {
    ...(registry ? { registry } : {}),
    ...(options.carried ? { carried: options.carried } : {}),
    id: task.number,
  });
  return resolveReading(task, reading, { registry, conventions: leadConventions(options.conventions) });
}

/**
 * Resolve a task (解析任务) from its cell's reading: shared by {@link resolveTask} and resolvePlan,
 * which reads each distinct cell once.
 *
 * @example
 * const reading = readUnitsCell('市司法局', { registry });
 * resolveReading({ number: 39, units: '市司法局' }, reading, { registry: indexRegistry(registry), conventions: leadConventions() });
 */
export function resolveReading(
  task: TaskToResolve,
  reading: UnitsCellReading,
  options: {
    registry: RegistryIndex | undefined;
    conventions: LeadConventions;
    cache?: ExpansionCache | undefined;
  },
): ResolvedTask {
  return resolvedTaskOf(
    task.number,
    reading,
    assignRoles(reading, { ...options, overrides: task.overrides }),
  );
}

/**
 * Put a task's reading and roles together as a ResolvedTask (任务职责).
 *
 * @example
 * const reading = readUnitsCell('市司法局');
 * resolvedTaskOf(39, reading, assignRoles(reading, { registry: undefined, conventions: leadConventions() })).roles.responsible;
 * //=> ['市司法局']
 */
export function resolvedTaskOf(number: number, reading: UnitsCellReading, assigned: Assigned): ResolvedTask {
  const resolved: ResolvedTask = {
    number,
    roles: assigned.roles,
    units: assigned.units,
    clauses: reading.clauses,
    notices: assigned.notices,
    leadSource: assigned.leadSource,
  };
  if (assigned.override) resolved.override = assigned.override;
  return resolved;
}

/**
 * How fengong reads one units cell (解读说明), for the CLI and the viewer: the clauses with their
 * spans, the names in each role, the expanded units (with a registry) and the notices.
 *
 * @example
 * const explained = explainUnits('各县（市、区）政府（管委会）;市政府办公室、市政务服务数据管理局、市司法局', { registry });
 * explained.lead; //=> []
 * explained.responsible; //=> ['各县（市、区）政府（管委会）', '市政府办公室', '市政务服务数据管理局', '市司法局']
 * explained.notices.map((n) => n.code); //=> ['no-single-owner']
 */
export function explainUnits(text: string, options: ResolveOptions = {}): UnitsExplanation {
  const resolved = resolveTask({ number: 1, units: text }, options);
  return {
    text,
    ...resolved.roles,
    units: resolved.units,
    clauses: resolved.clauses,
    notices: resolved.notices,
    leadSource: resolved.leadSource,
  };
}
