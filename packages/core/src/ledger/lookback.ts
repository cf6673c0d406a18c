/**
 * The look-back (回头看): last year's plan checked item by item — the tasks that had a clear owner
 * (明确责任主体) and a dated deadline (时限要求) and are still unfinished, listed by unit, ready for this
 * year's rectification list (整改清单).
 */
import { type Completion, firstDue } from '../deadlines';
import type { IsoDate } from '../model/schema';
import type { PlanAnalysis } from '../queries/analysis';
import { type DeadlineBrief, type TaskStatus, taskStatus } from '../queries/views';
import { latestEntries, ledgerCompletion, taskOwners } from './rules';
import { isFinishedState, type LedgerEntry } from './schema';

/**
 * Options of {@link lookback}: the review day, and what is known about completion — task-level
 * `completion` (e.g. from {@link ledgerCompletion}) and/or the ledger `entries`, which also say which
 * owner units are still open and why a unit cannot complete.
 *
 * @example
 * const options: LookbackOptions = { asOf: '2022-03-01', entries };
 */
export interface LookbackOptions {
  /** The review day (核查日期). */
  asOf: IsoDate;
  /** Completion by task number; default: worked out from `entries`, else nothing is done. */
  completion?: ReadonlyMap<number, Completion>;
  /** The progress ledger of the plan. */
  entries?: readonly LedgerEntry[];
}

/**
 * One unfinished task in the look-back (未完成事项).
 *
 * @example
 * const t: LookbackTask = lookback(analysis, { asOf: '2022-03-01' }).tasks[0]!;
 * [t.number, t.owners, t.finding]; //=> [1, ['市政府办公室'], 'unfinished']
 */
export interface LookbackTask {
  number: number;
  category: string;
  text: string;
  /** The units cell as written. */
  units: string;
  deadline: DeadlineBrief;
  /** The day it was due under the plan's reading. */
  due: IsoDate;
  /** Its owners (责任主体) as the cell names them: the lead units, or the responsible units. */
  owners: string[];
  ownerRole: 'lead' | 'responsible';
  status: TaskStatus;
  /** `unfinished` 未完成 (late), or `cannotComplete` 无法完成 (an owner reported it cannot be done). */
  finding: 'unfinished' | 'cannotComplete';
  /** With `entries`: the owner units (groups expanded) that have not reported it finished. */
  openUnits?: string[];
  /** With `entries`: owner units that reported 无法完成, with their reasons. */
  blocked?: { unit: string; reason: string }[];
}

/**
 * A unit's part of the look-back (单位整改事项): the unfinished tasks it owns, as named in the plan
 * (a group such as 各县（市、区）政府（管委会） is one entry, with its open members on each task).
 *
 * @example
 * const u: LookbackUnit = lookback(analysis, { asOf: '2022-03-01' }).byUnit[0]!;
 * [u.unit, u.tasks.length]; //=> ['市政府办公室', 12]
 */
export interface LookbackUnit {
  unit: string;
  fullName?: string;
  group: boolean;
  tasks: (LookbackTask & { role: 'lead' | 'responsible'; openMembers?: string[] })[];
}

/**
 * The look-back of a plan on a review day (回头看结果).
 *
 * @example
 * const r: Lookback = lookback(analysis, { asOf: '2022-03-01' });
 * r.counts; //=> { checked: 23, done: 0, doneLate: 0, notDue: 0, unfinished: 23, excluded: 27 }
 */
export interface Lookback {
  asOf: IsoDate;
  plan: { title: string; documentNumber?: string; issued: IsoDate };
  /** Every unfinished task, in plan order. */
  tasks: LookbackTask[];
  byUnit: LookbackUnit[];
  /** Tasks not checked by date: no clear owner (only vague groups, or none), or no dated deadline. */
  excluded: { number: number; reason: 'noOwner' | 'noDeadline'; deadline: string }[];
  counts: {
    checked: number;
    done: number;
    doneLate: number;
    notDue: number;
    unfinished: number;
    excluded: number;
  };
}

/**
 * Look back on a plan (回头看): every task with a clear owner and a dated deadline is checked on
 * `asOf`. Finished ones are counted; the unfinished ones — late under the plan's reading (or under the
 * stricter reading), or reported 无法完成 — are listed, in plan order and by owner unit, for this
 * year's rectification list (整改清单).
 *
 * @example
 * const r = lookback(analysis, { asOf: '2022-03-01', entries });
 * r.byUnit.map((u) => `${u.unit}：${u.tasks.map((t) => t.number).join('、')}`);
 * //=> ['市政府办公室：1、16…', '市政务服务数据管理局：2、…', …]
 */
export function lookback(analysis: PlanAnalysis, options: LookbackOptions): Lookback {
  const { asOf, entries } = options;
  const completion =
    options.completion ?? (entries ? ledgerCompletion(analysis, entries, { asOf }) : undefined);
  const latest = entries ? latestEntries(entries, { asOf }, analysis) : undefined;
  const { registry } = analysis;
  const counts: Lookback['counts'] = {
    checked: 0,
    done: 0,
    doneLate: 0,
    notDue: 0,
    unfinished: 0,
    excluded: 0,
  };
  const excluded: Lookback['excluded'] = [];
  const tasks: LookbackTask[] = [];
  const perUnit = new Map<string, LookbackUnit['tasks']>();
  for (const item of analysis.tasks) {
    const { task, resolved } = item;
    const ownerRole = resolved.roles.lead.length > 0 ? 'lead' : 'responsible';
    const owners = resolved.roles[ownerRole];
    const clear = owners.filter((n) => !registry.groupByName.get(n)?.vague);
    const due = firstDue(item.deadline.deadline);
    if (clear.length === 0 || due === null) {
      excluded.push({
        number: task.number,
        reason: clear.length === 0 ? 'noOwner' : 'noDeadline',
        deadline: task.deadline,
      });
      counts.excluded++;
      continue;
    }
    counts.checked++;
    const status = taskStatus(item, analysis, { asOf, completion: completion?.get(task.number) });
    if (status.status === 'done' || status.status === 'doneLate') {
      counts[status.status]++;
      continue;
    }
    const byUnit = latest?.get(task.number);
    const ownerUnits = taskOwners(item).units;
    const blocked = ownerUnits.flatMap((u) => {
      const e = byUnit?.get(u);
      return e?.state === 'cannotComplete' ? [{ unit: u, reason: e.reason ?? '' }] : [];
    });
    const late = status.status === 'overdue' || status.status === 'atRisk';
    if (!late && blocked.length === 0) {
      counts.notDue++;
      continue;
    }
    counts.unfinished++;
    const open = latest ? ownerUnits.filter((u) => !isFinishedEntry(byUnit?.get(u)?.state)) : undefined;
    const found: LookbackTask = {
      number: task.number,
      category: task.category,
      text: task.text,
      units: task.units,
      deadline: { text: task.deadline, kind: item.deadline.deadline.kind, due },
      due,
      owners,
      ownerRole,
      status,
      finding: blocked.length > 0 ? 'cannotComplete' : 'unfinished',
      ...(open ? { openUnits: open } : {}),
      ...(blocked.length > 0 ? { blocked } : {}),
    };
    tasks.push(found);
    for (const owner of clear) {
      const isGroup = registry.groupByName.has(owner);
      let openMembers: string[] | undefined;
      if (open) {
        if (isGroup) {
          openMembers = resolved.units
            .filter((u) => u.via === owner && u.role === ownerRole && open.includes(u.unit))
            .map((u) => u.unit);
          if (openMembers.length === 0) continue;
        } else if (!open.includes(owner)) continue;
      }
      const list = perUnit.get(owner) ?? [];
      perUnit.set(owner, list);
      list.push({ ...found, role: ownerRole, ...(openMembers ? { openMembers } : {}) });
    }
  }
  const groupOrder = new Map(registry.registry.groups.map((g, i) => [g.name, i]));
  const rank = (name: string) =>
    registry.unitOrder.get(name) ?? (groupOrder.has(name) ? 1e6 + groupOrder.get(name)! : 2e6);
  const byUnit = [...perUnit.entries()]
    .map(([unit, list], i) => ({ unit, list, i }))
    .sort((a, b) => rank(a.unit) - rank(b.unit) || a.i - b.i)
    .map(({ unit, list }): LookbackUnit => {
      const fullName = registry.unitByName.get(unit)?.fullName;
      return { unit, ...(fullName ? { fullName } : {}), group: registry.groupByName.has(unit), tasks: list };
    });
  const { meta } = analysis.plan;
  return {
    asOf,
    plan: {
      title: meta.title,
      ...(meta.documentNumber ? { documentNumber: meta.documentNumber } : {}),
      issued: meta.issued,
    },
    tasks,
    byUnit,
    excluded,
    counts,
  };
}

function isFinishedEntry(state: LedgerEntry['state'] | undefined): boolean {
  return state !== undefined && isFinishedState(state);
}
