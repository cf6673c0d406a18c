/** Options of the report views (报表选项) and the ledger they judge. */
import type { Locale } from '../../messages';
import type { DayString } from '../../model/plain';
import { type LedgerProgress, ledgerProgress } from '../../progress/rules';
import type { LedgerEntry } from '../../progress/schema';
import type { PlanAnalysis } from '../analysis';

/**
 * Options of the report views: the status day (截至日期) and the progress ledger's entries, as
 * recorded (corrections and all): the progress module ({@link ledgerProgress}) decides which entry
 * of each unit counts and what is done.
 *
 * @example
 * const options: ReportOptions = { asOf: '2021-10-01', entries };
 */
export interface ReportOptions {
  /** The day statuses are judged on (截至日期). */
  asOf: DayString;
  /** The progress ledger's entries (进展记录); without them nothing is done and no progress is shown. */
  entries?: readonly LedgerEntry[] | undefined;
  /**
   * The language of the sentences the view carries — deadline readings (`reading`, `mainReading`)
   * and status sentences (`status.text`) — from the catalogue; Chinese unless it says otherwise.
   */
  locale?: Locale | undefined;
}

/** The ledger judged on the report's day (no entries: nothing is done). */
export function progressOf(analysis: PlanAnalysis, options: ReportOptions): LedgerProgress {
  return ledgerProgress(analysis, options.entries ?? [], { asOf: options.asOf });
}
