/**
 * Durability: an entry is acknowledged only once committed. 50 concurrent writers record through
 * `fengong serve` (a real process, started from the CLI); the server is killed with SIGKILL mid-
 * stream and started again on the same database: every acknowledged entry is there, none twice. On
 * PostgreSQL, the database server is also crashed and restarted under load: the server reconnects
 * and, with writers retrying by entry id, nothing acknowledged is lost or doubled.
 */
import type { ChildProcess } from 'node:child_process';
import type { LedgerEntry } from '@fengong/core';
import { afterAll, describe, expect, test } from 'vitest';
import { Client, ENGINES, enc, serve, type TestStore, testStore } from './harness';
import { freePort } from './postgres';

const PLAN_ID = '湛府办〔2021〕15号';
const TASK = 7;
const WRITERS = 50;

function killed(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

/** The units that hold a role on task 7 of the seed, from the office's view of the task. */
async function unitsOnTask(admin: Client): Promise<string[]> {
  const t = await admin.get<{ progress: { parts: { unit: string }[] } }>(
    `/api/plans/${enc(PLAN_ID)}/tasks/${TASK}`,
  );
  return t.body.progress.parts.map((p) => p.unit);
}

/**
 * Writers recording entries with ids of their own; an id counts as acknowledged when the server
 * answered 201 or 200. With `retry`, a write that failed is sent again (same id) until it is answered.
 */
function writers(admin: Client, units: string[], options: { retry: boolean }) {
  const acknowledged = new Set<string>();
  let stop = false;
  const one = async (w: number) => {
    for (let i = 0; !stop; i++) {
      const id = `crash-w${String(w).padStart(2, '0')}-${String(i).padStart(5, '0')}`;
      const body = {
        id,
        task: TASK,
        unit: units[(w + i) % units.length],
        state: 'inProgress',
        date: '2021-09-01',
        note: `${w}/${i}`,
      };
      for (;;) {
        try {
          const res = await admin.post(`/api/plans/${enc(PLAN_ID)}/entries`, body);
          if (res.status === 201 || res.status === 200) {
            acknowledged.add(id);
            break;
          }
          if (!options.retry) return;
        } catch {
          if (!options.retry) return;
        }
        if (stop) return;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  };
  const done = Promise.all(Array.from({ length: WRITERS }, (_, w) => one(w)));
  return {
    acknowledged,
    async until(n: number) {
      while (acknowledged.size < n) await new Promise((r) => setTimeout(r, 20));
    },
    async finish() {
      stop = true;
      await done;
    },
  };
}

async function storedIds(admin: Client): Promise<string[]> {
  const res = await admin.get<{ entries: LedgerEntry[] }>(`/api/plans/${enc(PLAN_ID)}/entries`);
  return res.body.entries.map((e) => e.id);
}

function expectOnce(acknowledged: Set<string>, ids: string[]) {
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(id, (counts.get(id) ?? 0) + 1);
  const missing = [...acknowledged].filter((id) => !counts.has(id));
  const twice = [...counts].filter(([, n]) => n > 1).map(([id]) => id);
  expect(missing).toEqual([]);
  expect(twice).toEqual([]);
}

describe.each(ENGINES)('crash safety on %s', (engine) => {
  const stores: TestStore[] = [];
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) await killed(c);
    for (const s of stores) s.dispose();
  });

  test('SIGKILL mid-stream: every acknowledged entry is there once after a restart', async () => {
    const store = await testStore(engine);
    stores.push(store);
    const port = await freePort();
    const first = await serve(store, port);
    children.push(first.child);
    const admin = new Client(first.url);
    await admin.signIn(first.adminLink);
    const load = writers(admin, await unitsOnTask(admin), { retry: false });
    await load.until(200);
    await killed(first.child);
    await load.finish();
    expect(load.acknowledged.size).toBeGreaterThanOrEqual(200);

    const second = await serve(store, port);
    children.push(second.child);
    const again = new Client(second.url);
    await again.signIn(second.adminLink);
    expectOnce(load.acknowledged, await storedIds(again));
    await killed(second.child);
  });
});

describe('crash safety of PostgreSQL itself', () => {
  const stores: TestStore[] = [];
  const children: ChildProcess[] = [];
  afterAll(async () => {
    for (const c of children) await killed(c);
    for (const s of stores) s.dispose();
  });

  test('PostgreSQL crashed and restarted under load: the server reconnects, nothing acknowledged is lost', async () => {
    const store = await testStore('postgres');
    stores.push(store);
    const s = await serve(store, await freePort());
    children.push(s.child);
    const admin = new Client(s.url);
    await admin.signIn(s.adminLink);
    const load = writers(admin, await unitsOnTask(admin), { retry: true });
    await load.until(100);
    store.pg!.restart();
    const after = load.acknowledged.size;
    // Writes are acknowledged again once the server has reconnected.
    await load.until(after + 100);
    await load.finish();
    expectOnce(load.acknowledged, await storedIds(admin));
    await killed(s.child);
  });
});
