/**
 * core's schemas (zod), loaded on first use: to read a ledger, record an entry or check an imported
 * plan. Building them costs tens of milliseconds and ~27 KB gzip, none of which the first screen needs.
 */
import { LedgerEntry } from '@fengong/core';

export { createLedgerEntry, Plan } from '@fengong/core';

/** The values that are valid ledger entries; others (written by a damaged or foreign store) are left out. */
export function validEntries(values: readonly unknown[]): LedgerEntry[] {
  return values.flatMap((raw) => {
    const parsed = LedgerEntry.safeParse(raw);
    return parsed.success ? [parsed.data] : [];
  });
}
