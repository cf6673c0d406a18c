/**
 * Statutory deadlines (法定时限) of the Regulation on Government Information Disclosure
 * (《中华人民共和国政府信息公开条例》, revised 2019, in force 2019-05-15), as ready-made rules.
 */
import type { IsoDate } from '../model/schema';
import { dayOf, yearOf } from './calendar';
import { occurrences, parseRecurrence } from './recurrence';
import { relativeDue } from './relative';
import type { RecurringDeadline, RelativeDeadline } from './schema';
import type { WorkingDayOptions, WorkingDayResult } from './working-days';

const REGULATION = '中华人民共和国政府信息公开条例（2019年修订）';

/**
 * Where a statutory rule comes from (法律依据).
 *
 * @example
 * statutoryRules.requestReply.basis.article; //=> '第三十三条'
 */
export interface StatutoryBasis {
  regulation: string;
  /** The article, as cited: 第四十九条. */
  article: string;
  /** The sentence that sets the deadline. */
  quote: string;
}

/**
 * The ids of the ready-made statutory rules (法定时限).
 *
 * @example
 * const id: StatutoryRuleId = 'requestReply'; // 答复政府信息公开申请
 */
export type StatutoryRuleId =
  | 'departmentAnnualReport'
  | 'governmentAnnualReport'
  | 'requestReply'
  | 'proactiveDisclosure';

/**
 * A statutory deadline (法定时限): an annual one (`deadline` recurring, due each year for the year before) or
 * one counted from an event (`deadline` relative). The deadline values work with `deadlineStatus`.
 *
 * @example
 * const rule: StatutoryRule = statutoryRules.departmentAnnualReport; // 年度报告, 每年1月31日前
 * rule.deadline.kind; //=> 'recurring'
 */
export type StatutoryRule =
  | {
      id: StatutoryRuleId;
      title: string;
      basis: StatutoryBasis;
      anchor: 'reportingYear';
      deadline: RecurringDeadline;
    }
  | {
      id: StatutoryRuleId;
      title: string;
      basis: StatutoryBasis;
      anchor: 'event';
      deadline: RelativeDeadline;
    };

const ARTICLE_49 =
  '县级以上人民政府部门应当在每年1月31日前向本级政府信息公开工作主管部门提交本行政机关上一年度政府信息公开工作年度报告并向社会公布。' +
  '县级以上地方人民政府的政府信息公开工作主管部门应当在每年3月31日前向社会公布本级政府上一年度政府信息公开工作年度报告。';

/**
 * The disclosure regulation's deadlines (政府信息公开法定时限):
 * `departmentAnnualReport` departments' annual reports by 31 January (第四十九条);
 * `governmentAnnualReport` the government's annual report by 31 March (第四十九条);
 * `requestReply` replies to disclosure requests within 20 working days of receipt, extendable by 20 (第三十三条);
 * `proactiveDisclosure` proactive disclosure within 20 working days of the information being formed or
 * changed (第二十六条).
 *
 * @example
 * statutoryRules.requestReply.deadline.offset; //=> { amount: 20, unit: 'workingDay' }
 * deadlineStatus(statutoryRules.requestReply.deadline,
 *   { asOf: '2021-10-20', anchors: { requestReceived: '2021-09-25' } }).status; //=> 'dueSoon'
 */
export const statutoryRules: Readonly<Record<StatutoryRuleId, StatutoryRule>> = {
  departmentAnnualReport: {
    id: 'departmentAnnualReport',
    title: '政府部门政府信息公开工作年度报告',
    basis: { regulation: REGULATION, article: '第四十九条', quote: ARTICLE_49 },
    anchor: 'reportingYear',
    deadline: {
      kind: 'recurring',
      text: '每年1月31日前',
      rrule: 'FREQ=YEARLY;BYMONTH=1;BYMONTHDAY=31',
      minCount: 1,
    },
  },
  governmentAnnualReport: {
    id: 'governmentAnnualReport',
    title: '本级政府政府信息公开工作年度报告',
    basis: { regulation: REGULATION, article: '第四十九条', quote: ARTICLE_49 },
    anchor: 'reportingYear',
    deadline: {
      kind: 'recurring',
      text: '每年3月31日前',
      rrule: 'FREQ=YEARLY;BYMONTH=3;BYMONTHDAY=31',
      minCount: 1,
    },
  },
  requestReply: {
    id: 'requestReply',
    title: '答复政府信息公开申请',
    basis: {
      regulation: REGULATION,
      article: '第三十三条',
      quote:
        '行政机关不能当场答复的，应当自收到申请之日起20个工作日内予以答复；需要延长答复期限的，' +
        '应当经政府信息公开工作机构负责人同意并告知申请人，延长的期限最长不得超过20个工作日。',
    },
    anchor: 'event',
    deadline: {
      kind: 'relative',
      text: '自收到申请之日起20个工作日内',
      anchor: { event: 'requestReceived', text: '收到申请' },
      offset: { amount: 20, unit: 'workingDay' },
      extension: { by: { amount: 20, unit: 'workingDay' }, basis: `《${REGULATION}》第三十三条` },
    },
  },
  proactiveDisclosure: {
    id: 'proactiveDisclosure',
    title: '主动公开政府信息',
    basis: {
      regulation: REGULATION,
      article: '第二十六条',
      quote: '属于主动公开范围的政府信息，应当自该政府信息形成或者变更之日起20个工作日内及时公开。',
    },
    anchor: 'event',
    deadline: {
      kind: 'relative',
      text: '自该政府信息形成或者变更之日起20个工作日内',
      anchor: { event: 'informationFormed', text: '该政府信息形成或者变更' },
      offset: { amount: 20, unit: 'workingDay' },
    },
  },
};

/**
 * Options of {@link statutoryDue}: whether the extension was granted (延长答复期限), and the holiday calendar.
 *
 * @example
 * statutoryDue(statutoryRules.requestReply, '2021-09-25', { extended: true } satisfies StatutoryDueOptions);
 */
export interface StatutoryDueOptions extends WorkingDayOptions {
  /** The extension was granted (第三十三条 延长答复期限). */
  extended?: boolean | undefined;
}

/**
 * The last acceptable day under a statutory rule. `anchorOn` is the event day for event rules (收到申请之日,
 * 信息形成或者变更之日), and any day of the year reported on for annual reports.
 *
 * @example
 * statutoryDue(statutoryRules.requestReply, '2021-09-25'); //=> { date: '2021-10-27', provisional: false }
 * statutoryDue(statutoryRules.requestReply, '2021-09-25', { extended: true }).date; //=> '2021-11-24'
 * statutoryDue(statutoryRules.departmentAnnualReport, '2021-07-01').date; //=> '2022-01-31' (年度报告 for 2021)
 */
export function statutoryDue(
  rule: StatutoryRule,
  anchorOn: IsoDate,
  options: StatutoryDueOptions = {},
): WorkingDayResult {
  if (rule.anchor === 'event') return relativeDue(rule.deadline, anchorOn, options);
  // An annual report is due in the year after the one it reports on.
  const nextYearStart = dayOf(yearOf(anchorOn) + 1, 1, 1) ?? anchorOn;
  const recurrence = parseRecurrence(rule.deadline.rrule);
  const [due] = recurrence === undefined ? [] : occurrences(recurrence, nextYearStart, nextYearStart);
  if (due === undefined)
    throw new RangeError(`statutory rule ${rule.id}: “${rule.deadline.rrule}” gives no day`);
  return { date: due, provisional: false };
}
