/**
 * The filters of a task list (the unit view and the overview): counts by status for the summary,
 * and whether a task passes the status filter. Statuses are core's; 无法完成 is a unit's (or, plan-wide,
 * an owner's) own report, counted apart from the deadline statuses.
 */
import type { DeadlineStatus, LedgerEntry } from '@fengong/core';
import { FILTER_STATUSES, type StatusFilter } from './route';

/** The summary's first seven counts are always shown, the others when not zero. */
const ALWAYS = 7;

/** How each task stands for the filters: its deadline status, and whether it is 无法完成. */
export interface FilterFacts {
  status: DeadlineStatus | undefined;
  cannotComplete: boolean;
}

/**
 * Whether a task passes a status filter (no filter: every task).
 *
 * @example
 * passesStatus({ status: 'overdue', cannotComplete: false }, 'overdue'); //=> true
 * passesStatus({ status: 'overdue', cannotComplete: true }, 'cannotComplete'); //=> true
 */
export function passesStatus(facts: FilterFacts, filter: StatusFilter | undefined): boolean {
  if (!filter) return true;
  return filter === 'cannotComplete' ? facts.cannotComplete : facts.status === filter;
}

/**
 * The counts of the status summary, in the order shown: the first seven always, the rest when any
 * task has them.
 *
 * @example
 * statusCounts([{ status: 'overdue', cannotComplete: false }])[0]; //=> ['overdue', 1]
 */
export function statusCounts(facts: Iterable<FilterFacts>): [StatusFilter, number][] {
  const counts = new Map<StatusFilter, number>(FILTER_STATUSES.map((s) => [s, 0]));
  for (const f of facts) {
    if (f.status) counts.set(f.status, (counts.get(f.status) ?? 0) + 1);
    if (f.cannotComplete) counts.set('cannotComplete', (counts.get('cannotComplete') ?? 0) + 1);
  }
  return FILTER_STATUSES.flatMap((s, i): [StatusFilter, number][] => {
    const n = counts.get(s) ?? 0;
    return i < ALWAYS || n > 0 ? [[s, n]] : [];
  });
}

/**
 * The tasks that may be 无法完成: those with any entry saying so (the ledger's rules then decide).
 * Asking the rules only about these keeps a 10,000-task plan's summary cheap.
 *
 * @example
 * cannotCompleteCandidates([{ task: 9, state: 'cannotComplete' }]); //=> Set {9}
 */
export function cannotCompleteCandidates(
  entries: readonly Pick<LedgerEntry, 'task' | 'state'>[],
): ReadonlySet<number> {
  const out = new Set<number>();
  for (const e of entries) if (e.state === 'cannotComplete') out.add(e.task);
  return out;
}
