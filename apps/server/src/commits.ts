/**
 * Group commit (成组提交): entries recorded at the same moment are written in one transaction, and
 * each is acknowledged only after that transaction has committed. While one transaction runs, the
 * entries that arrive wait for it and then go together in the next, so a busy server commits many
 * entries at a time instead of queueing one transaction each (PGlite is a single connection, and
 * runs a transaction without letting the event loop read the next requests meanwhile).
 * An entry that cannot be written (its id taken, what it supersedes missing) is refused alone; if a
 * whole transaction fails for another reason, its entries are tried again one transaction each, so
 * that one bad entry never costs the others.
 */
import type { LedgerEntry } from '@fengong/core';
import type { Database, Sql } from './db/database';
import { fail, HttpError } from './http';
import { entriesById, insertEntriesAudited, lockPlan } from './store';

/** One entry to record, by whom and from where. */
export interface Recording {
  entry: LedgerEntry;
  person: string;
  ip: string;
  /**
   * The entry's id was made by this server just now (a random UUID), not sent by the client: no
   * stored entry can have it, so it is not looked up.
   */
  newId?: boolean;
}

/** The entry as stored, and whether this request stored it (false: the same entry was already there). */
export interface Recorded {
  entry: LedgerEntry;
  created: boolean;
}

/**
 * A recorded entry, with how long (ms) it waited for its transaction to begin and that transaction
 * took, and how many entries the transaction wrote.
 */
export interface Committed extends Recorded {
  waited: number;
  wrote: number;
  batch: number;
}

interface Waiting {
  /** When it was handed over (performance.now()). */
  at: number;
  recording: Recording;
  resolve: (recorded: Committed) => void;
  reject: (error: unknown) => void;
}

/** The same entry sent again (a retry after a lost answer): same id, same part, same state and date. */
function sameEntry(a: LedgerEntry, b: LedgerEntry): boolean {
  return (
    a.plan === b.plan && a.task === b.task && a.unit === b.unit && a.state === b.state && a.date === b.date
  );
}

/** An entry this server has just stored, and its place in the table (`seq`). */
export interface Written {
  entry: LedgerEntry;
  seq: number;
}

/**
 * Write a batch in `tx`: the stored entry or the refusal of each, in order, and what was written
 * (with its sequence numbers).
 */
export async function writeBatch(
  tx: Sql,
  batch: readonly Recording[],
  options: { lock?: boolean } = {},
): Promise<{ outcomes: (Recorded | HttpError)[]; written: Written[] }> {
  // Statements are sent without waiting for the one before: on one connection they run in the order
  // sent, so the batch waits for the database once to read (only when it has ids to look up) and once
  // to write, not once per statement. Plans are locked first, in one order, so that two server
  // processes never wait for each other in a circle.
  const locks =
    options.lock === false
      ? []
      : [...new Set(batch.map((b) => b.entry.plan))].sort().map((plan) => lockPlan(tx, plan));
  // Ids made by this server just now cannot be stored yet: only the others are looked up.
  const ids = batch.flatMap((b) => [
    ...(b.newId ? [] : [b.entry.id]),
    ...(b.entry.supersedes ? [b.entry.supersedes] : []),
  ]);
  const stored =
    ids.length > 0
      ? (await Promise.all([entriesById(tx, ids), ...locks]))[0]
      : new Map<string, LedgerEntry>();
  const outcomes: (Recorded | HttpError)[] = [];
  const added: Recording[] = [];
  for (const b of batch) {
    const { entry } = b;
    const existing = stored.get(entry.id);
    if (existing) {
      outcomes.push(
        sameEntry(existing, entry)
          ? { entry: existing, created: false }
          : fail(409, 'server-id-taken', { id: entry.id }),
      );
      continue;
    }
    if (entry.supersedes) {
      const old = stored.get(entry.supersedes);
      if (!old || old.plan !== entry.plan || old.task !== entry.task || old.unit !== entry.unit) {
        outcomes.push(fail(400, 'server-no-entry', { id: entry.supersedes }));
        continue;
      }
    }
    stored.set(entry.id, entry);
    added.push(b);
    outcomes.push({ entry, created: true });
  }
  const [seqs] = await Promise.all([
    insertEntriesAudited(
      tx,
      added.map((b) => ({
        entry: b.entry,
        person: b.person,
        audit: {
          person: b.person,
          action: 'record',
          plan: b.entry.plan,
          detail: { id: b.entry.id, task: b.entry.task, unit: b.entry.unit, state: b.entry.state },
          ip: b.ip,
        },
      })),
    ),
    ...locks,
  ]);
  return { outcomes, written: added.map((b, i) => ({ entry: b.entry, seq: seqs[i]! })) };
}

export class GroupCommit {
  private waiting: Waiting[] = [];
  private running = false;

  /**
   * @param committed called after each commit that wrote entries, with those entries (in the order
   *   of their sequence numbers), before anyone is answered.
   * @param retryAlone whether a failed transaction's entries are worth trying one by one (not when
   *   the database cannot be reached).
   */
  constructor(
    private readonly db: Database,
    private readonly committed: (written: readonly Written[]) => void,
    private readonly retryAlone: (error: unknown) => boolean = () => true,
    readonly maxBatch = 500,
  ) {}

  /** Record one entry; resolves once it is committed (or was already there), rejects with the refusal. */
  record(recording: Recording): Promise<Committed> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ at: performance.now(), recording, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        // PGlite answers without giving the event loop a turn: let the requests that have arrived
        // (their sockets read in this turn of the loop) join the batch first.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const batch = this.waiting.splice(0, this.maxBatch);
        const began = performance.now();
        try {
          this.settle(batch, await this.commit(batch), began);
        } catch (error) {
          if (batch.length === 1 || !this.retryAlone(error)) {
            for (const w of batch) w.reject(error);
            continue;
          }
          for (const w of batch) {
            try {
              this.settle([w], await this.commit([w]), performance.now());
            } catch (alone) {
              w.reject(alone);
            }
          }
        }
      }
    } finally {
      this.running = false;
    }
  }

  private async commit(batch: readonly Waiting[]): Promise<(Recorded | HttpError)[]> {
    const recordings = batch.map((w) => w.recording);
    // The embedded engine is one connection held by this process: nothing else writes meanwhile,
    // so a batch with nothing to look up (ids made here, no corrections) needs no lock and no
    // `begin`/`commit` of its own: its one statement is its transaction, committed when answered.
    const alone = this.db.engine === 'pglite' && recordings.every((r) => r.newId && !r.entry.supersedes);
    const { outcomes, written } = alone
      ? await writeBatch(this.db, recordings, { lock: false })
      : await this.db.transaction((tx) => writeBatch(tx, recordings));
    if (written.length > 0) this.committed(written);
    return outcomes;
  }

  private settle(
    batch: readonly Waiting[],
    outcomes: readonly (Recorded | HttpError)[],
    began: number,
  ): void {
    const wrote = performance.now() - began;
    batch.forEach((w, i) => {
      const o = outcomes[i]!;
      if (o instanceof HttpError) w.reject(o);
      else w.resolve({ ...o, waited: began - w.at, wrote, batch: batch.length });
    });
  }
}
