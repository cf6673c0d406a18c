/** The errors of `@fengong/reports`, said from core's catalogue. */
import { type Locale, type MessageCode, type MessageParams, say } from '@fengong/core';

/**
 * A request that cannot be met (a calendar of a plan-wide report, a unit report without a unit):
 * a usage mistake, not a bug.
 *
 * @example
 * await renderReport({ kind: 'ledger', format: 'ics', analysis, asOf }); // throws ReportUsageError
 */
export class ReportUsageError extends Error {
  override readonly name = 'ReportUsageError';
  constructor(
    readonly id: Extract<MessageCode, `usage/${string}`>,
    readonly params: MessageParams = {},
  ) {
    super(say(id, params as never));
  }

  /**
   * The mistake in `locale` (Chinese by default, as `message` says it).
   *
   * @example
   * new ReportUsageError('usage/ics-needs-unit').describe('en'); //=> 'a calendar (ics) needs a unit'
   */
  describe(locale: Locale = 'zh-CN'): string {
    return say(this.id, this.params as never, locale);
  }
}
