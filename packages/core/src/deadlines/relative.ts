/**
 * Periods counted from an event (期间计算): calendar days, months or working days after the event day,
 * the event day itself not counted (民法典 art. 201: 开始的当日不计入).
 */
import type { IsoDate } from '../model/schema';
import { addCalendarDays, addCalendarMonths } from './calendar';
import type { Period, RelativeDeadline } from './schema';
import { addWorkingDays, type WorkingDayOptions, type WorkingDayResult } from './working-days';

function addPeriod(day: IsoDate, period: Period, options: WorkingDayOptions): WorkingDayResult {
  switch (period.unit) {
    case 'workingDay':
      return addWorkingDays(day, period.amount, options);
    case 'month':
      return { date: addCalendarMonths(day, period.amount), provisional: false };
    case 'calendarDay':
      return { date: addCalendarDays(day, period.amount), provisional: false };
  }
}

/**
 * Options of {@link relativeDue}: whether the extension (延期) was granted, and the holiday calendar.
 *
 * @example
 * const options: RelativeDueOptions = { extended: true };
 */
export interface RelativeDueOptions extends WorkingDayOptions {
  /** The extension the deadline allows was granted (延期): count it too. */
  extended?: boolean | undefined;
}

/**
 * The last acceptable day of a relative deadline (自…之日起N日内) whose event happened on `anchorOn`,
 * `provisional` when working days were counted outside the holiday calendar's years.
 *
 * @example
 * const reply = parseDeadline('收到申请之日起20个工作日内，可延长20个工作日', { issued: '2021-07-01' }).deadline;
 * if (reply.kind === 'relative') relativeDue(reply, '2021-09-25');
 * //=> { date: '2021-10-27', provisional: false }
 * if (reply.kind === 'relative') relativeDue(reply, '2021-09-25', { extended: true });
 * //=> { date: '2021-11-24', provisional: false }
 */
export function relativeDue(
  deadline: Pick<RelativeDeadline, 'offset' | 'extension'>,
  anchorOn: IsoDate,
  options: RelativeDueOptions = {},
): WorkingDayResult {
  const due = addPeriod(anchorOn, deadline.offset, options);
  if (!options.extended || deadline.extension === undefined) return due;
  const extended = addPeriod(due.date, deadline.extension.by, options);
  return { date: extended.date, provisional: due.provisional || extended.provisional };
}
