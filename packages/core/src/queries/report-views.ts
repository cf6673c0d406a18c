/**
 * Report views (报表视图): the plain data behind the documents offices hand around — the work
 * ledger (任务分工台账), a unit's responsibility list (单位责任清单), the lead units' progress summary
 * (牵头单位进展汇总), overdue warnings (逾期预警), the look-back checklist (回头看) and a unit's dated
 * deadlines (时限日历). Pure: the status day `asOf` and the progress entries are passed in; nothing
 * here reads the clock or a file. Labels are Chinese because the documents are.
 */

import type { DeadlineStatus } from '../deadlines';
import { firstDue } from '../deadlines/explain';
import { compareStatus } from '../deadlines/status';
import type { IsoDate, Role, Task } from '../model/schema';
import { type LedgerProgress, ledgerProgress, type PartState, type UnitPart } from '../progress/rules';
import type { LedgerEntry } from '../progress/schema';
import type { RoleNames } from '../roles';
import type { AnalyzedTask, PlanAnalysis } from './analysis';
import {
  formatChineseDate,
  planYear,
  type ReportDeadline,
  type ReportStatus,
  readingOfPart,
  reportDeadline,
  reportStatus,
  roleLabels,
  statusText,
} from './report-format';
import {
  noticeDuties,
  type UnitNoticeDuty,
  type UnitResponsibilities,
  type UnitWorkload,
  unitResponsibilities,
} from './unit';
import { findUnit, listTasks, type TaskStatus, type TaskView, taskStatus } from './views';

export {
  formatChineseDate,
  type ReportDeadline,
  type ReportStatus,
  type StatusTextOptions,
  statusText,
} from './report-format';

/**
 * Options of the report views: the status day (截至日期) and the progress ledger's entries, as
 * recorded (corrections and all): the progress module ({@link ledgerProgress}) decides which entry
 * of each unit counts and what is done.
 *
 * @example
 * const options: ReportOptions = { asOf: '2021-10-01', entries };
 */
export interface ReportOptions {
  /** The day statuses are judged on (截至日期). */
  asOf: IsoDate;
  /** The progress ledger's entries (进展记录); without them nothing is done and no progress is shown. */
  entries?: readonly LedgerEntry[] | undefined;
}

/** The ledger judged on the report's day (no entries: nothing is done). */
function progressOf(analysis: PlanAnalysis, options: ReportOptions): LedgerProgress {
  return ledgerProgress(analysis, options.entries ?? [], { asOf: options.asOf });
}

// ---------------------------------------------------------------------------------------------
// 任务分工台账

/**
 * One row of the work ledger (任务分工台账): a task with its category, requirement, units by role,
 * deadline and reading, status on the day, the units that fill the row in, and what they reported.
 *
 * @example
 * const [row] = ledgerRows(analysis, { asOf: '2021-10-01' });
 * row.deadline.reading; //=> '完成现有规划文件主动公开：按9月30日前理解（从严：8月31日前）；长期工作，无固定截止日'
 * row.status.text; //=> '已逾期1天'
 * row.reporters; //=> ['市政府办公室']
 */
export interface LedgerRow {
  number: number;
  category: string;
  text: string;
  /** The units cell as written. */
  units: string;
  /** Names by role as the cell gives them (groups not expanded). */
  roles: RoleNames;
  deadline: ReportDeadline;
  status: ReportStatus;
  /**
   * Who fills this row in (填报单位): the unit, in a unit's ledger; otherwise the task's owners
   * (its lead units, or its responsible units when it names no lead).
   */
  reporters: string[];
  /** In a unit's ledger: the unit's role on the task. */
  unitRole?: { role: Role; label: string; via?: string; supervising: boolean };
  /**
   * When entries were given: where the row stands — the task (done when all its owners are); in a
   * unit's ledger, the unit's own part.
   */
  state?: PartState;
  /**
   * When entries were given: the reporters' parts, each with its current entry, state and (for
   * 无法完成) reason — who is done, late, or cannot complete.
   */
  parts?: UnitPart[];
  /** The plan's remark on the task (备注). */
  note?: string;
}

/**
 * Options of {@link ledgerRows}: the status day, progress, and a unit for that unit's ledger.
 *
 * @example
 * const options: LedgerOptions = { asOf: '2021-10-01', unit: '市财政局' };
 */
export interface LedgerOptions extends ReportOptions {
  /** Only the tasks this unit holds a role on, with its role and its own progress. */
  unit?: string | undefined;
}

function ledgerRow(
  analysis: PlanAnalysis,
  item: AnalyzedTask,
  status: TaskStatus,
  reporters: string[],
  progress: { state: PartState; parts: UnitPart[] } | undefined,
  view?: TaskView,
): LedgerRow {
  const year = planYear(analysis);
  const task: Task = item.task;
  return {
    number: task.number,
    category: task.category,
    text: task.text,
    units: task.units,
    roles: item.resolved.roles,
    deadline: reportDeadline(item, year),
    status: reportStatus(status, year),
    reporters,
    ...(view?.unitRole
      ? {
          unitRole: {
            role: view.unitRole.role,
            label: roleLabels[view.unitRole.role],
            ...(view.unitRole.via ? { via: view.unitRole.via } : {}),
            supervising: view.unitRole.supervising,
          },
        }
      : {}),
    ...(progress ? progress : {}),
    ...(task.note ? { note: task.note } : {}),
  };
}

/**
 * The work ledger (任务分工台账): every task, or every task of one unit, with its units, deadline and
 * reading, status on `asOf`, who fills it in and where each of them stands. For the whole plan a
 * task is done once all its owners have finished; in a unit's ledger, once the unit's part is done
 * (its own entry, or the task done) — the rules of {@link ledgerProgress}.
 *
 * @example
 * ledgerRows(analysis, { asOf: '2021-10-01' }).length; //=> 50
 * ledgerRows(analysis, { asOf: '2021-10-01', unit: '市财政局' }).find((r) => r.number === 7)?.unitRole?.label; //=> '牵头'
 */
export function ledgerRows(analysis: PlanAnalysis, options: LedgerOptions): LedgerRow[] {
  const progress = progressOf(analysis, options);
  const given = options.entries !== undefined;
  if (options.unit !== undefined) {
    const unit = findUnit(analysis, options.unit);
    const views = listTasks(analysis, {
      unit,
      asOf: options.asOf,
      completion: progress.unitCompletion(unit),
    });
    return views.map((view) => unitRow(analysis, unit, view, given ? progress : undefined));
  }
  return analysis.tasks.map((item) => {
    const t = progress.task(item.task.number)!;
    return ledgerRow(
      analysis,
      item,
      t.status,
      t.owners.names,
      given ? { state: t.state, parts: t.parts.filter((p) => p.owner) } : undefined,
    );
  });
}

/** A row of a unit's own ledger: the unit fills it in, with its own part. */
function unitRow(
  analysis: PlanAnalysis,
  unit: string,
  view: TaskView,
  progress: LedgerProgress | undefined,
): LedgerRow {
  const part = progress?.part(view.number, unit);
  return ledgerRow(
    analysis,
    analysis.byNumber.get(view.number)!,
    view.status!,
    [unit],
    progress ? { state: part?.state ?? 'open', parts: part ? [part] : [] } : undefined,
    view,
  );
}

// ---------------------------------------------------------------------------------------------
// 单位责任清单

/**
 * A unit's responsibility list as a report prints it (单位责任清单): the unit, its tasks by role as
 * ledger rows, its duties from the covering notice, its workload and its dated deadlines. Built on
 * {@link unitResponsibilities}.
 *
 * @example
 * const report = unitReport(analysis, '市财政局', { asOf: '2021-10-01' });
 * report.sections.map((s) => [s.label, s.rows.length]); //=> [['牵头', 3], ['负责', 22], ['配合', 14], ['监管', 1]]
 */
export interface UnitReport {
  asOf: IsoDate;
  unit: UnitResponsibilities['unit'];
  sections: { role: Role; label: string; rows: LedgerRow[] }[];
  noticeDuties: (UnitNoticeDuty & { statusText?: string })[];
  workload: UnitWorkload;
  deadlines: UnitDeadline[];
}

/**
 * See {@link UnitReport}. Throws {@link UnknownUnitError} (with the closest names) for a unit the
 * plan and registry do not know.
 *
 * @example
 * unitReport(analysis, '湛江市财政局', { asOf: '2021-10-01' }).unit.name; //=> '市财政局'
 */
export function unitReport(analysis: PlanAnalysis, name: string, options: ReportOptions): UnitReport {
  const unit = findUnit(analysis, name);
  const progress = progressOf(analysis, options);
  const year = planYear(analysis);
  const list = unitResponsibilities(analysis, unit, {
    asOf: options.asOf,
    completion: progress.unitCompletion(unit),
  });
  const given = options.entries !== undefined;
  const rowsOf = (views: TaskView[]) =>
    views.map((view) => unitRow(analysis, unit, view, given ? progress : undefined));
  const sections = (['lead', 'responsible', 'supporting', 'supervising'] as const).map((role) => ({
    role,
    label: roleLabels[role],
    rows: rowsOf(list[role]),
  }));
  return {
    asOf: options.asOf,
    unit: list.unit,
    sections,
    noticeDuties: list.noticeDuties.map((d) =>
      d.status ? { ...d, statusText: statusText(d.status, { year }) } : d,
    ),
    workload: list.workload,
    deadlines: unitDeadlines(analysis, unit),
  };
}

// ---------------------------------------------------------------------------------------------
// 时限日历

/**
 * One dated deadline of a unit (时限节点): a dated part of a task it holds a role on, or a dated duty
 * from the covering notice. `key` is stable across runs (for calendar UIDs).
 *
 * @example
 * const d: UnitDeadline = { key: 'task-15', source: 'task', task: 15, due: '2021-09-30', role: 'responsible',
 *   roleLabel: '负责', title: '…', deadlineText: '2021 年 9 月前', reading: '按9月30日前理解（从严：8月31日前）', strictDue: '2021-08-31' };
 */
export interface UnitDeadline {
  key: string;
  source: 'task' | 'notice';
  /** The task, for `task` deadlines; the tasks covered, for notice duties (in `tasks`). */
  task?: number;
  tasks?: number[];
  /** The general requirement (工作要求) a notice duty comes from. */
  requirement?: number;
  /** The part's label, for a part of a compound deadline. */
  label?: string;
  /** The last acceptable day (for a window, its last day). */
  due: IsoDate;
  /** For a window: its first day. */
  start?: IsoDate;
  /** For a recurring deadline: the RFC 5545 RRULE whose occurrences are the later due days. */
  rrule?: string;
  strictDue?: IsoDate;
  role?: Role;
  roleLabel?: string;
  /** The task's requirement text, or the duty's action. */
  title: string;
  category?: string;
  recipient?: string;
  deadlineText: string;
  reading: string;
}

/**
 * Every dated deadline of a unit (单位时限日历), in date order: each dated part of each task it
 * holds a role on (a compound deadline gives one per dated part), and each dated duty from the
 * covering notice (e.g. the lead units' report to 市政府办公室 by 10月30日). Ongoing work and
 * unread deadlines have no day and are left out.
 *
 * @example
 * unitDeadlines(analysis, '市财政局').map((d) => [d.key, d.due]);
 * //=> [['task-1-0', '2021-09-30'], ['task-2-0', '2021-09-30'], ['task-15', '2021-09-30'], …, ['notice-2-0', '2021-10-30'], ['task-3', '2021-12-31'], …]
 */
export function unitDeadlines(analysis: PlanAnalysis, name: string): UnitDeadline[] {
  const unit = findUnit(analysis, name);
  const year = planYear(analysis);
  const out: UnitDeadline[] = [];
  const isGroup = analysis.registry.groupByName.has(unit);
  for (const view of listTasks(analysis, { unit })) {
    const item = analysis.byNumber.get(view.number)!;
    const d = item.deadline.deadline;
    const parts = d.kind === 'compound' ? d.parts : [d];
    const role = view.unitRole?.role;
    parts.forEach((part, i) => {
      const due = firstDue(part);
      if (!due) return;
      const label = 'label' in part && typeof part.label === 'string' ? part.label : undefined;
      const strict =
        part.kind === 'by'
          ? part.alternatives
              .filter((a) => a.due < part.due)
              .map((a) => a.due)
              .sort()[0]
          : undefined;
      out.push({
        key: d.kind === 'compound' ? `task-${item.task.number}-${i}` : `task-${item.task.number}`,
        source: 'task',
        task: item.task.number,
        ...(label ? { label } : {}),
        due,
        ...(part.kind === 'window' ? { start: part.start } : {}),
        ...(part.kind === 'recurring' ? { rrule: part.rrule } : {}),
        ...(strict ? { strictDue: strict } : {}),
        ...(role ? { role, roleLabel: roleLabels[role] } : {}),
        title: item.task.text,
        category: item.task.category,
        deadlineText: part.text,
        reading: readingOfPart(part, year),
      });
    });
  }
  if (!isGroup) {
    const perRequirement = new Map<number, number>();
    for (const duty of noticeDuties(analysis, { unit })) {
      const n = perRequirement.get(duty.requirement) ?? 0;
      perRequirement.set(duty.requirement, n + 1);
      if (!duty.deadline?.due) continue;
      out.push({
        key: `notice-${duty.requirement}-${n}`,
        source: 'notice',
        tasks: duty.tasks,
        requirement: duty.requirement,
        due: duty.deadline.due,
        title: duty.action,
        ...(duty.recipient ? { recipient: duty.recipient } : {}),
        deadlineText: duty.deadline.text,
        reading: `按${formatChineseDate(duty.deadline.due, year)}前理解`,
      });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : (a.task ?? 0) - (b.task ?? 0)));
}

// ---------------------------------------------------------------------------------------------
// 牵头单位进展汇总

/**
 * Units (or a group) a lead unit collects progress from (收集对象), as the cells name them, with the
 * group's members (the lead itself left out) and the tasks concerned.
 *
 * @example
 * const target: CollectTarget = { name: '各县（市、区）政府（管委会）', role: 'responsible', group: true,
 *   members: ['赤坎区政府', '霞山区政府'], tasks: [7, 8, 9] };
 */
export interface CollectTarget {
  name: string;
  role: 'responsible' | 'supporting';
  group: boolean;
  members: string[];
  tasks: number[];
}

/**
 * One task in a lead unit's summary (牵头任务): the task, its status, its co-leads, the units to
 * collect from, and — when progress was given — who has reported and who has not.
 *
 * @example
 * const t: LeadTask = leadSummary(analysis, { asOf: '2021-10-01' }).leads[0]!.tasks[0]!;
 * t.responsible; //=> ['各县（市、区）政府（管委会）']
 */
export interface LeadTask {
  number: number;
  category: string;
  text: string;
  deadline: ReportDeadline;
  status: ReportStatus;
  coLeads: string[];
  responsible: string[];
  supporting: string[];
  /** Present when entries were given. */
  progress?: {
    /** The lead unit's own part (its current entry, state, reason). */
    own?: UnitPart;
    /** The parts of the units it collects from that have reported (each with its current entry). */
    reported: UnitPart[];
    /** Units it collects from (groups expanded) that have not reported. */
    missing: string[];
  };
}

/**
 * A lead unit's progress summary (牵头单位进展汇总): the tasks it leads, whom it collects from, and
 * its report to the city government office with the deadline from the covering notice.
 *
 * @example
 * const s: LeadSummary = leadSummary(analysis, { asOf: '2021-10-01' }).leads.find((l) => l.unit === '市财政局')!;
 * s.report?.deadline; //=> { text: '10月30日前', due: '2021-10-30' }
 */
export interface LeadSummary {
  unit: string;
  fullName?: string;
  /** The duty to collect and report (from the covering notice), with its deadline and status. */
  report?: {
    action: string;
    recipient?: string;
    requirement: number;
    deadline?: { text: string; due: IsoDate | null };
    status?: ReportStatus;
  };
  tasks: LeadTask[];
  collectFrom: CollectTarget[];
}

/**
 * The lead units' summaries (牵头单位进展汇总), and the tasks that name no lead (reported by their
 * responsible units themselves).
 *
 * @example
 * const report: LeadSummaryReport = leadSummary(analysis, { asOf: '2021-10-01' });
 * report.leads.map((l) => l.unit); //=> ['市政府办公室', '市政务服务数据管理局', '市发展改革局', …]
 */
export interface LeadSummaryReport {
  asOf: IsoDate;
  progressGiven: boolean;
  leads: LeadSummary[];
  unled: { number: number; responsible: string[] }[];
}

/**
 * Options of {@link leadSummary}.
 *
 * @example
 * const options: LeadSummaryOptions = { asOf: '2021-10-20', unit: '市财政局' };
 */
export interface LeadSummaryOptions extends ReportOptions {
  /** Only this lead unit. */
  unit?: string | undefined;
}

/**
 * See {@link LeadSummaryReport}. Leads are in registry order; each lead's tasks in plan order.
 *
 * @example
 * const fin = leadSummary(analysis, { asOf: '2021-10-01', unit: '市财政局' }).leads[0]!;
 * fin.tasks.map((t) => t.number); //=> [7, 8, 9]
 * fin.collectFrom.map((c) => c.name); //=> ['各县（市、区）政府（管委会）', '市直各单位']
 */
export function leadSummary(analysis: PlanAnalysis, options: LeadSummaryOptions): LeadSummaryReport {
  const only = options.unit !== undefined ? findUnit(analysis, options.unit) : undefined;
  const progress = progressOf(analysis, options);
  const given = options.entries !== undefined;
  const year = planYear(analysis);
  const byLead = new Map<string, AnalyzedTask[]>();
  const unled: LeadSummaryReport['unled'] = [];
  for (const item of analysis.tasks) {
    const leads = item.resolved.units.filter((u) => u.role === 'lead').map((u) => u.unit);
    if (leads.length === 0)
      unled.push({ number: item.task.number, responsible: item.resolved.roles.responsible });
    for (const lead of leads) {
      if (only !== undefined && lead !== only) continue;
      const list = byLead.get(lead);
      if (list) list.push(item);
      else byLead.set(lead, [item]);
    }
  }
  const order = analysis.resolved.byUnit.ids;
  const leads = [...byLead.keys()].sort((a, b) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9));
  const duties = new Map<string, UnitNoticeDuty>();
  for (const lead of leads) {
    const duty = noticeDuties(analysis, { unit: lead, asOf: options.asOf }).find(
      (d) => d.scope === 'ledTasks',
    );
    if (duty) duties.set(lead, duty);
  }
  return {
    asOf: options.asOf,
    progressGiven: given,
    leads: leads.map((lead) => {
      const items = byLead.get(lead)!;
      const targets = new Map<string, CollectTarget>();
      const tasks = items.map((item): LeadTask => {
        const { roles } = item.resolved;
        const collect = (role: 'responsible' | 'supporting') => roles[role].filter((n) => n !== lead);
        const responsible = collect('responsible');
        const supporting = collect('supporting');
        const units = new Set<string>();
        for (const role of ['responsible', 'supporting'] as const) {
          for (const name of collect(role)) {
            let target = targets.get(name);
            const group = analysis.registry.groupByName.has(name);
            const members = group
              ? item.resolved.units.filter((u) => u.via === name && u.unit !== lead).map((u) => u.unit)
              : [];
            if (!target) {
              target = { name, role, group, members, tasks: [] };
              targets.set(name, target);
            } else if (group) {
              for (const m of members) if (!target.members.includes(m)) target.members.push(m);
            }
            target.tasks.push(item.task.number);
            if (given) for (const m of group ? members : [name]) units.add(m);
          }
        }
        const whole = progress.task(item.task.number)!;
        const status = whole.status;
        const task: LeadTask = {
          number: item.task.number,
          category: item.task.category,
          text: item.task.text,
          deadline: reportDeadline(item, year),
          status: reportStatus(status, year),
          coLeads: roles.lead.filter((n) => n !== lead),
          responsible,
          supporting,
        };
        if (given) {
          const parts = new Map(whole.parts.map((p) => [p.unit, p]));
          const own = parts.get(lead);
          const reported: UnitPart[] = [];
          const missing: string[] = [];
          for (const u of units) {
            const part = parts.get(u);
            if (part?.entry) reported.push(part);
            else missing.push(u);
          }
          task.progress = { ...(own ? { own } : {}), reported, missing };
        }
        return task;
      });
      const duty = duties.get(lead);
      const registered = analysis.registry.unitByName.get(lead);
      return {
        unit: lead,
        ...(registered?.fullName ? { fullName: registered.fullName } : {}),
        ...(duty
          ? {
              report: {
                action: duty.action,
                requirement: duty.requirement,
                ...(duty.recipient ? { recipient: duty.recipient } : {}),
                ...(duty.deadline ? { deadline: duty.deadline } : {}),
                ...(duty.status ? { status: reportStatus(duty.status, year) } : {}),
              },
            }
          : {}),
        tasks,
        collectFrom: [...targets.values()],
      };
    }),
    unled,
  };
}

// ---------------------------------------------------------------------------------------------
// 逾期预警

/**
 * The statuses an overdue warning (逾期预警) lists, worst first.
 *
 * @example
 * WarningStatus; // 'overdue' | 'atRisk' | 'dueSoon'
 */
export type WarningStatus = 'overdue' | 'atRisk' | 'dueSoon';

const WARNING: readonly WarningStatus[] = ['overdue', 'atRisk', 'dueSoon'];

/**
 * One task in an overdue warning (预警事项): its status on the day with the days late or left, the
 * part that is late, and the units by role as named.
 *
 * @example
 * const w: WarningItem = overdueWarnings(analysis, { asOf: '2021-10-01' }).items[0]!;
 * [w.task, w.status.text]; //=> [1, '已逾期1天']
 */
export interface WarningItem {
  task: number;
  category: string;
  text: string;
  deadline: ReportDeadline;
  status: ReportStatus & { status: WarningStatus };
  roles: RoleNames;
  /** Owners that reported 无法完成, with their reasons. */
  blocked?: { unit: string; reason: string }[];
}

/**
 * A unit's warnings (单位预警): the items on tasks it holds a role on, with its role, worst first.
 *
 * @example
 * const u: UnitWarnings = overdueWarnings(analysis, { asOf: '2021-10-01' }).byUnit[0]!;
 * u.counts; //=> { overdue: 8, atRisk: 0, dueSoon: 0 }
 */
export interface UnitWarnings {
  unit: string;
  fullName?: string;
  items: {
    item: WarningItem;
    role: Role;
    roleLabel: string;
    via?: string;
    /** The unit reported 无法完成: the reason. */
    cannotComplete?: string;
  }[];
  counts: Record<WarningStatus, number>;
}

/**
 * Overdue warnings on a day (逾期预警): overdue (已逾期), at-risk (存在逾期风险: late under the stricter
 * reading) and due-soon (临近到期) tasks, worst first, and the same by unit. A unit whose part is done
 * (see {@link ledgerProgress}: its own entry, or the task done by its owners) drops out of that
 * task's warnings; the task leaves the list when all its owners have finished.
 *
 * @example
 * const w: OverdueWarnings = overdueWarnings(analysis, { asOf: '2021-10-01' });
 * w.counts; //=> { overdue: 8, atRisk: 0, dueSoon: 0 }
 */
export interface OverdueWarnings {
  asOf: IsoDate;
  counts: Record<WarningStatus, number>;
  items: WarningItem[];
  byUnit: UnitWarnings[];
}

/**
 * Options of {@link overdueWarnings}.
 *
 * @example
 * const options: WarningOptions = { asOf: '2021-09-15', units: ['市财政局'] };
 */
export interface WarningOptions extends ReportOptions {
  /** Only these units in `byUnit` (and only tasks they hold a role on in `items`). */
  units?: readonly string[] | undefined;
}

function isWarning(status: DeadlineStatus): status is WarningStatus {
  return (WARNING as readonly string[]).includes(status);
}

function warningOrder(a: WarningItem, b: WarningItem): number {
  return (
    compareStatus(b.status.status, a.status.status) ||
    (b.status.daysLate ?? 0) - (a.status.daysLate ?? 0) ||
    (a.status.daysLeft ?? 0) - (b.status.daysLeft ?? 0) ||
    a.task - b.task
  );
}

/**
 * See {@link OverdueWarnings}.
 *
 * @example
 * overdueWarnings(analysis, { asOf: '2021-10-01' }).items.map((i) => i.task); //=> [1, 2, 15, 26, 27, 31, 49, 50]
 * overdueWarnings(analysis, { asOf: '2021-09-15', units: ['市财政局'] }).counts; //=> { overdue: 0, atRisk: 6, dueSoon: 0 }
 */
export function overdueWarnings(analysis: PlanAnalysis, options: WarningOptions): OverdueWarnings {
  const progress = progressOf(analysis, options);
  const year = planYear(analysis);
  const only = options.units ? new Set(options.units.map((u) => findUnit(analysis, u))) : undefined;
  const items: WarningItem[] = [];
  const perUnit = new Map<string, UnitWarnings['items']>();
  const itemOf = (item: AnalyzedTask, status: TaskStatus, blocked: WarningItem['blocked']): WarningItem => ({
    task: item.task.number,
    category: item.task.category,
    text: item.task.text,
    deadline: reportDeadline(item, year),
    status: reportStatus(status, year) as WarningItem['status'],
    roles: item.resolved.roles,
    ...(blocked && blocked.length > 0 ? { blocked } : {}),
  });
  for (const item of analysis.tasks) {
    // Status without any completion: what units whose part is not done face.
    const open = taskStatus(item, analysis, { asOf: options.asOf });
    if (!isWarning(open.status)) continue;
    const t = progress.task(item.task.number)!;
    const openItem = itemOf(item, open, t.blocked);
    let listed = false;
    for (const p of t.parts) {
      if (only && !only.has(p.unit)) continue;
      // A unit whose part is done (its own entry, or the task done by its owners) owes nothing.
      if (p.state === 'done' || p.state === 'doneLate') continue;
      listed = true;
      let list = perUnit.get(p.unit);
      if (!list) {
        list = [];
        perUnit.set(p.unit, list);
      }
      list.push({
        item: openItem,
        role: p.role,
        roleLabel: roleLabels[p.role],
        ...(p.via ? { via: p.via } : {}),
        ...(p.state === 'cannotComplete' ? { cannotComplete: p.reason ?? '' } : {}),
      });
    }
    if (isWarning(t.status.status) && (!only || listed))
      items.push(t.completion ? itemOf(item, t.status, t.blocked) : openItem);
  }
  items.sort(warningOrder);
  const order = analysis.resolved.byUnit.ids;
  const byUnit = [...perUnit.entries()]
    .sort(([a], [b]) => (order.get(a) ?? 1e9) - (order.get(b) ?? 1e9))
    .map(([unit, list]): UnitWarnings => {
      list.sort((x, y) => warningOrder(x.item, y.item));
      const registered = analysis.registry.unitByName.get(unit);
      return {
        unit,
        ...(registered?.fullName ? { fullName: registered.fullName } : {}),
        items: list,
        counts: countWarnings(list.map((l) => l.item)),
      };
    });
  return { asOf: options.asOf, counts: countWarnings(items), items, byUnit };
}

function countWarnings(items: readonly WarningItem[]): Record<WarningStatus, number> {
  const counts: Record<WarningStatus, number> = { overdue: 0, atRisk: 0, dueSoon: 0 };
  for (const i of items) counts[i.status.status]++;
  return counts;
}
