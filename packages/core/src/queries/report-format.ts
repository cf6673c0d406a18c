/**
 * Deadlines and statuses as documents print them (报表用语): the reading of a deadline, a status
 * as a sentence (codes are named by the documents, from the catalogue). Internal to the report views and the look-back; the public names are
 * re-exported by `report-views/index.ts`.
 */
import type { Deadline, DeadlineKind, DeadlineStatus, SimpleDeadline, TrafficLight } from '../deadlines';
import { firstDue } from '../deadlines/explain';
import { compareStatus } from '../deadlines/status';
import { type Locale, say } from '../messages';
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

/**
 * How a reading is said (时限解读的说法): with or without the stricter readings (从严), in Chinese
 * (days as `9月30日`) unless `locale` says otherwise (days as ISO `2021-09-30` in English).
 *
 * @example
 * const options: ReadingOptions = { stricter: false, locale: 'en' };
 */
export interface ReadingOptions {
  /** Say the stricter (从严) and looser (从宽) readings too; default true. */
  stricter?: boolean | undefined;
  locale?: Locale | undefined;
}

/** A day as a reading says it: `9月30日` (the plan's year left out) in Chinese, ISO in English. */
function dayIn(iso: IsoDate, year: number, locale: Locale): string {
  return locale === 'zh-CN' ? formatChineseDate(iso, year) : iso;
}

export function readingOfPart(d: SimpleDeadline, year: number, options: ReadingOptions = {}): string {
  const stricter = options.stricter ?? true;
  const locale = options.locale ?? 'zh-CN';
  const day = (iso: IsoDate) => dayIn(iso, year, locale);
  switch (d.kind) {
    case 'by': {
      const others = d.alternatives
        .filter((a) => a.due !== d.due && (stricter || a.due > d.due))
        .map((a) => say('reading/alternative', { stricter: a.due < d.due, day: day(a.due) }, locale))
        .reduce<string | undefined>(
          (first, rest) => (first === undefined ? rest : say('reading/parts', { first, rest }, locale)),
          undefined,
        );
      return say('reading/by', { day: day(d.due), others: others ?? '' }, locale);
    }
    case 'window':
      return say('reading/window', { start: day(d.start), end: day(d.end) }, locale);
    case 'ongoing':
      return d.until
        ? say('reading/ongoing-until', { day: day(d.until) }, locale)
        : say('reading/ongoing', {}, locale);
    case 'recurring':
      return say('reading/recurring', { frequency: frequencyOf(d.rrule), minCount: d.minCount }, locale);
    case 'relative':
      return say(
        'reading/relative',
        {
          anchor: d.anchor.text,
          on: d.anchor.on ? day(d.anchor.on) : '',
          amount: d.offset.amount,
          unit: d.offset.unit,
          extension: d.extension?.by.amount ?? 0,
          extensionUnit: d.extension?.by.unit ?? '',
        },
        locale,
      );
    case 'asap':
      return say('reading/asap', {}, locale);
    case 'unspecified':
      return say('reading/unspecified', {}, locale);
  }
}

/**
 * A day of a reading said the same way (按…前理解) for a duty that has only its day.
 *
 * @example
 * readingByDay('2021-10-30', 2021); //=> '按10月30日前理解'
 * readingByDay('2021-10-30', 2021, 'en'); //=> 'by 2021-10-30'
 */
export function readingByDay(due: IsoDate, year: number, locale: Locale = 'zh-CN'): string {
  return say('reading/by', { day: dayIn(due, year, locale), others: '' }, locale);
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
 * deadlineReadingText(parseDeadline('2021 年 9 月前', { issued: '2021-07-01' }).deadline, 2021, { stricter: false });
 * //=> '按9月30日前理解'
 * deadlineReadingText(parseDeadline('2021 年 9 月前', { issued: '2021-07-01' }).deadline, 2021, { locale: 'en' });
 * //=> 'by 2021-09-30 (strictly: by 2021-08-31)'
 *
 * With `stricter` false the stricter readings are left out (a report says them once, in a legend).
 */
export function deadlineReadingText(deadline: Deadline, year: number, options: ReadingOptions = {}): string {
  if (deadline.kind !== 'compound') return readingOfPart(deadline, year, options);
  const locale = options.locale ?? 'zh-CN';
  return deadline.parts
    .map((p) => {
      const reading = readingOfPart(p, year, options);
      return p.label ? say('reading/part', { label: p.label, reading }, locale) : reading;
    })
    .reduce((first, rest) => say('reading/parts', { first, rest }, locale));
}

/**
 * A task's deadline as reports print it (完成时限): the cell as written, the reading (in the language
 * the view was asked for, `locale` of its options), the day it is judged by and the stricter day
 * when there is one.
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

/** A task's deadline as reports print it, its readings in `locale` (Chinese unless it says otherwise). */
export function reportDeadline(item: AnalyzedTask, year: number, locale: Locale = 'zh-CN'): ReportDeadline {
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
    reading: deadlineReadingText(d, year, { locale }),
    mainReading: deadlineReadingText(d, year, { stricter: false, locale }),
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

/** A status as reports print it, its sentence in `locale` (Chinese unless it says otherwise). */
export function reportStatus(status: TaskStatus, year: number, locale: Locale = 'zh-CN'): ReportStatus {
  // The part that decided a compound status: the worst part, by its label.
  const decisive = status.parts?.reduce<(typeof status.parts)[number] | undefined>(
    (w, p) => (w === undefined || compareStatus(p.status, w.status) > 0 ? p : w),
    undefined,
  );
  return {
    status: status.status,
    text: statusText(status, { year, locale }),
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
