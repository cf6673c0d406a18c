/**
 * Statuses judged only for what is on screen: a unit with thousands of tasks shows a few hundred
 * rows, so its rows' statuses are computed as they render (core's taskStatus), once per task and
 * status day.
 */
import { type PlanAnalysis, type TaskStatus, taskStatus } from '@fengong/core';

const cache = new WeakMap<PlanAnalysis, Map<string, Map<number, TaskStatus>>>();

/**
 * The status of task `number` on `asOf`, remembered for this analysis.
 *
 * @example
 * statusOn(analysis, 15, '2021-10-01')?.light; //=> 'red'
 */
export function statusOn(analysis: PlanAnalysis, number: number, asOf: string): TaskStatus | undefined {
  let byDay = cache.get(analysis);
  if (!byDay) {
    byDay = new Map();
    cache.set(analysis, byDay);
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
    status = taskStatus(item, analysis, { asOf });
    byTask.set(number, status);
  }
  return status;
}
