/**
 * The parts of the model that are plain values and checks, not schemas: what queries need at run
 * time without loading zod (a command-line query of a compiled plan never validates anything).
 * `model/schema.ts` builds its schemas from these, so each is stated once.
 */

/** The shape `YYYY-MM-DD`, before the calendar check of {@link isIsoDate}. */
export const ISO_DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A day as the queries' options take it (查询日期: `asOf`, `dueBefore`, `dueAfter`): `YYYY-MM-DD` as
 * a template-literal type, so that `dueBefore: 'soon'` does not compile. The calendar (2021-02-30)
 * is checked where the option comes in, with a `FengongUsageError`; text from outside (an argument,
 * a form) becomes a `DayString` through {@link isIsoDate}.
 *
 * @example
 * const asOf: DayString = '2021-10-01';
 */
export type DayString = `${number}-${number}-${number}`;

/**
 * Is `text` a real calendar day written as `YYYY-MM-DD`? (2021-02-30 is not.) Narrows `text` to a
 * {@link DayString}.
 *
 * @example
 * isIsoDate('2021-09-30'); //=> true
 * isIsoDate('2021-02-30'); //=> false
 */
export function isIsoDate(text: string): text is DayString {
  const m = ISO_DATE_SHAPE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * The default reading conventions (解读约定默认值), as `Conventions.parse({})` gives them.
 *
 * @example
 * CONVENTION_DEFAULTS.monthBefore; //=> 'endOfMonth'
 */
export const CONVENTION_DEFAULTS = Object.freeze({
  monthBefore: 'endOfMonth',
  dayBeforeInclusive: true,
  firstListedLeads: false,
  responsibleLeadsWhenNoLead: false,
  dueSoonDays: Object.freeze({ day: 7, month: 30 }),
} as const);
