/**
 * Report views (报表视图): the plain data behind the documents offices hand around — the work
 * ledger (任务分工台账), a unit's responsibility list (单位责任清单), the lead units' progress summary
 * (牵头单位进展汇总), overdue warnings (逾期预警), the look-back checklist (回头看) and a unit's dated
 * deadlines (时限日历). Pure: the status day `asOf` and the progress entries are passed in; nothing
 * here reads the clock or a file. Labels are Chinese because the documents are.
 */

import type {
  Completion,
  Deadline,
  DeadlineKind,
  DeadlineStatus,
  SimpleDeadline,
  TrafficLight,
} from '../deadlines';
import { firstDue } from '../deadlines/explain';
import { compareStatus, trafficLightLabels } from '../deadlines/status';
import { roleNames } from '../labels';
import type { IsoDate, Role, Task } from '../model/schema';
import { lookupName } from '../registry';
import type { RoleNames } from '../roles';
import type { AnalyzedTask, PlanAnalysis } from './analysis';
import {
  noticeDuties,
  type UnitNoticeDuty,
  type UnitResponsibilities,
  type UnitWorkload,
  unitResponsibilities,
} from './unit';
import { findUnit, listTasks, type TaskStatus, type TaskView, taskStatus } from './views';

// ---------------------------------------------------------------------------------------------
// Labels

/**
 * Chinese labels of the roles (角色) as documents print them.
 *
 * @example
 * roleLabels.lead; //=> '牵头'
 */
export const roleLabels: Readonly<Record<Role, string>> = roleNames.zh;

/**
 * Chinese labels of the deadline statuses (进度状态) as documents print them.
 *
 * @example
 * statusLabels.overdue; //=> '已逾期'
 */
export const statusLabels: Readonly<Record<DeadlineStatus, string>> = {
  pending: '未到期',
  dueSoon: '临近到期',
  atRisk: '存在逾期风险',
  overdue: '已逾期',
  done: '已完成',
  doneLate: '逾期完成',
  ongoing: '持续推进',
  notStarted: '未开始',
  awaitingAnchor: '待起算',
  unknown: '时限不明',
};

/**
 * The progress states a unit reports (填报状态), in the order a ledger's drop-down lists them.
 *
 * @example
 * PROGRESS_STATES[0]; //=> 'notStarted'
 */
export const PROGRESS_STATES = ['notStarted', 'inProgress', 'done', 'doneLate', 'cannotComplete'] as const;

/**
 * A progress state a unit reports (填报状态): 未开始 · 推进中 · 已完成 · 已完成（逾期） · 无法完成.
 *
 * @example
 * const state: ProgressState = 'inProgress'; // 推进中
 */
export type ProgressState = (typeof PROGRESS_STATES)[number];

/**
 * The Chinese label of each progress state: exactly the values of a ledger's status drop-down.
 *
 * @example
 * PROGRESS_STATES.map((s) => progressStateLabels[s]).join(',');
 * //=> '未开始,推进中,已完成,已完成（逾期）,无法完成'
 */
export const progressStateLabels: Readonly<Record<ProgressState, string>> = {
  notStarted: '未开始',
  inProgress: '推进中',
  done: '已完成',
  doneLate: '已完成（逾期）',
  cannotComplete: '无法完成',
};

/**
 * The progress state a label names (as a filled-in ledger gives it back), or undefined.
 * Half-width brackets and spaces are accepted.
 *
 * @example
 * progressStateFromLabel('已完成(逾期)'); //=> 'doneLate'
 * progressStateFromLabel('差不多了'); //=> undefined
 */
export function progressStateFromLabel(label: string): ProgressState | undefined {
  const key = label.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）');
  return PROGRESS_STATES.find((s) => progressStateLabels[s] === key);
}

// ---------------------------------------------------------------------------------------------
// Progress entries

/**
 * One progress report (进展填报) by one unit on one task, e.g. from a filled-in ledger or the
 * progress ledger. `date` is the day it was reported (and, for a finished state, taken as the day
 * the work was finished); entries dated after the status day are not yet known and are ignored.
 *
 * @example
 * const entry: ProgressEntry = { task: 7, unit: '市财政局', state: 'done', note: '已在政府网站公开', date: '2021-10-20' };
 */
export interface ProgressEntry {
  task: number;
  unit: string;
  state: ProgressState;
  note?: string;
  date: IsoDate;
}

/**
 * Options of the report views: the status day (截至日期) and any progress reported so far.
 *
 * @example
 * const options: ReportOptions = { asOf: '2021-10-01', progress: [{ task: 7, unit: '市财政局', state: 'inProgress', date: '2021-09-20' }] };
 */
export interface ReportOptions {
  /** The day statuses are judged on (截至日期). */
  asOf: IsoDate;
  /** Progress entries (进展填报); the latest known entry of each unit on each task counts. */
  progress?: readonly ProgressEntry[];
}

/** The canonical name of a unit as entries may write it (full name, alias), else as written. */
function canonicalUnit(analysis: PlanAnalysis, name: string): string {
  const entry = lookupName(analysis.registry, name);
  if (entry) return entry.kind === 'unit' ? entry.unit.name : entry.group.name;
  return name.replace(/\s+/g, '');
}

/** task → unit → latest entry known on `asOf`. */
type ProgressIndex = Map<number, Map<string, ProgressEntry>>;

function indexProgress(analysis: PlanAnalysis, options: ReportOptions): ProgressIndex {
  const index: ProgressIndex = new Map();
  for (const entry of options.progress ?? []) {
    if (entry.date > options.asOf) continue;
    const unit = canonicalUnit(analysis, entry.unit);
    let byUnit = index.get(entry.task);
    if (!byUnit) {
      byUnit = new Map();
      index.set(entry.task, byUnit);
    }
    const known = byUnit.get(unit);
    if (!known || known.date <= entry.date) byUnit.set(unit, { ...entry, unit });
  }
  return index;
}

const FINISHED: ReadonlySet<ProgressState> = new Set(['done', 'doneLate']);

function completionOf(entry: ProgressEntry | undefined): Completion | undefined {
  return entry && FINISHED.has(entry.state) ? { done: true, on: entry.date } : undefined;
}

/**
 * The units answerable for a task as a whole (责任主体): its lead units, or, when it names none, its
 * responsible units — as the cell names them (groups not expanded).
 */
function ownersOf(item: AnalyzedTask): { role: 'lead' | 'responsible'; names: string[] } {
  const { roles } = item.resolved;
  return roles.lead.length > 0
    ? { role: 'lead', names: roles.lead }
    : { role: 'responsible', names: roles.responsible };
}

/** The owners with groups expanded: the units whose reports decide whether the task is done. */
function ownerUnits(item: AnalyzedTask): string[] {
  const role = ownersOf(item).role;
  return item.resolved.units.filter((u) => u.role === role).map((u) => u.unit);
}

/**
 * Completion of whole tasks from progress entries (任务完成情况): a task is finished when every
 * unit answerable for it (its lead units; without a lead, its responsible units, groups expanded)
 * reports it finished on or before `asOf`; it was finished on the latest of those days.
 *
 * @example
 * completionFromProgress(analysis, { asOf: '2021-12-31', progress: [{ task: 7, unit: '市财政局', state: 'done', date: '2021-12-20' }] });
 * //=> Map { 7 => { done: true, on: '2021-12-20' } }
 */
export function completionFromProgress(
  analysis: PlanAnalysis,
  options: ReportOptions,
): Map<number, Completion> {
  return taskCompletion(analysis, indexProgress(analysis, options));
}

function taskCompletion(analysis: PlanAnalysis, index: ProgressIndex): Map<number, Completion> {
  const out = new Map<number, Completion>();
  for (const [task, byUnit] of index) {
    const item = analysis.byNumber.get(task);
    if (!item) continue;
    const owners = ownerUnits(item);
    if (owners.length === 0) continue;
    let on: IsoDate | undefined;
    let all = true;
    for (const unit of owners) {
      const entry = byUnit.get(unit);
      if (!entry || !FINISHED.has(entry.state)) {
        all = false;
        break;
      }
      if (on === undefined || entry.date > on) on = entry.date;
    }
    if (all && on) out.set(task, { done: true, on });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Deadlines and statuses as documents print them

/**
 * A day as Chinese documents write it: `9月30日` within the plan's year, `2022年1月31日` otherwise.
 *
 * @example
 * formatChineseDate('2021-09-30', 2021); //=> '9月30日'
 * formatChineseDate('2022-01-31', 2021); //=> '2022年1月31日'
 * formatChineseDate('2021-10-01'); //=> '2021年10月1日'
 */
export function formatChineseDate(day: IsoDate, year?: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${y === year ? '' : `${y}年`}${m}月${d}日`;
}

const FREQUENCIES: Readonly<Record<string, string>> = {
  YEARLY: '每年',
  MONTHLY: '每月',
  WEEKLY: '每周',
  DAILY: '每日',
};
const PERIOD_UNITS: Readonly<Record<string, string>> = {
  calendarDay: '日',
  month: '个月',
  workingDay: '个工作日',
};

function describeRecurrence(rrule: string): string {
  const fields = new Map(rrule.split(';').map((kv) => kv.split('=') as [string, string]));
  const months = fields.get('BYMONTH')?.split(',') ?? [];
  if (fields.get('FREQ') === 'YEARLY' && months.length === 4) return '每季度';
  if (fields.get('FREQ') === 'YEARLY' && months.length === 2) return '每半年';
  return FREQUENCIES[fields.get('FREQ') ?? ''] ?? '定期';
}

function readingOfPart(d: SimpleDeadline, year: number): string {
  const day = (iso: IsoDate) => formatChineseDate(iso, year);
  switch (d.kind) {
    case 'by': {
      const others = d.alternatives
        .filter((a) => a.due !== d.due)
        .map((a) => `${a.due < d.due ? '从严' : '从宽'}：${day(a.due)}前`);
      return `按${day(d.due)}前理解${others.length ? `（${others.join('；')}）` : ''}`;
    }
    case 'window':
      return `${day(d.start)}至${day(d.end)}期间完成`;
    case 'ongoing':
      return d.until ? `持续推进至${day(d.until)}` : '长期工作，无固定截止日';
    case 'recurring':
      return `${describeRecurrence(d.rrule)}定期完成${d.minCount > 1 ? `（每期至少${d.minCount}次）` : ''}`;
    case 'relative': {
      const ext = d.extension ? `，可延长${d.extension.by.amount}${PERIOD_UNITS[d.extension.by.unit]}` : '';
      const on = d.anchor.on ? `（${day(d.anchor.on)}）` : '';
      return `自${d.anchor.text}${on}之日起${d.offset.amount}${PERIOD_UNITS[d.offset.unit]}内${ext}`;
    }
    case 'asap':
      return '及时完成，未定具体日期';
    case 'unspecified':
      return '时限未能解读，请核实';
  }
}

/**
 * How fengong reads a deadline, in the words a ledger prints (时限解读): the day it is judged by,
 * and a stricter (从严) or looser (从宽) reading when the phrase allows one.
 *
 * @example
 * deadlineReadingText(parseDeadline('2021 年 9 月前', { issued: '2021-07-01' }).deadline, 2021);
 * //=> '按9月30日前理解（从严：8月31日前）'
 * deadlineReadingText(parseDeadline('2021 年 9 月前完成现有规划文件主动公开；长期工作', { issued: '2021-07-01' }).deadline, 2021);
 * //=> '完成现有规划文件主动公开：按9月30日前理解（从严：8月31日前）；长期工作，无固定截止日'
 */
export function deadlineReadingText(deadline: Deadline, year: number): string {
  if (deadline.kind !== 'compound') return readingOfPart(deadline, year);
  return deadline.parts.map((p) => `${p.label ? `${p.label}：` : ''}${readingOfPart(p, year)}`).join('；');
}

/**
 * A task's deadline as reports print it (完成时限): the cell as written, the reading, the day it is
 * judged by and the stricter day when there is one.
 *
 * @example
 * const d: ReportDeadline = { text: '2021 年 9 月前', kind: 'by', due: '2021-09-30', strictDue: '2021-08-31',
 *   reading: '按9月30日前理解（从严：8月31日前）' };
 */
export interface ReportDeadline {
  text: string;
  kind: DeadlineKind;
  /** The last acceptable day of the first dated part, or null. */
  due: IsoDate | null;
  /** The earliest stricter day of that part, when the phrase allows a stricter reading. */
  strictDue?: IsoDate;
  reading: string;
}

function reportDeadline(item: AnalyzedTask, year: number): ReportDeadline {
  const d = item.deadline.deadline;
  const parts = d.kind === 'compound' ? d.parts : [d];
  const dated = parts.find((p) => p.kind === 'by' || p.kind === 'window');
  const strict =
    dated?.kind === 'by'
      ? dated.alternatives
          .filter((a) => a.due < dated.due)
          .reduce<IsoDate | undefined>((m, a) => (m && m < a.due ? m : a.due), undefined)
      : undefined;
  return {
    text: item.task.deadline,
    kind: d.kind,
    due: firstDue(d),
    ...(strict ? { strictDue: strict } : {}),
    reading: deadlineReadingText(d, year),
  };
}

/**
 * A status as reports print it (进度状态): the code, its label, a sentence with the days, and the
 * traffic light (红黄绿灯).
 *
 * @example
 * const s: ReportStatus = { status: 'overdue', label: '已逾期', text: '已逾期1天', light: 'red', lightLabel: '红',
 *   due: '2021-09-30', daysLate: 1 };
 */
export interface ReportStatus {
  status: DeadlineStatus;
  label: string;
  text: string;
  light: TrafficLight;
  lightLabel: string;
  /** The day judged against, when there is one. */
  due?: IsoDate;
  daysLate?: number;
  daysLeft?: number;
  /** For `atRisk`: the stricter day that has passed. */
  strictDue?: IsoDate;
  /** The part of a compound deadline that decided the status, by its label. */
  part?: string;
}

function statusText(
  s: { status: DeadlineStatus; daysLate?: number; daysLeft?: number; strictDue?: IsoDate },
  year: number,
): string {
  const label = statusLabels[s.status];
  switch (s.status) {
    case 'overdue':
      return `${label}${s.daysLate ?? 0}天`;
    case 'doneLate':
      return s.daysLate ? `${label}（逾期${s.daysLate}天）` : label;
    case 'dueSoon':
      return `${label}（剩${s.daysLeft ?? 0}天）`;
    case 'atRisk':
      return s.strictDue ? `${label}（从严应于${formatChineseDate(s.strictDue, year)}前完成）` : label;
    case 'pending':
      return s.daysLeft !== undefined ? `${label}（剩${s.daysLeft}天）` : label;
    default:
      return label;
  }
}

function reportStatus(status: TaskStatus, year: number): ReportStatus {
  // The part that decided a compound status: the worst part, by its label.
  const decisive = status.parts?.reduce<(typeof status.parts)[number] | undefined>(
    (w, p) => (w === undefined || compareStatus(p.status, w.status) > 0 ? p : w),
    undefined,
  );
  return {
    status: status.status,
    label: statusLabels[status.status],
    text: statusText(status, year),
    light: status.light,
    lightLabel: trafficLightLabels[status.light],
    ...(status.due ? { due: status.due } : {}),
    ...(status.daysLate !== undefined ? { daysLate: status.daysLate } : {}),
    ...(status.daysLeft !== undefined ? { daysLeft: status.daysLeft } : {}),
    ...(status.strictDue ? { strictDue: status.strictDue } : {}),
    ...(decisive?.label && decisive.status === status.status ? { part: decisive.label } : {}),
  };
}

function planYear(analysis: PlanAnalysis): number {
  return Number(analysis.plan.meta.issued.slice(0, 4));
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
  /** The latest known entries of the reporters, when progress was given. */
  progress?: ProgressEntry[];
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
  unit?: string;
}

function ledgerRow(
  analysis: PlanAnalysis,
  item: AnalyzedTask,
  status: TaskStatus,
  reporters: string[],
  entries: ProgressEntry[] | undefined,
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
    ...(entries && entries.length > 0 ? { progress: entries } : {}),
    ...(task.note ? { note: task.note } : {}),
  };
}

/**
 * The work ledger (任务分工台账): every task, or every task of one unit, with its units, deadline and
 * reading, status on `asOf`, who fills it in and what they reported. For the whole plan a task
 * counts as finished once all its owners report it finished (see {@link completionFromProgress});
 * in a unit's ledger, once the unit itself does.
 *
 * @example
 * ledgerRows(analysis, { asOf: '2021-10-01' }).length; //=> 50
 * ledgerRows(analysis, { asOf: '2021-10-01', unit: '市财政局' }).find((r) => r.number === 7)?.unitRole?.label; //=> '牵头'
 */
export function ledgerRows(analysis: PlanAnalysis, options: LedgerOptions): LedgerRow[] {
  const index = indexProgress(analysis, options);
  const given = options.progress !== undefined;
  if (options.unit !== undefined) {
    const unit = findUnit(analysis, options.unit);
    const views = listTasks(analysis, { unit, asOf: options.asOf, completion: unitCompletion(index, unit) });
    return views.map((view) => unitRow(analysis, unit, view, given ? index : undefined));
  }
  const completion = taskCompletion(analysis, index);
  return analysis.tasks.map((item) => {
    const status = taskStatus(item, analysis, {
      asOf: options.asOf,
      completion: completion.get(item.task.number),
    });
    const byUnit = index.get(item.task.number);
    const entries = given ? ownerUnits(item).flatMap((u) => byUnit?.get(u) ?? []) : undefined;
    return ledgerRow(analysis, item, status, ownersOf(item).names, entries);
  });
}

/** A row of a unit's own ledger: the unit fills it in, with its own entry. */
function unitRow(
  analysis: PlanAnalysis,
  unit: string,
  view: TaskView,
  index: ProgressIndex | undefined,
): LedgerRow {
  const entry = index?.get(view.number)?.get(unit);
  const entries = index ? (entry ? [entry] : []) : undefined;
  return ledgerRow(analysis, analysis.byNumber.get(view.number)!, view.status!, [unit], entries, view);
}

function unitCompletion(index: ProgressIndex, unit: string): Map<number, Completion> {
  const out = new Map<number, Completion>();
  for (const [task, byUnit] of index) {
    const c = completionOf(byUnit.get(unit));
    if (c) out.set(task, c);
  }
  return out;
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
  const index = indexProgress(analysis, options);
  const year = planYear(analysis);
  const list = unitResponsibilities(analysis, unit, {
    asOf: options.asOf,
    completion: unitCompletion(index, unit),
  });
  const given = options.progress !== undefined;
  const rowsOf = (views: TaskView[]) =>
    views.map((view) => unitRow(analysis, unit, view, given ? index : undefined));
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
      d.status ? { ...d, statusText: statusText(d.status, year) } : d,
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
  /** Present when progress was given. */
  progress?: {
    /** The lead unit's own latest entry. */
    own?: ProgressEntry;
    /** Latest entries of the units it collects from. */
    reported: ProgressEntry[];
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
  unit?: string;
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
  const index = indexProgress(analysis, options);
  const given = options.progress !== undefined;
  const completion = taskCompletion(analysis, index);
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
        const status = taskStatus(item, analysis, {
          asOf: options.asOf,
          completion: completion.get(item.task.number),
        });
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
          const byUnit = index.get(item.task.number) ?? new Map<string, ProgressEntry>();
          const own = byUnit.get(lead);
          const reported: ProgressEntry[] = [];
          const missing: string[] = [];
          for (const u of units) {
            const entry = byUnit.get(u);
            if (entry) reported.push(entry);
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
  items: { item: WarningItem; role: Role; roleLabel: string; via?: string }[];
  counts: Record<WarningStatus, number>;
}

/**
 * Overdue warnings on a day (逾期预警): overdue (已逾期), at-risk (存在逾期风险: late under the stricter
 * reading) and due-soon (临近到期) tasks, worst first, and the same by unit. A unit that reports a task
 * finished drops out of that task's warnings; the task leaves the list when all its owners have.
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
  units?: readonly string[];
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
  const index = indexProgress(analysis, options);
  const completion = taskCompletion(analysis, index);
  const year = planYear(analysis);
  const only = options.units ? new Set(options.units.map((u) => findUnit(analysis, u))) : undefined;
  const items: WarningItem[] = [];
  const perUnit = new Map<string, UnitWarnings['items']>();
  const itemOf = (item: AnalyzedTask, status: TaskStatus): WarningItem => ({
    task: item.task.number,
    category: item.task.category,
    text: item.task.text,
    deadline: reportDeadline(item, year),
    status: reportStatus(status, year) as WarningItem['status'],
    roles: item.resolved.roles,
  });
  for (const item of analysis.tasks) {
    // Status without any completion: what units that have not reported face.
    const open = taskStatus(item, analysis, { asOf: options.asOf });
    if (!isWarning(open.status)) continue;
    const byUnit = index.get(item.task.number);
    const done = completion.get(item.task.number);
    const taskLevel = done ? taskStatus(item, analysis, { asOf: options.asOf, completion: done }) : open;
    const openItem = itemOf(item, open);
    let listed = false;
    for (const a of item.resolved.units) {
      if (only && !only.has(a.unit)) continue;
      const own = completionOf(byUnit?.get(a.unit));
      if (own) continue;
      listed = true;
      let list = perUnit.get(a.unit);
      if (!list) {
        list = [];
        perUnit.set(a.unit, list);
      }
      list.push({
        item: openItem,
        role: a.role,
        roleLabel: roleLabels[a.role],
        ...(a.via ? { via: a.via } : {}),
      });
    }
    if (isWarning(taskLevel.status) && (!only || listed))
      items.push(taskLevel === open ? openItem : itemOf(item, taskLevel));
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

// ---------------------------------------------------------------------------------------------
// 回头看

/**
 * The finding of a look-back on one task (核查结论): done (已完成), done late (逾期完成), not yet due
 * (未到期), or unfinished — late, or reported impossible — and to be rectified (需整改).
 *
 * @example
 * const r: LookbackResult = 'unfinished';
 */
export type LookbackResult = 'done' | 'doneLate' | 'notDue' | 'unfinished' | 'cannotComplete';

/**
 * Chinese labels of the look-back findings.
 *
 * @example
 * lookbackResultLabels.unfinished; //=> '未完成，需整改'
 */
export const lookbackResultLabels: Readonly<Record<LookbackResult, string>> = {
  done: '已完成',
  doneLate: '逾期完成',
  notDue: '未到期',
  unfinished: '未完成，需整改',
  cannotComplete: '无法完成，需整改',
};

/**
 * One task checked in a look-back (回头看核查项): a task with a clear owner and a dated deadline, its
 * status on the review day and the finding.
 *
 * @example
 * const item: LookbackItem = lookbackChecklist(analysis, { asOf: '2022-02-01' }).items[0]!;
 * [item.task, item.owners, item.result, item.rectify]; //=> [1, ['市政府办公室'], 'unfinished', true]
 */
export interface LookbackItem {
  task: number;
  category: string;
  text: string;
  /** The task's owners (责任主体) as named: its lead units, or its responsible units. */
  owners: string[];
  ownerRole: 'lead' | 'responsible';
  deadline: ReportDeadline;
  due: IsoDate;
  status: ReportStatus;
  result: LookbackResult;
  resultLabel: string;
  /** Unfinished: to be rectified (整改). */
  rectify: boolean;
  /** The owners' latest entries, when progress was given. */
  progress?: ProgressEntry[];
}

/**
 * The look-back checklist (回头看核查清单) on a review day: every task with a clear owner and a dated
 * deadline, checked item by item (逐项核查), unfinished ones flagged for rectification (整改); the
 * other tasks listed with the reason they are not checked by date.
 *
 * @example
 * const c: LookbackChecklist = lookbackChecklist(analysis, { asOf: '2022-02-01' });
 * c.counts; //=> { checked: 23, done: 0, doneLate: 0, notDue: 0, unfinished: 23, cannotComplete: 0, excluded: 27 }
 */
export interface LookbackChecklist {
  asOf: IsoDate;
  items: LookbackItem[];
  excluded: {
    task: number;
    text: string;
    reason: 'noOwner' | 'noDeadline';
    reasonLabel: string;
    deadlineText: string;
  }[];
  counts: Record<LookbackResult | 'checked' | 'excluded', number>;
}

/**
 * See {@link LookbackChecklist}; `asOf` is the review day.
 *
 * @example
 * const c = lookbackChecklist(analysis, { asOf: '2022-02-01', progress: [{ task: 7, unit: '市财政局', state: 'done', date: '2021-12-01' }] });
 * c.items.find((i) => i.task === 7)?.resultLabel; //=> '已完成'
 * c.items.find((i) => i.task === 8)?.resultLabel; //=> '未完成，需整改'
 */
export function lookbackChecklist(analysis: PlanAnalysis, options: ReportOptions): LookbackChecklist {
  const index = indexProgress(analysis, options);
  const completion = taskCompletion(analysis, index);
  const given = options.progress !== undefined;
  const year = planYear(analysis);
  const items: LookbackItem[] = [];
  const excluded: LookbackChecklist['excluded'] = [];
  const counts: LookbackChecklist['counts'] = {
    checked: 0,
    done: 0,
    doneLate: 0,
    notDue: 0,
    unfinished: 0,
    cannotComplete: 0,
    excluded: 0,
  };
  for (const item of analysis.tasks) {
    const owners = ownersOf(item);
    const clear = owners.names.filter((n) => !analysis.registry.groupByName.get(n)?.vague);
    const due = firstDue(item.deadline.deadline);
    if (clear.length === 0 || !due) {
      const reason = clear.length === 0 ? 'noOwner' : 'noDeadline';
      excluded.push({
        task: item.task.number,
        text: item.task.text,
        reason,
        reasonLabel: reason === 'noOwner' ? '未明确责任主体' : '无具体完成时限',
        deadlineText: item.task.deadline,
      });
      counts.excluded++;
      continue;
    }
    const status = taskStatus(item, analysis, {
      asOf: options.asOf,
      completion: completion.get(item.task.number),
    });
    const byUnit = index.get(item.task.number);
    const entries = given ? ownerUnits(item).flatMap((u) => byUnit?.get(u) ?? []) : undefined;
    const result: LookbackResult =
      status.status === 'done'
        ? 'done'
        : status.status === 'doneLate'
          ? 'doneLate'
          : entries?.some((e) => e.state === 'cannotComplete')
            ? 'cannotComplete'
            : status.status === 'overdue' || status.status === 'atRisk'
              ? 'unfinished'
              : 'notDue';
    counts.checked++;
    counts[result]++;
    items.push({
      task: item.task.number,
      category: item.task.category,
      text: item.task.text,
      owners: owners.names,
      ownerRole: owners.role,
      deadline: reportDeadline(item, year),
      due,
      status: reportStatus(status, year),
      result,
      resultLabel: lookbackResultLabels[result],
      rectify: result === 'unfinished' || result === 'cannotComplete',
      ...(entries && entries.length > 0 ? { progress: entries } : {}),
    });
  }
  return { asOf: options.asOf, items, excluded, counts };
}
