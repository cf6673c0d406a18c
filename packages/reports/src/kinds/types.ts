/** Options every report kind builder takes. */
import type { IsoDate, LedgerEntry } from '@fengong/core';

/**
 * What a report kind is built from besides the analysis.
 *
 * @example
 * const options: KindOptions = { asOf: '2021-10-01', unit: '市财政局' };
 */
export interface KindOptions {
  asOf: IsoDate;
  unit?: string;
  /** The progress ledger's entries, as recorded (core's progress rules decide what counts). */
  entries?: readonly LedgerEntry[];
  /** Ledger: one more sheet per unit (XLSX). */
  unitSheets?: readonly string[];
  /** Matrix: one column per unit with groups expanded, instead of the names as the cells give them. */
  expandGroups?: boolean;
}
