/**
 * Deadlines (完成时限): the typed model, the reader of deadline cells and phrases, status on a day with
 * traffic lights, China's working-day calendar, and the disclosure regulation's statutory deadlines.
 */

export {
  type DeadlineExplanation,
  type ExplainDeadlineOptions,
  explainDeadline,
  firstDue,
} from './explain';
export type { DeadlineNoticeCode } from './notices';
export {
  type DeadlinePhrase,
  findDeadlinePhrases,
  type ParseDeadlineOptions,
  type ParsedDeadline,
  parseDeadline,
} from './parse';
export { type RelativeDueOptions, relativeDue } from './relative';
export {
  AlternativeReading,
  AnchorEvent,
  AsapDeadline,
  ByDeadline,
  CompoundDeadline,
  Deadline,
  DeadlineKind,
  DeadlinePart,
  DeadlineReading,
  DeadlineStatus,
  Granularity,
  OngoingDeadline,
  Period,
  RecurringDeadline,
  RelativeDeadline,
  SimpleDeadline,
  TrafficLight,
  UnspecifiedDeadline,
  WindowDeadline,
} from './schema';
export {
  type Completion,
  type DeadlineStatusOptions,
  type DeadlineStatusReport,
  type DueStatus,
  deadlineStatus,
  type PartStatus,
  trafficLight,
} from './status';
export {
  type StatutoryBasis,
  type StatutoryDueOptions,
  type StatutoryRule,
  type StatutoryRuleId,
  statutoryDue,
  statutoryRules,
} from './statutory';
export {
  addWorkingDays,
  chinaHolidayCalendar,
  type HolidayCalendar,
  isWorkingDay,
  type WorkingDayAnswer,
  type WorkingDayCount,
  type WorkingDayOptions,
  type WorkingDayResult,
  workingDaysBetween,
} from './working-days';
