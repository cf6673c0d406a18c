/**
 * Deadlines and statuses as documents print them (报表用语): the reading of a deadline, a status
 * as a sentence (codes are named by the documents, from the catalogue). Internal to the report views and the look-back; the public names are
 * re-exported by `report-views/index.ts`.
 */
import type { Deadline, DeadlineKind, DeadlineStatus, SimpleDeadline, TrafficLight } from '../deadlines';
import { firstDue } from '../deadlines/explain';
import { compareStatus } from '../deadlines/status';
import { say } from '../messages';
import { formatChineseDate, statusText } from './status-text';

export { formatChineseDate, type StatusTextOptions, statusText } from './status-text';
import type { IsoDate } from '../model/schema';
import type { AnalyzedTask, PlanAnalysis } from './analysis';
import type { TaskStatus } from './views';

// ---------------------------------------------------------------------------------------------
// Deadlines and statuses as documents print them

/** The frequency of a recurring deadline as the catalogue names it (季度 and 半年 by their months). */
function frequencyOf(rrule: string): string {
  const fields = new Map(rrule.split(';').map((kv) => kv.split('=') as [string, string]));
  const months = fields.get('BYMONTH')?.split(',') ?? [];
  if (fields.get('FREQ') === 'YEARLY' && months.length === 4) return 'QUARTERLY';
  if (fields.get('FREQ') === 'YEARLY' && months.length === 2) return 'HALF_YEARLY';
  return fields.get('FREQ') ?? '';
}

export function readingOfPart(d: SimpleDeadline, year: number, stricter = true): string {
  const day = (iso: IsoDate) => formatChineseDate(iso, year);
  switch (d.kind) {
    case 'by': {
      const others = d.alternatives
        .filter((a) => a.due !== d.due && (stricter || a.due > d.due))
        .map((a) => say('reading/alternative', { stricter: a.due < d.due, day: day(a.due) }));
      return say('reading/by', { day: day(d.due), others: others.join('；') });
    }
    case 'window':
      return say('reading/window', { start: day(d.start), end: day(d.end) });
    case 'ongoing':
      return d.until ? say('reading/ongoing-until', { day: day(d.until) }) : say('reading/ongoing', {});
    case 'recurring':
      return say('reading/recurring', { frequency: frequencyOf(d.rrule), minCount: d.minCount });
    case 'relative':
      return say('reading/relative', {
        anchor: d.anchor.text,
        on: d.anchor.on ? day(d.anchor.on) : '',
        amount: d.offset.amount,
        unit: d.offset.unit,
        extension: d.extension?.by.amount ?? 0,
        extensionUnit: d.extension?.by.unit ?? '',
      });
    case 'asap':
      return say('reading/asap', {});
    case 'unspecified':
      return say('reading/unspecified', {});
  }
}

/**
 * How fengong reads a deadline, in the words a ledger prints (时限解读): the day it is judged by,
 * and a stricter (从严) or looser (从宽) reading when the phrase allows one.
 *
 * @example
 * deadlineReadingText(parseDeadline('2021 年 9 月前', { issued: '2021-07-01' }).deadline, 2021);
 * //=> '按9月30日前理解（从严：8月31日前）'
 * deadlineReadingText(parseDeadline('2021 年 9 月前完成现有规划文件主动公开；长期工作', { issued: '2021-07-01' }).deadline, 2021);
 * //=> '完成现有规划文件主动公开：按9月30日前理解（从严：8月31日前）；长期工作，无固定截止日'
 * deadlineReadingText(parseDeadline('2021 年 9 月前', { issued: '2021-07-01' }).deadline, 2021, false);
 * //=> '按9月30日前理解'
 *
 * With `stricter` false the stricter readings are left out (a report says them once, in a legend).
 */
export function deadlineReadingText(deadline: Deadline, year: number, stricter = true): string {
  if (deadline.kind !== 'compound') return readingOfPart(deadline, year, stricter);
  return deadline.parts
    .map((p) => {
      const reading = readingOfPart(p, year, stricter);
      return p.label ? say('reading/part', { label: p.label, reading }) : reading;
    })
    .join('；');
}

/**
 * A task's deadline as reports print it (完成时限): the cell as written, the reading, the day it is
 * judged by and the stricter day when there is one.
 *
 * @example
 * const d: ReportDeadline = { text: '2021 年 9 月前', kind: 'by', due: '2021-09-30', strictDue: '2021-08-31',
 *   reading: '按9月30日前理解（从严：8月31日前）', mainReading: '按9月30日前理解' };
 */
export interface ReportDeadline {
  text: string;
  kind: DeadlineKind;
  /** The last acceptable day of the first dated part, or null. */
  due: IsoDate | null;
  /** The earliest stricter day of that part, when the phrase allows a stricter reading. */
  strictDue?: IsoDate;
  reading: string;
  /** The reading without the stricter ones (从严), for a report that says them once in a legend. */
  mainReading: string;
}

export function reportDeadline(item: AnalyzedTask, year: number): ReportDeadline {
  const d = item.deadline.deadline;
  const parts = d.kind === 'compound' ? d.parts : [d];
  const dated = parts.find((p) => p.kind === 'by' || p.kind === 'window');
  const strict =
    dated?.kind === 'by'
      ? dated.alternatives
          .filter((a) => a.due < dated.due)
          .reduce<IsoDate | undefined>((m, a) => (m && m < a.due ? m : a.due), undefined)
      : undefined;
  return {
    text: item.task.deadline,
    kind: d.kind,
    due: firstDue(d),
    ...(strict ? { strictDue: strict } : {}),
    reading: deadlineReadingText(d, year),
    mainReading: deadlineReadingText(d, year, false),
  };
}

/**
 * A status as reports print it (进度状态): the code, a sentence with the days, and the traffic light
 * (红黄绿灯) — codes and numbers: a report names the status and the light from the catalogue
 * (`statusNames`, the report words `light-…`).
 *
 * @example
 * const s: ReportStatus = { status: 'overdue', text: '已逾期1天', light: 'red', due: '2021-09-30', daysLate: 1 };
 */
export interface ReportStatus {
  status: DeadlineStatus;
  text: string;
  light: TrafficLight;
  /** The day judged against, when there is one. */
  due?: IsoDate;
  daysLate?: number;
  daysLeft?: number;
  /** For `atRisk`: the stricter day that has passed. */
  strictDue?: IsoDate;
  /** The part of a compound deadline that decided the status, by its label. */
  part?: string;
}

export function reportStatus(status: TaskStatus, year: number): ReportStatus {
  // The part that decided a compound status: the worst part, by its label.
  const decisive = status.parts?.reduce<(typeof status.parts)[number] | undefined>(
    (w, p) => (w === undefined || compareStatus(p.status, w.status) > 0 ? p : w),
    undefined,
  );
  return {
    status: status.status,
    text: statusText(status, { year }),
    light: status.light,
    ...(status.due ? { due: status.due } : {}),
    ...(status.daysLate !== undefined ? { daysLate: status.daysLate } : {}),
    ...(status.daysLeft !== undefined ? { daysLeft: status.daysLeft } : {}),
    ...(status.strictDue ? { strictDue: status.strictDue } : {}),
    ...(decisive?.label && decisive.status === status.status ? { part: decisive.label } : {}),
  };
}

export function planYear(analysis: PlanAnalysis): number {
  return Number(analysis.plan.meta.issued.slice(0, 4));
}
