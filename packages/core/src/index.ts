/**
 * @fengong/core — the typed model of a division-of-labour plan (分工方案), responsibility
 * resolution, deadline rules, importers and queries. Pure and isomorphic.
 */
export * from './deadlines';
export {
  type Diagnostic,
  FengongInputError,
  FengongUsageError,
  formatDiagnostic,
  type InputErrorSummary,
  type Severity,
  type SourcePosition,
} from './diagnostics';
export { displayText } from './display';
export * from './import';
export * from './labels';
export {
  type Locale,
  type MessageCode,
  type MessageParams,
  type ReportWord,
  type ServerMessage,
  type ServerParamsOf,
  catalogued,
  say,
  sayDiagnostic,
  sayReport,
  sayServer,
} from './messages';
export * from './progress';
export * from './model/parse';
export * from './model/schema';
export * from './queries';
export * from './registry';
export * from './roles';
export * from './text';
export type { ParamsOf } from './messages';
