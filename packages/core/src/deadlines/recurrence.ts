/**
 * The subset of RFC 5545 RRULE that recurring deadlines (定期) use, and their occurrences: each
 * occurrence is a last acceptable day.
 *
 * Supported: FREQ=WEEKLY with one BYDAY; FREQ=MONTHLY with BYMONTHDAY (and optionally BYMONTH); FREQ=YEARLY
 * with BYMONTH and BYMONTHDAY; UNTIL; WKST; INTERVAL=1. A deadline has no DTSTART, so COUNT and other
 * intervals cannot be evaluated and are reported as unsupported rather than guessed.
 */
import type { IsoDate } from '../model/schema';
import { addCalendarDays, dayOf, daysInMonth, monthOf, weekdayOf, yearOf } from './calendar';
import type { Granularity } from './schema';

/** A parsed RRULE of the supported subset (internal). */
export interface Recurrence {
  readonly freq: 'WEEKLY' | 'MONTHLY' | 'YEARLY';
  /** Months 1–12; empty means every month (MONTHLY only). */
  readonly byMonth: readonly number[];
  /** Days of the month, 1..31 or from the end −1..−31. */
  readonly byMonthDay: readonly number[];
  /** Day of the week 0 = Sunday … 6 (WEEKLY only). */
  readonly byDay?: number;
  readonly until?: IsoDate;
}

const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'];

function integers(list: string, min: number, max: number): number[] | undefined {
  const values = list.split(',').map(Number);
  const ok = values.every((v) => Number.isInteger(v) && v !== 0 && v >= min && v <= max);
  return ok ? values : undefined;
}

function untilDay(value: string): IsoDate | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T\d{6}Z?)?$/.exec(value);
  return m ? dayOf(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

// Status is computed for many days and tasks that share a few rules: parse each rule once. Bounded, so
// arbitrary input cannot grow it without limit.
const parsed = new Map<string, Recurrence | undefined>();
const PARSED_LIMIT = 1000;

/** Parse an RRULE value; `undefined` when it is outside the supported subset. */
export function parseRecurrence(rrule: string): Recurrence | undefined {
  if (parsed.has(rrule)) return parsed.get(rrule);
  if (parsed.size >= PARSED_LIMIT) parsed.clear();
  const recurrence = readRecurrence(rrule);
  parsed.set(rrule, recurrence);
  return recurrence;
}

function readRecurrence(rrule: string): Recurrence | undefined {
  const fields = new Map<string, string>();
  for (const part of rrule.split(';')) {
    const [key, value, ...rest] = part.toUpperCase().split('=');
    if (key === undefined || value === undefined || rest.length > 0 || fields.has(key)) return undefined;
    fields.set(key, value);
  }
  const freq = fields.get('FREQ');
  if (freq !== 'WEEKLY' && freq !== 'MONTHLY' && freq !== 'YEARLY') return undefined;
  const known = new Set(['FREQ', 'BYMONTH', 'BYMONTHDAY', 'BYDAY', 'UNTIL', 'WKST', 'INTERVAL']);
  if ([...fields.keys()].some((k) => !known.has(k))) return undefined;
  if ((fields.get('INTERVAL') ?? '1') !== '1') return undefined;
  const byMonth = fields.has('BYMONTH') ? integers(fields.get('BYMONTH') ?? '', 1, 12) : [];
  const byMonthDay = fields.has('BYMONTHDAY') ? integers(fields.get('BYMONTHDAY') ?? '', -31, 31) : [];
  const until = fields.has('UNTIL') ? untilDay(fields.get('UNTIL') ?? '') : undefined;
  if (byMonth === undefined || byMonthDay === undefined || (fields.has('UNTIL') && until === undefined)) {
    return undefined;
  }
  const base = { freq, byMonth, byMonthDay, ...(until === undefined ? {} : { until }) } as const;
  if (freq === 'WEEKLY') {
    const byDay = WEEKDAYS.indexOf(fields.get('BYDAY') ?? '');
    return byDay < 0 || byMonth.length > 0 || byMonthDay.length > 0 ? undefined : { ...base, byDay };
  }
  if (fields.has('BYDAY') || byMonthDay.length === 0 || (freq === 'YEARLY' && byMonth.length === 0))
    return undefined;
  return base;
}

/** How fine each occurrence is: ends of months, quarters or years are month-level; named days day-level. */
export function recurrenceGranularity(r: Recurrence): Granularity {
  return r.freq === 'YEARLY' && r.byMonthDay.every((d) => d < 0) ? 'month' : 'day';
}

/** The days BYMONTHDAY names in one month, in order; days the month lacks are skipped (RFC 5545). */
function daysOfMonth(r: Recurrence, year: number, month: number): IsoDate[] {
  const last = daysInMonth(year, month);
  const days: number[] = [];
  for (const d of r.byMonthDay) {
    const day = d > 0 ? d : last + 1 + d;
    if (day >= 1 && day <= last) days.push(day);
  }
  if (days.length > 1) days.sort((a, b) => a - b);
  return days.map((d) => dayOf(year, month, d)).filter((d): d is IsoDate => d !== undefined);
}

// A rule naming a day few months have (BYMONTH=2;BYMONTHDAY=29) still occurs within eight years.
const SEARCH_MONTHS_PAST_TARGET = 12 * 8 + 1;

/**
 * The occurrences on or after `from`, up to and including the first one on or after `through` (the one
 * currently running), in order. Fewer when UNTIL ends the rule.
 */
export function occurrences(r: Recurrence, from: IsoDate, through: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  const accept = (day: IsoDate): boolean => {
    if (r.until !== undefined && day > r.until) return false;
    if (day >= from) out.push(day);
    return day < through;
  };
  if (r.freq === 'WEEKLY') {
    let day = addCalendarDays(from, ((r.byDay ?? 0) - weekdayOf(from) + 7) % 7);
    while (accept(day)) day = addCalendarDays(day, 7);
    return out;
  }
  let year = yearOf(from);
  let month = monthOf(from);
  const lastMonthIndex = yearOf(through) * 12 + monthOf(through) + SEARCH_MONTHS_PAST_TARGET;
  while (year * 12 + month <= lastMonthIndex) {
    if (r.byMonth.length === 0 || r.byMonth.includes(month)) {
      for (const day of daysOfMonth(r, year, month)) if (!accept(day)) return out;
    }
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return out;
}
