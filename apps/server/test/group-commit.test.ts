/**
 * Group commit on both engines: entries recorded at the same moment go in one transaction; an entry
 * that cannot be written is refused alone and never acknowledged, the others are acknowledged and
 * stored; when the whole transaction fails, each entry is tried again on its own. On the embedded
 * engine the ledger in memory takes what was committed without reading it back.
 */
import { createLedgerEntry, type LedgerEntry, type LedgerState } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { officePerson } from '../src/auth';
import { GroupCommit, type Recorded } from '../src/commits';
import type { Database } from '../src/db/database';
import { HttpError } from '../src/http';
import { LedgerCache } from '../src/ledger-cache';
import { loadPlans, registerPlans, type ServedPlan } from '../src/plans';
import { openStore } from '../src/server';
import { planEntries } from '../src/store';
import { ENGINES, TEST_PLAN, testStore, type TestStore } from './harness';

describe.each(ENGINES)('group commit on %s', (engine) => {
  let store: TestStore;
  let db: Database;
  let plan: ServedPlan;
  let office: string;
  /** Transactions begun, counted around the real database's. */
  let transactions = 0;
  const committedPlans: string[][] = [];
  let commits: GroupCommit;

  beforeAll(async () => {
    store = await testStore(engine);
    ({ db } = await openStore({ ...store.options, plans: [TEST_PLAN] }));
    const plans = await loadPlans([TEST_PLAN]);
    await registerPlans(db, plans.values());
    plan = [...plans.values()][0]!;
    office = (await officePerson(db)).id;
    const counted: Database = {
      engine: db.engine,
      where: db.where,
      query: (text, params) => db.query(text, params),
      transaction: (fn) => {
        transactions++;
        return db.transaction(fn);
      },
      close: () => db.close(),
    };
    commits = new GroupCommit(counted, (written) =>
      committedPlans.push([...new Set(written.map((w) => w.entry.plan))]),
    );
  });
  afterAll(async () => {
    await db?.close();
    store?.dispose();
  });

  let n = 0;
  const entry = (state: LedgerState, extra: Partial<LedgerEntry> = {}): LedgerEntry =>
    createLedgerEntry(
      { plan: plan.id, task: 1, unit: '市财政局', date: '2022-05-01', state, ...extra },
      { id: `gc-${engine}-${++n}`, recordedAt: new Date().toISOString() },
    );
  const record = (e: LedgerEntry) =>
    commits.record({ entry: e, person: office, ip: '127.0.0.1' }).then(
      // What was recorded, without the timings.
      (ok): Recorded | HttpError | Error => ({ entry: ok.entry, created: ok.created }),
      (error: unknown) => error as Error,
    );
  const storedIds = async () => new Set((await planEntries(db, plan.id)).map((e) => e.id));

  test('a refused entry in a batch is not acknowledged; the others are, in one transaction', async () => {
    const good = [entry('inProgress'), entry('done'), entry('notStarted')];
    const orphan = entry('done', { supersedes: 'no-such-entry' });
    const twin = { ...good[0]!, state: 'cannotComplete' as const, reason: '同一编号，内容不同' };
    const before = transactions;
    // Sent in the same turn of the event loop: one batch.
    const outcomes = await Promise.all([...good, orphan, twin].map(record));
    expect(transactions - before).toBe(1);
    for (const [i, e] of good.entries()) expect(outcomes[i]).toEqual({ entry: e, created: true });
    expect(outcomes[3]).toBeInstanceOf(HttpError);
    expect((outcomes[3] as HttpError).status).toBe(400);
    expect(outcomes[4]).toBeInstanceOf(HttpError);
    expect((outcomes[4] as HttpError).status).toBe(409);
    const ids = await storedIds();
    for (const e of good) expect(ids).toContain(e.id);
    expect(ids).not.toContain(orphan.id);
    const stored = (await planEntries(db, plan.id)).find((e) => e.id === twin.id)!;
    expect(stored.state).toBe('inProgress');
    const audited = await db.query<{ id: string }>(
      "select detail->>'id' as id from audit where action = 'record'",
    );
    expect(audited.map((a) => a.id).sort()).toEqual(good.map((e) => e.id).sort());
  });

  test('a transaction that fails whole is retried one entry at a time: only the bad one is refused', async () => {
    const good = [entry('inProgress'), entry('done')];
    // A plan the database does not hold: the insert breaks the foreign key, failing the transaction.
    const stray = { ...entry('done'), plan: 'no-such-plan' };
    const before = transactions;
    const outcomes = await Promise.all([good[0]!, stray, good[1]!].map(record));
    // The batch, then each of its three entries alone.
    expect(transactions - before).toBe(4);
    expect(outcomes[0]).toEqual({ entry: good[0], created: true });
    expect(outcomes[2]).toEqual({ entry: good[1], created: true });
    expect(outcomes[1]).toBeInstanceOf(Error);
    expect(outcomes[1]).not.toBeInstanceOf(HttpError);
    const ids = await storedIds();
    for (const e of good) expect(ids).toContain(e.id);
    expect(ids).not.toContain(stray.id);
    expect(
      (await db.query<{ n: number }>('select count(*)::int as n from entries where id = $1', [stray.id]))[0]!
        .n,
    ).toBe(0);
  });

  test('a retry of an acknowledged entry is answered with the stored one, not stored twice', async () => {
    const e = entry('done');
    expect(await record(e)).toEqual({ entry: e, created: true });
    const [again, retried] = await Promise.all([record(e), record({ ...e })]);
    expect(again).toEqual({ entry: e, created: false });
    expect(retried).toEqual({ entry: e, created: false });
    expect(
      (await db.query<{ n: number }>('select count(*)::int as n from entries where id = $1', [e.id]))[0]!.n,
    ).toBe(1);
    // Only commits that wrote something announce their plan.
    expect(committedPlans.every((plans) => plans.length === 1 && plans[0] === plan.id)).toBe(true);
  });

  test('the ledger in memory holds what was committed, in the table’s order (read back only on PostgreSQL)', async () => {
    let reads = 0;
    const counting: Database = {
      ...db,
      query: (text, params) => {
        if (/from entries where plan = \$1 and seq > \$2/.test(text)) reads++;
        return db.query(text, params);
      },
    };
    const cache = new LedgerCache(counting, engine === 'pglite');
    await cache.entries(plan.id);
    const before = reads;
    const cached = new GroupCommit(db, (written) => cache.committed(written));
    const made = [entry('inProgress'), entry('done'), entry('notStarted'), entry('inProgress')];
    const refused = entry('done', { supersedes: 'no-such-entry' });
    await Promise.all(
      // Ids made just now (as the server makes them): on the embedded engine, one statement.
      [...made.map((e) => ({ e, newId: true })), { e: refused, newId: false }].map(({ e, newId }) =>
        cached.record({ entry: e, person: office, ip: '127.0.0.1', newId }).catch(() => {}),
      ),
    );
    await cached.record({ entry: entry('done'), person: office, ip: '127.0.0.1' });
    const inMemory = (await cache.entries(plan.id)).map((e) => e.id);
    expect(inMemory).toEqual((await planEntries(db, plan.id)).map((e) => e.id));
    expect(inMemory).not.toContain(refused.id);
    if (engine === 'pglite') expect(reads).toBe(before);
    else expect(reads).toBeGreaterThan(before);
  });
});
