/**
 * The authorization matrix: every role (the office, the task's lead unit, a supporting unit, a unit
 * with no role on the task, signed out) × every endpoint, each with exactly the expected status.
 * Runs on both engines.
 */
import { serializeLedger } from '@fengong/core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ROUTES, type RunningServer } from '../src/index';
import type { Cast } from './cast';
import { Client, ENGINES, enc, useServer } from './harness';

type Who = 'office' | 'lead' | 'supporting' | 'noRole' | 'signedOut';
const WHO: Who[] = ['office', 'lead', 'supporting', 'noRole', 'signedOut'];

interface Row {
  name: string;
  method: string;
  path: (c: Cast, ctx: { reminder: string }) => string;
  body?: (c: Cast, who: Who) => unknown;
  expect: (c: Cast) => Record<Who, number>;
}

const all = (status: number, signedOut = 401): Record<Who, number> => ({
  office: status,
  lead: status,
  supporting: status,
  noRole: status,
  signedOut,
});
const officeOnly = (status: number): Record<Who, number> => ({
  office: status,
  lead: 403,
  supporting: 403,
  noRole: 403,
  signedOut: 401,
});
/** Lead units only: the lead, and the others if they lead a task of their own. */
const leadsOnly =
  (office: number, status: number) =>
  (c: Cast): Record<Who, number> => ({
    office,
    lead: status,
    supporting: c.supportingLeads ? status : 403,
    noRole: c.noRoleLeads ? status : 403,
    signedOut: 401,
  });
const unitOf = (c: Cast, who: Who) =>
  who === 'lead' ? c.lead : who === 'supporting' ? c.supporting : who === 'noRole' ? c.noRole : c.lead;
/** The seed plan, which the server holds beside the test plan; the units are invited to the test plan. */
const SEED_PLAN_ID = '湛府办〔2021〕15号';
const p = (c: Cast) => `/api/plans/${enc(c.plan)}`;

const ROWS: Row[] = [
  { name: 'who am I', method: 'GET', path: () => '/api/session', expect: () => all(200) },
  {
    name: 'sign in with a bad link',
    method: 'POST',
    path: () => '/api/session',
    body: () => ({ token: 'nope' }),
    expect: () => all(401, 401),
  },
  { name: 'list plans', method: 'GET', path: () => '/api/plans', expect: () => all(200) },
  {
    name: 'read the plan',
    method: 'GET',
    path: (c) => `${p(c)}/plan`,
    expect: () => all(200),
  },
  {
    name: 'read another plan the server holds (another year)',
    method: 'GET',
    path: () => `/api/plans/${enc(SEED_PLAN_ID)}/plan`,
    expect: () => officeOnly(200),
  },
  { name: 'read entries', method: 'GET', path: (c) => `${p(c)}/entries`, expect: () => all(200) },
  {
    name: 'record for one’s own unit on the task',
    method: 'POST',
    path: (c) => `${p(c)}/entries`,
    body: (c, who) => ({ task: c.task, unit: unitOf(c, who), state: 'inProgress', date: '2022-05-01' }),
    expect: () => ({ office: 201, lead: 201, supporting: 201, noRole: 403, signedOut: 401 }),
  },
  {
    name: 'record for another unit',
    method: 'POST',
    path: (c) => `${p(c)}/entries`,
    body: (c, who) => ({
      task: c.task,
      unit: who === 'supporting' ? c.lead : c.supporting,
      state: 'inProgress',
      date: '2022-05-02',
    }),
    expect: () => ({ office: 201, lead: 403, supporting: 403, noRole: 403, signedOut: 401 }),
  },
  {
    name: 'record on a task the unit has no role on',
    method: 'POST',
    path: (c) => `${p(c)}/entries`,
    body: (c, who) => ({ task: c.otherTask, unit: unitOf(c, who), state: 'inProgress' }),
    expect: () => ({ office: 403, lead: 403, supporting: 403, noRole: 201, signedOut: 401 }),
  },
  {
    name: 'import a ledger of the lead unit',
    method: 'POST',
    path: (c) => `${p(c)}/import`,
    body: (c) => ({
      fileName: 'lead.jsonl',
      content: Buffer.from(
        serializeLedger([
          {
            id: 'matrix-import-1',
            plan: c.plan,
            task: c.task,
            unit: c.lead,
            date: '2022-05-03',
            state: 'done',
            recordedAt: '2022-05-03T01:00:00.000Z',
          },
        ]),
      ).toString('base64'),
    }),
    expect: () => ({ office: 200, lead: 200, supporting: 403, noRole: 403, signedOut: 401 }),
  },
  { name: 'export the ledger', method: 'GET', path: (c) => `${p(c)}/export.jsonl`, expect: () => all(200) },
  {
    name: 'the reports one may export',
    method: 'GET',
    path: (c) => `${p(c)}/reports`,
    expect: () => all(200),
  },
  {
    name: 'export the plan’s ledger workbook',
    method: 'GET',
    path: (c) => `${p(c)}/reports/ledger.xlsx`,
    expect: () => officeOnly(200),
  },
  {
    name: 'export the lead unit’s list',
    method: 'GET',
    path: (c) => `${p(c)}/reports/unit.docx?unit=${enc(c.lead)}`,
    expect: () => ({ office: 200, lead: 200, supporting: 403, noRole: 403, signedOut: 401 }),
  },
  {
    name: 'export one’s own 牵头单位进展汇总',
    method: 'GET',
    path: (c) => `${p(c)}/reports/lead-summary.csv`,
    expect: leadsOnly(200, 200),
  },
  {
    name: 'the lead unit’s page',
    method: 'GET',
    path: (c) => `${p(c)}/units/${enc(c.lead)}`,
    expect: () => ({ office: 200, lead: 200, supporting: 403, noRole: 403, signedOut: 401 }),
  },
  {
    name: 'the task with every unit’s part',
    method: 'GET',
    path: (c) => `${p(c)}/tasks/${c.task}`,
    expect: () => ({ office: 200, lead: 200, supporting: 403, noRole: 403, signedOut: 401 }),
  },
  {
    name: 'the plan’s progress',
    method: 'GET',
    path: (c) => `${p(c)}/progress`,
    expect: () => officeOnly(200),
  },
  { name: '未报送', method: 'GET', path: (c) => `${p(c)}/unreported`, expect: () => officeOnly(200) },
  {
    name: '汇总报送',
    method: 'POST',
    path: (c) => `${p(c)}/submissions`,
    body: () => ({ note: '汇总' }),
    expect: leadsOnly(403, 201),
  },
  { name: 'read 汇总报送', method: 'GET', path: (c) => `${p(c)}/submissions`, expect: () => all(200) },
  {
    name: '汇总报送 received (汇总报送收取情况)',
    method: 'GET',
    path: (c) => `${p(c)}/summaries`,
    expect: () => officeOnly(200),
  },
  {
    name: '催办',
    method: 'POST',
    path: (c) => `${p(c)}/reminders`,
    body: (c) => ({ unit: c.supporting }),
    expect: () => officeOnly(201),
  },
  { name: 'read 催办', method: 'GET', path: (c) => `${p(c)}/reminders`, expect: () => all(200) },
  {
    name: 'download a 催办 to the supporting unit',
    method: 'GET',
    path: (c, ctx) => `${p(c)}/reminders/${ctx.reminder}/document`,
    expect: () => ({ office: 200, lead: 404, supporting: 200, noRole: 404, signedOut: 401 }),
  },
  {
    name: 'invite a unit',
    method: 'POST',
    path: (c) => `${p(c)}/invites`,
    body: (c) => ({ unit: c.noRole }),
    expect: () => officeOnly(201),
  },
  { name: 'the audit log', method: 'GET', path: () => '/api/audit', expect: () => officeOnly(200) },
  { name: 'live events', method: 'GET', path: () => '/api/events', expect: () => all(200) },
  {
    name: 'a plan that does not exist',
    method: 'GET',
    path: () => '/api/plans/no-such-plan/entries',
    expect: () => ({ office: 404, lead: 403, supporting: 403, noRole: 403, signedOut: 401 }),
  },
  { name: 'sign out', method: 'DELETE', path: () => '/api/session', expect: () => all(204) },
];

test('the matrix covers every route of the API', () => {
  const covered = new Set<string>();
  const c: Cast = {
    plan: 'p',
    lead: 'a',
    task: 1,
    supporting: 'b',
    supportingLeads: false,
    noRole: 'c',
    noRoleLeads: false,
    otherTask: 2,
  };
  for (const row of ROWS) {
    const route = ROUTES.find(
      (r) => r.method === row.method && r.pattern.test(row.path(c, { reminder: 'r1' }).split('?')[0]!),
    );
    if (route) covered.add(`${route.method} ${route.pattern.source}`);
  }
  expect([...covered].sort()).toEqual(ROUTES.map((r) => `${r.method} ${r.pattern.source}`).sort());
});

describe.each(ENGINES)('authorization on %s', (engine) => {
  const s = useServer(engine);
  const ctx = { reminder: '' };
  const clients = {} as Record<Who, Client>;
  let cast: Cast;
  let server: RunningServer;
  beforeAll(() => {
    ({ cast, server } = s);
    Object.assign(clients, {
      office: s.office,
      lead: s.lead,
      supporting: s.supporting,
      noRole: s.noRole,
      signedOut: new Client(s.server.url),
    });
  });

  test.each(ROWS.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
    const got: Record<string, number> = {};
    for (const who of WHO) {
      const path = row.path(cast, ctx);
      if (path.endsWith('/api/events')) {
        // An event stream stays open: only its status is read.
        const controller = new AbortController();
        const c = clients[who];
        const res = await fetch(`${server.url}${path}`, {
          headers: c.cookie ? { cookie: c.cookie } : {},
          signal: controller.signal,
        });
        got[who] = res.status;
        controller.abort();
        continue;
      }
      const answer = await clients[who].send(row.method, path, row.body?.(cast, who));
      got[who] = answer.status;
      if (row.name === '催办' && who === 'office')
        ctx.reminder = (answer.body as { reminder: { id: string } }).reminder.id;
    }
    expect(got).toEqual(row.expect(cast));
  });
});
