/** A plan at a glance (方案概览): what `fengong validate` prints. */
import type { DeadlineKind } from '../deadlines';
import type { Diagnostic } from '../diagnostics';
import type { Plan, Registry } from '../model/schema';
import type { RegistryIndex } from '../registry/lookup';
import { analyzePlan, type PlanAnalysis } from './analysis';
import { taskNotices } from './views';

/**
 * Counts that show a plan was read completely, and every notice of the reading.
 *
 * @example
 * summarizePlan(plan, { registry });
 * //=> { title: '湛江市2021年政务公开工作要点分工方案', categories: 12, tasks: 50, unitsNamed: 25, groupsNamed: 2,
 * //     deadlinesByKind: { compound: 2, by: 22, ongoing: 26 }, … }
 */
export interface PlanSummary {
  title: string;
  documentNumber?: string;
  issued: string;
  categories: number;
  tasks: number;
  requirements: number;
  /** Distinct units named by the plan's cells (groups not expanded). */
  unitsNamed: number;
  /** Distinct groups named by the plan's cells. */
  groupsNamed: number;
  /** Units reached once groups are expanded. */
  unitsInvolved: number;
  deadlinesByKind: Partial<Record<DeadlineKind, number>>;
  /** Tasks by whether a lead is named. */
  tasksWithLead: number;
  /** Every notice of the reading: unknown names, vague groups, unread spans, deadline readings. */
  notices: Diagnostic[];
}

/** See {@link PlanSummary}. Accepts a plan (read here) or an existing analysis. */
export function summarizePlan(
  plan: Plan | PlanAnalysis,
  options: { registry?: Registry | RegistryIndex | undefined } = {},
): PlanSummary {
  const analysis = 'resolved' in plan ? plan : analyzePlan(plan, options);
  const units = new Set<string>();
  const groups = new Set<string>();
  const deadlinesByKind: Partial<Record<DeadlineKind, number>> = {};
  const notices: Diagnostic[] = [];
  let tasksWithLead = 0;
  for (const item of analysis.tasks) {
    for (const clause of item.resolved.clauses) {
      for (const name of clause.names)
        (name.kind === 'group' ? groups : units).add(name.canonical ?? name.name);
    }
    if (item.resolved.roles.lead.length > 0) tasksWithLead++;
    const kind = item.deadline.deadline.kind;
    deadlinesByKind[kind] = (deadlinesByKind[kind] ?? 0) + 1;
    notices.push(...taskNotices(item).filter((n) => n.severity !== 'info'));
  }
  const p = analysis.plan;
  return {
    title: p.meta.title,
    ...(p.meta.documentNumber ? { documentNumber: p.meta.documentNumber } : {}),
    issued: p.meta.issued,
    categories: p.categories.length,
    tasks: p.tasks.length,
    requirements: p.requirements.length,
    unitsNamed: units.size,
    groupsNamed: groups.size,
    unitsInvolved: analysis.resolved.byUnit.ids.size,
    deadlinesByKind,
    tasksWithLead,
    notices,
  };
}
