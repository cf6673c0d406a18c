/**
 * Deadlines (完成时限): the typed model, the reader of deadline cells and phrases, status on a day with
 * traffic lights, China's working-day calendar, and the disclosure regulation's statutory deadlines.
 */
export type { DeadlineNoticeCode } from './notices';
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
  Granularity,
  OngoingDeadline,
  Period,
  RecurringDeadline,
  RelativeDeadline,
  SimpleDeadline,
  UnspecifiedDeadline,
  WindowDeadline,
} from './schema';
export { normaliseDeadlineText } from './normalise';
export {
  type DeadlinePhrase,
  findDeadlinePhrases,
  type ParsedDeadline,
  type ParseDeadlineOptions,
  parseDeadline,
} from './parse';
export {
  type Completion,
  compareStatus,
  DeadlineStatus,
  type DeadlineStatusOptions,
  type DeadlineStatusReport,
  deadlineStatus,
  defaultTrafficLights,
  type DueStatus,
  type PartStatus,
  TrafficLight,
  trafficLight,
  trafficLightLabels,
} from './status';
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
export { type RelativeDueOptions, relativeDue } from './relative';
export {
  type StatutoryBasis,
  type StatutoryDueOptions,
  type StatutoryRule,
  type StatutoryRuleId,
  statutoryDue,
  statutoryRules,
} from './statutory';
export {
  type DeadlineExplanation,
  describeDeadline,
  type ExplainDeadlineOptions,
  explainDeadline,
  firstDue,
} from './explain';
