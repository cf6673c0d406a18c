/**
 * The plan's calendar (时限日历): what falls due month by month, and the ongoing work beside it.
 */
import type { DeadlineStatus, TrafficLight } from '../deadlines';
import { deadlineStatus, trafficLight } from '../deadlines/status';
import type { IsoDate } from '../model/schema';
import type { PlanAnalysis } from './analysis';
import type { AsOfOptions } from './views';

/** One dated obligation in the calendar: a task's deadline, or one part of a compound one. */
export interface CalendarItem {
  task: number;
  /** The part's own label, for compound deadlines (e.g. 完成现有规划文件主动公开). */
  label?: string;
  due: IsoDate;
  lead: string[];
  status?: DeadlineStatus;
  light?: TrafficLight;
  daysLate?: number;
}

/**
 * The calendar of a plan.
 *
 * @example
 * const cal: DeadlineCalendar = deadlineCalendar(analysis, { asOf: '2021-10-01' });
 * cal.months[0]; //=> { month: '2021-09', items: [{ task: 1, due: '2021-09-30', status: 'overdue', … }, …] }
 */
export interface DeadlineCalendar {
  months: { month: string; items: CalendarItem[] }[];
  /** Tasks with ongoing work (长期工作), including compound deadlines with an ongoing part. */
  ongoing: { task: number; label?: string; text: string }[];
  /** Tasks with no readable date. */
  undated: { task: number; text: string }[];
}

/** See {@link DeadlineCalendar}. */
export function deadlineCalendar(analysis: PlanAnalysis, options: AsOfOptions = {}): DeadlineCalendar {
  const dated: CalendarItem[] = [];
  const ongoing: DeadlineCalendar['ongoing'] = [];
  const undated: DeadlineCalendar['undated'] = [];
  for (const { task, resolved, deadline } of analysis.tasks) {
    const d = deadline.deadline;
    const parts = d.kind === 'compound' ? d.parts : [d];
    const report = options.asOf
      ? deadlineStatus(d, {
          asOf: options.asOf,
          conventions: analysis.plan.conventions,
          completion: options.completion?.get(task.number),
        })
      : undefined;
    let datedHere = false;
    parts.forEach((part, i) => {
      const label = 'label' in part && typeof part.label === 'string' ? part.label : undefined;
      const partDue = part.kind === 'by' ? part.due : part.kind === 'window' ? part.end : null;
      if (part.kind === 'ongoing')
        ongoing.push({ task: task.number, ...(label ? { label } : {}), text: task.deadline });
      if (!partDue) return;
      datedHere = true;
      const partReport = d.kind === 'compound' ? report?.parts?.[i] : report;
      dated.push({
        task: task.number,
        ...(label ? { label } : {}),
        due: partDue,
        lead: resolved.roles.lead,
        ...(partReport
          ? {
              status: partReport.status,
              light: trafficLight(partReport.status),
              ...(partReport.daysLate ? { daysLate: partReport.daysLate } : {}),
            }
          : {}),
      });
    });
    if (!datedHere && !parts.some((p) => p.kind === 'ongoing'))
      undated.push({ task: task.number, text: task.deadline });
  }
  dated.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.task - b.task));
  const months: DeadlineCalendar['months'] = [];
  for (const item of dated) {
    const month = item.due.slice(0, 7);
    const last = months.at(-1);
    if (last?.month === month) last.items.push(item);
    else months.push({ month, items: [item] });
  }
  return { months, ongoing, undated };
}
