/** Report view: A unit's dated deadlines (时限日历). Pure: `asOf` and the ledger's entries are passed in. */
import { firstDue } from '../../deadlines/explain';
import type { Locale } from '../../messages';
import type { IsoDate, Role } from '../../model/schema';
import type { PlanAnalysis } from '../analysis';
import { planYear, readingByDay, readingOfPart } from '../report-format';
import { noticeDuties } from '../unit';
import { findUnit, listTasks } from '../views';

/**
 * One dated deadline of a unit (时限节点): a dated part of a task it holds a role on, or a dated duty
 * from the covering notice. `key` is stable across runs (for calendar UIDs).
 *
 * @example
 * const d: UnitDeadline = { key: 'task-15', source: 'task', task: 15, due: '2021-09-30', role: 'responsible',
 *   title: '…', deadlineText: '2021 年 9 月前', reading: '按9月30日前理解（从严：8月31日前）', strictDue: '2021-08-31' };
 */
export interface UnitDeadline {
  key: string;
  source: 'task' | 'notice';
  /** The task, for `task` deadlines; the tasks covered, for notice duties (in `tasks`). */
  task?: number;
  tasks?: number[];
  /** The general requirement (工作要求) a notice duty comes from. */
  requirement?: number;
  /** The part's label, for a part of a compound deadline. */
  label?: string;
  /** The last acceptable day (for a window, its last day). */
  due: IsoDate;
  /** For a window: its first day. */
  start?: IsoDate;
  /** For a recurring deadline: the RFC 5545 RRULE whose occurrences are the later due days. */
  rrule?: string;
  strictDue?: IsoDate;
  role?: Role;
  /** The task's requirement text, or the duty's action. */
  title: string;
  category?: string;
  recipient?: string;
  deadlineText: string;
  reading: string;
}

/**
 * Options of {@link unitDeadlines}: the language of each deadline's `reading` (Chinese unless
 * `locale` says otherwise).
 *
 * @example
 * const options: UnitDeadlinesOptions = { locale: 'en' };
 */
export interface UnitDeadlinesOptions {
  locale?: Locale | undefined;
}

/**
 * Every dated deadline of a unit (单位时限日历), in date order: each dated part of each task it
 * holds a role on (a compound deadline gives one per dated part), and each dated duty from the
 * covering notice (e.g. the lead units' report to 市政府办公室 by 10月30日). Ongoing work and
 * unread deadlines have no day and are left out.
 *
 * @example
 * unitDeadlines(analysis, '市财政局').map((d) => [d.key, d.due]);
 * //=> [['task-1-0', '2021-09-30'], ['task-2-0', '2021-09-30'], ['task-15', '2021-09-30'], …, ['notice-2-0', '2021-10-30'], ['task-3', '2021-12-31'], …]
 */
export function unitDeadlines(
  analysis: PlanAnalysis,
  name: string,
  options: UnitDeadlinesOptions = {},
): UnitDeadline[] {
  const locale = options.locale ?? 'zh-CN';
  const unit = findUnit(analysis, name);
  const year = planYear(analysis);
  const out: UnitDeadline[] = [];
  const isGroup = analysis.registry.groupByName.has(unit);
  for (const view of listTasks(analysis, { unit })) {
    const item = analysis.byNumber.get(view.number)!;
    const d = item.deadline.deadline;
    const parts = d.kind === 'compound' ? d.parts : [d];
    const role = view.unitRole?.role;
    parts.forEach((part, i) => {
      const due = firstDue(part);
      if (!due) return;
      const label = 'label' in part && typeof part.label === 'string' ? part.label : undefined;
      const strict =
        part.kind === 'by'
          ? part.alternatives
              .filter((a) => a.due < part.due)
              .map((a) => a.due)
              .sort()[0]
          : undefined;
      out.push({
        key: d.kind === 'compound' ? `task-${item.task.number}-${i}` : `task-${item.task.number}`,
        source: 'task',
        task: item.task.number,
        ...(label ? { label } : {}),
        due,
        ...(part.kind === 'window' ? { start: part.start } : {}),
        ...(part.kind === 'recurring' ? { rrule: part.rrule } : {}),
        ...(strict ? { strictDue: strict } : {}),
        ...(role ? { role } : {}),
        title: item.task.text,
        category: item.task.category,
        deadlineText: part.text,
        reading: readingOfPart(part, year, { locale }),
      });
    });
  }
  if (!isGroup) {
    const perRequirement = new Map<number, number>();
    for (const duty of noticeDuties(analysis, { unit })) {
      const n = perRequirement.get(duty.requirement) ?? 0;
      perRequirement.set(duty.requirement, n + 1);
      if (!duty.deadline?.due) continue;
      out.push({
        key: `notice-${duty.requirement}-${n}`,
        source: 'notice',
        tasks: duty.tasks,
        requirement: duty.requirement,
        due: duty.deadline.due,
        title: duty.action,
        ...(duty.recipient ? { recipient: duty.recipient } : {}),
        deadlineText: duty.deadline.text,
        reading: readingByDay(duty.deadline.due, year, locale),
      });
    }
  }
  return out.sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : (a.task ?? 0) - (b.task ?? 0)));
}
