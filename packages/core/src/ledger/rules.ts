/**
 * The ledger's rules (台账规则): which entries count (corrections supersede), each unit's latest
 * state on a day, and when a task is done — for one unit, and for the plan.
 */
import type { Completion } from '../deadlines';
import { firstDue } from '../deadlines';
import type { Diagnostic } from '../diagnostics';
import type { IsoDate, Role } from '../model/schema';
import type { AnalyzedTask, PlanAnalysis } from '../queries/analysis';
import type { ProgressEntry } from '../queries/report-views';
import { findUnit } from '../queries/views';
import { lookupName } from '../registry';
import { tasksForUnit, unitsForTask } from '../roles';
import { isFinishedState, type LedgerEntry, type LedgerState, planId } from './schema';

/**
 * Options of the ledger queries: the status day (截至日期). Entries dated after it are not yet known.
 * Without `asOf`, every entry counts.
 *
 * @example
 * const options: LedgerQueryOptions = { asOf: '2021-10-30' };
 */
export interface LedgerQueryOptions {
  asOf?: IsoDate;
}

/**
 * The entries that count (有效记录): every entry that no other entry supersedes, in the order given.
 * Corrections remove what they correct however they are dated; the corrected entries stay in the
 * ledger (append-only) but no longer count.
 *
 * @example
 * currentEntries([a, { ...b, supersedes: a.id }]); //=> [b]
 */
export function currentEntries(entries: readonly LedgerEntry[]): LedgerEntry[] {
  const superseded = new Set<string>();
  for (const e of entries) if (e.supersedes !== undefined) superseded.add(e.supersedes);
  return superseded.size === 0 ? [...entries] : entries.filter((e) => !superseded.has(e.id));
}

/**
 * Which of two entries for the same unit and task is the later one: by `date`, then by when it was
 * recorded, then by id (so the answer never depends on file order).
 *
 * @example
 * compareEntries({ date: '2021-10-01', recordedAt: '…' }, { date: '2021-10-02', recordedAt: '…' }) < 0; //=> true
 */
export function compareEntries(
  a: Pick<LedgerEntry, 'date' | 'recordedAt' | 'id'>,
  b: Pick<LedgerEntry, 'date' | 'recordedAt' | 'id'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  const ta = Date.parse(a.recordedAt);
  const tb = Date.parse(b.recordedAt);
  if (ta !== tb) return ta - tb;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** task → unit → that unit's latest entry. */
export type LatestEntries = Map<number, Map<string, LedgerEntry>>;

/** The canonical name of a unit as an entry writes it (alias, full name), else as written. */
function canonical(analysis: PlanAnalysis | undefined, name: string): string {
  if (analysis) {
    const entry = lookupName(analysis.registry, name);
    if (entry) return entry.kind === 'unit' ? entry.unit.name : entry.group.name;
  }
  return name.replace(/\s+/g, '');
}

/**
 * Each unit's latest entry on each task (各单位最新进展), known on `asOf`: corrections applied,
 * later-dated entries left out. Units are keyed by canonical name when an analysis is given.
 *
 * @example
 * latestEntries(entries, { asOf: '2021-10-30' }).get(7)?.get('市财政局')?.state; //=> 'inProgress'
 */
export function latestEntries(
  entries: readonly LedgerEntry[],
  options: LedgerQueryOptions = {},
  analysis?: PlanAnalysis,
): LatestEntries {
  const out: LatestEntries = new Map();
  for (const entry of currentEntries(entries)) {
    if (options.asOf !== undefined && entry.date > options.asOf) continue;
    const unit = canonical(analysis, entry.unit);
    const byUnit = out.get(entry.task) ?? new Map<string, LedgerEntry>();
    out.set(entry.task, byUnit);
    const known = byUnit.get(unit);
    if (!known || compareEntries(known, entry) < 0) byUnit.set(unit, entry);
  }
  return out;
}

/**
 * The units answerable for a task as a whole (责任主体), groups expanded: its lead units; with no
 * lead, every responsible unit.
 *
 * @example
 * taskOwners(analysis.byNumber.get(7)!); //=> { role: 'lead', units: ['市财政局'] }
 * taskOwners(analysis.byNumber.get(31)!); //=> { role: 'responsible', units: ['市政府办公室', '市政务服务数据管理局'] }
 */
export function taskOwners(item: AnalyzedTask): { role: 'lead' | 'responsible'; units: string[] } {
  const leads = item.resolved.units.filter((u) => u.role === 'lead').map((u) => u.unit);
  if (leads.length > 0) return { role: 'lead', units: leads };
  return {
    role: 'responsible',
    units: item.resolved.units.filter((u) => u.role === 'responsible').map((u) => u.unit),
  };
}

/** A finished entry as a completion fact: done, on the entry's day. */
function finished(entry: LedgerEntry | undefined): Completion | undefined {
  return entry && isFinishedState(entry.state) ? { done: true, on: entry.date } : undefined;
}

/**
 * Completion of whole tasks from the ledger (任务完成情况), for core's `AsOfOptions.completion` (so
 * `listTasks`, `taskView`, `deadlineCalendar` and the report views judge status with it). A task is
 * done for the plan when every owner — its lead units, or with no lead every responsible unit,
 * groups expanded — has its latest entry known on `asOf` saying 已完成 or 已完成（逾期）; it was done
 * on the latest of those days, so it is late (`doneLate`) when that day is after the deadline.
 *
 * @example
 * const completion = ledgerCompletion(analysis, entries, { asOf: '2021-12-31' });
 * listTasks(analysis, { asOf: '2021-12-31', completion }).find((t) => t.number === 7)?.status?.status; //=> 'done'
 */
export function ledgerCompletion(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  options: LedgerQueryOptions = {},
): Map<number, Completion> {
  const latest = latestEntries(entries, options, analysis);
  const out = new Map<number, Completion>();
  for (const [task, byUnit] of latest) {
    const item = analysis.byNumber.get(task);
    if (!item) continue;
    const owners = taskOwners(item).units;
    if (owners.length === 0) continue;
    let on: IsoDate | undefined;
    let all = true;
    for (const unit of owners) {
      const done = finished(byUnit.get(unit));
      if (!done) {
        all = false;
        break;
      }
      if (on === undefined || done.on! > on) on = done.on;
    }
    if (all && on !== undefined) out.set(task, { done: true, on });
  }
  return out;
}

/**
 * Completion of tasks for one unit (本单位完成情况): a task is done for the unit when the unit's own
 * latest entry says so, whatever the other units report. Pass it as `completion` to a unit's views.
 *
 * @example
 * const mine = unitCompletion(analysis, entries, '赤坎区政府', { asOf: '2021-12-31' });
 * listTasks(analysis, { unit: '赤坎区政府', asOf: '2021-12-31', completion: mine });
 */
export function unitCompletion(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  unit: string,
  options: LedgerQueryOptions = {},
): Map<number, Completion> {
  const name = canonical(analysis, unit);
  const out = new Map<number, Completion>();
  for (const [task, byUnit] of latestEntries(entries, options, analysis)) {
    const done = finished(byUnit.get(name));
    if (done) out.set(task, done);
  }
  return out;
}

/**
 * One unit's place on a task with its latest entry (单位进展): who, in what role, what it last said.
 *
 * @example
 * const p: UnitProgress = { task: 7, unit: '市财政局', role: 'lead', entry: { state: 'done', … } };
 */
export interface UnitProgress {
  task: number;
  unit: string;
  role: Role;
  /** The group the unit holds its role through, e.g. 各县（市、区）政府（管委会）. */
  via?: string;
  /** The unit is one of the task's owners (its leads; with no lead, its responsible units). */
  owner: boolean;
  /** The latest entry known on `asOf`, if the unit has reported. */
  entry?: LedgerEntry;
}

/**
 * Every unit holding a role on a task, with its latest entry (任务各单位进展), owners first, then in
 * the order the task names them.
 *
 * @example
 * taskProgress(analysis, entries, 7, { asOf: '2021-10-30' }).filter((p) => !p.entry).length; // units yet to report
 */
export function taskProgress(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  task: number,
  options: LedgerQueryOptions = {},
): UnitProgress[] {
  const item = analysis.byNumber.get(task);
  if (!item) return [];
  const owners = new Set(taskOwners(item).units);
  const byUnit = latestEntries(entries, options, analysis).get(task);
  const rows = unitsForTask(analysis.resolved, task).map((a): UnitProgress => {
    const entry = byUnit?.get(a.unit);
    return {
      task,
      unit: a.unit,
      role: a.role,
      ...(a.via !== undefined ? { via: a.via } : {}),
      owner: owners.has(a.unit),
      ...(entry ? { entry } : {}),
    };
  });
  return [...rows.filter((r) => r.owner), ...rows.filter((r) => !r.owner)];
}

/**
 * A unit's latest entry on every task it holds a role on (本单位各任务进展), in plan order.
 *
 * @example
 * unitProgress(analysis, entries, '市财政局', { asOf: '2021-10-30' }).filter((p) => p.role === 'lead').map((p) => p.entry?.state);
 * //=> ['done', 'inProgress', undefined]
 */
export function unitProgress(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  unit: string,
  options: LedgerQueryOptions = {},
): UnitProgress[] {
  const name = canonical(analysis, unit);
  const latest = latestEntries(entries, options, analysis);
  return tasksForUnit(analysis.resolved, name).map((t): UnitProgress => {
    const item = analysis.byNumber.get(t.task)!;
    const entry = latest.get(t.task)?.get(name);
    return {
      task: t.task,
      unit: name,
      role: t.role,
      ...(t.via !== undefined ? { via: t.via } : {}),
      owner: taskOwners(item).units.includes(name),
      ...(entry ? { entry } : {}),
    };
  });
}

/**
 * Filters of {@link listLedger}; all given filters must hold.
 *
 * @example
 * const filter: LedgerListFilter = { unit: '市财政局', states: ['cannotComplete'], asOf: '2021-10-30' };
 */
export interface LedgerListFilter extends LedgerQueryOptions {
  /** Entries on this task. */
  task?: number;
  /** Entries of this unit (name, alias or full name); a group: of its members. */
  unit?: string;
  /** Entries in one of these states. */
  states?: readonly LedgerState[];
  /** Every entry dated on or before `asOf`, corrected ones included, in the order recorded. */
  history?: boolean;
}

/**
 * The ledger as a person looks it up (台账查询): each unit's latest entry on each task, by task and
 * then in the order the plan names the units — or with `history`, every entry as recorded.
 *
 * @example
 * listLedger(analysis, entries, { unit: '市财政局', asOf: '2021-10-30' }).map((e) => [e.task, e.state]);
 * //=> [[7, 'done'], [8, 'inProgress']]
 */
export function listLedger(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  filter: LedgerListFilter = {},
): LedgerEntry[] {
  const { asOf, task, states } = filter;
  let units: Set<string> | undefined;
  if (filter.unit !== undefined) {
    const unit = findUnit(analysis, filter.unit);
    const members = analysis.registry.membersOf.get(unit);
    units = new Set(members && members.length > 0 ? members.map((m) => m.name) : [unit]);
  }
  let shown: LedgerEntry[];
  if (filter.history) {
    shown = entries.filter((e) => asOf === undefined || e.date <= asOf);
  } else {
    // Units the plan does not name go last.
    const order = (name: string) =>
      analysis.resolved.byUnit.ids.get(canonical(analysis, name)) ?? Number.MAX_SAFE_INTEGER;
    shown = [...latestEntries(entries, asOf !== undefined ? { asOf } : {}, analysis).values()].flatMap(
      (byUnit) => [...byUnit.values()],
    );
    shown.sort((a, b) => a.task - b.task || order(a.unit) - order(b.unit));
  }
  return shown.filter(
    (e) =>
      (task === undefined || e.task === task) &&
      (units === undefined || units.has(canonical(analysis, e.unit))) &&
      (states === undefined || states.includes(e.state)),
  );
}

/**
 * How far a task's owners are (责任主体完成情况): its owners ({@link taskOwners}) and how many of them
 * have a latest entry saying 已完成 or 已完成（逾期）; the task is done for the plan when all have.
 *
 * @example
 * ownersDone(analysis, entries, 7, { asOf: '2021-10-30' }); //=> { role: 'lead', units: ['市财政局'], done: 1 }
 */
export function ownersDone(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  task: number,
  options: LedgerQueryOptions = {},
): { role: 'lead' | 'responsible'; units: string[]; done: number } {
  const item = analysis.byNumber.get(task);
  if (!item) return { role: 'lead', units: [], done: 0 };
  const owners = taskOwners(item);
  const latest = latestEntries(entries, options, analysis).get(task);
  const done = owners.units.filter((unit) => finished(latest?.get(unit)) !== undefined).length;
  return { ...owners, done };
}

/**
 * The entries that count for the same task, unit and day as `entry` but say another state (同日不同
 * 记录), leaving out the entry it corrects: a new entry that disagrees with what the unit already
 * reported for that day, which a person should hear about.
 *
 * @example
 * sameDayEntries(entries, { task: 7, unit: '市财政局', date: '2021-10-10', state: 'done' }).map((e) => e.state); //=> ['inProgress']
 */
export function sameDayEntries(
  entries: readonly LedgerEntry[],
  entry: Pick<LedgerEntry, 'task' | 'unit' | 'date' | 'state' | 'supersedes'>,
): LedgerEntry[] {
  return currentEntries(entries).filter(
    (e) =>
      e.task === entry.task &&
      e.unit === entry.unit &&
      e.date === entry.date &&
      e.state !== entry.state &&
      e.id !== entry.supersedes,
  );
}

/**
 * The entries that count, as the report views' progress entries (进展填报), ordered so that the
 * report views' "latest entry" is the ledger's: pass the result as `progress` to `ledgerRows`,
 * `leadSummary`, `overdueWarnings` or `lookbackChecklist`.
 *
 * @example
 * leadSummary(analysis, { asOf: '2021-10-30', progress: progressEntries(entries) });
 */
export function progressEntries(entries: readonly LedgerEntry[]): ProgressEntry[] {
  return currentEntries(entries)
    .sort(compareEntries)
    .map((e) => ({
      task: e.task,
      unit: e.unit,
      state: e.state,
      date: e.date,
      ...(e.note ? { note: e.note } : {}),
    }));
}

/**
 * Check a ledger against its plan (台账核对): entries of another plan (an error: the wrong ledger),
 * unknown tasks or units, units with no role on the task, corrections of entries that do not exist,
 * and finished states that disagree with the deadline (已完成 after it, 已完成（逾期） before it).
 *
 * @example
 * checkLedger(analysis, entries).map((d) => d.code); //=> ['ledger-unknown-task']
 */
export function checkLedger(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  options: { fileName?: string; lines?: readonly number[] } = {},
): Diagnostic[] {
  const id = planId(analysis.plan);
  const ids = new Set(entries.map((e) => e.id));
  const out: Diagnostic[] = [];
  entries.forEach((e, i) => {
    const line = options.lines?.[i];
    const where = {
      ...(options.fileName ? { file: options.fileName } : {}),
      ...(line !== undefined ? { start: { line, column: 1, offset: 0 } } : {}),
      path: ['entry', e.id] as (string | number)[],
    };
    if (e.plan !== id && e.plan !== analysis.plan.meta.title) {
      out.push({
        ...where,
        severity: 'error',
        code: 'ledger-other-plan',
        message: `entry for plan “${e.plan}”, not this plan (“${id}”): is this the right ledger?`,
      });
      return;
    }
    const item = analysis.byNumber.get(e.task);
    if (!item) {
      out.push({
        ...where,
        severity: 'warning',
        code: 'ledger-unknown-task',
        message: `the plan has no task ${e.task}`,
      });
    } else {
      const unit = canonical(analysis, e.unit);
      if (!item.resolved.units.some((u) => u.unit === unit)) {
        out.push({
          ...where,
          severity: 'warning',
          code: 'ledger-unit-without-role',
          message: `${e.unit} holds no role on task ${e.task}`,
        });
      }
      const due = firstDue(item.deadline.deadline);
      if (due && e.state === 'done' && e.date > due) {
        out.push({
          ...where,
          severity: 'info',
          code: 'ledger-done-after-deadline',
          message: `task ${e.task}: ${e.unit} reports 已完成 on ${e.date}, after the deadline ${due}; it counts as 逾期完成`,
        });
      }
      if (due && e.state === 'doneLate' && e.date <= due) {
        out.push({
          ...where,
          severity: 'info',
          code: 'ledger-done-late-before-deadline',
          message: `task ${e.task}: ${e.unit} reports 已完成（逾期） on ${e.date}, not after the deadline ${due}; status follows the date`,
        });
      }
    }
    if (e.supersedes !== undefined && !ids.has(e.supersedes)) {
      out.push({
        ...where,
        severity: 'warning',
        code: 'ledger-supersedes-unknown',
        message: `entry ${e.id} corrects ${e.supersedes}, which is not in the ledger`,
      });
    }
  });
  return out;
}
