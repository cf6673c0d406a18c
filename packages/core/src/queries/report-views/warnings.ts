/** Report view: Overdue warnings (逾期预警). Pure: `asOf` and the ledger's entries are passed in. */
import type { DeadlineStatus } from '../../deadlines';
import { compareStatus } from '../../deadlines/status';
import type { IsoDate, Role } from '../../model/schema';
import { ledgerProgress } from '../../progress/rules';
import type { RoleNames } from '../../roles';
import type { AnalyzedTask, PlanAnalysis } from '../analysis';
import {
  planYear,
  type ReportDeadline,
  type ReportStatus,
  reportDeadline,
  reportStatus,
} from '../report-format';
import { findUnit, type TaskStatus, taskStatus } from '../views';
import { type ReportOptions, progressOf } from './options';

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
    deadline: reportDeadline(item, year, options.locale),
    status: reportStatus(status, year, options.locale) as WarningItem['status'],
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
