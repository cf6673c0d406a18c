/**
 * A unit's side of the plan: its responsibility list (责任清单), its duties from the covering notice
 * (通知要求), and its workload (工作量).
 */
import type { DeadlineStatus } from '../deadlines';
import { firstDue } from '../deadlines/explain';
import { parseDeadline } from '../deadlines/parse';
import { deadlineStatus, trafficLight } from '../deadlines/status';
import type { IsoDate, NoticeDuty, Role, Unit, UnitKind } from '../model/schema';
import { tasksForUnit, unitAssignments } from '../roles/plan';
import type { PlanAnalysis } from './analysis';
import { type AsOfOptions, findUnit, listTasks, type TaskStatus, type TaskView } from './views';

/**
 * A duty from the covering notice as it falls on one unit, e.g. 市财政局 reports the progress of
 * tasks 7–9 to 市政府办公室 by 2021-10-30.
 *
 * @example
 * const duty: UnitNoticeDuty = noticeDuties(analysis, { unit: '市财政局' })[2]!;
 * duty.tasks; //=> [7, 8, 9]
 */
export interface UnitNoticeDuty {
  unit: string;
  /** The general requirement (工作要求) the duty comes from. */
  requirement: number;
  action: string;
  recipient?: string;
  /** The phrase as written, and the day it gives under the plan's reading. */
  deadline?: { text: string; due: IsoDate | null };
  scope?: NoticeDuty['scope'];
  /** The tasks the duty covers (for `ledTasks`: those the unit leads). */
  tasks: number[];
  status?: TaskStatus;
}

function dutyApplies(duty: NoticeDuty, roles: ReadonlySet<Role>, unit: string): boolean {
  switch (duty.actor.kind) {
    case 'everyUnit':
      return roles.size > 0;
    case 'role':
      return roles.has(duty.actor.role);
    case 'units':
      return duty.actor.units.includes(unit);
  }
}

/**
 * Duties that come from the covering notice rather than a task (通知要求), for one unit or every
 * unit the plan names. A duty whose actor is a role (e.g. every lead unit) applies to the units
 * holding that role on at least one task, and lists those tasks.
 *
 * @example
 * noticeDuties(analysis, { unit: '市财政局' }).find((d) => d.scope === 'ledTasks');
 * //=> { unit: '市财政局', requirement: 2, recipient: '市政府办公室',
 * //     deadline: { text: '10月30日前', due: '2021-10-30' }, tasks: [7, 8, 9], … }
 */
export function noticeDuties(
  analysis: PlanAnalysis,
  options: AsOfOptions & { unit?: string | undefined } = {},
): UnitNoticeDuty[] {
  const units =
    options.unit !== undefined
      ? [findUnit(analysis, options.unit)]
      : [...analysis.resolved.byUnit.ids.keys()];
  const out: UnitNoticeDuty[] = [];
  const { plan } = analysis;
  for (const unit of units) {
    const entries = analysis.resolved.byUnit.ids.has(unit) ? tasksForUnit(analysis.resolved, unit) : [];
    const roles = new Set<Role>(entries.map((e) => e.role));
    if (entries.some((e) => e.supervising)) roles.add('supervising');
    for (const requirement of plan.requirements) {
      for (const duty of requirement.duties) {
        if (!dutyApplies(duty, roles, unit)) continue;
        const tasks =
          duty.scope === 'ledTasks'
            ? entries.filter((e) => e.role === 'lead').map((e) => e.task)
            : duty.scope === 'ownTasks'
              ? entries.map((e) => e.task)
              : duty.scope === 'allTasks'
                ? plan.tasks.map((t) => t.number)
                : [];
        const item: UnitNoticeDuty = { unit, requirement: requirement.number, action: duty.action, tasks };
        if (duty.recipient) item.recipient = duty.recipient;
        if (duty.scope) item.scope = duty.scope;
        if (duty.deadline) {
          const { deadline } = parseDeadline(duty.deadline, {
            issued: plan.meta.issued,
            conventions: plan.conventions,
          });
          item.deadline = { text: duty.deadline, due: firstDue(deadline) };
          if (options.asOf) {
            const report = deadlineStatus(deadline, { asOf: options.asOf, conventions: plan.conventions });
            item.status = { ...report, light: trafficLight(report.status) };
          }
        }
        out.push(item);
      }
    }
  }
  return out;
}

/**
 * A unit's responsibility list (单位责任清单): what it leads (牵头), carries (负责), supports (配合)
 * and supervises (监管), with deadlines and status, and its duties from the covering notice.
 *
 * @example
 * const list = unitResponsibilities(analysis, '市财政局', { asOf: '2021-10-01' });
 * list.lead.map((t) => t.number); //=> [7, 8, 9]
 * list.supervising.map((t) => t.number); //=> [38]
 */
export interface UnitResponsibilities {
  unit: {
    name: string;
    fullName?: string;
    kind?: UnitKind;
    groups: string[];
    known: boolean;
    isGroup: boolean;
  };
  lead: TaskView[];
  responsible: TaskView[];
  supporting: TaskView[];
  supervising: TaskView[];
  noticeDuties: UnitNoticeDuty[];
  workload: UnitWorkload;
}

/** See {@link UnitResponsibilities}. */
export function unitResponsibilities(
  analysis: PlanAnalysis,
  name: string,
  options: AsOfOptions = {},
): UnitResponsibilities {
  const unit = findUnit(analysis, name);
  const registered: Unit | undefined = analysis.registry.unitByName.get(unit);
  const isGroup = analysis.registry.groupByName.has(unit);
  const views = listTasks(analysis, { ...options, unit });
  const pick = (role: Role) =>
    views.filter((v) => (v.unitRole ? v.unitRole.role === role : v.roles[role].includes(unit)));
  return {
    unit: {
      name: unit,
      ...(registered?.fullName ? { fullName: registered.fullName } : {}),
      ...(registered ? { kind: registered.kind } : {}),
      groups: (analysis.registry.groupsOf.get(unit) ?? []).map((g) => g.name),
      known: registered !== undefined || isGroup,
      isGroup,
    },
    lead: pick('lead'),
    responsible: pick('responsible'),
    supporting: pick('supporting'),
    supervising: views.filter((v) =>
      v.unitRole
        ? v.unitRole.supervising || v.unitRole.role === 'supervising'
        : v.roles.supervising.includes(unit),
    ),
    noticeDuties: isGroup ? [] : noticeDuties(analysis, { ...options, unit }),
    workload: unitWorkload(analysis, unit),
  };
}

/**
 * How much a unit carries (工作量): tasks by role, and dated work by the month it falls due.
 *
 * @example
 * unitWorkload(analysis, '市财政局').byRole; //=> { lead: 3, responsible: 22, supporting: 14, supervising: 1 }
 */
export interface UnitWorkload {
  total: number;
  byRole: Record<Role, number>;
  /** `YYYY-MM` → tasks whose first due day falls in that month. */
  byMonth: Record<string, number>;
  /** Tasks with ongoing work and no date (长期工作). */
  ongoing: number;
  /** Tasks whose deadline could not be read. */
  undated: number;
}

/** See {@link UnitWorkload}. */
export function unitWorkload(analysis: PlanAnalysis, name: string): UnitWorkload {
  const unit = findUnit(analysis, name);
  const workload: UnitWorkload = {
    total: 0,
    byRole: { lead: 0, responsible: 0, supporting: 0, supervising: 0 },
    byMonth: {},
    ongoing: 0,
    undated: 0,
  };
  if (!analysis.resolved.byUnit.ids.has(unit)) return workload;
  for (const { task, assignment } of unitAssignments(analysis.resolved, unit)) {
    workload.total++;
    workload.byRole[assignment.role]++;
    if (assignment.supervising && assignment.role !== 'supervising') workload.byRole.supervising++;
    const item = analysis.byNumber.get(task.number);
    if (!item) continue;
    const due = firstDue(item.deadline.deadline);
    if (due) {
      const month = due.slice(0, 7);
      workload.byMonth[month] = (workload.byMonth[month] ?? 0) + 1;
    } else if (item.deadline.deadline.kind === 'ongoing') workload.ongoing++;
    else workload.undated++;
  }
  return workload;
}

/** Statuses that need attention, worst first: what an overdue warning (逾期预警) lists. */
export const WARNING_STATUSES: readonly DeadlineStatus[] = ['overdue', 'atRisk', 'dueSoon'];
