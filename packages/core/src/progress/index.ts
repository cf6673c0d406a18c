/**
 * The progress module (进度): the persisted entry (`LedgerEntry`, zod), the states, and every rule
 * that turns entries into answers — the current entry of a (task, unit) pair, who owes a task,
 * completion per unit and per task, the look-back — plus the JSON Lines and CSV forms of the ledger
 * and the import of filled-in ledgers. Pure and isomorphic; the file store is in `@fengong/core/node`.
 * The rules are stated once, in `rules.ts`.
 */
export { ledgerToCsv } from './csv';
export {
  type BatchOutcome,
  type ConflictClaim,
  checkReporter,
  type ProgressBatch,
  type ProgressConflict,
  type ProgressField,
  type ProgressImport,
  type ProgressRow,
  type ProgressRowsBatch,
  type ProgressSheet,
  type ReconcileOptions,
  reconcileProgress,
} from './import';
export {
  type LedgerReadResult,
  type ParseLedgerOptions,
  parseLedger,
  type SafeLedgerResult,
  safeParseLedger,
  serializeLedger,
  serializeLedgerEntry,
} from './jsonl';
export {
  type Lookback,
  type LookbackItem,
  type LookbackOptions,
  type LookbackResult,
  type LookbackUnit,
  lookback,
} from './lookback';
export {
  type ExportableReport,
  exportableReports,
  reminderTasks,
  type SummaryAct,
  type SummaryReceipt,
  summaryReceipts,
} from './oversight';
export {
  checkLedger,
  currentEntries,
  type LedgerListFilter,
  type LedgerProgress,
  type LedgerQueryOptions,
  ledgerProgress,
  listLedger,
  type PartState,
  planId,
  type ProgressReport,
  progressReport,
  sameDayEntries,
  type TaskProgress,
  type UnitPart,
} from './rules';
export {
  createLedgerEntry,
  LedgerEntry,
  type LedgerEntryInput,
  LedgerState,
  type NewLedgerEntry,
} from './schema';
export { ledgerStateFrom, PROGRESS_STATES } from './states';
export type { LedgerAppendResult, LedgerStore } from './store';
export { undoEntry } from './undo';
