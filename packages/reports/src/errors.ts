/** The errors of `@fengong/reports`, said from core's catalogue. */
import { FengongUsageError } from '@fengong/core';

/**
 * A request that cannot be met (a calendar of a plan-wide report, a unit report without a unit):
 * a usage mistake, not a bug — a {@link FengongUsageError} of the documents, said in Chinese
 * (`describe('en')` in English).
 *
 * @example
 * await renderReport({ kind: 'ledger', format: 'ics', analysis, asOf }); // throws ReportUsageError
 */
export class ReportUsageError extends FengongUsageError {
  override readonly name: string = 'ReportUsageError';
}
