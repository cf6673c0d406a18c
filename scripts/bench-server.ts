/**
 * `fengong serve` under load (issue 22): 100 concurrent clients, each a signed-in person, on the seed
 * plan — "record an entry" (POST, committed before the answer) and "open a unit's page" (GET, the
 * unit's tasks judged by core's progress rules) — on the embedded engine (PGlite) and on a throwaway
 * PostgreSQL. Reported: p50 and p99 latency and requests per second.
 */
import { mkdtempSync, rmSync } from 'node:fs';
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

/** `CLIENTS` clients each sending `PER_CLIENT` requests one after another; latencies and throughput. */
async function load(request: (client: number, i: number) => Promise<number>): Promise<{ p50: number; p99: number; rps: number; n: number }> {
  const times: number[] = [];
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
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99), rps: times.length / seconds, n: times.length };
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
    // The same person on 100 connections (one session; each client its own keep-alive connection in fetch's pool).
    const page = await load(async () => (await unit.get(`/api/plans/${enc(PLAN)}/units/${enc('市财政局')}?asOf=2021-10-01`)).status);
    const record = await load(
      async (c, i) =>
        (
          await admin.post(`/api/plans/${enc(PLAN)}/entries`, {
            task: 7,
            unit: units[(c + i) % units.length],
            state: 'inProgress',
            date: '2021-09-02',
            note: `bench ${c}/${i}`,
          })
        ).status,
    );
    const row = (what: string, r: typeof page): BenchResult[] => [
      { name: `${what}, ${CLIENTS} clients, ${name}: p50`, medianMs: r.p50, runs: r.n, notes: `${r.rps.toFixed(0)} requests/s` },
      {
        name: `${what}, ${CLIENTS} clients, ${name}: p99`,
        medianMs: r.p99,
        runs: r.n,
        ...(target !== undefined ? { targetMs: target } : {}),
        notes: `${r.rps.toFixed(0)} requests/s`,
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

