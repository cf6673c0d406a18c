/**
 * Live updates across server processes on one PostgreSQL (LISTEN/NOTIFY): two `fengong serve`
 * processes started from the CLI on the throwaway PostgreSQL; an entry recorded through process A
 * reaches the office's and the lead unit's event streams open on process B, and not the stream of
 * a unit with no role on the task. A very long entry (past NOTIFY's 8,000 bytes) arrives too.
 */
import type { LedgerEntry } from '@fengong/core';
import { afterAll, expect, test } from 'vitest';
import {
  Client,
  TEST_PLAN,
  enc,
  openEvents,
  type Received,
  type Serve,
  serve,
  type TestStore,
  testStore,
} from './harness';
import { freePort } from './postgres';
import { castOf } from './cast';
import { loadPlans } from '../src/plans';

// The test plan's cast, read with core: a task 市财政局 leads, and a unit with no role on it.
const [plan] = (await loadPlans([TEST_PLAN])).values();
const { plan: PLAN, task: TASK, lead: LEAD, noRole: stranger } = castOf(plan!.id, plan!.analysis);

let store: TestStore | undefined;
const processes: Serve[] = [];

afterAll(async () => {
  for (const p of processes) {
    if (p.child.exitCode === null) {
      const exited = new Promise((resolve) => p.child.once('exit', resolve));
      p.child.kill('SIGTERM');
      await exited;
    }
  }
  store?.dispose();
});

/** The next event of `type` on a stream, skipping others. */
async function nextOf(stream: { next(): Promise<Received> }, type: string): Promise<Received> {
  for (;;) {
    const event = await stream.next();
    if (event.event === type) return event;
  }
}

test('an entry recorded through process A reaches the pages open on process B', async () => {
  store = await testStore('postgres');
  const a = await serve(store, await freePort(), [TEST_PLAN]);
  processes.push(a);
  const b = await serve(store, await freePort(), [TEST_PLAN]);
  processes.push(b);

  const officeA = new Client(a.url);
  expect((await officeA.signIn(a.adminLink)).status).toBe(200);
  const officeB = new Client(b.url);
  expect((await officeB.signIn(b.adminLink)).status).toBe(200);
  // Units invited through A sign in on B: the people and links are the shared database's.
  const invite = async (unit: string) => {
    const made = await officeA.post<{ link: string }>(`/api/plans/${enc(PLAN)}/invites`, { unit });
    expect(made.status).toBe(201);
    return made.body.link.split('#')[1]!;
  };
  const leadA = new Client(a.url);
  expect((await leadA.signIn(`#${await invite(LEAD)}`)).status).toBe(200);
  const leadB = new Client(b.url);
  expect((await leadB.signIn(`#${await invite(LEAD)}`)).status).toBe(200);
  const strangerB = new Client(b.url);
  expect((await strangerB.signIn(`#${await invite(stranger)}`)).status).toBe(200);

  const officeEvents = await openEvents(officeB);
  const leadEvents = await openEvents(leadB);
  const strangerEvents = await openEvents(strangerB);
  try {
    const recorded = await leadA.post<{ entry: LedgerEntry }>(`/api/plans/${enc(PLAN)}/entries`, {
      task: TASK,
      state: 'inProgress',
      date: '2022-05-01',
      note: '经由进程A记录',
    });
    expect(recorded.status).toBe(201);
    const atOffice = await nextOf(officeEvents, 'entry');
    expect(atOffice.data.data).toEqual(recorded.body.entry);
    const atLead = await nextOf(leadEvents, 'entry');
    expect(atLead.data.data).toEqual(recorded.body.entry);

    // Past NOTIFY's payload limit: sent by id, read back from the database by B.
    const long = await leadA.post<{ entry: LedgerEntry }>(`/api/plans/${enc(PLAN)}/entries`, {
      task: TASK,
      state: 'inProgress',
      date: '2022-05-02',
      note: '很长的进展说明'.repeat(500),
    });
    expect(long.status).toBe(201);
    expect((await nextOf(officeEvents, 'entry')).data.data).toEqual(long.body.entry);

    // B's pages are current too: B answers with both entries.
    const onB = await officeB.get<{ entries: LedgerEntry[] }>(`/api/plans/${enc(PLAN)}/entries`);
    expect(onB.body.entries.map((e) => e.id)).toEqual(
      expect.arrayContaining([recorded.body.entry.id, long.body.entry.id]),
    );

    // The unit with no role on the task hears nothing of it: its next event is a 催办 sent to it through A.
    expect(
      (await officeA.post(`/api/plans/${enc(PLAN)}/reminders`, { unit: stranger, tasks: [] })).status,
    ).toBe(201);
    const heard = await strangerEvents.next();
    expect(heard.event).toBe('reminder');
    expect(heard.data.units).toEqual([stranger]);
  } finally {
    officeEvents.close();
    leadEvents.close();
    strangerEvents.close();
  }
});
