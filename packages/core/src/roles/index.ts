/**
 * Responsibility resolution (职责解析): reading units cells (落实单位) into clauses, roles and
 * spans; resolving tasks and plans against the unit registry; and the queries on the result.
 */
// The resolved plan is read through an analysis (`analyzePlan`, `listTasks`, `unitResponsibilities`,
// `taskDetail`); `resolvePlan`, `tasksForUnit`, `unitAssignments` and `unitsForTask` are core's own.
export {
  type MatrixCell,
  type MatrixOptions,
  type ResolvedPlan,
  type ResponsibilityMatrix,
  responsibilityMatrix,
} from './plan';
export { type ReadUnitsOptions, readUnitsCell } from './read-cell';
// A units cell read and resolved is `explainUnits(text, { registry })`; `resolveTask` (the same for
// a task with its overrides) is core's own, behind `analyzePlan`.
export { explainUnits, type ResolveOptions } from './resolve';
export {
  CellName,
  Clause,
  FoundConvention,
  LeadSource,
  MarkerMeaning,
  ResolvedTask,
  RoleAssignment,
  RoleMarker,
  RoleNames,
  RoleNotice,
  RoleNoticeCode,
  Span,
  UnitsCellReading,
  UnitsExplanation,
  UnitTask,
} from './schema';
