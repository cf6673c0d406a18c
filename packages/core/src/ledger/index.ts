/**
 * The progress ledger (进度台账): append-only entries of what each unit reported on each task, the
 * rules that turn them into completion (per unit and per plan), importing filled-in ledgers, the
 * look-back (回头看) and the comparison of two years' plans (方案比对). Pure and isomorphic; the file
 * store is in `@fengong/core/node`.
 */
export { LEDGER_CSV_COLUMNS, ledgerToCsv } from './csv';
export {
  comparableText,
  type DiffOptions,
  type DiffTask,
  diffPlans,
  type PlanDiff,
  type TaskChange,
  type TaskChangeKind,
  textSimilarity,
} from './diff';
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
  type LookbackOptions,
  type LookbackTask,
  type LookbackUnit,
  lookback,
} from './lookback';
export {
  checkLedger,
  compareEntries,
  currentEntries,
  type LatestEntries,
  type LedgerListFilter,
  type LedgerQueryOptions,
  latestEntries,
  ledgerCompletion,
  listLedger,
  ownersDone,
  progressEntries,
  sameDayEntries,
  taskOwners,
  taskProgress,
  type UnitProgress,
  unitCompletion,
  unitProgress,
} from './rules';
export {
  createLedgerEntry,
  FINISHED_STATES,
  isFinishedState,
  LedgerEntry,
  type LedgerEntryInput,
  LedgerState,
  ledgerStateFrom,
  ledgerStateLabel,
  type NewLedgerEntry,
  planId,
} from './schema';
export { type LedgerAppendResult, type LedgerStore, MemoryLedgerStore } from './store';
