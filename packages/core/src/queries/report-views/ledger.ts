/** Report view: The work ledger (任务分工台账): one row per task. Pure: `asOf` and the ledger's entries are passed in. */
import type { Locale } from '../../messages';
import type { Role, Task } from '../../model/schema';
import { type LedgerProgress, ledgerProgress, type PartState, type UnitPart } from '../../progress/rules';
import type { RoleNames } from '../../roles';
import type { AnalyzedTask, PlanAnalysis } from '../analysis';
import {
  planYear,
  type ReportDeadline,
  type ReportStatus,
  reportDeadline,
  reportStatus,
} from '../report-format';
import { findUnit, listTasks, type TaskStatus, type TaskView } from '../views';
import { type ReportOptions, progressOf } from './options';

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
  unitRole?: { role: Role; via?: string; supervising: boolean };
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
  locale: Locale = 'zh-CN',
): LedgerRow {
  const year = planYear(analysis);
  const task: Task = item.task;
  return {
    number: task.number,
    category: task.category,
    text: task.text,
    units: task.units,
    roles: item.resolved.roles,
    deadline: reportDeadline(item, year, locale),
    status: reportStatus(status, year, locale),
    reporters,
    ...(view?.unitRole
      ? {
          unitRole: {
            role: view.unitRole.role,
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
 * ledgerRows(analysis, { asOf: '2021-10-01', unit: '市财政局' }).find((r) => r.number === 7)?.unitRole?.role; //=> 'lead'
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
    return views.map((view) => unitRow(analysis, unit, view, given ? progress : undefined, options.locale));
  }
  return analysis.tasks.map((item) => {
    const t = progress.task(item.task.number)!;
    return ledgerRow(
      analysis,
      item,
      t.status,
      t.owners.names,
      given ? { state: t.state, parts: t.parts.filter((p) => p.owner) } : undefined,
      undefined,
      options.locale,
    );
  });
}

/** A row of a unit's own ledger: the unit fills it in, with its own part. */
export function unitRow(
  analysis: PlanAnalysis,
  unit: string,
  view: TaskView,
  progress: LedgerProgress | undefined,
  locale: Locale = 'zh-CN',
): LedgerRow {
  const part = progress?.part(view.number, unit);
  return ledgerRow(
    analysis,
    analysis.byNumber.get(view.number)!,
    view.status!,
    [unit],
    progress ? { state: part?.state ?? 'open', parts: part ? [part] : [] } : undefined,
    view,
    locale,
  );
}
