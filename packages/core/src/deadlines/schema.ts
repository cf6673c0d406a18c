/**
 * The deadline model (完成时限): what a deadline cell or phrase means, as zod schemas with their types.
 * Every variant keeps the phrase exactly as written in `text`.
 */
import * as z from 'zod';
import { IsoDate } from '../model/schema';

/**
 * The kinds of deadline (时限类型): `by` 限期 · `window` 时段 · `ongoing` 长期 · `recurring` 定期 ·
 * `relative` 自某日起 · `asap` 及时 · `compound` 分段 · `unspecified` 未明确.
 *
 * @example
 * DeadlineKind.parse('by'); //=> 'by'  (“2021年9月前”, 限期完成)
 */
export const DeadlineKind = z.enum([
  'by',
  'window',
  'ongoing',
  'recurring',
  'relative',
  'asap',
  'compound',
  'unspecified',
]);
export type DeadlineKind = z.infer<typeof DeadlineKind>;

/**
 * How fine a dated deadline is (时限精度): a named day, a ten-day period (旬), a month, a quarter (季度), a half
 * year (半年) or a year.
 *
 * @example
 * Granularity.parse('tenDay'); //=> 'tenDay'  (“9月中旬前”)
 */
export const Granularity = z.enum(['day', 'tenDay', 'month', 'quarter', 'half', 'year']);
export type Granularity = z.infer<typeof Granularity>;

/**
 * How a `by` phrase was read (解读):
 * `endOfMonth` “X月前” by the last day of month X · `endOfPreviousMonth` “X月前” strictly before month X ·
 * `dayInclusive` “X月X日前” including that day · `dayExclusive` excluding it · `exact` the phrase names its
 * last day unambiguously (年底前, 6月底前, 9月中旬前, 第三季度末).
 *
 * @example
 * DeadlineReading.parse('endOfMonth'); //=> 'endOfMonth'
 */
export const DeadlineReading = z.enum([
  'endOfMonth',
  'endOfPreviousMonth',
  'dayInclusive',
  'dayExclusive',
  'exact',
]);
export type DeadlineReading = z.infer<typeof DeadlineReading>;

/**
 * Another defensible reading of a `by` phrase (另一种解读) and the last day it gives.
 *
 * @example
 * AlternativeReading.parse({ reading: 'endOfPreviousMonth', due: '2021-08-31' });
 */
export const AlternativeReading = z.strictObject({
  reading: DeadlineReading,
  due: IsoDate.describe('The last acceptable day under this reading'),
});
export type AlternativeReading = z.infer<typeof AlternativeReading>;

const asWritten = z.string().describe('The deadline exactly as written');
const yearInferred = z
  .boolean()
  .describe('The phrase names no calendar year (年份); the plan’s year, or the year after it, was taken');

/**
 * “By a day” (限期完成): the last acceptable day under the chosen reading, with the other readings.
 *
 * @example
 * ByDeadline.parse({ kind: 'by', text: '2021 年 9 月前', due: '2021-09-30', granularity: 'month',
 *   reading: 'endOfMonth', alternatives: [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }],
 *   yearInferred: false });
 */
export const ByDeadline = z.strictObject({
  kind: z.literal('by'),
  text: asWritten,
  due: IsoDate.describe('The last acceptable day under `reading`'),
  granularity: Granularity,
  reading: DeadlineReading,
  alternatives: z.array(AlternativeReading).describe('Other readings and their last days'),
  yearInferred,
});
export type ByDeadline = z.infer<typeof ByDeadline>;

/**
 * A period within which the work is done (时段): 上半年, 第三季度, 9月上旬, 2021年12月.
 *
 * @example
 * WindowDeadline.parse({ kind: 'window', text: '第三季度', start: '2021-07-01', end: '2021-09-30',
 *   granularity: 'quarter', yearInferred: true });
 */
export const WindowDeadline = z.strictObject({
  kind: z.literal('window'),
  text: asWritten,
  start: IsoDate.describe('First day of the period'),
  end: IsoDate.describe('Last day of the period, the last acceptable day'),
  granularity: Granularity,
  yearInferred,
});
export type WindowDeadline = z.infer<typeof WindowDeadline>;

/**
 * Continuing work with no end (长期工作, 持续推进, 常态化), or continuing until a day (年内持续推进).
 *
 * @example
 * OngoingDeadline.parse({ kind: 'ongoing', text: '年内持续推进', until: '2021-12-31' });
 */
export const OngoingDeadline = z.strictObject({
  kind: z.literal('ongoing'),
  text: asWritten,
  until: IsoDate.optional().describe('The work continues until this day'),
});
export type OngoingDeadline = z.infer<typeof OngoingDeadline>;

/**
 * Work due again every period (定期): 每季度, 每月28日前, 每年至少听取1次. `rrule` is an RFC 5545
 * RRULE value whose occurrences are the successive last acceptable days.
 *
 * @example
 * RecurringDeadline.parse({ kind: 'recurring', text: '每月28日前', rrule: 'FREQ=MONTHLY;BYMONTHDAY=28',
 *   minCount: 1, start: '2021-07-01' });
 */
export const RecurringDeadline = z.strictObject({
  kind: z.literal('recurring'),
  text: asWritten,
  rrule: z.string().min(1).describe('RFC 5545 RRULE value, e.g. FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1'),
  minCount: z.int().positive().describe('How many times at least in each period (至少N次)'),
  start: IsoDate.optional().describe(
    'Occurrences before this day do not count (usually the plan’s issue date)',
  ),
});
export type RecurringDeadline = z.infer<typeof RecurringDeadline>;

/**
 * The event a relative deadline counts from (起算事件): the plan’s issue (印发之日), receipt of a disclosure
 * request (收到申请之日), information being formed or changed (信息形成或者变更之日), or another event.
 *
 * @example
 * AnchorEvent.parse('requestReceived'); //=> 'requestReceived'
 */
export const AnchorEvent = z.enum(['issue', 'requestReceived', 'informationFormed', 'other']);
export type AnchorEvent = z.infer<typeof AnchorEvent>;

/**
 * A length of time (期间): calendar days (日), months (月) or working days (工作日).
 *
 * @example
 * Period.parse({ amount: 20, unit: 'workingDay' }); // 20个工作日
 */
export const Period = z.strictObject({
  amount: z.int().nonnegative(),
  unit: z.enum(['calendarDay', 'month', 'workingDay']),
});
export type Period = z.infer<typeof Period>;

/**
 * Counted from an event (自…之日起N日内), with the extension a regulation allows (延长期限).
 *
 * @example
 * RelativeDeadline.parse({ kind: 'relative', text: '收到申请之日起20个工作日内',
 *   anchor: { event: 'requestReceived', text: '收到申请' }, offset: { amount: 20, unit: 'workingDay' } });
 */
export const RelativeDeadline = z.strictObject({
  kind: z.literal('relative'),
  text: asWritten,
  anchor: z.strictObject({
    event: AnchorEvent,
    text: z.string().describe('The event as written, e.g. 收到申请'),
    on: IsoDate.optional().describe('When the event happened, when known at reading time (the plan’s issue)'),
  }),
  offset: Period.describe('Counted from the day after the event (开始的当日不计入)'),
  extension: z
    .strictObject({
      by: Period,
      basis: z.string().optional().describe('The rule allowing it, e.g. 《政府信息公开条例》第三十三条'),
    })
    .optional()
    .describe('How much longer the deadline may be extended (可延长)'),
});
export type RelativeDeadline = z.infer<typeof RelativeDeadline>;

/**
 * As soon as possible, with no day named (及时, 第一时间, 尽快).
 *
 * @example
 * AsapDeadline.parse({ kind: 'asap', text: '第一时间' });
 */
export const AsapDeadline = z.strictObject({ kind: z.literal('asap'), text: asWritten });
export type AsapDeadline = z.infer<typeof AsapDeadline>;

/**
 * A deadline that could not be read (未明确): kept as written and always accompanied by a notice.
 *
 * @example
 * UnspecifiedDeadline.parse({ kind: 'unspecified', text: '视情况' });
 */
export const UnspecifiedDeadline = z.strictObject({ kind: z.literal('unspecified'), text: asWritten });
export type UnspecifiedDeadline = z.infer<typeof UnspecifiedDeadline>;

const simpleVariants = [
  ByDeadline,
  WindowDeadline,
  OngoingDeadline,
  RecurringDeadline,
  RelativeDeadline,
  AsapDeadline,
  UnspecifiedDeadline,
] as const;

/**
 * Any deadline except a compound one (单项时限).
 *
 * @example
 * SimpleDeadline.parse({ kind: 'ongoing', text: '长期工作' });
 */
export const SimpleDeadline = z.discriminatedUnion('kind', simpleVariants);
export type SimpleDeadline = z.infer<typeof SimpleDeadline>;

const label = z.string().optional().describe('What this part covers, in the cell’s words');

/**
 * One part of a compound deadline (分项时限): a simple deadline with its own label.
 *
 * @example
 * DeadlinePart.parse({ kind: 'ongoing', text: '长期工作' });
 */
export const DeadlinePart = z.discriminatedUnion('kind', [
  ByDeadline.extend({ label }),
  WindowDeadline.extend({ label }),
  OngoingDeadline.extend({ label }),
  RecurringDeadline.extend({ label }),
  RelativeDeadline.extend({ label }),
  AsapDeadline.extend({ label }),
  UnspecifiedDeadline.extend({ label }),
]);
export type DeadlinePart = z.infer<typeof DeadlinePart>;

/**
 * Several deadlines in one cell (分段时限), each part keeping its label:
 * “2021年9月前完成现有规划文件主动公开；长期工作”.
 *
 * @example
 * CompoundDeadline.parse({ kind: 'compound', text: '2021年9月前完成现有规划文件主动公开；长期工作', parts: [
 *   { kind: 'by', text: '2021年9月前', label: '完成现有规划文件主动公开', due: '2021-09-30', granularity: 'month',
 *     reading: 'endOfMonth', alternatives: [{ reading: 'endOfPreviousMonth', due: '2021-08-31' }],
 *     yearInferred: false },
 *   { kind: 'ongoing', text: '长期工作' }] });
 */
export const CompoundDeadline = z.strictObject({
  kind: z.literal('compound'),
  text: asWritten,
  parts: z.array(DeadlinePart).min(2),
});
export type CompoundDeadline = z.infer<typeof CompoundDeadline>;

/**
 * A deadline (完成时限), discriminated on `kind`.
 *
 * @example
 * Deadline.parse({ kind: 'asap', text: '及时' }).kind; //=> 'asap'
 */
export const Deadline = z.discriminatedUnion('kind', [...simpleVariants, CompoundDeadline]);
export type Deadline = z.infer<typeof Deadline>;

/**
 * Where a deadline stands (进度状态):
 * `pending` 未到期 · `dueSoon` 临近到期 · `atRisk` 按严格解读已逾期 (late only under the strict alternative
 * reading) · `overdue` 逾期 · `done` 已完成 · `doneLate` 逾期完成 · `ongoing` 长期推进中 ·
 * `notStarted` 未开始 (before a window) · `awaitingAnchor` 待起算 (the event a relative deadline counts
 * from has not happened) · `unknown` 时限未明确 (the deadline could not be read).
 *
 * @example
 * DeadlineStatus.parse('atRisk'); //=> 'atRisk'
 */
export const DeadlineStatus = z.enum([
  'pending',
  'dueSoon',
  'atRisk',
  'overdue',
  'done',
  'doneLate',
  'ongoing',
  'notStarted',
  'awaitingAnchor',
  'unknown',
]);
export type DeadlineStatus = z.infer<typeof DeadlineStatus>;

/**
 * Traffic-light colour (红黄绿灯) of a status.
 *
 * @example
 * TrafficLight.parse('red'); //=> 'red'  (红灯)
 */
export const TrafficLight = z.enum(['red', 'yellow', 'green', 'none']);
export type TrafficLight = z.infer<typeof TrafficLight>;
