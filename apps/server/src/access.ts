/**
 * Who may see and do what (权限): the office everything; a unit's person its own plan, its own
 * (task, unit) parts, and every entry of the tasks its unit leads. Who holds which role on a task is
 * core's reading of the plan (`resolved.units`); nothing here decides progress.
 */
import { checkReporter, findUnit, type LedgerEntry } from '@fengong/core';
import type { Person } from './auth';
import type { ServedPlan } from './plans';

export const isOffice = (p: Person | undefined): boolean => p?.role === 'office';

/** The person may open this plan. */
export function seesPlan(person: Person, plan: ServedPlan): boolean {
  return person.role === 'office' || person.plan === plan.id;
}

/** The unit leads the task (牵头单位). */
export function leads(plan: ServedPlan, task: number, unit: string | undefined): boolean {
  if (unit === undefined) return false;
  return (
    plan.analysis.byNumber.get(task)?.resolved.units.some((u) => u.unit === unit && u.role === 'lead') ??
    false
  );
}

/** The tasks a unit leads, in plan order. */
export function tasksLed(plan: ServedPlan, unit: string): number[] {
  return plan.analysis.tasks.filter((t) => leads(plan, t.task.number, unit)).map((t) => t.task.number);
}

/** The person may see this entry: the office; its own unit's; any on a task its unit leads. */
export function seesEntry(
  person: Person,
  plan: ServedPlan,
  entry: Pick<LedgerEntry, 'task' | 'unit'>,
): boolean {
  if (person.role === 'office') return true;
  if (person.plan !== plan.id) return false;
  return entry.unit === person.unit || leads(plan, entry.task, person.unit);
}

/** The person may see a whole task (every unit's part): the office, or its lead unit. */
export function seesTask(person: Person, plan: ServedPlan, task: number): boolean {
  return person.role === 'office' || (person.plan === plan.id && leads(plan, task, person.unit));
}

/** The person may see a unit's page: the office, or that unit. */
export function seesUnit(person: Person, plan: ServedPlan, unit: string): boolean {
  return person.role === 'office' || (person.plan === plan.id && person.unit === unit);
}

/** The canonical name of a unit (name, alias or full name), or undefined for a name the plan lacks. */
export function canonicalUnit(plan: ServedPlan, unit: string): string | undefined {
  try {
    return findUnit(plan.analysis, unit);
  } catch {
    return undefined;
  }
}

/**
 * May the person record for (task, unit)? The unit must hold a role on the task (core's
 * `checkReporter`); a unit's person records for its own unit only, the office for any unit (an
 * offline unit's report). The canonical unit name, or why not.
 */
export function mayRecord(
  person: Person,
  plan: ServedPlan,
  task: number,
  unit: string,
): { unit: string } | { reason: 'other-unit' | 'no-role' | 'no-task' | 'unknown-unit' } {
  if (!plan.analysis.byNumber.has(task)) return { reason: 'no-task' };
  const name = canonicalUnit(plan, unit);
  if (name === undefined) return { reason: 'unknown-unit' };
  if (person.role === 'unit' && (person.plan !== plan.id || name !== person.unit))
    return { reason: 'other-unit' };
  const checked = checkReporter(plan.analysis, task, name);
  return typeof checked === 'string' ? { reason: 'no-role' } : checked;
}
