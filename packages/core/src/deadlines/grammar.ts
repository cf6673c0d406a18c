/**
 * The grammar of deadline phrases (internal): one rule per phrase shape, each a pattern over normalised
 * text (see normalise.ts: ASCII digits and punctuation, no whitespace) and a reader that turns a match into
 * a deadline, with notices wherever the reading is a choice.
 */
import type { Diagnostic } from '../diagnostics';
import type { Conventions, IsoDate } from '../model/schema';
import { addCalendarDays, dayOf, lastDayOf, laterOf, yearOf } from './calendar';
import { type NoticeSpan, notice } from './notices';
import type {
  AlternativeReading,
  AnchorEvent,
  DeadlineKind,
  DeadlineReading,
  Granularity,
  Period,
  RelativeDeadline,
  SimpleDeadline,
} from './schema';

/** The named groups of a match. */
export type Groups = Partial<Record<string, string>>;

/** What a reader needs besides the match. */
export interface ReadContext {
  /** The plan's date of issue (成文日期): the year of year-less phrases, and the sanity bound. */
  issued: IsoDate;
  conventions: Conventions;
  /** The phrase as written in the caller's text. */
  text: string;
  /** Where the phrase is in the caller's text, for notices. */
  span: NoticeSpan;
}

/** A deadline read from one phrase, with what the reader wants the caller to know. */
export interface Reading {
  deadline: SimpleDeadline;
  notices: Diagnostic[];
}

/** One phrase shape. */
export interface PhraseRule {
  /** Stable name, for tests and debugging. */
  name: string;
  /** Global pattern over normalised text. */
  pattern: RegExp;
  /** The kind of deadline a match gives (without reading it, for the phrase finder). */
  kindOf(groups: Groups): DeadlineKind;
  read(groups: Groups, ctx: ReadContext): Reading;
}

// ---------------------------------------------------------------------------------------------------------
// Dated phrases (by / window): read in a year, then checked against the issue date.

/** A `by` or `window` reading before the phrase text and year facts are attached. */
type Dated =
  | {
      kind: 'by';
      due: IsoDate;
      granularity: Granularity;
      reading: DeadlineReading;
      alternatives: AlternativeReading[];
    }
  | { kind: 'window'; start: IsoDate; end: IsoDate; granularity: Granularity };

/** Why a phrase names no real day (2月30日, 13月): what is not real, as written, in which year. */
interface Impossible {
  impossible: { unit: 'year' | 'month' | 'day'; written: string; year?: number };
}

type ReadInYear = (g: Groups, year: number, conventions: Conventions) => Dated | Impossible;

function isImpossible<T extends object>(x: T | Impossible): x is Impossible {
  return 'impossible' in x;
}

/** Every last day a dated reading allows, the chosen one first. */
function lastDays(d: Dated): { reading: DeadlineReading | 'window'; due: IsoDate }[] {
  return d.kind === 'by'
    ? [{ reading: d.reading, due: d.due }, ...d.alternatives]
    : [{ reading: 'window', due: d.end }];
}

function latestDay(d: Dated): IsoDate {
  return lastDays(d)
    .map((x) => x.due)
    .reduce(laterOf);
}

/** The year a phrase means: written (2021年), relative to the plan (今年, 明年), or none (inferred). */
interface YearOfPhrase {
  year: number;
  inferred: boolean;
  /** Only a phrase that names no year at all may be moved to the next year. */
  mayRoll: boolean;
}

function yearOfPhrase(g: Groups, issued: IsoDate): YearOfPhrase {
  const planYear = yearOf(issued);
  if (g.y !== undefined) return { year: Number(g.y), inferred: false, mayRoll: false };
  if (g.ry === '明' || g.ry === '次') return { year: planYear + 1, inferred: true, mayRoll: false };
  if (g.ry !== undefined) return { year: planYear, inferred: true, mayRoll: false };
  return { year: planYear, inferred: true, mayRoll: true };
}

/** A phrase that names no real day: not read, and said why. */
function unreadable(ctx: ReadContext, why: Impossible['impossible']): Reading {
  return {
    deadline: { kind: 'unspecified', text: ctx.text },
    notices: [notice('warning', 'deadline-invalid-date', { text: ctx.text, ...why }, ctx.span)],
  };
}

/**
 * Read a dated phrase. A year-less phrase takes the plan's year; when even its latest reading ends before
 * the plan was issued, a careful reader takes the next year (a plan does not set deadlines already past
 * when it is issued) and says so.
 */
function readDated(readInYear: ReadInYear, g: Groups, ctx: ReadContext): Reading {
  const { year, inferred, mayRoll } = yearOfPhrase(g, ctx.issued);
  let dated = readInYear(g, year, ctx.conventions);
  if (isImpossible(dated)) return unreadable(ctx, dated.impossible);
  const notices: Diagnostic[] = [];
  if (mayRoll && latestDay(dated) < ctx.issued) {
    const next = readInYear(g, year + 1, ctx.conventions);
    if (!isImpossible(next)) {
      notices.push(
        notice(
          'warning',
          'deadline-year-rolled',
          { text: ctx.text, year, due: latestDay(dated), issued: ctx.issued, next: year + 1 },
          ctx.span,
        ),
      );
      dated = next;
    }
  }
  notices.push(...issueDateNotices(dated, ctx));
  return { deadline: withPhraseFacts(dated, ctx.text, inferred), notices };
}

/** Flag readings that end before the plan was issued. */
function issueDateNotices(dated: Dated, ctx: ReadContext): Diagnostic[] {
  const before = lastDays(dated).filter((x) => x.due < ctx.issued);
  if (before.length === 0) return [];
  if (latestDay(dated) < ctx.issued) {
    return [
      notice(
        'warning',
        'deadline-before-issue',
        { text: ctx.text, due: latestDay(dated), issued: ctx.issued },
        ctx.span,
      ),
    ];
  }
  return before.map((x) =>
    notice(
      'info',
      'deadline-strict-before-issue',
      { text: ctx.text, reading: x.reading, due: x.due, issued: ctx.issued },
      ctx.span,
    ),
  );
}

function withPhraseFacts(dated: Dated, text: string, yearInferred: boolean): SimpleDeadline {
  return dated.kind === 'by'
    ? {
        kind: 'by',
        text,
        due: dated.due,
        granularity: dated.granularity,
        reading: dated.reading,
        alternatives: dated.alternatives,
        yearInferred,
      }
    : {
        kind: 'window',
        text,
        start: dated.start,
        end: dated.end,
        granularity: dated.granularity,
        yearInferred,
      };
}

function exactBy(due: IsoDate, granularity: Granularity): Dated {
  return { kind: 'by', due, granularity, reading: 'exact', alternatives: [] };
}

/** A named period: a window when written bare (第三季度), a `by` its last day when marked (第三季度末, 前, 内). */
function period(start: IsoDate, end: IsoDate, granularity: Granularity, marked: boolean): Dated {
  return marked ? exactBy(end, granularity) : { kind: 'window', start, end, granularity };
}

/** First and last day of months `first`..`last` of `year`. */
function monthSpan(year: number, first: number, last: number): { start: IsoDate; end: IsoDate } | Impossible {
  const start = dayOf(year, first, 1);
  const end = lastDayOf(year, last);
  if (start === undefined || end === undefined || first > last) {
    return { impossible: { unit: 'month', written: `${first}${first === last ? '' : `–${last}`}月`, year } };
  }
  return { start, end };
}

/** X月X日前: the named day included or not (conventions.dayBeforeInclusive); X月X日: exactly that day. */
const readDay: ReadInYear = (g, year, conventions) => {
  const day = dayOf(year, Number(g.m), Number(g.d));
  if (day === undefined) return { impossible: { unit: 'day', written: `${g.m}月${g.d}日`, year } };
  if (g.before === undefined) return exactBy(day, 'day');
  const inclusive: AlternativeReading = { reading: 'dayInclusive', due: day };
  const exclusive: AlternativeReading = { reading: 'dayExclusive', due: addCalendarDays(day, -1) };
  const [chosen, other] = conventions.dayBeforeInclusive ? [inclusive, exclusive] : [exclusive, inclusive];
  return { kind: 'by', due: chosen.due, granularity: 'day', reading: chosen.reading, alternatives: [other] };
};

/**
 * X月前: by the end of month X, or strictly before month X (conventions.monthBefore); the other reading is
 * always kept as the alternative.
 */
const readMonthBefore: ReadInYear = (g, year, conventions) => {
  const span = monthSpan(year, Number(g.m), Number(g.m));
  if (isImpossible(span)) return span;
  const endOfMonth: AlternativeReading = { reading: 'endOfMonth', due: span.end };
  const endOfPreviousMonth: AlternativeReading = {
    reading: 'endOfPreviousMonth',
    due: addCalendarDays(span.start, -1),
  };
  const [chosen, other] =
    conventions.monthBefore === 'endOfMonth'
      ? [endOfMonth, endOfPreviousMonth]
      : [endOfPreviousMonth, endOfMonth];
  return {
    kind: 'by',
    due: chosen.due,
    granularity: 'month',
    reading: chosen.reading,
    alternatives: [other],
  };
};

/** X月底前, X月内: the month's last day. Bare X月: the month as a window. */
const readMonth: ReadInYear = (g, year) => {
  const span = monthSpan(year, Number(g.m), Number(g.m));
  return isImpossible(span) ? span : period(span.start, span.end, 'month', g.marked !== undefined);
};

/** X月至Y月: a window from the first day of X to the last day of Y. */
const readMonthRange: ReadInYear = (g, year) => {
  const span = monthSpan(year, Number(g.m), Number(g.m2));
  return isImpossible(span) ? span : { kind: 'window', ...span, granularity: 'month' };
};

const TEN_DAY_START: Readonly<Record<string, number>> = { 上: 1, 中: 11, 下: 21 };

/** 上旬 1–10, 中旬 11–20, 下旬 21–end of month. */
const readTenDay: ReadInYear = (g, year) => {
  const span = monthSpan(year, Number(g.m), Number(g.m));
  if (isImpossible(span)) return span;
  const first = TEN_DAY_START[g.part ?? ''] ?? 1;
  const start = dayOf(year, Number(g.m), first) ?? span.start;
  const end = first === 21 ? span.end : (dayOf(year, Number(g.m), first + 9) ?? span.end);
  return period(start, end, 'tenDay', g.marked !== undefined);
};

/** 第X季度 (window) or 第X季度末/前/内 (by its last day). */
const readQuarter: ReadInYear = (g, year) => {
  const q = Number(g.q);
  const span = monthSpan(year, 3 * q - 2, 3 * q);
  return isImpossible(span) ? span : period(span.start, span.end, 'quarter', g.marked !== undefined);
};

/** 上半年 January–June, 下半年 July–December. */
const readHalf: ReadInYear = (g, year) => {
  const span = g.h === '上' ? monthSpan(year, 1, 6) : monthSpan(year, 7, 12);
  return isImpossible(span) ? span : period(span.start, span.end, 'half', g.marked !== undefined);
};

/** 年底前, 年内: the year's last day. Bare 2021年 or 全年: the year as a window. */
const readYear: ReadInYear = (g, year) => {
  const span = monthSpan(year, 1, 12);
  return isImpossible(span) ? span : period(span.start, span.end, 'year', g.marked !== undefined);
};

/** A dated rule: `marked` groups make a period a `by`; kind follows from that. */
function datedRule(name: string, pattern: string, readInYear: ReadInYear, alwaysBy = false): PhraseRule {
  return {
    name,
    pattern: new RegExp(pattern, 'g'),
    kindOf: (g) => (alwaysBy || g.marked !== undefined ? 'by' : 'window'),
    read: (g, ctx) => readDated(readInYear, g, ctx),
  };
}

// ---------------------------------------------------------------------------------------------------------
// Other phrases.

function readOngoing(g: Groups, ctx: ReadContext): Reading {
  if (g.until === undefined) return { deadline: { kind: 'ongoing', text: ctx.text }, notices: [] };
  const year = g.uy === undefined ? yearOf(ctx.issued) : Number(g.uy);
  const until = lastDayOf(year, 12);
  if (until === undefined) return unreadable(ctx, { unit: 'year', written: '' });
  return { deadline: { kind: 'ongoing', text: ctx.text, until }, notices: [] };
}

/** RRULE parts by period: the last acceptable day of each period. */
const RRULE_BY_PERIOD: Readonly<Record<string, string>> = {
  年: 'FREQ=YEARLY;BYMONTH=12;BYMONTHDAY=31',
  半年: 'FREQ=YEARLY;BYMONTH=6,12;BYMONTHDAY=-1',
  季度: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
  季: 'FREQ=YEARLY;BYMONTH=3,6,9,12;BYMONTHDAY=-1',
  月: 'FREQ=MONTHLY;BYMONTHDAY=-1',
  旬: 'FREQ=MONTHLY;BYMONTHDAY=10,20,-1',
  周: 'FREQ=WEEKLY;WKST=MO;BYDAY=SU',
};

/** The RRULE of 每年/每月 with a named month or day (每年1月31日前, 每年3月底前, 每月28日前). */
function rruleWithDay(g: Groups): string | Impossible | undefined {
  const month = g.ym === undefined ? undefined : Number(g.ym);
  const day = g.md === undefined ? (g.mend === undefined ? undefined : -1) : Number(g.md);
  if (month !== undefined && (month < 1 || month > 12))
    return { impossible: { unit: 'month', written: `${month}月` } };
  if (day !== undefined && day !== -1 && (day < 1 || day > 31))
    return { impossible: { unit: 'day', written: `${day}日` } };
  if (g.per === '年' && month !== undefined) {
    const monthDay = day ?? -1;
    // 2000 is a leap year, so 每年2月29日 is not rejected here; the recurrence skips years without it.
    if (monthDay !== -1 && dayOf(2000, month, monthDay) === undefined) {
      return { impossible: { unit: 'day', written: `${month}月${monthDay}日` } };
    }
    return `FREQ=YEARLY;BYMONTH=${month};BYMONTHDAY=${monthDay}`;
  }
  if (g.per === '月' && month === undefined && day !== undefined) return `FREQ=MONTHLY;BYMONTHDAY=${day}`;
  return undefined;
}

function readRecurring(g: Groups, ctx: ReadContext): Reading {
  const specific = rruleWithDay(g);
  if (specific !== undefined && typeof specific !== 'string') {
    return unreadable(ctx, specific.impossible);
  }
  const rrule = specific ?? RRULE_BY_PERIOD[g.per ?? ''] ?? RRULE_BY_PERIOD['年']!;
  const notices: Diagnostic[] = [];
  if (specific === undefined && (g.ym !== undefined || g.md !== undefined)) {
    notices.push(
      notice('warning', 'deadline-detail-ignored', { text: ctx.text, per: g.per ?? '' }, ctx.span),
    );
  }
  const minCount = g.n === undefined ? 1 : Math.max(1, Number(g.n));
  return { deadline: { kind: 'recurring', text: ctx.text, rrule, minCount, start: ctx.issued }, notices };
}

/** Where the anchor text names the plan itself (本方案印发之日起), its date is the issue date. */
function anchorEventOf(anchor: string): AnchorEvent {
  if (/申请/.test(anchor) && /收到|受理/.test(anchor)) return 'requestReceived';
  if (/形成|变更/.test(anchor)) return 'informationFormed';
  if (/^(?:本(?:方案|通知|意见|文件)?)?(?:印发|发布|下发|出台)$/.test(anchor)) return 'issue';
  return 'other';
}

function periodOf(amount: number, unit: string): Period {
  switch (unit) {
    case '工作日':
      return { amount, unit: 'workingDay' };
    case '周':
      return { amount: amount * 7, unit: 'calendarDay' };
    case '月':
      return { amount, unit: 'month' };
    case '年':
      return { amount: amount * 12, unit: 'month' };
    default:
      return { amount, unit: 'calendarDay' };
  }
}

function readRelative(g: Groups, ctx: ReadContext): Reading {
  const anchorText = g.anchor ?? '';
  const event = anchorEventOf(anchorText);
  const deadline: RelativeDeadline = {
    kind: 'relative',
    text: ctx.text,
    anchor: event === 'issue' ? { event, text: anchorText, on: ctx.issued } : { event, text: anchorText },
    offset: periodOf(Number(g.n), g.unit ?? '日'),
  };
  if (g.en !== undefined) deadline.extension = { by: periodOf(Number(g.en), g.eu ?? '日') };
  return { deadline, notices: [] };
}

// ---------------------------------------------------------------------------------------------------------
// The rules. Punctuation is ASCII after normalisation (；→; ，→,); 。 and 、 stay.

const YEAR = String.raw`(?:(?<!\d)(?<y>\d{4})年|(?<ry>[今本当明次])年)`;
const MONTH = String.raw`(?<!\d)(?<m>\d{1,2})月`;
/** A date followed by 起 starts a period (2021年7月1日起施行): it is not a deadline. */
const NOT_A_START = `(?!起|开始|以来|至|到)`;
const CLAUSE_EDGE = '[;,。、:]';
const BARE_YEAR_PREFIX = String.raw`(?<![\d年])年`;

/** All phrase shapes; on equal spans the earlier rule wins. */
export const PHRASE_RULES: readonly PhraseRule[] = [
  datedRule('day', String.raw`${YEAR}?${MONTH}(?<d>\d{1,2})日(?<before>前)?${NOT_A_START}`, readDay, true),
  datedRule(
    'isoDay',
    String.raw`(?<!\d)(?<y>\d{4})[-./](?<m>\d{1,2})[-./](?<d>\d{1,2})(?!\d)(?<before>前)?${NOT_A_START}`,
    readDay,
    true,
  ),
  {
    // “N日前” never means “N days ago”; with no month it names no day.
    name: 'dayWithoutMonth',
    pattern: /(?<![\d月])(?<d>\d{1,2})日前/g,
    kindOf: () => 'unspecified',
    read: (g, ctx) => ({
      deadline: { kind: 'unspecified', text: ctx.text },
      notices: [
        notice('warning', 'deadline-day-without-month', { text: ctx.text, day: g.d ?? '' }, ctx.span),
      ],
    }),
  },
  datedRule('tenDay', `${YEAR}?${MONTH}(?<part>[上中下])旬(?<marked>底?前|末前?|底|内)?`, readTenDay),
  datedRule('monthEnd', `${YEAR}?${MONTH}(?<marked>底前?|末前?|内)`, readMonth),
  datedRule('monthBefore', `${YEAR}?${MONTH}前`, readMonthBefore, true),
  datedRule(
    'monthRange',
    String.raw`${YEAR}?(?<!\d)(?<m>\d{1,2})月?(?:至|到|-|—|~)(?<m2>\d{1,2})月(?:底|末)?前?`,
    readMonthRange,
  ),
  datedRule('month', String.raw`${YEAR}?${MONTH}(?![\d上中下底末前内至到~—-])(?!起|开始|以来)`, readMonth),
  datedRule(
    'quarter',
    String.raw`${YEAR}?第?(?<!\d)(?<q>[1-4])季度?(?<marked>(?:末|底)(?:前|内)?|前|内)?`,
    readQuarter,
  ),
  datedRule('half', `${YEAR}?(?<h>[上下])半年(?<marked>(?:末|底)(?:前|内)?|前|内)?`, readHalf),
  datedRule('yearEnd', `(?:${YEAR}年?|${BARE_YEAR_PREFIX})度?(?<marked>底前?|末前?)`, readYear),
  datedRule('yearWithin', `(?:${YEAR}|${BARE_YEAR_PREFIX})度?(?<marked>内)`, readYear),
  datedRule('year', `(?<=^|${CLAUSE_EDGE})(?:${YEAR}(?:度|全年)?|全年)(?=$|${CLAUSE_EDGE})`, readYear),
  {
    name: 'relative',
    pattern: new RegExp(
      String.raw`(?<anchor>[^\d自从在于要应须将前底内年月日,;:。、()]{1,16}?)(?:之日起|之日后|起|后)` +
        String.raw`(?<n>\d{1,4})个?(?<unit>工作日|日|天|月|周|年)内?` +
        String.raw`(?:,?[^,;。\d]{0,16}?延长[^,;。\d]{0,16}?(?<en>\d{1,4})个?(?<eu>工作日|日|天|月))?`,
      'g',
    ),
    kindOf: () => 'relative',
    read: readRelative,
  },
  {
    name: 'recurring',
    pattern: new RegExp(
      String.raw`(?:每|按)(?<per>年|季度|季|半年|月|周|旬)度?(?:(?<ym>\d{1,2})月)?(?:(?<md>\d{1,2})日|(?<mend>底|末))?前?` +
        String.raw`(?:[^,;。\d]{0,8}?(?<n>\d{1,3})次)?`,
      'g',
    ),
    kindOf: () => 'recurring',
    read: readRecurring,
  },
  {
    name: 'ongoing',
    pattern: new RegExp(
      String.raw`(?<until>(?:(?<!\d)(?<uy>\d{4})年|[今本当]年|${BARE_YEAR_PREFIX})度?(?:内|底前|末前))?` +
        `(?:长期(?:工作|坚持|开展|推进|执行)?|持续(?:推进|开展|做好|实施|进行|更新)|` +
        '常态化(?:开展|推进|实施|运行)?|长效(?:机制)?|经常性(?:工作)?|日常工作)',
      'g',
    ),
    kindOf: () => 'ongoing',
    read: readOngoing,
  },
  {
    name: 'asap',
    pattern: /及时|第一时间|尽快|立即|马上|即时/g,
    kindOf: () => 'asap',
    read: (_g, ctx) => ({ deadline: { kind: 'asap', text: ctx.text }, notices: [] }),
  },
];

/** A phrase found in normalised text: `start`..`end` are offsets into the normalised text. */
export interface PhraseMatch {
  rule: PhraseRule;
  start: number;
  end: number;
  groups: Groups;
}

/**
 * Every phrase in normalised text, leftmost-longest and not overlapping: 2021年12月31日前 is one day phrase,
 * not a month phrase followed by junk.
 */
export function matchPhrases(normalised: string): PhraseMatch[] {
  const candidates: (PhraseMatch & { priority: number })[] = [];
  PHRASE_RULES.forEach((rule, priority) => {
    for (const m of normalised.matchAll(rule.pattern)) {
      if (m[0].length === 0) continue;
      candidates.push({ rule, start: m.index, end: m.index + m[0].length, groups: m.groups ?? {}, priority });
    }
  });
  candidates.sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const chosen: PhraseMatch[] = [];
  let reached = 0;
  for (const { priority: _, ...c } of candidates) {
    if (c.start < reached) continue;
    chosen.push(c);
    reached = c.end;
  }
  return chosen;
}
