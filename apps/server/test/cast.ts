/**
 * The cast of the tests, read from the test plan (fixtures/plan-2022.yaml) with core (not written down from program output):
 * a task led by 市财政局, a unit supporting it that leads nothing, and a unit with no role on it
 * that leads nothing either.
 */
import type { PlanAnalysis } from '@fengong/core';

export interface Cast {
  plan: string;
  lead: string;
  task: number;
  supporting: string;
  supportingLeads: boolean;
  noRole: string;
  /** The unit with no role on `task` leads another task (so it has a 汇总报送 of its own). */
  noRoleLeads: boolean;
  /** A task 市财政局 holds no role on. */
  otherTask: number;
}

export function castOf(plan: string, analysis: PlanAnalysis): Cast {
  const lead = '市财政局';
  const leadsAny = (unit: string) =>
    analysis.tasks.some((t) => t.resolved.units.some((u) => u.unit === unit && u.role === 'lead'));
  const all = [...analysis.resolved.byUnit.ids.keys()];
  // A task 市财政局 leads, with a supporting unit and some unit holding no role on it.
  const task = analysis.tasks.find(
    (t) =>
      t.resolved.units.some((u) => u.unit === lead && u.role === 'lead') &&
      t.resolved.units.some((u) => u.role === 'supporting') &&
      all.some((u) => !t.resolved.units.some((x) => x.unit === u)),
  )!;
  const on = new Set(task.resolved.units.map((u) => u.unit));
  const supporters = task.resolved.units.filter((u) => u.role === 'supporting').map((u) => u.unit);
  const supporting = supporters.find((u) => !leadsAny(u)) ?? supporters[0]!;
  // Preferably a unit with a task of its own in the plan.
  const busy = (u: string) => analysis.tasks.some((t) => t.resolved.units.some((x) => x.unit === u));
  const strangers = all.filter((u) => !on.has(u)).sort((a, b) => Number(busy(b)) - Number(busy(a)));
  const noRole = strangers.find((u) => !leadsAny(u)) ?? strangers[0]!;
  const otherTask = analysis.tasks.find((t) => !t.resolved.units.some((u) => u.unit === lead))!.task.number;
  return {
    plan,
    lead,
    task: task.task.number,
    supporting,
    supportingLeads: leadsAny(supporting),
    noRole,
    noRoleLeads: leadsAny(noRole),
    otherTask,
  };
}
