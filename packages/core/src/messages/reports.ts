/**
 * Words of the report views (报表用语): a deadline status as a sentence with its days, and how a
 * deadline is read (时限解读), as the documents, the command line and the viewer print them. Chinese
 * first; the labels are those of `statusNames` (labels.ts), so that a status reads the same everywhere.
 */
import { statusNames } from '../labels';
import { defineMessages } from './define';

const zh = statusNames.zh;
const en = statusNames.en;
const days = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How often a recurring deadline falls due, by its RRULE frequency (and 季度/半年 by its months). */
const EVERY_ZH: Readonly<Record<string, string>> = {
  YEARLY: '每年',
  MONTHLY: '每月',
  WEEKLY: '每周',
  DAILY: '每日',
  QUARTERLY: '每季度',
  HALF_YEARLY: '每半年',
};
const EVERY_EN: Readonly<Record<string, string>> = {
  YEARLY: 'every year',
  MONTHLY: 'every month',
  WEEKLY: 'every week',
  DAILY: 'every day',
  QUARTERLY: 'every quarter',
  HALF_YEARLY: 'every half-year',
};
const PERIOD_ZH: Readonly<Record<string, string>> = {
  calendarDay: '日',
  month: '个月',
  workingDay: '个工作日',
};
const PERIOD_EN: Readonly<Record<string, string>> = {
  calendarDay: 'day',
  month: 'month',
  workingDay: 'working day',
};

/** A relative deadline's parts (自…之日起N日内，可延长M日), as the reading says them. */
export interface RelativeReading {
  anchor: string;
  on: string;
  amount: number;
  unit: string;
  extension: number;
  extensionUnit: string;
}

export const REPORTS_MESSAGES = defineMessages({
  'status-text/overdue': {
    'zh-CN': (p: { days: number }) => `${zh.overdue}${p.days}天`,
    en: (p: { days: number }) => `${en.overdue} by ${days(p.days)}`,
  },
  'status-text/done-late': {
    'zh-CN': (p: { days: number }) => `${zh.doneLate}（逾期${p.days}天）`,
    en: (p: { days: number }) => `${en.doneLate} (${days(p.days)} late)`,
  },
  'status-text/days-left': {
    'zh-CN': (p: { status: 'dueSoon' | 'pending'; days: number }) =>
      `${zh[p.status] ?? zh.pending}（剩${p.days}天）`,
    en: (p: { status: 'dueSoon' | 'pending'; days: number }) =>
      `${en[p.status] ?? en.pending} (${days(p.days)} left)`,
  },
  'status-text/strict-due': {
    'zh-CN': (p: { day: string }) => `${zh.atRisk}（从严应于${p.day}前完成）`,
    en: (p: { day: string }) => `${en.atRisk} (due by ${p.day} on the strict reading)`,
  },
  'reading/by': {
    'zh-CN': (p: { day: string; others: string }) => `按${p.day}前理解${p.others ? `（${p.others}）` : ''}`,
    en: (p: { day: string; others: string }) => `by ${p.day}${p.others ? ` (${p.others})` : ''}`,
  },
  'reading/alternative': {
    'zh-CN': (p: { stricter: boolean; day: string }) => `${p.stricter ? '从严' : '从宽'}：${p.day}前`,
    en: (p: { stricter: boolean; day: string }) => `${p.stricter ? 'strictly' : 'loosely'}: by ${p.day}`,
  },
  'reading/window': {
    'zh-CN': (p: { start: string; end: string }) => `${p.start}至${p.end}期间完成`,
    en: (p: { start: string; end: string }) => `between ${p.start} and ${p.end}`,
  },
  'reading/ongoing-until': {
    'zh-CN': (p: { day: string }) => `持续推进至${p.day}`,
    en: (p: { day: string }) => `ongoing until ${p.day}`,
  },
  'reading/ongoing': {
    'zh-CN': () => '长期工作，无固定截止日',
    en: () => 'ongoing work, no fixed due day',
  },
  'reading/recurring': {
    'zh-CN': (p: { frequency: string; minCount: number }) =>
      `${EVERY_ZH[p.frequency] ?? '定期'}定期完成${p.minCount > 1 ? `（每期至少${p.minCount}次）` : ''}`,
    en: (p: { frequency: string; minCount: number }) =>
      `${EVERY_EN[p.frequency] ?? 'regularly'}${p.minCount > 1 ? ` (at least ${p.minCount} times each)` : ''}`,
  },
  'reading/relative': {
    'zh-CN': (p: RelativeReading) =>
      `自${p.anchor}${p.on ? `（${p.on}）` : ''}之日起${p.amount}${PERIOD_ZH[p.unit] ?? p.unit}内${p.extension ? `，可延长${p.extension}${PERIOD_ZH[p.extensionUnit] ?? p.extensionUnit}` : ''}`,
    en: (p: RelativeReading) =>
      `within ${plural(p.amount, PERIOD_EN[p.unit] ?? p.unit)} of ${p.anchor}${p.on ? ` (${p.on})` : ''}${p.extension ? `, extendable by ${plural(p.extension, PERIOD_EN[p.extensionUnit] ?? p.extensionUnit)}` : ''}`,
  },
  'reading/asap': {
    'zh-CN': () => '及时完成，未定具体日期',
    en: () => 'as soon as possible, no set day',
  },
  'reading/unspecified': {
    'zh-CN': () => '时限未能解读，请核实',
    en: () => 'the deadline could not be read; please check it',
  },
  'reading/part': {
    'zh-CN': (p: { label: string; reading: string }) => `${p.label}：${p.reading}`,
    en: (p: { label: string; reading: string }) => `${p.label}: ${p.reading}`,
  },
  'reading/parts': {
    'zh-CN': (p: { first: string; rest: string }) => `${p.first}；${p.rest}`,
    en: (p: { first: string; rest: string }) => `${p.first}; ${p.rest}`,
  },
  'lookback-excluded/noOwner': {
    'zh-CN': () => '未明确责任主体',
    en: () => 'no clear owner',
  },
  'lookback-excluded/noDeadline': {
    'zh-CN': () => '无具体完成时限',
    en: () => 'no dated deadline',
  },
});
