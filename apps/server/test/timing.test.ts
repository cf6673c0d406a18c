/**
 * `FENGONG_SERVER_TIMING=1`: every API answer says where its time went in a standard
 * `Server-Timing` header — for a recorded entry the sign-in check, the body, the checks, the wait
 * for the group commit, the write and how many entries it wrote; for a unit's page the page. Off by
 * default: no header.
 */
import { afterAll, expect, test } from 'vitest';
import { Client, enc, type Serve, serve, testServer, type TestStore, testStore } from './harness';
import { freePort } from './postgres';

const PLAN = '湛府办〔2021〕15号';
const stores: TestStore[] = [];
let server: Serve | undefined;
afterAll(async () => {
  if (server && server.child.exitCode === null) {
    const exited = new Promise((resolve) => server!.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
  for (const s of stores) s.dispose();
});

/** The stages of a `Server-Timing` header: name → duration (ms) or description. */
function stages(header: string | null): Map<string, string> {
  return new Map(
    (header ?? '')
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([name]) => name)
      .map(([name, ...rest]) => [name!, rest.join(';')]),
  );
}

/** The office signs in and records one entry (an id made by the server). */
async function officeRecords(at: { url: string; adminLink: string }) {
  const admin = new Client(at.url);
  await admin.signIn(at.adminLink);
  const made = await admin.post(`/api/plans/${enc(PLAN)}/entries`, {
    task: 7,
    unit: '市财政局',
    state: 'done',
  });
  return { admin, made };
}

test('with FENGONG_SERVER_TIMING=1 a record and a page say where their time went', async () => {
  const store = await testStore('pglite');
  stores.push(store);
  process.env.FENGONG_SERVER_TIMING = '1';
  try {
    server = await serve(store, await freePort());
  } finally {
    delete process.env.FENGONG_SERVER_TIMING;
  }
  const { admin, made } = await officeRecords(server);
  expect(made.status).toBe(201);
  const record = stages(made.headers.get('server-timing'));
  expect([...record.keys()]).toEqual([
    'auth',
    'body',
    'check',
    'queue',
    'write',
    'resume',
    'respond',
    'total',
    'batch',
  ]);
  expect(record.get('batch')).toBe('desc="1"');
  const ms = (v: string | undefined) => Number(/^dur=([\d.]+)$/.exec(v ?? '')?.[1]);
  const parts = ['auth', 'body', 'check', 'queue', 'write', 'resume', 'respond'].map((k) =>
    ms(record.get(k)),
  );
  for (const p of parts) expect(p).toBeGreaterThanOrEqual(0);
  // The stages follow one another: together they are the whole (each rounded to 0.001 ms).
  expect(Math.abs(parts.reduce((a, b) => a + b, 0) - ms(record.get('total')))).toBeLessThan(0.01);

  const page = await admin.get(`/api/plans/${enc(PLAN)}/units/${enc('市财政局')}?asOf=2021-10-01`);
  expect(page.status).toBe(200);
  expect([...stages(page.headers.get('server-timing')).keys()]).toEqual([
    'auth',
    'check',
    'page',
    'respond',
    'total',
  ]);
});

test('off by default: no Server-Timing header', async () => {
  const store = await testStore('pglite');
  stores.push(store);
  const running = await testServer(store);
  try {
    const { made } = await officeRecords(running);
    expect(made.status).toBe(201);
    expect(made.headers.get('server-timing')).toBeNull();
  } finally {
    await running.close();
  }
});
