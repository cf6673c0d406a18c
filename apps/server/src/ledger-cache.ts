/**
 * The entries of each plan, read once and then only what was appended since (台账缓存). Entries are
 * never changed or deleted, and every insert of a plan's entries holds that plan's advisory lock
 * until it commits, so sequence numbers of one plan become visible in order: reading `seq > last`
 * misses nothing, across server processes too. Judging the ledger (`ledgerProgress`) is kept for the
 * last few status days of each version of the ledger.
 */
import { type IsoDate, LedgerEntry, type LedgerProgress, ledgerProgress } from '@fengong/core';
import type { Sql } from './db/database';
import type { ServedPlan } from './plans';

interface PlanLedger {
  seq: number;
  entries: LedgerEntry[];
  progress: Map<IsoDate, LedgerProgress>;
  reading?: Promise<void>;
  next?: Promise<void>;
}

export class LedgerCache {
  private readonly plans = new Map<string, PlanLedger>();
  constructor(private readonly sql: Sql) {}

  /** Every entry of the plan, in the order stored, as of now. */
  async entries(plan: string): Promise<readonly LedgerEntry[]> {
    return (await this.refresh(plan)).entries;
  }

  /** The ledger judged by core on `asOf`. */
  async progress(plan: ServedPlan, asOf: IsoDate): Promise<LedgerProgress> {
    const ledger = await this.refresh(plan.id);
    let judged = ledger.progress.get(asOf);
    if (!judged) {
      judged = ledgerProgress(plan.analysis, ledger.entries, { asOf });
      if (ledger.progress.size >= 8) ledger.progress.delete(ledger.progress.keys().next().value!);
      ledger.progress.set(asOf, judged);
    }
    return judged;
  }

  /**
   * Read what was appended since the last read. A caller arriving while a read is under way waits
   * for it and then shares the one read that follows (it may have started before this caller's own
   * write committed); so every caller sees every write committed before it called, and no caller
   * waits for more than two reads.
   */
  private async refresh(plan: string): Promise<PlanLedger> {
    let ledger = this.plans.get(plan);
    if (!ledger) {
      ledger = { seq: 0, entries: [], progress: new Map() };
      this.plans.set(plan, ledger);
    }
    const current = ledger;
    if (current.reading) {
      current.next ??= current.reading.then(() => {
        current.next = undefined;
        return this.read(plan, current);
      });
      await current.next;
    } else {
      await this.read(plan, current);
    }
    return current;
  }

  private read(plan: string, current: PlanLedger): Promise<void> {
    const reading = (async () => {
      const rows = await this.sql.query<{ seq: number | string; entry: unknown }>(
        'select seq, entry from entries where plan = $1 and seq > $2 order by seq',
        [plan, current.seq],
      );
      if (rows.length > 0) {
        current.entries = [
          ...current.entries,
          ...rows.map((r) => LedgerEntry.parse(typeof r.entry === 'string' ? JSON.parse(r.entry) : r.entry)),
        ];
        current.seq = Number(rows.at(-1)!.seq);
        current.progress = new Map();
      }
    })();
    current.reading = reading.finally(() => {
      if (current.reading === settled) current.reading = undefined;
    });
    const settled = current.reading;
    return settled;
  }
}
