/**
 * The look-back (回头看): a plan checked item by item on a review day — every task with a clear owner
 * (明确责任主体) and a dated deadline (时限要求) — with one finding per task, and the tasks to rectify
 * (整改) listed by owner unit for this year's rectification list (整改清单). The one look-back: the
 * CLI's `fengong lookback` and fengong-report's 回头看核查清单 both print this.
 *
 * How a task is classed (the rules of {@link ledgerProgress}):
 * - `done` 已完成 / `doneLate` 逾期完成: every owner has finished (late: after the deadline);
 * - `cannotComplete` 无法完成: not done, and an owner's current entry says 无法完成 (with its reason) —
 *   a class of its own, never counted among `unfinished`, whether or not the deadline has passed;
 * - `unfinished` 未完成: not done and late on the review day (overdue, or late under the stricter
 *   reading);
 * - `notDue` 未到期: not done and not yet due.
 * `cannotComplete` and `unfinished` are to be rectified.
 */
import { firstDue } from '../deadlines/explain';
import { type Locale, say } from '../messages';
import type { DayString } from '../model/plain';
import type { IsoDate } from '../model/schema';
import type { PlanAnalysis } from '../queries/analysis';
import {
  planYear,
  type ReportDeadline,
  type ReportStatus,
  reportDeadline,
  reportStatus,
} from '../queries/report-format';
import { ledgerProgress, type UnitPart } from './rules';
import type { LedgerEntry } from './schema';

/**
 * The finding of a look-back on one task (核查结论).
 *
 * @example
 * const r: LookbackResult = 'cannotComplete';
 */
export type LookbackResult = 'done' | 'doneLate' | 'notDue' | 'unfinished' | 'cannotComplete';

/**
 * Options of {@link lookback}: the review day and the plan's progress ledger (without it, nothing is
 * done).
 *
 * @example
 * const options: LookbackOptions = { asOf: '2022-03-01', entries };
 */
export interface LookbackOptions {
  /** The review day (核查日期). */
  asOf: DayString;
  /** The progress ledger of the plan, as recorded. */
  entries?: readonly LedgerEntry[] | undefined;
  /**
   * The language of the sentences it carries — deadline readings, status sentences and the reasons
   * a task is not checked (`reasonLabel`) — from the catalogue; Chinese unless it says otherwise.
   */
  locale?: Locale | undefined;
}

/**
 * One task checked in the look-back (核查项).
 *
 * @example
 * const item: LookbackItem = lookback(analysis, { asOf: '2022-03-01' }).items[0]!;
 * [item.task, item.owners, item.result, item.rectify]; //=> [1, ['市政府办公室'], 'unfinished', true]
 */
export interface LookbackItem {
  task: number;
  category: string;
  text: string;
  /** The units cell as written. */
  units: string;
  /** Its owners (责任主体) as the cell names them: the lead units, or the responsible units. */
  owners: string[];
  ownerRole: 'lead' | 'responsible';
  deadline: ReportDeadline;
  /** The day it was due under the plan's reading. */
  due: IsoDate;
  status: ReportStatus;
  /** The finding, a code: `lookbackResultNames` (in `@fengong/core/labels`) names it. */
  result: LookbackResult;
  /** To be rectified (整改): `unfinished` or `cannotComplete`. */
  rectify: boolean;
  /** With entries: each owner unit's part (groups expanded) — who is done, late, cannot complete, open. */
  parts?: UnitPart[];
  /** With entries: the owner units (groups expanded) whose part is not done. */
  openUnits?: string[];
  /** Owner units that reported 无法完成, with their reasons. */
  blocked?: { unit: string; reason: string }[];
}

/**
 * A unit's part of the look-back (单位整改事项): the tasks to rectify that it owns, as named in the plan
 * (a group such as 各县（市、区）政府（管委会） is one entry, with its open members on each task).
 *
 * @example
 * const u: LookbackUnit = lookback(analysis, { asOf: '2022-03-01' }).byUnit[0]!;
 * [u.unit, u.tasks.length]; //=> ['市政府办公室', 7]
 */
export interface LookbackUnit {
  unit: string;
  fullName?: string;
  group: boolean;
  tasks: (LookbackItem & { role: 'lead' | 'responsible'; openMembers?: string[] })[];
}

/**
 * The look-back of a plan on a review day (回头看结果). `counts.checked` is the sum of the five
 * findings.
 *
 * @example
 * const r: Lookback = lookback(analysis, { asOf: '2022-03-01' });
 * r.counts; //=> { checked: 23, done: 0, doneLate: 0, notDue: 0, unfinished: 23, cannotComplete: 0, excluded: 27 }
 */
export interface Lookback {
  asOf: IsoDate;
  plan: { title: string; documentNumber?: string; issued: IsoDate };
  /** Every checked task, in plan order. */
  items: LookbackItem[];
  /** The tasks to rectify, by owner unit (registry order, then groups). */
  byUnit: LookbackUnit[];
  /** Tasks not checked by date: no clear owner (only vague groups, or none), or no dated deadline. */
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
 * Look back on a plan (回头看): see {@link Lookback} and the module's rules.
 *
 * @example
 * const r = lookback(analysis, { asOf: '2022-03-01', entries });
 * r.byUnit.map((u) => `${u.unit}：${u.tasks.map((t) => t.task).join('、')}`);
 * //=> ['市政府办公室：1、16…', '市政务服务数据管理局：2、…', …]
 */
export function lookback(analysis: PlanAnalysis, options: LookbackOptions): Lookback {
  const { asOf, entries } = options;
  const locale = options.locale ?? 'zh-CN';
  const progress = ledgerProgress(analysis, entries ?? [], { asOf });
  const given = entries !== undefined;
  const { registry } = analysis;
  const year = planYear(analysis);
  const counts: Lookback['counts'] = {
    checked: 0,
    done: 0,
    doneLate: 0,
    notDue: 0,
    unfinished: 0,
    cannotComplete: 0,
    excluded: 0,
  };
  const excluded: Lookback['excluded'] = [];
  const items: LookbackItem[] = [];
  const perUnit = new Map<string, LookbackUnit['tasks']>();
  for (const item of analysis.tasks) {
    const { task, resolved } = item;
    const t = progress.task(task.number)!;
    const { role: ownerRole, names: owners } = t.owners;
    const clear = owners.filter((n) => !registry.groupByName.get(n)?.vague);
    const due = firstDue(item.deadline.deadline);
    if (clear.length === 0 || due === null) {
      const reason = clear.length === 0 ? 'noOwner' : 'noDeadline';
      excluded.push({
        task: task.number,
        text: task.text,
        reason,
        reasonLabel: say(`lookback-excluded/${reason}`, {}, locale),
        deadlineText: task.deadline,
      });
      counts.excluded++;
      continue;
    }
    const late = t.status.status === 'overdue' || t.status.status === 'atRisk';
    const result: LookbackResult =
      t.state === 'done' || t.state === 'doneLate'
        ? t.state
        : t.state === 'cannotComplete'
          ? 'cannotComplete'
          : late
            ? 'unfinished'
            : 'notDue';
    counts.checked++;
    counts[result]++;
    const ownerParts = t.parts.filter((p) => p.owner);
    const open = ownerParts.filter((p) => p.state !== 'done' && p.state !== 'doneLate').map((p) => p.unit);
    const rectify = result === 'unfinished' || result === 'cannotComplete';
    const found: LookbackItem = {
      task: task.number,
      category: task.category,
      text: task.text,
      units: task.units,
      owners,
      ownerRole,
      deadline: reportDeadline(item, year, locale),
      due,
      status: reportStatus(t.status, year, locale),
      result,
      rectify,
      ...(given ? { parts: ownerParts, openUnits: open } : {}),
      ...(t.blocked.length > 0 ? { blocked: t.blocked } : {}),
    };
    items.push(found);
    if (!rectify) continue;
    for (const owner of clear) {
      const isGroup = registry.groupByName.has(owner);
      let openMembers: string[] | undefined;
      if (given) {
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
    items,
    byUnit,
    excluded,
    counts,
  };
}
