/**
 * Messages of the deadline reader (时限提示, see define.ts): what a deadline cell (完成时限) was
 * read as, and why a status could not be worked out. Chinese first, English beside it.
 */
import { defineMessages } from './define';

/** How a `by` phrase was read (see `DeadlineReading`), or a window's end. */
type Reading = 'endOfMonth' | 'endOfPreviousMonth' | 'dayInclusive' | 'dayExclusive' | 'exact' | 'window';

const READING_ZH: Readonly<Record<Reading, string>> = {
  endOfMonth: '当月月底前',
  endOfPreviousMonth: '当月开始前',
  dayInclusive: '含当日',
  dayExclusive: '不含当日',
  exact: '原文所写日期',
  window: '时段末',
};

/** The periods of 每年/每季度/每月… in English (the period as written when not listed). */
const PERIOD_EN: Readonly<Record<string, string>> = {
  年: 'year',
  半年: 'half-year',
  季度: 'quarter',
  季: 'quarter',
  月: 'month',
  旬: 'ten-day period',
  周: 'week',
};

/**
 * A phrase naming no real date: its `unit` is not real (`written` as in the phrase: 13月, 2月30日;
 * '' for a year), in `year` when the phrase was read in one.
 */
type InvalidDate = { text: string; unit: 'year' | 'month' | 'day'; written: string; year?: number };

const INVALID_ZH: Readonly<Record<InvalidDate['unit'], string>> = {
  year: '年份',
  month: '月份',
  day: '日期',
};

/** The example of a well-formed day, said after a malformed one. */
const DAY_FORMAT_ZH = '不是“年-月-日”格式的日期（如 2021-07-01）';

export const DEADLINES_MESSAGES = defineMessages({
  'deadline-empty': {
    'zh-CN': (_: Record<string, never>) => '完成时限为空',
    en: (_: Record<string, never>) => 'the deadline is empty',
  },
  'deadline-unrecognised': {
    'zh-CN': (p: { text: string }) => `“${p.text}”中没有可识别的时限`,
    en: (p: { text: string }) => `“${p.text}” names no deadline`,
  },
  'deadline-unrecognised/clause': {
    'zh-CN': (p: { text: string }) => `未能从“${p.text}”中读出时限`,
    en: (p: { text: string }) => `no deadline could be read in “${p.text}”`,
  },
  'deadline-invalid-date': {
    'zh-CN': (p: InvalidDate) =>
      `“${p.text}”中的${INVALID_ZH[p.unit]}不存在${p.written ? `（${p.year === undefined ? '' : `${p.year}年`}${p.written}）` : ''}`,
    en: (p: InvalidDate) =>
      `“${p.text}” names no real ${p.unit}${p.written ? ` (${p.written}${p.year === undefined ? '' : ` of ${p.year}`})` : ''}`,
  },
  'deadline-day-without-month': {
    'zh-CN': (p: { text: string; day: string }) => `“${p.text}”只写了 ${p.day} 日，没有写月份：不予读取`,
    en: (p: { text: string; day: string }) => `“${p.text}” names day ${p.day} of no month; it is not read`,
  },
  'deadline-year-rolled': {
    'zh-CN': (p: { text: string; year: number; due: string; issued: string; next: number }) =>
      `“${p.text}”没有写年份；按方案年份 ${p.year} 年理解将于 ${p.due} 到期，早于方案成文日期（${p.issued}），因此按 ${p.next} 年读取`,
    en: (p: { text: string; year: number; due: string; issued: string; next: number }) =>
      `“${p.text}” names no year; in the plan's year ${p.year} it would end on ${p.due}, ` +
      `before the plan was issued (${p.issued}), so it is read in ${p.next}`,
  },
  'deadline-before-issue': {
    'zh-CN': (p: { text: string; due: string; issued: string }) =>
      `“${p.text}”于 ${p.due} 到期，早于方案成文日期（${p.issued}）`,
    en: (p: { text: string; due: string; issued: string }) =>
      `“${p.text}” ends on ${p.due}, before the plan was issued (${p.issued})`,
  },
  'deadline-strict-before-issue': {
    'zh-CN': (p: { text: string; reading: Reading; due: string; issued: string }) =>
      `若按${READING_ZH[p.reading]}理解，“${p.text}”于 ${p.due} 到期，早于方案成文日期（${p.issued}）`,
    en: (p: { text: string; reading: Reading; due: string; issued: string }) =>
      `read as ${p.reading}, “${p.text}” ends on ${p.due}, before the plan was issued (${p.issued})`,
  },
  'deadline-detail-ignored': {
    'zh-CN': (p: { text: string; per: string }) =>
      `“${p.text}”：每${p.per}中的某一天不是日历上的固定日期，按每${p.per}的最后一天读取`,
    en: (p: { text: string; per: string }) => {
      const per = PERIOD_EN[p.per] ?? `“${p.per}”`;
      return `“${p.text}”: a day within each ${per} is not a fixed day of the calendar; read as the end of each ${per}`;
    },
  },
  'invalid-issue-date/deadline': {
    'zh-CN': (p: { issued: string }) => `成文日期“${p.issued}”${DAY_FORMAT_ZH}`,
    en: (p: { issued: string }) => `the issue date “${p.issued}” is not a YYYY-MM-DD day`,
  },
  'invalid-as-of': {
    'zh-CN': (p: { asOf: string }) => `截至日期“${p.asOf}”${DAY_FORMAT_ZH}`,
    en: (p: { asOf: string }) => `the status day “${p.asOf}” is not a YYYY-MM-DD day`,
  },
  'working-days-provisional': {
    'zh-CN': (p: { text: string; from: string; due: string }) =>
      `“${p.text}”自 ${p.from} 起算：到 ${p.due} 的工作日超出节假日日历所含年份，暂按周一至周五计算`,
    en: (p: { text: string; from: string; due: string }) =>
      `“${p.text}” from ${p.from}: ${p.due} counts working days outside the holiday calendar's years, ` +
      'assuming Monday–Friday',
  },
  'recurrence-unsupported': {
    'zh-CN': (p: { rrule: string; text: string }) => `暂不支持“${p.text}”的重复规则“${p.rrule}”`,
    en: (p: { rrule: string; text: string }) => `the recurrence “${p.rrule}” of “${p.text}” is not supported`,
  },
});
