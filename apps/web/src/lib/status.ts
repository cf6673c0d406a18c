/**
 * Statuses judged only for what is on screen: a unit with thousands of tasks shows a few hundred
 * rows, so its rows' statuses are computed as they render (core's taskStatus), once per task and
 * status day.
 */
import { type Completion, type DayString, type PlanAnalysis, type TaskStatus, taskStatus } from '@fengong/core';

const cache = new WeakMap<object, Map<string, Map<number, TaskStatus>>>();
const NO_COMPLETION: ReadonlyMap<number, Completion> = new Map();

/**
 * The status of task `number` on `asOf` (with the ledger's `completion`), remembered for this
 * analysis and completion.
 *
 * @example
 * statusOn(analysis, 15, '2021-10-01')?.light; //=> 'red'
 */
export function statusOn(
  analysis: PlanAnalysis,
  number: number,
  asOf: DayString,
  completion: ReadonlyMap<number, Completion> = NO_COMPLETION,
): TaskStatus | undefined {
  // A completion map is made for one analysis, so it keys the cache on its own; an empty one says
  // nothing, so the statuses judged without a ledger serve it (units with no entries share them).
  const key = completion.size === 0 ? analysis : completion;
  let byDay = cache.get(key);
  if (!byDay) {
    byDay = new Map();
    cache.set(key, byDay);
  }
  let byTask = byDay.get(asOf);
  if (!byTask) {
    if (byDay.size > 8) byDay.clear();
    byTask = new Map();
    byDay.set(asOf, byTask);
  }
  let status = byTask.get(number);
  if (!status) {
    const item = analysis.byNumber.get(number);
    if (!item) return undefined;
    status = taskStatus(item, analysis, { asOf, completion: completion.get(number) });
    byTask.set(number, status);
  }
  return status;
}
