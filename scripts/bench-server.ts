/**
 * `fengong serve` under load (issue 22): 100 concurrent clients, each a signed-in person, on the seed
 * plan — "record an entry" (POST, committed before the answer) and "open a unit's page" (GET, the
 * unit's tasks judged by core's progress rules) — on the embedded engine (PGlite) and on a throwaway
 * PostgreSQL. Reported: p50 and p99 latency, requests per second, and the CPU time the server process
 * spent per request (all its threads, from /proc on Linux): on a shared machine the latencies say how
 * busy the machine was as much as how fast the server is, its CPU time per request much less so.
 *
 * The clients send with `node:http` and one keep-alive connection each: `fetch` cost the client
 * process more CPU per request (0.7–0.9 ms against 0.4–0.7 ms for a page), taken on two cores from
 * the server it measures.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client, enc, serve } from '../apps/server/test/harness';
import { freePort, freshDatabase, startPostgres } from '../apps/server/test/postgres';
import type { BenchResult } from './lib/measure';

const PLAN = '湛府办〔2021〕15号';
const CLIENTS = 100;
const PER_CLIENT = 20;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** CPU time (user + system, ms) a process has used, all its threads; undefined where /proc is not. */
function cpuMs(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    // utime and stime, in clock ticks (100 a second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined;
  }
}

/** A request as a signed-in client sends it (its cookie, and the CSRF token on writes); the status. */
function send(agent: http.Agent, base: string, who: Client, method: string, pathname: string, body?: unknown): Promise<number> {
  const data = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = { cookie: who.cookie ?? '' };
  if (method !== 'GET') headers['x-csrf-token'] = who.csrf ?? '';
  if (data !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(data));
  }
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}${pathname}`, { method, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(data);
  });
}

/** `CLIENTS` clients each sending `PER_CLIENT` requests one after another; latencies, throughput, server CPU. */
async function load(
  pid: number | undefined,
  request: (client: number, i: number) => Promise<number>,
): Promise<{ p50: number; p99: number; rps: number; n: number; cpu?: number }> {
  const times: number[] = [];
  const cpuBefore = cpuMs(pid);
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, c) => {
      for (let i = 0; i < PER_CLIENT; i++) {
        const t = performance.now();
        const status = await request(c, i);
        if (status >= 400) throw new Error(`bench request failed: ${status}`);
        times.push(performance.now() - t);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const cpuAfter = cpuMs(pid);
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    rps: times.length / seconds,
    n: times.length,
    ...(cpuBefore !== undefined && cpuAfter !== undefined ? { cpu: (cpuAfter - cpuBefore) / times.length } : {}),
  };
}

export async function engine(name: string, options: { dataDir?: string; db?: string }, target?: number): Promise<BenchResult[]> {
  // The server in a process of its own (`fengong serve`), the clients in this one.
  const server = await serve({ options }, await freePort());
  try {
    const admin = new Client(server.url);
    await admin.signIn(server.adminLink);
    const invited = await admin.post<{ link: string }>(`/api/plans/${enc(PLAN)}/invites`, { unit: '市财政局' });
    const unit = new Client(server.url);
    await unit.signIn(invited.body.link);
    const units = (await admin.get<{ progress: { parts: { unit: string }[] } }>(`/api/plans/${enc(PLAN)}/tasks/7`)).body.progress.parts.map((p) => p.unit);
    // A ledger of some size first: one entry of every unit on task 7.
    for (const u of units) await admin.post(`/api/plans/${enc(PLAN)}/entries`, { task: 7, unit: u, state: 'inProgress', date: '2021-09-01' });
    // The same person on 100 connections (one session; each client its own keep-alive connection).
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    const pid = server.child.pid;
    // Not timed: one request of each kind first (modules loaded on first use, the ledger's first
    // judgment), so that the figures are of a server at work rather than of its start.
    await send(agent, server.url, admin, 'POST', `/api/plans/${enc(PLAN)}/entries`, { task: 7, unit: units[0], state: 'inProgress', date: '2021-09-02' });
    await send(agent, server.url, unit, 'GET', `/api/plans/${enc(PLAN)}/units/${enc('市财政局')}?asOf=2021-10-01`);
    const page = await load(pid, () => send(agent, server.url, unit, 'GET', `/api/plans/${enc(PLAN)}/units/${enc('市财政局')}?asOf=2021-10-01`));
    const record = await load(pid, (c, i) =>
      send(agent, server.url, admin, 'POST', `/api/plans/${enc(PLAN)}/entries`, {
        task: 7,
        unit: units[(c + i) % units.length],
        state: 'inProgress',
        date: '2021-09-02',
        note: `bench ${c}/${i}`,
      }),
    );
    agent.destroy();
    const notes = (r: typeof page) =>
      `${r.rps.toFixed(0)} requests/s${r.cpu !== undefined ? `; server CPU ${r.cpu.toFixed(2)} ms/request` : ''}`;
    const row = (what: string, r: typeof page): BenchResult[] => [
      { name: `${what}, ${CLIENTS} clients, ${name}: p50`, medianMs: r.p50, runs: r.n, notes: notes(r) },
      {
        name: `${what}, ${CLIENTS} clients, ${name}: p99`,
        medianMs: r.p99,
        runs: r.n,
        ...(target !== undefined ? { targetMs: target } : {}),
        notes: notes(r),
      },
    ];
    return [...row('record an entry', record), ...row('open a unit’s page', page)];
  } finally {
    await new Promise<void>((resolve) => {
      server.child.once('exit', () => resolve());
      server.child.kill('SIGTERM');
    });
  }
}

export async function benchServer(): Promise<BenchResult[]> {
  const dir = mkdtempSync(path.join(tmpdir(), 'fengong-bench-serve-'));
  const results: BenchResult[] = [];
  try {
    results.push(...(await engine('PGlite', { dataDir: dir }, 50)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const pg = await startPostgres();
  try {
    results.push(...(await engine('PostgreSQL', { db: await freshDatabase(pg, 'bench') })));
  } finally {
    pg.stop();
  }
  return results;
}

