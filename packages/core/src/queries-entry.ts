/**
 * `@fengong/core/queries` (查询入口): the queries over an analysed plan without the readers — no
 * YAML parser, no schema validation (zod), no document importers — so that a program answering from
 * a compiled plan (`loadPlanAnalysis` of `@fengong/core/node`) starts fast: a command-line query loads a fraction of
 * core. Everything here is also exported by `@fengong/core`; a test bundles this entry and fails if
 * a reader creeps in.
 */

export {
  type Diagnostic,
  FengongInputError,
  FengongUsageError,
  formatDiagnostic,
} from './diagnostics';
export * from './labels';
export { type Locale, type MessageCode, type MessageParams, say, sayDiagnostic } from './messages';
export { type DayString, isIsoDate } from './model/plain';
export * from './queries';
export {
  type MatrixCell,
  type MatrixOptions,
  type ResolvedPlan,
  type ResponsibilityMatrix,
  responsibilityMatrix,
} from './roles/plan';
