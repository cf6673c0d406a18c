/** Test helpers: the seed plan analysed once, and ledger entries with predictable ids and times. */

import { seedPlan, seedRegistry } from '../../../test/seed';
import { analyzePlan } from '../../queries/analysis';
import { planId } from '../rules';
import { createLedgerEntry, type LedgerEntry, type NewLedgerEntry } from '../schema';

export const analysis = analyzePlan(seedPlan, { registry: seedRegistry });
export const PLAN = planId(seedPlan);

let counter = 0;

/** An entry of the seed plan; ids count up, and each is recorded one second after the last. */
export function entry(
  fields: Omit<NewLedgerEntry, 'plan'> & { id?: string; recordedAt?: string },
): LedgerEntry {
  counter++;
  const { id, recordedAt, ...rest } = fields;
  return createLedgerEntry(
    { plan: PLAN, ...rest },
    {
      id: id ?? `e${String(counter).padStart(4, '0')}`,
      recordedAt: recordedAt ?? new Date(Date.UTC(2021, 9, 1, 0, 0, counter)).toISOString(),
    },
  );
}
