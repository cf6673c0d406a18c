/**
 * The progress rules (进度规则), decided once here and used by every view, the CLI, fengong-report and
 * the viewer:
 *
 * 1. **Which entries count.** A correction (更正) names the entry it `supersedes`; the corrected entry
 *    stays in the ledger but no longer counts, however either is dated ({@link currentEntries}).
 * 2. **The current entry of a (task, unit) pair** on a status day `asOf`: of the entries that count
 *    and are dated on or before `asOf`, the one with the latest `date`; on the same day the one
 *    recorded later (`recordedAt`); recorded at the same instant, the one later in the ledger (the
 *    file is append-only, so later in the file is later written). Entries dated after `asOf` are not
 *    yet known. Units are matched by canonical name (full names and aliases count as the unit).
 * 3. **Who owes the task (责任主体)**: its lead units; with no lead, every responsible unit — groups
 *    expanded to their members ({@link taskOwners}). Supporting (配合), supervising (监管) and, when
 *    there is a lead, responsible (负责) units report on their own part but do not decide the task.
 * 4. **Completion.** A task is done when every owner's current entry says 已完成 or 已完成（逾期）; it
 *    was done on the latest of those days, and is 逾期完成 when that day is after its deadline. A
 *    unit's part is done when its own current entry says finished — or when the task is done: once
 *    the owners have finished, no unit on the task owes anything more, so a supporting unit that never
 *    reported is not listed as late.
 * 5. **无法完成 (cannotComplete)** finishes nothing: the unit's part stays open and is a class of its
 *    own (with the reason the entry gives). A task not done with an owner whose current entry says
 *    无法完成 is 无法完成 in the look-back, counted apart from 未完成.
 */
import type { Completion } from '../deadlines';
import { firstDue } from '../deadlines/explain';
import { checkDayOption } from '../day-option';
import type { Diagnostic } from '../diagnostics';
import { partStateNames } from '../labels';
import { catalogued } from '../messages';
import type { DayString } from '../model/plain';
import type { IsoDate, Plan, Role } from '../model/schema';
import type { AnalyzedTask, PlanAnalysis } from '../queries/analysis';
import { findUnit, type TaskStatus, taskStatus } from '../queries/views';
import { lookupName } from '../registry/lookup';
import { tasksForUnit, unitsForTask } from '../roles/plan';
import type { LedgerEntry, LedgerState } from './schema';
import { isFinishedState } from './states';

/**
 * The id that ties ledger entries to a plan (方案标识): its document number (文号), else its title.
 *
 * @example
 * planId(plan); //=> '湛府办〔2021〕15号'
 */
export function planId(plan: Pick<Plan, 'meta'>): string {
  return plan.meta.documentNumber?.trim() || plan.meta.title.trim();
}

/**
 * Options of the ledger queries: the status day (截至日期). Entries dated after it are not yet known.
 * Without `asOf`, every entry counts.
 *
 * @example
 * const options: LedgerQueryOptions = { asOf: '2021-10-30' };
 */
export interface LedgerQueryOptions {
  asOf?: DayString | undefined;
}

/**
 * The entries that count (有效记录): every entry that no other entry supersedes, in the order given
 * (rule 1 of the module).
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
 * Which of two entries of a (task, unit) pair is the later one (rule 2): by `date`, then by when it
 * was recorded. 0 means a tie, which the caller settles by ledger order (the later one wins).
 *
 * @example
 * compareEntries({ date: '2021-10-01', recordedAt: '…' }, { date: '2021-10-02', recordedAt: '…' }) < 0; //=> true
 */
export function compareEntries(
  a: Pick<LedgerEntry, 'date' | 'recordedAt'>,
  b: Pick<LedgerEntry, 'date' | 'recordedAt'>,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  return Date.parse(a.recordedAt) - Date.parse(b.recordedAt);
}

/** The canonical name of a unit as an entry writes it (alias, full name), else as written. */
function canonical(analysis: PlanAnalysis, name: string): string {
  const entry = lookupName(analysis.registry, name);
  if (entry) return entry.kind === 'unit' ? entry.unit.name : entry.group.name;
  return name.replace(/\s+/g, '');
}

/** task → unit (canonical) → its current entry. */
type EntryIndex = Map<number, Map<string, LedgerEntry>>;

/** The current entry of every (task, unit) pair known on `asOf` (rules 1 and 2). */
function indexEntries(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  asOf: IsoDate | undefined,
): EntryIndex {
  const out: EntryIndex = new Map();
  for (const entry of currentEntries(entries)) {
    if (asOf !== undefined && entry.date > asOf) continue;
    const unit = canonical(analysis, entry.unit);
    let byUnit = out.get(entry.task);
    if (!byUnit) {
      byUnit = new Map();
      out.set(entry.task, byUnit);
    }
    const known = byUnit.get(unit);
    // `<= 0`: a tie goes to the entry later in the ledger.
    if (!known || compareEntries(known, entry) <= 0) byUnit.set(unit, entry);
  }
  return out;
}

/**
 * Who owes a task as a whole (责任主体, rule 3): its lead units, or with no lead its responsible units;
 * `names` as the units cell names them, `units` with groups expanded (the units whose reports decide).
 *
 * @example
 * taskOwners(analysis.byNumber.get(7)!); //=> { role: 'lead', names: ['市财政局'], units: ['市财政局'] }
 */
export interface TaskOwners {
  role: 'lead' | 'responsible';
  names: string[];
  units: string[];
}

/** Owners by task, made once per analysed task (a task's cell may expand to thousands of units). */
const ownersOf = new WeakMap<AnalyzedTask, { owners: TaskOwners; set: ReadonlySet<string> }>();

/** The owners of a task and the set of their names, shared: callers must not change them. */
function sharedOwners(item: AnalyzedTask): { owners: TaskOwners; set: ReadonlySet<string> } {
  let known = ownersOf.get(item);
  if (!known) {
    const role = item.resolved.roles.lead.length > 0 ? 'lead' : 'responsible';
    const set = new Set(item.resolved.units.filter((u) => u.role === role).map((u) => u.unit));
    known = { owners: { role, names: item.resolved.roles[role], units: [...set] }, set };
    ownersOf.set(item, known);
  }
  return known;
}

/** See {@link TaskOwners}. */
export function taskOwners(item: AnalyzedTask): TaskOwners {
  const { owners } = sharedOwners(item);
  return { role: owners.role, names: [...owners.names], units: [...owners.units] };
}

/**
 * Where a unit's part of a task (or a whole task) stands (进展状况): `done` 已完成 · `doneLate` 逾期完成 ·
 * `cannotComplete` 无法完成 (reported, with a reason) · `open` 未完成 (not finished: not started, in
 * progress, or not reported).
 *
 * @example
 * const state: PartState = 'cannotComplete';
 */
export type PartState = 'done' | 'doneLate' | 'cannotComplete' | 'open';

/**
 * Chinese labels of the part states.
 *
 * @example
 * partStateLabels.open; //=> '未完成'
 */
export const partStateLabels: Readonly<Record<PartState, string>> = partStateNames.zh;

/**
 * One unit's part of a task on the status day (单位进展): its role, its current entry, where its part
 * stands and its status (the task's deadline judged with the unit's own completion).
 *
 * @example
 * const p: UnitPart = { task: 7, unit: '赤坎区政府', role: 'responsible', via: '各县（市、区）政府（管委会）',
 *   owner: false, state: 'done', byTask: true, completion: { done: true, on: '2021-10-20' }, status };
 */
export interface UnitPart {
  task: number;
  unit: string;
  role: Role;
  /** The group the unit holds its role through, e.g. 各县（市、区）政府（管委会）. */
  via?: string;
  /** The unit is one of the task's owners ({@link taskOwners}). */
  owner: boolean;
  /** Its current entry known on `asOf`, if it has reported. */
  entry?: LedgerEntry;
  state: PartState;
  /** For `cannotComplete`: the reason its entry gives. */
  reason?: string;
  /** When its part was finished: its own entry's day, or the task's (with `byTask`). */
  completion?: Completion;
  /** Its part is done because the task is done (its owners finished), not by its own entry. */
  byTask?: boolean;
  status: TaskStatus;
}

/**
 * A task on the status day (任务进展): its owners, whether it is done and when, its status, every
 * unit's part (owners first, then in the order the task names them), and the owners that cannot
 * complete it with their reasons.
 *
 * @example
 * const t: TaskProgress = ledgerProgress(analysis, entries, { asOf: '2021-10-30' }).task(7)!;
 * [t.state, t.parts.filter((p) => p.state === 'done').map((p) => p.unit)]; //=> ['open', ['市财政局']]
 */
export interface TaskProgress {
  task: number;
  owners: TaskOwners;
  state: PartState;
  completion?: Completion;
  status: TaskStatus;
  parts: UnitPart[];
  /** Owners whose current entry says 无法完成, with the reasons. */
  blocked: { unit: string; reason: string }[];
}

/**
 * The ledger judged on a status day (台账进展): built once from the entries, then asked per task, per
 * unit or per pair. Every rule of this module is applied here and only here.
 *
 * @example
 * const progress = ledgerProgress(analysis, entries, { asOf: '2021-10-30' });
 * listTasks(analysis, { asOf: '2021-10-30', completion: progress.taskCompletion });
 * listTasks(analysis, { unit: '赤坎区政府', asOf: '2021-10-30', completion: progress.unitCompletion('赤坎区政府') });
 */
export interface LedgerProgress {
  readonly asOf: IsoDate;
  /** The current entry of a unit (name, alias or full name) on a task (rule 2). */
  entry(task: number, unit: string): LedgerEntry | undefined;
  /** Every unit's current entry on a task, by canonical unit name. */
  entries(task: number): ReadonlyMap<string, LedgerEntry>;
  /** Completion of whole tasks (rule 4), for core's `AsOfOptions.completion`. */
  readonly taskCompletion: ReadonlyMap<number, Completion>;
  /** Completion of each task's part of one unit (rule 4), for that unit's views. */
  unitCompletion(unit: string): ReadonlyMap<number, Completion>;
  /** A task with every unit's part, or undefined for a task the plan does not have. */
  task(task: number): TaskProgress | undefined;
  /** One unit's part of a task, or undefined when the unit holds no role on it. */
  part(task: number, unit: string): UnitPart | undefined;
  /** Every task, in plan order. */
  tasks(): TaskProgress[];
}

/**
 * The ledger judged on `asOf` (see {@link LedgerProgress} and the module's rules).
 *
 * @example
 * ledgerProgress(analysis, entries, { asOf: '2021-12-31' }).task(7)?.status.status; //=> 'done'
 */
export function ledgerProgress(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  options: { asOf: DayString },
): LedgerProgress {
  const { asOf } = options;
  checkDayOption('asOf', asOf);
  const index = indexEntries(analysis, entries, asOf);
  const none: ReadonlyMap<string, LedgerEntry> = new Map();
  const taskCompletion = new Map<number, Completion>();
  for (const [task, byUnit] of index) {
    const item = analysis.byNumber.get(task);
    if (!item) continue;
    const owners = sharedOwners(item).owners.units;
    if (owners.length === 0) continue;
    let on: IsoDate | undefined;
    for (const unit of owners) {
      const e = byUnit.get(unit);
      if (!e || !isFinishedState(e.state)) {
        on = undefined;
        break;
      }
      if (on === undefined || e.date > on) on = e.date;
    }
    if (on !== undefined) taskCompletion.set(task, { done: true, on });
  }
  /** A unit's completion of its part: its own finished entry, else the task's. */
  const partCompletion = (task: number, unit: string): { completion?: Completion; byTask?: boolean } => {
    const own = index.get(task)?.get(unit);
    if (own && isFinishedState(own.state)) return { completion: { done: true, on: own.date } };
    const whole = taskCompletion.get(task);
    return whole ? { completion: whole, byTask: true } : {};
  };
  // Parts of a task share few completions (none, the task's, a few own days): judge each once.
  const statuses = new Map<string, TaskStatus>();
  const statusOf = (item: AnalyzedTask, completion: Completion | undefined): TaskStatus => {
    const key = `${item.task.number}\u0000${completion?.on ?? ''}`;
    let status = statuses.get(key);
    if (!status) {
      status = taskStatus(item, analysis, { asOf, completion });
      statuses.set(key, status);
    }
    return status;
  };
  const partOf = (
    item: AnalyzedTask,
    a: { unit: string; role: Role; via?: string },
    owners: ReadonlySet<string>,
  ): UnitPart => {
    const task = item.task.number;
    const entry = index.get(task)?.get(a.unit);
    const { completion, byTask } = partCompletion(task, a.unit);
    const status = statusOf(item, completion);
    const state: PartState = completion
      ? status.status === 'doneLate'
        ? 'doneLate'
        : 'done'
      : entry?.state === 'cannotComplete'
        ? 'cannotComplete'
        : 'open';
    return {
      task,
      unit: a.unit,
      role: a.role,
      ...(a.via !== undefined ? { via: a.via } : {}),
      owner: owners.has(a.unit),
      ...(entry ? { entry } : {}),
      state,
      ...(state === 'cannotComplete' ? { reason: entry?.reason ?? '' } : {}),
      ...(completion ? { completion } : {}),
      ...(byTask ? { byTask } : {}),
      status,
    };
  };
  const parts = new Map<string, UnitPart | undefined>();
  const taskOf = (item: AnalyzedTask): TaskProgress => {
    const owners = taskOwners(item);
    const ownerSet = sharedOwners(item).set;
    const all = unitsForTask(analysis.resolved, item.task.number).map((a) => partOf(item, a, ownerSet));
    const parts = [...all.filter((p) => p.owner), ...all.filter((p) => !p.owner)];
    const completion = taskCompletion.get(item.task.number);
    const status = statusOf(item, completion);
    const blocked = parts.flatMap((p) =>
      p.owner && p.state === 'cannotComplete' ? [{ unit: p.unit, reason: p.reason ?? '' }] : [],
    );
    return {
      task: item.task.number,
      owners,
      state: completion
        ? status.status === 'doneLate'
          ? 'doneLate'
          : 'done'
        : blocked.length > 0
          ? 'cannotComplete'
          : 'open',
      ...(completion ? { completion } : {}),
      status,
      parts,
      blocked,
    };
  };
  return {
    asOf,
    entry: (task, unit) => index.get(task)?.get(canonical(analysis, unit)),
    entries: (task) => index.get(task) ?? none,
    taskCompletion,
    unitCompletion(unit) {
      const name = canonical(analysis, unit);
      const out = new Map<number, Completion>();
      for (const t of tasksForUnit(analysis.resolved, name)) {
        const { completion } = partCompletion(t.task, name);
        if (completion) out.set(t.task, completion);
      }
      return out;
    },
    task(task) {
      const item = analysis.byNumber.get(task);
      return item ? taskOf(item) : undefined;
    },
    part(task, unit) {
      const item = analysis.byNumber.get(task);
      if (!item) return undefined;
      const name = canonical(analysis, unit);
      // Asked for every row a view shows, and again as it re-renders: judged once per pair.
      const key = `${task}\u0000${name}`;
      if (parts.has(key)) return parts.get(key);
      const a = unitsForTask(analysis.resolved, task).find((u) => u.unit === name);
      const part = a ? partOf(item, a, sharedOwners(item).set) : undefined;
      parts.set(key, part);
      return part;
    },
    tasks: () => analysis.tasks.map(taskOf),
  };
}

/**
 * The progress of a plan on a day as plain data (进展总表): every task with its status and every
 * unit's part, and the counts — what `fengong progress status --json` prints and what the reports
 * and the viewer show, so all agree.
 *
 * @example
 * progressReport(analysis, entries, { asOf: '2021-10-30' }).counts.tasks; //=> { done: 1, doneLate: 0, cannotComplete: 1, open: 48 }
 */
export interface ProgressReport {
  asOf: IsoDate;
  tasks: TaskProgress[];
  counts: { tasks: Record<PartState, number>; parts: Record<PartState, number> };
}

/** See {@link ProgressReport}. With `unit`, only the tasks that unit holds a role on. */
export function progressReport(
  analysis: PlanAnalysis,
  entries: readonly LedgerEntry[],
  options: { asOf: DayString; unit?: string | undefined; task?: number | undefined },
): ProgressReport {
  const progress = ledgerProgress(analysis, entries, options);
  const unit = options.unit !== undefined ? findUnit(analysis, options.unit) : undefined;
  const numbers =
    unit !== undefined
      ? tasksForUnit(analysis.resolved, unit).map((t) => t.task)
      : analysis.tasks.map((t) => t.task.number);
  const tasks = [...new Set(numbers)]
    .filter((n) => options.task === undefined || n === options.task)
    .map((n) => progress.task(n)!);
  const zero = (): Record<PartState, number> => ({ done: 0, doneLate: 0, cannotComplete: 0, open: 0 });
  const counts = { tasks: zero(), parts: zero() };
  for (const t of tasks) {
    counts.tasks[t.state]++;
    for (const p of t.parts) counts.parts[p.state]++;
  }
  return { asOf: options.asOf, tasks, counts };
}

/**
 * Filters of {@link listLedger}; all given filters must hold.
 *
 * @example
 * const filter: LedgerListFilter = { unit: '市财政局', states: ['cannotComplete'], asOf: '2021-10-30' };
 */
export interface LedgerListFilter extends LedgerQueryOptions {
  /** Entries on this task. */
  task?: number | undefined;
  /** Entries of this unit (name, alias or full name); a group: of its members. */
  unit?: string | undefined;
  /** Entries in one of these states. */
  states?: readonly LedgerState[] | undefined;
  /** Every entry dated on or before `asOf`, corrected ones included, in the order recorded. */
  history?: boolean | undefined;
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
    shown = [...indexEntries(analysis, entries, asOf).values()].flatMap((byUnit) => [...byUnit.values()]);
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
  options: { fileName?: string | undefined; lines?: readonly number[] | undefined } = {},
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
        ...catalogued('ledger-other-plan/check', { plan: e.plan, id }),
      });
      return;
    }
    const item = analysis.byNumber.get(e.task);
    if (!item) {
      out.push({
        ...where,
        severity: 'warning',
        code: 'ledger-unknown-task',
        ...catalogued('ledger-unknown-task', { task: e.task }),
      });
    } else {
      const unit = canonical(analysis, e.unit);
      if (!item.resolved.units.some((u) => u.unit === unit)) {
        out.push({
          ...where,
          severity: 'warning',
          code: 'ledger-unit-without-role',
          ...catalogued('ledger-unit-without-role', { unit: e.unit, task: e.task }),
        });
      }
      const due = firstDue(item.deadline.deadline);
      if (due && e.state === 'done' && e.date > due) {
        out.push({
          ...where,
          severity: 'info',
          code: 'ledger-done-after-deadline',
          ...catalogued('ledger-done-after-deadline', { task: e.task, unit: e.unit, date: e.date, due }),
        });
      }
      if (due && e.state === 'doneLate' && e.date <= due) {
        out.push({
          ...where,
          severity: 'info',
          code: 'ledger-done-late-before-deadline',
          ...catalogued('ledger-done-late-before-deadline', {
            task: e.task,
            unit: e.unit,
            date: e.date,
            due,
          }),
        });
      }
    }
    if (e.supersedes !== undefined && !ids.has(e.supersedes)) {
      out.push({
        ...where,
        severity: 'warning',
        code: 'ledger-supersedes-unknown',
        ...catalogued('ledger-supersedes-unknown', { entry: e.id, supersedes: e.supersedes }),
      });
    }
  });
  return out;
}
