/**
 * A plan read once (方案解读): every task's roles resolved and every deadline parsed, so that the
 * queries, the CLI, the reports and the viewer all answer from the same reading.
 */

import type { Deadline, ParsedDeadline } from '../deadlines';
import { parseDeadline } from '../deadlines/parse';
import type { Diagnostic } from '../diagnostics';
import { catalogued } from '../messages';
import type { Plan, Registry, Task } from '../model/schema';
import { indexRegistry, type RegistryIndex, toRegistryIndex } from '../registry/lookup';
import type { ResolvedPlan, ResolvedTask } from '../roles';
import { resolvePlan } from '../roles/plan';

/** One task with its reading. */
export interface AnalyzedTask {
  task: Task;
  resolved: ResolvedTask;
  deadline: ParsedDeadline;
}

/**
 * A plan with every task resolved and every deadline parsed.
 *
 * @example
 * const analysis: PlanAnalysis = analyzePlan(plan, { registry });
 * analysis.byNumber.get(7)?.resolved.roles.lead; //=> ['市财政局']
 */
export interface PlanAnalysis {
  plan: Plan;
  registry: RegistryIndex;
  resolved: ResolvedPlan;
  tasks: readonly AnalyzedTask[];
  byNumber: ReadonlyMap<number, AnalyzedTask>;
}

const EMPTY_REGISTRY: Registry = { units: [], groups: [] };

/**
 * The deadline a task is judged by: its explicit override (a date a person chose, with a reason)
 * when there is one, else the reading of its deadline cell.
 */
function taskDeadline(task: Task, issued: string, plan: Plan): ParsedDeadline {
  const read = parseDeadline(task.deadline, { issued, conventions: plan.conventions });
  const override = task.overrides?.deadline;
  if (!override) return read;
  const deadline: Deadline = {
    kind: 'by',
    text: task.deadline,
    due: override,
    granularity: 'day',
    reading: 'exact',
    alternatives: [],
    yearInferred: false,
  };
  const notice: Diagnostic = {
    severity: 'info',
    code: 'deadline-override',
    ...catalogued('deadline-override', { due: override, reason: task.overrides?.reason ?? '' }),
    found: task.deadline,
  };
  return { deadline, notices: [notice, ...read.notices] };
}

/**
 * Read a plan once: resolve every units cell against the registry and parse every deadline cell
 * (identical cells are read once). Without a registry, names are kept as written and groups stay
 * unexpanded.
 *
 * @example
 * const analysis = analyzePlan(plan, { registry });
 * analysis.byNumber.get(15)?.deadline.deadline; //=> { kind: 'by', due: '2021-09-30', … }
 */
export function analyzePlan(
  plan: Plan,
  options: { registry?: Registry | RegistryIndex | undefined } = {},
): PlanAnalysis {
  const registry = options.registry ? toRegistryIndex(options.registry) : indexRegistry(EMPTY_REGISTRY);
  const resolved = resolvePlan(plan, registry);
  const cache = new Map<string, ParsedDeadline>();
  const tasks = plan.tasks.map((task, i): AnalyzedTask => {
    let deadline: ParsedDeadline | undefined;
    if (task.overrides?.deadline) deadline = taskDeadline(task, plan.meta.issued, plan);
    else {
      deadline = cache.get(task.deadline);
      if (!deadline) {
        deadline = taskDeadline(task, plan.meta.issued, plan);
        cache.set(task.deadline, deadline);
      }
    }
    return { task, resolved: resolved.tasks[i]!, deadline };
  });
  return { plan, registry, resolved, tasks, byNumber: new Map(tasks.map((t) => [t.task.number, t])) };
}
