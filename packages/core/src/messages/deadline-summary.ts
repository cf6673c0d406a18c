/**
 * A deadline said in one line (时限概述): what `fengong explain deadline` prints under the reading
 * and `explainDeadline`'s `summary` — one entry per kind of deadline, Chinese first. Kept free of
 * any module but the types, so that `@fengong/core/labels` can carry it.
 */
import type { Deadline, DeadlineReading, Period, SimpleDeadline } from '../deadlines/schema';
import { defineMessages, type Locale, type PartParamsOf, sayFrom } from './define';

const READING_ZH: Readonly<Record<DeadlineReading, string>> = {
  endOfMonth: '当月月底前',
  endOfPreviousMonth: '当月开始前',
  dayInclusive: '含当日',
  dayExclusive: '不含当日',
  exact: '原文所写日期',
};

const PERIOD_ZH: Readonly<Record<Period['unit'], string>> = {
  calendarDay: '日',
  month: '个月',
  workingDay: '个工作日',
};
const PERIOD_EN: Readonly<Record<Period['unit'], string>> = {
  calendarDay: 'calendar days',
  month: 'months',
  workingDay: 'working days',
};

type NoParams = Record<string, never>;

const WEEKDAY_ZH: Readonly<Record<string, string>> = {
  SU: '日',
  MO: '一',
  TU: '二',
  WE: '三',
  TH: '四',
  FR: '五',
  SA: '六',
};
const WEEKDAY_EN: Readonly<Record<string, string>> = {
  SU: 'Sunday',
  MO: 'Monday',
  TU: 'Tuesday',
  WE: 'Wednesday',
  TH: 'Thursday',
  FR: 'Friday',
  SA: 'Saturday',
};

/**
 * A recurrence rule (RRULE) of the subset deadlines use, in words: FREQ=YEARLY;BYMONTH=3,6,9,12;
 * BYMONTHDAY=-1 is 每年 3、6、9、12 月最后一天 (every year on the last day of March, June, September,
 * December). A rule outside the subset is given as written.
 */
function sayRule(rrule: string, locale: Locale): string {
  const fields = new Map<string, string | undefined>(
    String(rrule)
      .split(';')
      .map((part) => {
        const [key = '', value] = part.toUpperCase().split('=');
        return [key, value];
      }),
  );
  const freq = fields.get('FREQ');
  const known = ['FREQ', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'UNTIL', 'WKST'];
  if (![...fields.keys()].every((k) => known.includes(k)) || [...fields.values()].some((v) => !v))
    return rrule;
  const list = (key: string) => (fields.get(key) ?? '').split(',').filter(Boolean).map(Number);
  const months = list('BYMONTH');
  const days = list('BYMONTHDAY');
  if ([...months, ...days].some((n) => !Number.isInteger(n))) return rrule;
  const until = /^(\d{4})(\d{2})(\d{2})/.exec(fields.get('UNTIL') ?? '');
  const end = until ? `${until[1]}-${until[2]}-${until[3]}` : undefined;
  const zh = locale === 'zh-CN';
  let rule: string | undefined;
  const dayWords = days.map((d) =>
    d === -1 ? (zh ? '最后一天' : 'the last day') : zh ? `${d} 日` : `day ${d}`,
  );
  if (freq === 'WEEKLY' && fields.has('BYDAY') && months.length === 0 && days.length === 0) {
    const day = fields.get('BYDAY') ?? '';
    if (WEEKDAY_ZH[day]) rule = zh ? `每周${WEEKDAY_ZH[day]}` : `every ${WEEKDAY_EN[day]}`;
  } else if ((freq === 'MONTHLY' || freq === 'YEARLY') && days.length > 0 && !fields.has('BYDAY')) {
    if (months.length === 0 && freq === 'MONTHLY')
      rule = zh
        ? `每月${days[0]! > 0 ? ' ' : ''}${dayWords.join('、')}`
        : `every month on ${dayWords.join(', ')}`;
    else if (months.length > 0)
      rule = zh
        ? `每年 ${months.join('、')} 月${days[0]! > 0 ? ' ' : ''}${dayWords.join('、')}`
        : `every year in month ${months.join(', ')} on ${dayWords.join(', ')}`;
  }
  if (rule === undefined) return rrule;
  return end ? (zh ? `${rule}，至 ${end}` : `${rule}, until ${end}`) : rule;
}

export const DEADLINE_SUMMARY_MESSAGES = defineMessages({
  'deadline-summary/by': {
    'zh-CN': (p: { due: string; reading: DeadlineReading; others?: string; yearInferred?: boolean }) =>
      `${p.due} 前（按${READING_ZH[p.reading]}理解${p.others ? `；${p.others}` : ''}${p.yearInferred ? '；年份取自方案' : ''}）`,
    en: (p: { due: string; reading: DeadlineReading; others?: string; yearInferred?: boolean }) =>
      `by ${p.due} (${p.reading}${p.others ? `; ${p.others}` : ''}${p.yearInferred ? '; year taken from the plan' : ''})`,
  },
  'deadline-summary/reading': {
    'zh-CN': (p: { reading: DeadlineReading }) => `按${READING_ZH[p.reading]}理解`,
    en: (p: { reading: DeadlineReading }) => `${p.reading}`,
  },
  'deadline-summary/alternative': {
    'zh-CN': (p: { reading: DeadlineReading; due: string }) => `按${READING_ZH[p.reading]}理解为 ${p.due}`,
    en: (p: { reading: DeadlineReading; due: string }) => `${p.reading} reading: ${p.due}`,
  },
  'deadline-summary/window': {
    'zh-CN': (p: { start: string; end: string }) => `${p.start} 至 ${p.end}`,
    en: (p: { start: string; end: string }) => `from ${p.start} to ${p.end}`,
  },
  'deadline-summary/ongoing': {
    'zh-CN': (p: { until?: string }) => (p.until ? `持续推进至 ${p.until}` : '长期工作'),
    en: (p: { until?: string }) => (p.until ? `ongoing until ${p.until}` : 'ongoing'),
  },
  'deadline-summary/recurring': {
    'zh-CN': (p: { rrule: string; count: number }) =>
      `定期（${sayRule(p.rrule, 'zh-CN')}），每期至少 ${p.count} 次`,
    en: (p: { rrule: string; count: number }) =>
      `recurring ${sayRule(p.rrule, 'en')}, at least ${p.count} time${p.count === 1 ? '' : 's'} each`,
  },
  'deadline-summary/relative': {
    'zh-CN': (p: RelativeFacts) =>
      `自${p.anchor}${p.on ? `（${p.on}）` : ''}起 ${p.amount} ${PERIOD_ZH[p.unit]}内${p.more ? `，可延长 ${p.more} ${PERIOD_ZH[p.moreUnit ?? p.unit]}` : ''}`,
    en: (p: RelativeFacts) =>
      `${p.amount} ${PERIOD_EN[p.unit]} after ${p.anchor}${p.on ? ` (${p.on})` : ''}${p.more ? `, extendable by ${p.more} ${PERIOD_EN[p.moreUnit ?? p.unit]}` : ''}`,
  },
  'deadline-summary/asap': {
    'zh-CN': (_: NoParams) => '及时完成',
    en: (_: NoParams) => 'as soon as possible',
  },
  'deadline-summary/unspecified': {
    'zh-CN': (_: NoParams) => '未明确时限',
    en: (_: NoParams) => 'not specified',
  },
  'deadline-summary/part': {
    'zh-CN': (p: { label: string; summary: string }) => `${p.label}：${p.summary}`,
    en: (p: { label: string; summary: string }) => `${p.label}: ${p.summary}`,
  },
  'deadline-summary/parts': {
    'zh-CN': (p: { first: string; rest: string }) => `${p.first}；${p.rest}`,
    en: (p: { first: string; rest: string }) => `${p.first}; ${p.rest}`,
  },
});

/** A relative deadline's facts: `amount` `unit`s after `anchor` (on `on`), extendable by `more`. */
type RelativeFacts = {
  anchor: string;
  on?: string;
  amount: number;
  unit: Period['unit'];
  more?: number;
  moreUnit?: Period['unit'];
};

const said = <C extends keyof typeof DEADLINE_SUMMARY_MESSAGES>(
  code: C,
  params: PartParamsOf<typeof DEADLINE_SUMMARY_MESSAGES, C>,
  locale: Locale,
): string => sayFrom(DEADLINE_SUMMARY_MESSAGES, code, params, locale);

function saySimple(d: SimpleDeadline, locale: Locale): string {
  switch (d.kind) {
    case 'by': {
      const others = d.alternatives
        .map((a) => said('deadline-summary/alternative', { reading: a.reading, due: a.due }, locale))
        .reduce<string | undefined>(
          (first, rest) =>
            first === undefined ? rest : said('deadline-summary/parts', { first, rest }, locale),
          undefined,
        );
      return said(
        'deadline-summary/by',
        { due: d.due, reading: d.reading, ...(others ? { others } : {}), yearInferred: d.yearInferred },
        locale,
      );
    }
    case 'window':
      return said('deadline-summary/window', { start: d.start, end: d.end }, locale);
    case 'ongoing':
      return said('deadline-summary/ongoing', d.until === undefined ? {} : { until: d.until }, locale);
    case 'recurring':
      return said('deadline-summary/recurring', { rrule: d.rrule, count: d.minCount }, locale);
    case 'relative':
      return said(
        'deadline-summary/relative',
        {
          anchor: d.anchor.text,
          ...(d.anchor.on === undefined ? {} : { on: d.anchor.on }),
          amount: d.offset.amount,
          unit: d.offset.unit,
          ...(d.extension === undefined
            ? {}
            : { more: d.extension.by.amount, moreUnit: d.extension.by.unit }),
        },
        locale,
      );
    case 'asap':
      return said('deadline-summary/asap', {}, locale);
    case 'unspecified':
      return said('deadline-summary/unspecified', {}, locale);
  }
}

/**
 * A deadline in one line (时限概述), in Chinese unless `locale` says otherwise; the labels of a
 * compound deadline's parts are kept as written.
 *
 * @example
 * sayDeadline({ kind: 'window', text: '第三季度', start: '2021-07-01', end: '2021-09-30', granularity: 'quarter', yearInferred: true });
 * //=> '2021-07-01 至 2021-09-30'
 */
export function sayDeadline(deadline: Deadline, locale: Locale = 'zh-CN'): string {
  if (deadline.kind !== 'compound') return saySimple(deadline, locale);
  return deadline.parts
    .map((p) =>
      p.label === undefined
        ? saySimple(p, locale)
        : said('deadline-summary/part', { label: p.label, summary: saySimple(p, locale) }, locale),
    )
    .reduce((first, rest) => said('deadline-summary/parts', { first, rest }, locale));
}
