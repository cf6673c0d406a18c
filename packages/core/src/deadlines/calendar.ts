/**
 * Calendar-day arithmetic on `YYYY-MM-DD` strings (internal).
 *
 * Stepping through the calendar (days, months with month-end clamping, weekdays) uses date-fns on dates built
 * at local midnight and read back in local time, so no time zone can shift a day. Counting and validating
 * days is integer arithmetic, which involves no time zone at all. Nothing here reads the clock.
 */
// One module per function: the package's index loads all of date-fns (~200 ms of a cold start).
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { getDay } from 'date-fns/getDay';
import type { IsoDate } from '../model/schema';

/** Years a deadline may name; outside them a phrase is garbage rather than a date. */
const FIRST_YEAR = 1000;
const LAST_YEAR = 9999;

/**
 * Local midnight of an ISO day. Built from its parts rather than with `parseISO` (and formatted back by hand
 * rather than with `format`): status is computed millions of times, and those two dominated its cost.
 */
function toDate(day: IsoDate): Date {
  return new Date(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)));
}

function toIsoDate(date: Date): IsoDate {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${String(date.getFullYear()).padStart(4, '0')}-${month}-${day}`;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** How many days a month (1–12) of a year has. Plain arithmetic: this is on the status hot path. */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/** The ISO day for a year, month (1–12) and day, or `undefined` when no such day exists (2月30日). */
export function dayOf(year: number, month: number, day: number): IsoDate | undefined {
  const real =
    Number.isInteger(year) &&
    year >= FIRST_YEAR &&
    year <= LAST_YEAR &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(day) &&
    day >= 1 &&
    day <= daysInMonth(year, month);
  return real ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : undefined;
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Is `text` a `YYYY-MM-DD` day that exists, in a year a deadline may name? The same answer as the model's
 * `isIsoDate` for such years, by arithmetic instead of a Date: it guards every status computation.
 */
export function isCalendarDay(text: string): boolean {
  return ISO_DAY.test(text) && dayOf(yearOf(text), monthOf(text), Number(text.slice(8, 10))) !== undefined;
}

/** The last day of a month, or `undefined` for an impossible year or month. */
export function lastDayOf(year: number, month: number): IsoDate | undefined {
  return month >= 1 && month <= 12 ? dayOf(year, month, daysInMonth(year, month)) : undefined;
}

/** The day `n` calendar days after `day` (before it when `n` is negative). */
export function addCalendarDays(day: IsoDate, n: number): IsoDate {
  return toIsoDate(addDays(toDate(day), n));
}

/**
 * The day `n` months after `day`; a missing corresponding day becomes the month's last day
 * (民法典 art. 202: 没有对应日的，月末日为期间的最后一日).
 */
export function addCalendarMonths(day: IsoDate, n: number): IsoDate {
  return toIsoDate(addMonths(toDate(day), n));
}

/**
 * Days since 1970-01-01 of an ISO day, by integer arithmetic on the proleptic Gregorian calendar (H. Hinnant's
 * days_from_civil): no time zone or daylight-saving hour is involved, and it is the status hot path.
 */
export function dayNumber(day: IsoDate): number {
  const month = Number(day.slice(5, 7));
  const year = Number(day.slice(0, 4)) - (month <= 2 ? 1 : 0);
  const era = Math.floor(year / 400);
  const yearOfEra = year - era * 400;
  const dayOfYear =
    Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + Number(day.slice(8, 10)) - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return dayNumber(to) - dayNumber(from);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(day: IsoDate): number {
  return getDay(toDate(day));
}

/** The calendar year of an ISO day. */
export function yearOf(day: IsoDate): number {
  return Number(day.slice(0, 4));
}

/** The month (1–12) of an ISO day. */
export function monthOf(day: IsoDate): number {
  return Number(day.slice(5, 7));
}

/** The later of two ISO days (ISO days compare correctly as strings). */
export function laterOf(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}
