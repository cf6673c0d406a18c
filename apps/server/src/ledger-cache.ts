/**
 * The entries of each plan, read once and then only what was appended since (台账缓存). Entries are
 * never changed or deleted, and every insert of a plan's entries holds that plan's advisory lock
 * until it commits, so sequence numbers of one plan become visible in order: reading `seq > last`
 * misses nothing, across server processes too. Judging the ledger (`ledgerProgress`) is kept for the
 * last few status days of each version of the ledger, and so is what pages derive from it.
 *
 * On the embedded engine one process holds the database, so every write goes through this server:
 * entries the group commit has just committed are added as they are (`committed`), the cache reads
 * the database again only after `written` says another write of the plan committed (an import),
 * and a page is answered from memory. On PostgreSQL other server processes may write, so each use asks
 * for what was appended since (one indexed query).
 */
import { type DayString, type IsoDate, LedgerEntry, type LedgerProgress, ledgerProgress } from '@fengong/core';
import type { Sql } from './db/database';
import type { ServedPlan } from './plans';

interface PlanLedger {
  seq: number;
  entries: LedgerEntry[];
  progress: Map<IsoDate, LedgerProgress>;
  /** What pages derive from this version of the ledger, by key. */
  derived: Map<string, unknown>;
  /** Read at least once, and nothing written since the last read began. */
  fresh: boolean;
  reading?: Promise<void>;
  next?: Promise<void>;
}

export class LedgerCache {
  private readonly plans = new Map<string, PlanLedger>();
  /** `exclusive`: this process is the only writer (the embedded engine). */
  constructor(
    private readonly sql: Sql,
    private readonly exclusive = false,
  ) {}

  /** A write of the plan's entries committed: the next use reads what was appended. */
  written(plan: string): void {
    const ledger = this.plans.get(plan);
    if (ledger) ledger.fresh = false;
  }

  /**
   * Entries this process has just committed (the group commit), with their sequence numbers. On the
   * embedded engine, a ledger that holds everything written before them (read, nothing else written
   * since, no read under way) takes them as they are, without reading them back from the database;
   * any other ledger reads what was appended at its next use, as after {@link written}.
   */
  committed(written: readonly { entry: LedgerEntry; seq: number }[]): void {
    const byPlan = new Map<string, { entry: LedgerEntry; seq: number }[]>();
    for (const w of written) byPlan.set(w.entry.plan, [...(byPlan.get(w.entry.plan) ?? []), w]);
    for (const [plan, rows] of byPlan) {
      const ledger = this.plans.get(plan);
      if (!ledger) continue;
      rows.sort((a, b) => a.seq - b.seq);
      if (!this.exclusive || !ledger.fresh || ledger.reading || rows[0]!.seq <= ledger.seq) {
        ledger.fresh = false;
        continue;
      }
      ledger.entries = [...ledger.entries, ...rows.map((r) => r.entry)];
      ledger.seq = rows.at(-1)!.seq;
      ledger.progress = new Map();
      ledger.derived = new Map();
    }
  }

  /**
   * Something derived from the plan's ledger (a unit's page), computed once per version of the
   * ledger and `asOf`.
   */
  async derive<T>(
    plan: ServedPlan,
    asOf: DayString,
    key: string,
    compute: (entries: readonly LedgerEntry[], progress: LedgerProgress) => T,
  ): Promise<T> {
    const ledger = await this.refresh(plan.id);
    const progress = this.judge(plan, ledger, asOf);
    const full = `${asOf}\u0000${key}`;
    if (ledger.derived.has(full)) return ledger.derived.get(full) as T;
    const value = compute(ledger.entries, progress);
    if (ledger.derived.size >= 1000) ledger.derived.clear();
    ledger.derived.set(full, value);
    return value;
  }

  /** Every entry of the plan, in the order stored, as of now. */
  async entries(plan: string): Promise<readonly LedgerEntry[]> {
    return (await this.refresh(plan)).entries;
  }

  /** The ledger judged by core on `asOf`. */
  async progress(plan: ServedPlan, asOf: DayString): Promise<LedgerProgress> {
    return this.judge(plan, await this.refresh(plan.id), asOf);
  }

  private judge(plan: ServedPlan, ledger: PlanLedger, asOf: DayString): LedgerProgress {
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
      ledger = { seq: 0, entries: [], progress: new Map(), derived: new Map(), fresh: false };
      this.plans.set(plan, ledger);
    }
    const current = ledger;
    if (this.exclusive && current.fresh) {
      // Nothing written since the last read began: that read has all there is.
      if (current.reading) await current.reading;
      return current;
    }
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
    current.fresh = true;
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
        current.derived = new Map();
      }
    })().catch((error: unknown) => {
      current.fresh = false;
      throw error;
    });
    current.reading = reading.finally(() => {
      if (current.reading === settled) current.reading = undefined;
    });
    const settled = current.reading;
    return settled;
  }
}
