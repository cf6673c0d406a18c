/**
 * The API on both engines (PGlite and a real PostgreSQL): sign-in, recording through core's rules,
 * corrections, idempotent retries, visibility by role, 汇总报送, 催办, 未报送, the audit log, import
 * through reconcileProgress, hostile text, CSRF, size limits, throttling, and entries surviving a
 * restart.
 */
import path from 'node:path';
import {
  analyzePlan,
  type LedgerEntry,
  ledgerProgress,
  type Plan,
  type PlanAnalysis,
  planId,
  type Registry,
  serializeLedger,
} from '@fengong/core';
import { describe, expect, test } from 'vitest';
import { Client, ENGINES, enc, office, openEvents, TEST_PLAN, testServer, useServer } from './harness';

describe.each(ENGINES)('the API on %s', (engine) => {
  const s = useServer(engine);
  const base = () => `/api/plans/${enc(s.cast.plan)}`;

  const entriesOf = async (c: Client) =>
    (await c.get<{ entries: LedgerEntry[] }>(`${base()}/entries`)).body.entries;

  test('a sign-in link works once; a wrong one is refused in Chinese', async () => {
    const again = await new Client(s.server.url).signIn(s.server.adminLink);
    expect(again.status).toBe(401);
    expect((again.body as { error: { message: string } }).error.message).toMatch(/登录链接无效/);
    const me = await s.lead.get<{ person: { unit: string; role: string } }>('/api/session');
    expect(me.status).toBe(200);
    expect(me.body.person).toMatchObject({ role: 'unit', unit: s.cast.lead });
  });

  test('the plan itself, with its registry: what the served viewer analyses and shows', async () => {
    const answer = await s.lead.get<{
      id: string;
      name: string;
      registryName?: string;
      plan: Plan;
      registry: Registry;
    }>(`${base()}/plan`);
    expect(answer.status).toBe(200);
    expect(answer.body.id).toBe(s.cast.plan);
    expect(answer.body.name).toBe(path.basename(TEST_PLAN));
    expect(answer.body.registryName).toBe(path.basename(s.server.plans.get(s.cast.plan)!.registryFile!));
    expect(planId(answer.body.plan)).toBe(s.cast.plan);
    // Analysed by core in the browser, it gives the server's reading: the same units on the same tasks.
    const held = s.server.plans.get(s.cast.plan)!.analysis;
    const again = analyzePlan(answer.body.plan, { registry: answer.body.registry });
    const units = (a: PlanAnalysis) => a.tasks.map((t) => [t.task.number, t.resolved.units]);
    expect(units(again)).toEqual(units(held));
  });

  test('the plan is sent again only when it changed: an entity tag, 304 after the checks', async () => {
    const first = await s.lead.get(`${base()}/plan`);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await s.lead.send('GET', `${base()}/plan`, undefined, {
      headers: { 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    expect(again.body).toBe('');
    const other = await s.lead.send('GET', `${base()}/plan`, undefined, {
      headers: { 'if-none-match': '"something-else"' },
    });
    expect(other.status).toBe(200);
    // The tag does not open the plan to whoever may not read it.
    const signedOut = await new Client(s.server.url).send('GET', `${base()}/plan`, undefined, {
      headers: { 'if-none-match': etag },
    });
    expect(signedOut.status).toBe(401);
  });

  test('a unit records on its own task; the entry carries author, unit and time', async () => {
    const answer = await s.lead.post<{ entry: LedgerEntry }>(`${base()}/entries`, {
      task: s.cast.task,
      state: 'inProgress',
      date: '2021-09-01',
      note: '已开展',
    });
    expect(answer.status).toBe(201);
    expect(answer.body.entry).toMatchObject({
      task: s.cast.task,
      unit: s.cast.lead,
      author: s.cast.lead,
      state: 'inProgress',
    });
    expect(Date.parse(answer.body.entry.recordedAt)).not.toBeNaN();
    expect((await entriesOf(s.lead)).map((e) => e.id)).toContain(answer.body.entry.id);
  });

  test('a unit cannot record on a task it has no role on, nor for another unit (403)', async () => {
    const noTask = await s.lead.post(`${base()}/entries`, {
      task: s.cast.otherTask,
      state: 'done',
      date: '2021-09-01',
    });
    expect(noTask.status).toBe(403);
    expect((noTask.body as { error: { message: string } }).error.message).toContain('没有分工');
    const other = await s.lead.post(`${base()}/entries`, {
      task: s.cast.task,
      unit: s.cast.supporting,
      state: 'done',
    });
    expect(other.status).toBe(403);
    const stranger = await s.noRole.post(`${base()}/entries`, { task: s.cast.task, state: 'done' });
    expect(stranger.status).toBe(403);
  });

  test('无法完成 needs a reason; a bad state or date is a 400 naming the field', async () => {
    const noReason = await s.supporting.post(`${base()}/entries`, {
      task: s.cast.task,
      state: 'cannotComplete',
    });
    expect(noReason.status).toBe(400);
    expect(JSON.stringify(noReason.body)).toContain('reason');
    expect(
      (await s.supporting.post(`${base()}/entries`, { task: s.cast.task, state: 'finished' })).status,
    ).toBe(400);
    expect(
      (await s.supporting.post(`${base()}/entries`, { task: s.cast.task, state: 'done', date: '2021-13-40' }))
        .status,
    ).toBe(400);
  });

  test('the s.lead sees every entry of its task; a s.supporting unit sees only its own', async () => {
    const mine = await s.supporting.post<{ entry: LedgerEntry }>(`${base()}/entries`, {
      task: s.cast.task,
      state: '已完成',
      date: '2021-09-05',
    });
    expect(mine.status).toBe(201);
    expect((await entriesOf(s.lead)).map((e) => e.id)).toContain(mine.body.entry.id);
    expect((await entriesOf(s.supporting)).every((e) => e.unit === s.cast.supporting)).toBe(true);
    expect(await entriesOf(s.noRole)).toEqual([]);
    const task = await s.lead.get<{ entries: LedgerEntry[] }>(`${base()}/tasks/${s.cast.task}`);
    expect(task.status).toBe(200);
    expect(new Set(task.body.entries.map((e) => e.unit))).toEqual(new Set([s.cast.lead, s.cast.supporting]));
  });

  test('a correction supersedes; nothing is deleted; the unit page shows core’s current entry', async () => {
    const wrong = await s.lead.post<{ entry: LedgerEntry }>(`${base()}/entries`, {
      task: s.cast.task,
      state: 'done',
      date: '2021-09-10',
    });
    const fix = await s.lead.post<{ entry: LedgerEntry }>(`${base()}/entries`, {
      task: s.cast.task,
      state: 'inProgress',
      date: '2021-09-10',
      supersedes: wrong.body.entry.id,
    });
    expect(fix.status).toBe(201);
    const all = await entriesOf(s.office);
    expect(all.map((e) => e.id)).toEqual(expect.arrayContaining([wrong.body.entry.id, fix.body.entry.id]));
    const page = await s.lead.get<{
      tasks: { task: number; part: { entry?: LedgerEntry; state: string } }[];
    }>(`${base()}/units/${enc(s.cast.lead)}?asOf=2021-09-30`);
    const part = page.body.tasks.find((t) => t.task === s.cast.task)!.part;
    // The same answer as core's rules over the same entries.
    const plan = s.server.plans.get(s.cast.plan)!;
    const expected = ledgerProgress(plan.analysis, all, { asOf: '2021-09-30' }).part(
      s.cast.task,
      s.cast.lead,
    )!;
    expect(part.entry?.id).toBe(fix.body.entry.id);
    expect(part.state).toBe(expected.state);
    // Superseding an entry of another unit is refused.
    const bad = await s.lead.post(`${base()}/entries`, {
      task: s.cast.task,
      state: 'done',
      supersedes: all.find((e) => e.unit === s.cast.supporting)!.id,
    });
    expect(bad.status).toBe(400);
  });

  test('a retried entry (same id) is stored once', async () => {
    const id = `retry-${engine}-0001`;
    const first = await s.supporting.post(`${base()}/entries`, {
      id,
      task: s.cast.task,
      state: 'inProgress',
      date: '2021-09-20',
    });
    const second = await s.supporting.post(`${base()}/entries`, {
      id,
      task: s.cast.task,
      state: 'inProgress',
      date: '2021-09-20',
    });
    expect([first.status, second.status]).toEqual([201, 200]);
    expect((await entriesOf(s.office)).filter((e) => e.id === id)).toHaveLength(1);
    const clash = await s.supporting.post(`${base()}/entries`, {
      id,
      task: s.cast.task,
      state: 'done',
      date: '2021-09-21',
    });
    expect(clash.status).toBe(409);
  });

  test('hostile text is stored as written and sent back inert', async () => {
    const note = '<script>alert("x")</script> =HYPERLINK("http://evil","点") \u0007\u001b[31m';
    const answer = await s.supporting.post<{ entry: LedgerEntry }>(`${base()}/entries`, {
      task: s.cast.task,
      state: 'inProgress',
      note,
    });
    expect(answer.status).toBe(201);
    const res = await fetch(`${s.server.url}${base()}/entries`, { headers: { cookie: s.office.cookie! } });
    const raw = await res.text();
    expect(raw).not.toContain('<script>');
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const stored = (JSON.parse(raw) as { entries: LedgerEntry[] }).entries.find(
      (e) => e.id === answer.body.entry.id,
    );
    expect(stored?.note).toBe(note);
  });

  test('offline ledgers import through reconcileProgress: a second import adds nothing', async () => {
    const offline: LedgerEntry = {
      id: `offline-${engine}-1`,
      plan: s.cast.plan,
      task: s.cast.task,
      unit: s.cast.supporting,
      date: '2021-10-01',
      state: 'done',
      recordedAt: '2021-10-01T02:00:00.000Z',
      note: '离线填报',
    };
    const body = {
      fileName: '离线台账.jsonl',
      content: Buffer.from(serializeLedger([offline])).toString('base64'),
    };
    const first = await s.office.post<{ added: number }>(`${base()}/import`, body);
    expect(first.status).toBe(200);
    expect(first.body.added).toBe(1);
    const second = await s.office.post<{ added: number; unchanged: number }>(`${base()}/import`, body);
    expect(second.body).toMatchObject({ added: 0, unchanged: 1 });
    // A unit imports its own part only.
    expect((await s.lead.post(`${base()}/import`, body)).status).toBe(403);
    // A file with an error imports nothing and says where.
    const broken = { fileName: 'bad.jsonl', content: Buffer.from('{"id":"x"}\n').toString('base64') };
    const refused = await s.office.post<{ error: { message: string } }>(`${base()}/import`, broken);
    expect(refused.status).toBe(400);
  });

  test('汇总报送 by the s.lead, 催办 by the office, 未报送 for the office', async () => {
    const before = await s.office.get<{ units: { unit: string; tasks: number[] }[]; summaries: string[] }>(
      `${base()}/unreported?asOf=2021-10-30`,
    );
    expect(before.status).toBe(200);
    expect(before.body.summaries).toContain(s.cast.lead);
    const submitted = await s.lead.post<{ submission: { tasks: number[] } }>(`${base()}/submissions`, {
      note: '汇总如下',
    });
    expect(submitted.status).toBe(201);
    expect(submitted.body.submission.tasks).toContain(s.cast.task);
    expect((await s.supporting.post(`${base()}/submissions`, {})).status).toBe(403);
    const after = await s.office.get<{ summaries: string[] }>(`${base()}/unreported?asOf=2021-10-30`);
    expect(after.body.summaries).not.toContain(s.cast.lead);
    // The office's list of the 汇总报送 received: the lead's latest, with when and who; the others 未报送.
    type Receipt = {
      unit: string;
      tasks: number[];
      count: number;
      latest?: { at: string; author: string; note?: string };
    };
    const received = await s.office.get<{ receipts: Receipt[] }>(`${base()}/summaries`);
    expect(received.status).toBe(200);
    const held = s.server.plans.get(s.cast.plan)!.analysis;
    const leads = new Set(
      held.tasks.flatMap((t) => t.resolved.units.filter((u) => u.role === 'lead').map((u) => u.unit)),
    );
    expect(new Set(received.body.receipts.map((r) => r.unit))).toEqual(leads);
    const mine = received.body.receipts.find((r) => r.unit === s.cast.lead)!;
    expect(mine).toMatchObject({ count: 1, latest: { author: s.cast.lead, note: '汇总如下' } });
    expect(mine.tasks).toContain(s.cast.task);
    expect(Date.parse(mine.latest!.at)).toBeGreaterThan(Date.now() - 600_000);
    expect(
      received.body.receipts
        .filter((r) => !r.latest)
        .map((r) => r.unit)
        .sort(),
    ).toEqual([...after.body.summaries].sort());
    const unreported = before.body.units.find((u) => u.unit !== s.cast.lead)!;
    const reminded = await s.office.post<{ reminder: { id: string } }>(`${base()}/reminders`, {
      unit: unreported.unit,
      tasks: unreported.tasks,
      note: '请于10月30日前报送',
    });
    expect(reminded.status).toBe(201);
    const doc = await s.office.get(`${base()}/reminders/${reminded.body.reminder.id}/document`);
    expect(doc.status).toBe(200);
    // A 公文 in Word format (its text is read by LibreOffice in documents.test.ts).
    expect(doc.headers.get('content-type')).toContain('wordprocessingml');
  });

  test('the audit log lists every write and every sign-in', async () => {
    const log = await s.office.get<{ audit: { action: string; person: string | null }[] }>('/api/audit');
    expect(log.status).toBe(200);
    const actions = new Set(log.body.audit.map((a) => a.action));
    for (const a of ['sign-in', 'sign-in-failed', 'invite', 'record', 'import', 'submit', 'remind'])
      expect(actions).toContain(a);
    const records = log.body.audit.filter((a) => a.action === 'record').length;
    const entries = (await entriesOf(s.office)).filter((e) => e.source === 'fengong serve').length;
    expect(records).toBe(entries);
  });

  test('writes need the CSRF token and the same origin; bodies have a size limit', async () => {
    expect(
      (await s.lead.send('POST', `${base()}/entries`, { task: s.cast.task, state: 'done' }, { csrf: false }))
        .status,
    ).toBe(403);
    const evil = await s.lead.send(
      'POST',
      `${base()}/entries`,
      { task: s.cast.task, state: 'done' },
      { headers: { origin: 'https://evil.example' } },
    );
    expect(evil.status).toBe(403);
    const huge = await s.lead.post(`${base()}/entries`, {
      task: s.cast.task,
      state: 'done',
      note: 'x'.repeat(100_000),
    });
    expect(huge.status).toBe(413);
  });

  test('the session cookie is HttpOnly and SameSite=Strict; the viewer keeps its CSP', async () => {
    const c = new Client(s.server.url);
    const invited = await s.office.post<{ link: string }>(`${base()}/invites`, { unit: s.cast.lead });
    const answer = await c.signIn(invited.body.link);
    const cookie = answer.headers.get('set-cookie')!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const signin = await fetch(`${s.server.url}/signin`);
    expect(await signin.text()).toContain('<title>fengong 登录</title>');
    expect(signin.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    const page = await fetch(`${s.server.url}/`);
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'(;|$)/);
    expect(page.headers.get('content-security-policy')).toMatch(/connect-src 'self'/);
  });

  test('live: the office and the lead hear of an entry at once; a unit without a role does not', async () => {
    const officeEvents = await openEvents(s.office);
    const leadEvents = await openEvents(s.lead);
    const strangerEvents = await openEvents(s.noRole);
    try {
      const recorded = await s.supporting.post<{ entry: LedgerEntry }>(`${base()}/entries`, {
        task: s.cast.task,
        state: 'inProgress',
        note: '实时',
      });
      for (const stream of [officeEvents, leadEvents]) {
        const got = await stream.next();
        expect(got.event).toBe('entry');
        expect(got.data.data.id).toBe(recorded.body.entry.id);
      }
      // The unit with no role on the task hears of its own entry first, not of the other one.
      const own = await s.noRole.post<{ entry: LedgerEntry }>(`${base()}/entries`, {
        task: s.cast.otherTask,
        state: 'inProgress',
      });
      expect((await strangerEvents.next()).data.data.id).toBe(own.body.entry.id);
    } finally {
      officeEvents.close();
      leadEvents.close();
      strangerEvents.close();
    }
  });

  test('entries survive a restart', async () => {
    const before = (await entriesOf(s.office)).map((e) => e.id);
    await s.server.close();
    s.server = await testServer(s.store);
    s.office = await office(s.server);
    expect((await entriesOf(s.office)).map((e) => e.id)).toEqual(before);
  });

  test('sign-in is throttled after repeated failures', async () => {
    const c = new Client(s.server.url);
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await c.signIn(`x#not-a-token-${i}`)).status);
    expect(statuses.slice(0, 10).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});
