/**
 * Views (视图): plain data answers to "who does what by when", shared by the CLI's `--json`, the
 * reports and the viewer.
 */
import type {
  Completion,
  Deadline,
  DeadlineKind,
  DeadlineStatus,
  DeadlineStatusReport,
  ParsedDeadline,
  TrafficLight,
} from '../deadlines';
import { firstDue } from '../deadlines/explain';
import { deadlineStatus, trafficLight } from '../deadlines/status';
import { type Diagnostic, FengongUsageError } from '../diagnostics';
import { roleNames, statusNames } from '../labels';
import { say } from '../messages';
import { checkDayOption } from '../day-option';
import type { DayString } from '../model/plain';
import type { IsoDate, Role } from '../model/schema';
import { closestUnits } from '../registry/closest';
import { lookupName } from '../registry/lookup';
import type { Clause, RoleAssignment, RoleNames, UnitTask } from '../roles';
import { unitTasksAt } from '../roles/plan';
import type { AnalyzedTask, PlanAnalysis } from './analysis';

/** A task's deadline in brief: the cell as written, its kind, and the first last-acceptable day. */
export interface DeadlineBrief {
  text: string;
  kind: DeadlineKind;
  /** The last acceptable day of the first dated part under the plan's reading, or null. */
  due: IsoDate | null;
}

/** A task's status on a day, with its traffic light (红黄绿灯). */
export interface TaskStatus extends DeadlineStatusReport {
  light: TrafficLight;
}

/**
 * One task as the CLI's `--json`, the reports and the viewer show it.
 *
 * @example
 * const view: TaskView = taskView(analysis.byNumber.get(7)!, { asOf: '2021-10-01' });
 * view.roles.lead; //=> ['市财政局']
 */
export interface TaskView {
  number: number;
  category: string;
  text: string;
  /** The units cell as written. */
  units: string;
  /** Persons or titles the plan names as the task's leaders (牵头领导/分管领导), when it names any. */
  leaders?: string[];
  /** Names as the cell gives them (canonical short names; groups not expanded). */
  roles: RoleNames;
  deadline: DeadlineBrief;
  /** Present when an `asOf` day was given. */
  status?: TaskStatus;
  /** Present when the view is for one unit: that unit's role on the task. */
  unitRole?: { role: Role; via?: string; territorial?: boolean; supervising: boolean };
}

/** Options for views judged on a day. */
export interface AsOfOptions {
  /** The day statuses are judged on (截至日期); without it, views carry no status. */
  asOf?: DayString | undefined;
  /** Completion facts by task number (from the progress ledger, 台账). */
  completion?: ReadonlyMap<number, Completion> | undefined;
}

/**
 * The status of one analysed task on `asOf`.
 *
 * @example
 * taskStatus(analysis.byNumber.get(15)!, analysis, { asOf: '2021-10-01' }).status; //=> 'overdue'
 */
export function taskStatus(
  item: AnalyzedTask,
  analysis: PlanAnalysis,
  options: { asOf: DayString; completion?: Completion | undefined },
): TaskStatus {
  checkDayOption('asOf', options.asOf);
  const report = deadlineStatus(item.deadline.deadline, {
    asOf: options.asOf,
    // The resolved plan's copy: reading it does not need the plan's texts (see compiled plans).
    conventions: analysis.resolved.conventions,
    completion: options.completion,
  });
  return { ...report, light: trafficLight(report.status) };
}

/**
 * One task as a view; with `asOf`, its status too.
 *
 * @example
 * taskView(analysis.byNumber.get(1)!, analysis).deadline;
 * //=> { text: '2021 年 9 月前完成现有规划文件主动公开；长期工作', kind: 'compound', due: '2021-09-30' }
 */
export function taskView(item: AnalyzedTask, analysis: PlanAnalysis, options: AsOfOptions = {}): TaskView {
  const { task, resolved, deadline } = item;
  const view: TaskView = {
    number: task.number,
    category: task.category,
    text: task.text,
    units: task.units,
    ...(task.leaders && task.leaders.length > 0 ? { leaders: task.leaders } : {}),
    roles: resolved.roles,
    deadline: { text: task.deadline, kind: deadline.deadline.kind, due: firstDue(deadline.deadline) },
  };
  if (options.asOf) {
    view.status = taskStatus(item, analysis, {
      asOf: options.asOf,
      completion: options.completion?.get(task.number),
    });
  }
  return view;
}

/** Filters for {@link listTasks}; all given filters must hold. */
export interface TaskFilter extends AsOfOptions {
  /** Tasks this unit (name, alias or full name; or a name the registry does not know) holds a role on. */
  unit?: string | undefined;
  /** With `unit`: only these roles of the unit (supervising counts when the unit supervises). */
  roles?: readonly Role[] | undefined;
  /** Tasks of this category (exact name, or a part of it). */
  category?: string | undefined;
  /** Tasks whose status on `asOf` is one of these (needs `asOf`). */
  status?: readonly DeadlineStatus[] | undefined;
  /** Tasks whose first due day is on or before this day. */
  dueBefore?: DayString | undefined;
  /** Tasks whose first due day is on or after this day. */
  dueAfter?: DayString | undefined;
}

/** A name that is neither in the registry nor in the plan; carries the closest names. */
export class UnknownUnitError extends Error {
  override readonly name = 'UnknownUnitError';
  constructor(
    readonly unit: string,
    readonly suggestions: string[],
  ) {
    super(
      say('unknown-unit/ledger', {
        name: unit,
        ...(suggestions.length ? { names: suggestions.join('、') } : {}),
      }),
    );
  }
}

/**
 * The canonical name of a unit or group as the registry or the plan knows it; throws
 * {@link UnknownUnitError} with the closest names otherwise.
 *
 * @example
 * findUnit(analysis, '湛江市财政局'); //=> '市财政局'
 * findUnit(analysis, '市财政厅'); // throws: closest 市财政局
 */
export function findUnit(analysis: PlanAnalysis, name: string): string {
  return unitOrGroup(analysis, name).name;
}

/** {@link findUnit}, and whether the name is a group's. */
function unitOrGroup(analysis: PlanAnalysis, name: string): { name: string; group: boolean } {
  // A unit's own name, as the plan's index has it: the registry is not needed (nor read, from a
  // compiled plan). Registry names and aliases never repeat one another, so this is what the look-up
  // below would find.
  if (analysis.resolved.byUnit.ids.has(name)) return { name, group: false };
  const entry = lookupName(analysis.registry, name);
  if (entry)
    return entry.kind === 'unit'
      ? { name: entry.unit.name, group: false }
      : { name: entry.group.name, group: true };
  const trimmed = name.replace(/\s+/g, '');
  if (analysis.resolved.byUnit.ids.has(trimmed)) return { name: trimmed, group: false };
  const named = analysis.tasks.some((t) =>
    t.resolved.units.some((u) => u.unit === trimmed || u.via === trimmed),
  );
  if (named) return { name: trimmed, group: analysis.registry.groupByName.has(trimmed) };
  throw new UnknownUnitError(
    name,
    closestUnits(analysis.registry, name, 3, { groups: true }).map((s) => s.name),
  );
}

function roleMatches(entry: UnitTask, roles: readonly Role[] | undefined): boolean {
  if (!roles || roles.length === 0) return true;
  return roles.includes(entry.role) || (entry.supervising && roles.includes('supervising'));
}

const FILTER_KEYS = new Set([
  'unit',
  'roles',
  'category',
  'status',
  'dueBefore',
  'dueAfter',
  'asOf',
  'completion',
]);

/** Values of a list option must be among `choices`. */
function checkChoices(
  option: string,
  values: readonly unknown[] | undefined,
  choices: readonly string[],
): void {
  for (const value of values ?? []) {
    if (typeof value !== 'string' || !choices.includes(value))
      throw new FengongUsageError('usage/bad-value', {
        option,
        value: String(value),
        choices: choices.join(', '),
      });
  }
}

/**
 * Check a task filter as a whole: every option known, days real, statuses and roles among their
 * values, `status` with `asOf`, `roles` with `unit`. Throws {@link FengongUsageError}; nothing is
 * silently ignored.
 */
function checkTaskFilter(filter: TaskFilter): void {
  for (const key of Object.keys(filter))
    if (!FILTER_KEYS.has(key)) throw new FengongUsageError('usage/unknown-option', { option: key });
  checkDayOption('asOf', filter.asOf);
  checkDayOption('dueBefore', filter.dueBefore);
  checkDayOption('dueAfter', filter.dueAfter);
  checkChoices('status', filter.status, Object.keys(statusNames.en));
  checkChoices('roles', filter.roles, Object.keys(roleNames.en));
  if (filter.status?.length && !filter.asOf) throw new FengongUsageError('usage/status-needs-as-of');
  if (filter.roles?.length && filter.unit === undefined) throw new FengongUsageError('usage/roles-need-unit');
}

/**
 * Call `visit` with each task matching every filter, in document order, with the unit's entry and
 * the status that were judged. Reads only what the filters need — a task's deadline reading, and its
 * text only for a category — so that counting on a compiled plan ({@link decodeAnalysis}) never
 * parses the plan's texts; and allocates nothing per task, since a count visits thousands.
 */
function forEachMatch(
  analysis: PlanAnalysis,
  filter: TaskFilter,
  visit: (item: AnalyzedTask, entry: UnitTask | undefined, status: TaskStatus | undefined) => void,
): void {
  checkTaskFilter(filter);
  const { category, asOf, dueBefore, dueAfter } = filter;
  // Tasks with identical deadline cells share one reading; without completion facts they share
  // its first due day and its status too, so each distinct deadline is judged once (a 10,000-task
  // plan has a few dozen).
  const dues = new Map<ParsedDeadline, IsoDate | null>();
  const statuses = new Map<ParsedDeadline, TaskStatus>();
  const consider = (item: AnalyzedTask, entry?: UnitTask) => {
    if (category && item.task.category !== category && !item.task.category.includes(category)) return;
    if (dueBefore || dueAfter) {
      let due = dues.get(item.deadline);
      if (due === undefined) {
        due = firstDue(item.deadline.deadline);
        dues.set(item.deadline, due);
      }
      if (dueBefore && (due === null || due > dueBefore)) return;
      if (dueAfter && (due === null || due < dueAfter)) return;
    }
    let status: TaskStatus | undefined;
    if (asOf) {
      const completion = filter.completion?.size
        ? filter.completion.get(entry?.task ?? item.task.number)
        : undefined;
      status = completion ? undefined : statuses.get(item.deadline);
      if (!status) {
        status = taskStatus(item, analysis, { asOf, completion });
        if (!completion) statuses.set(item.deadline, status);
      }
    }
    if (filter.status && !filter.status.includes(status!.status)) return;
    visit(item, entry, status);
  };
  if (filter.unit === undefined) {
    for (const item of analysis.tasks) consider(item);
    return;
  }
  const { name: unit, group } = unitOrGroup(analysis, filter.unit);
  if (group) {
    for (const { item } of groupTasks(analysis, unit)) consider(item);
    return;
  }
  for (const { at, entry } of unitTasksAt(analysis.resolved, unit)) {
    if (roleMatches(entry, filter.roles)) consider(analysis.tasks[at]!, entry);
  }
}

/**
 * The tasks matching every given filter, as views, in document order.
 *
 * @example
 * listTasks(analysis, { unit: '市财政局', roles: ['lead'] }).map((t) => t.number); //=> [7, 8, 9]
 * listTasks(analysis, { status: ['overdue'], asOf: '2021-10-01' }).length; //=> 8
 */
export function listTasks(analysis: PlanAnalysis, filter: TaskFilter = {}): TaskView[] {
  const views: TaskView[] = [];
  forEachMatch(analysis, filter, (item, entry, status) => {
    const view = taskView(item, analysis);
    // Views do not share status objects, even when tasks share a deadline reading.
    if (status) view.status = { ...status };
    if (entry) {
      view.unitRole = {
        role: entry.role,
        supervising: entry.supervising,
        ...(entry.via ? { via: entry.via } : {}),
        ...(entry.territorial ? { territorial: true } : {}),
      };
    }
    views.push(view);
  });
  return views;
}

/**
 * How many tasks {@link listTasks} would list for the same filters (任务计数), without building
 * their views.
 *
 * @example
 * countTasks(analysis, { unit: '市财政局', roles: ['lead'] }); //=> 3
 * countTasks(analysis, { dueBefore: '2021-09-30' }) === listTasks(analysis, { dueBefore: '2021-09-30' }).length; //=> true
 */
export function countTasks(analysis: PlanAnalysis, filter: TaskFilter = {}): number {
  let count = 0;
  forEachMatch(analysis, filter, () => {
    count += 1;
  });
  return count;
}

/** Tasks that name a group itself (not its members), for `--unit <group>`. */
function groupTasks(analysis: PlanAnalysis, group: string): { item: AnalyzedTask }[] {
  return analysis.tasks
    .filter((t) =>
      (['lead', 'responsible', 'supporting', 'supervising'] as const).some((r) =>
        t.resolved.roles[r].includes(group),
      ),
    )
    .map((item) => ({ item }));
}

/** Count of tasks by status on a day, for summaries. */
export function countByStatus(views: readonly TaskView[]): Partial<Record<DeadlineStatus, number>> {
  const counts: Partial<Record<DeadlineStatus, number>> = {};
  for (const v of views) if (v.status) counts[v.status.status] = (counts[v.status.status] ?? 0) + 1;
  return counts;
}

/**
 * The notices of one task’s reading (units cell and deadline cell), with the path `task[N].units` or
 * `task[N].deadline` (N is the task number, not a position).
 *
 * @example
 * taskNotices(analysis.byNumber.get(26)!).map((d) => d.code); //=> ['no-single-owner']
 */
export function taskNotices(item: AnalyzedTask): Diagnostic[] {
  const index = item.task.number;
  return [
    ...item.resolved.notices.map((n) => ({ ...n, path: ['task', index, 'units'] as (string | number)[] })),
    ...item.deadline.notices.map((n) => ({ ...n, path: ['task', index, 'deadline'] as (string | number)[] })),
  ];
}

/**
 * Everything fengong read from one task (任务详情): the view, every unit with its role and the
 * group it came through, the clauses of the units cell with their spans, the typed deadline, and
 * the notices.
 *
 * @example
 * const detail = taskDetail(analysis, 7, { asOf: '2021-10-01' });
 * detail.assignments.find((a) => a.unit === '赤坎区政府'); //=> { unit: '赤坎区政府', role: 'responsible', via: '各县（市、区）政府（管委会）', territorial: true }
 */
export interface TaskDetail {
  task: TaskView;
  assignments: RoleAssignment[];
  clauses: Clause[];
  deadline: Deadline;
  notices: Diagnostic[];
}

/** See {@link TaskDetail}; `undefined` when the plan has no task with that number. */
export function taskDetail(
  analysis: PlanAnalysis,
  number: number,
  options: AsOfOptions = {},
): TaskDetail | undefined {
  const item = analysis.byNumber.get(number);
  if (!item) return undefined;
  return {
    task: taskView(item, analysis, options),
    assignments: [...item.resolved.units],
    clauses: [...item.resolved.clauses],
    deadline: item.deadline.deadline,
    notices: taskNotices(item),
  };
}
