/** Queries and views over an analysed plan (方案查询). */
export { type AnalyzedTask, analyzePlan, type PlanAnalysis } from './analysis';
export { type CalendarItem, type DeadlineCalendar, deadlineCalendar } from './calendar';
export {
  comparableText,
  type DiffOptions,
  type DiffTask,
  diffPlans,
  type PlanDiff,
  type TaskChange,
  type TaskChangeKind,
  textSimilarity,
} from './plan-diff';
export * from './report-views';
export {
  resolvedUnitsText,
  type SearchRange,
  searchTerms,
  searchTasks,
  type TaskSearchField,
  type TaskSearchHit,
} from './search';
export { type PlanSummary, summarizePlan } from './summary';
export {
  noticeDuties,
  type UnitNoticeDuty,
  type UnitResponsibilities,
  type UnitWorkload,
  unitResponsibilities,
  unitWorkload,
  WARNING_STATUSES,
} from './unit';
export {
  type AsOfOptions,
  countByStatus,
  countTasks,
  type DeadlineBrief,
  findUnit,
  listTasks,
  type TaskDetail,
  type TaskFilter,
  type TaskStatus,
  type TaskView,
  taskDetail,
  taskNotices,
  taskStatus,
  taskView,
  UnknownUnitError,
} from './views';
