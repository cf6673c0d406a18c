/**
 * Report views (报表视图): the plain data behind the documents offices hand around — the work
 * ledger (任务分工台账), a unit's responsibility list (单位责任清单), the lead units' progress summary
 * (牵头单位进展汇总), overdue warnings (逾期预警), the look-back checklist (回头看) and a unit's dated
 * deadlines (时限日历). Pure: the status day `asOf` and the progress entries are passed in; nothing
 * here reads the clock or a file. One module per view; the words they carry (role and status labels,
 * readings, status sentences) come from the catalogue (`labels.ts`, `messages/reports.ts`).
 */

export {
  formatChineseDate,
  type ReportDeadline,
  type ReportStatus,
  type StatusTextOptions,
  statusText,
} from '../report-format';
export type { ReportOptions } from './options';
export { type LedgerRow, type LedgerOptions, ledgerRows } from './ledger';
export { type UnitReport, unitReport } from './unit-report';
export { type UnitDeadline, type UnitDeadlinesOptions, unitDeadlines } from './unit-deadlines';
export {
  type CollectTarget,
  type LeadTask,
  type LeadSummary,
  type LeadSummaryReport,
  type LeadSummaryOptions,
  leadSummary,
} from './lead-summary';
export {
  type WarningStatus,
  type WarningItem,
  type UnitWarnings,
  type OverdueWarnings,
  type WarningOptions,
  overdueWarnings,
} from './warnings';
