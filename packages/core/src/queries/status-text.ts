/**
 * A status as one short sentence (状态说明) and a day as Chinese documents write it: small, so that
 * a screen can say a status without loading the report views. Re-exported by `report-format.ts`.
 */
import type { DeadlineStatus } from '../deadlines';
import { statusNames } from '../labels';
import { type Locale, say } from '../messages';
import type { IsoDate } from '../model/schema';

/**
 * A day as Chinese documents write it: `9月30日` within the plan's year, `2022年1月31日` otherwise.
 *
 * @example
 * formatChineseDate('2021-09-30', 2021); //=> '9月30日'
 * formatChineseDate('2022-01-31', 2021); //=> '2022年1月31日'
 * formatChineseDate('2021-10-01'); //=> '2021年10月1日'
 */
export function formatChineseDate(day: IsoDate, year?: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return `${y === year ? '' : `${y}年`}${m}月${d}日`;
}

/**
 * Options of {@link statusText}: the language (Chinese unless `locale` says otherwise) and the plan's
 * year, so that a day in it is written without its year (`9月30日`).
 *
 * @example
 * const options: StatusTextOptions = { locale: 'en', year: 2021 };
 */
export interface StatusTextOptions {
  locale?: Locale | undefined;
  year?: number | undefined;
}

/**
 * A status as one short sentence with its days (状态说明), from the catalogue: what the ledger,
 * the documents, the command line and the viewer print.
 *
 * @example
 * statusText({ status: 'overdue', daysLate: 3 }); //=> '已逾期3天'
 * statusText({ status: 'dueSoon', daysLeft: 1 }, { locale: 'en' }); //=> 'due soon (1 day left)'
 * statusText({ status: 'atRisk', strictDue: '2021-09-30' }, { year: 2021 }); //=> '存在逾期风险（从严应于9月30日前完成）'
 */
export function statusText(
  s: {
    status: DeadlineStatus;
    daysLate?: number | undefined;
    daysLeft?: number | undefined;
    strictDue?: IsoDate | undefined;
  },
  options: StatusTextOptions = {},
): string {
  const locale = options.locale ?? 'zh-CN';
  switch (s.status) {
    case 'overdue':
      return say('status-text/overdue', { days: s.daysLate ?? 0 }, locale);
    case 'doneLate':
      return s.daysLate
        ? say('status-text/done-late', { days: s.daysLate }, locale)
        : statusLabel(s.status, locale);
    case 'dueSoon':
      return say('status-text/days-left', { status: s.status, days: s.daysLeft ?? 0 }, locale);
    case 'atRisk': {
      if (!s.strictDue) return statusLabel(s.status, locale);
      const day = locale === 'zh-CN' ? formatChineseDate(s.strictDue, options.year) : s.strictDue;
      return say('status-text/strict-due', { day }, locale);
    }
    case 'pending':
      return s.daysLeft !== undefined
        ? say('status-text/days-left', { status: s.status, days: s.daysLeft }, locale)
        : statusLabel(s.status, locale);
    default:
      return statusLabel(s.status, locale);
  }
}

function statusLabel(status: DeadlineStatus, locale: Locale): string {
  return statusNames[locale === 'zh-CN' ? 'zh' : 'en'][status];
}
