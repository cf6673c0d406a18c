/** The check of a day option at the API's boundary (internal: the queries and the progress rules use it). */
import { FengongUsageError } from './diagnostics';
import { isIsoDate } from './model/plain';

/**
 * A day option must be a real `YYYY-MM-DD` day; else a {@link FengongUsageError} naming it (a value
 * that escaped the type, from JavaScript or a cast).
 *
 * @example
 * checkDayOption('asOf', '2021-10-01'); //=> undefined
 */
export function checkDayOption(option: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'string' || !isIsoDate(value)))
    throw new FengongUsageError('usage/bad-date', { option, value: String(value) });
}
