/**
 * Taking back an entry (撤销): the ledger is append-only, so an entry recorded by mistake is not
 * deleted but corrected (更正) — a new entry that `supersedes` it and says again what the unit's
 * entry on the task said on that day without it (or 未开始 when there was none), dated as the
 * taken-back entry.
 * Rule 1 of `rules.ts` then leaves the taken-back entry out of every count.
 */
import { compareEntries, currentEntries } from './rules';
import type { LedgerEntry, NewLedgerEntry } from './schema';

/**
 * The correction that takes back entry `id` (撤销记录): an entry superseding it, dated as it, that
 * restates the pair's entry that would be current on that day without it (the latest that counts
 * dated on or before it: state, note, reason, evidence), or 未开始 with none.
 * `undefined` when `id` is not in the ledger or is already corrected.
 *
 * @example
 * undoEntry(entries, last.id); //=> { plan, task: 7, unit: '市财政局', date: '2021-10-01', state: 'inProgress', supersedes: last.id, … }
 */
export function undoEntry(
  entries: readonly LedgerEntry[],
  id: string,
  fields: Pick<NewLedgerEntry, 'author' | 'phone'> = {},
): NewLedgerEntry | undefined {
  const counting = currentEntries(entries);
  const target = counting.find((e) => e.id === id);
  if (!target) return undefined;
  let previous: LedgerEntry | undefined;
  for (const e of counting) {
    if (e.id === id || e.task !== target.task || e.unit !== target.unit || e.date > target.date) continue;
    if (!previous || compareEntries(e, previous) >= 0) previous = e;
  }
  const base = {
    plan: target.plan,
    task: target.task,
    unit: target.unit,
    date: target.date,
    supersedes: target.id,
    ...(fields.author ? { author: fields.author } : {}),
    ...(fields.phone ? { phone: fields.phone } : {}),
  };
  if (!previous) return { ...base, state: 'notStarted' };
  return {
    ...base,
    state: previous.state,
    ...(previous.note ? { note: previous.note } : {}),
    ...(previous.reason ? { reason: previous.reason } : {}),
    ...(previous.evidence ? { evidence: previous.evidence } : {}),
  };
}
