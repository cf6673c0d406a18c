/** Queries and views over an analysed plan (方案查询). */
export { type AnalyzedTask, analyzePlan, type PlanAnalysis } from './analysis';
export { type CalendarItem, type DeadlineCalendar, deadlineCalendar } from './calendar';
export {
  type DiffOptions,
  type DiffTask,
  diffPlans,
  type PlanDiff,
  type TaskChange,
  type TaskChangeKind,
} from './plan-diff';
export * from './report-views';
export {
  type SearchRange,
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
} from './unit';
export {
  type AsOfOptions,
  countTasks,
  type DeadlineBrief,
  findUnit,
  listTasks,
  type TaskDetail,
  type TaskFilter,
  type TaskStatus,
  type TaskView,
  taskDetail,
  taskStatus,
  UnknownUnitError,
} from './views';
