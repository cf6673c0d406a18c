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
import { spawn } from 'node:child_process';
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
/** The steady rate: each client sends a request every second (100 requests/s in all). */
const STEADY_EVERY_MS = 1000;

/** Throughput and CPU time of a load. */
function notes(r: Load): string {
  return [
    `${r.rps.toFixed(0)} requests/s`,
    ...(r.cpu !== undefined ? [`server CPU ${r.cpu.toFixed(2)} ms/request`] : []),
    `load generator (a process of its own) CPU ${r.clientCpu.toFixed(2)} ms/request, its event-loop delay p99 ${r.clientDelayP99.toFixed(0)} ms`,
    ...(r.pressure !== undefined
      ? [`some task of the machine waited for a CPU ${(r.pressure * 100).toFixed(0)} % of the run`]
      : []),
  ].join('; ');
}

/** Where the time went: each stage's p50/p99 in ms (from `Server-Timing`), and what lay outside the API. */
function stageNotes(r: Load): string {
  const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(0));
  const parts = Object.entries(r.stages).map(([name, [p50, p99]]) =>
    name === 'batch' ? `entries per transaction ${p50}/${p99}` : `${name} ${ms(p50)}/${ms(p99)}`,
  );
  return `stages p50/p99 ms: ${parts.join(', ')}`;
}

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

/**
 * Microseconds during which some runnable task of the machine waited for a CPU (Linux pressure
 * stall information); undefined where /proc/pressure is not.
 */
function cpuStalledUs(): number | undefined {
  try {
    const some = /^some .* total=(\d+)/m.exec(readFileSync('/proc/pressure/cpu', 'utf8'));
    return some ? Number(some[1]) : undefined;
  } catch {
    return undefined;
  }
}

/** A request as a signed-in client sends it (its cookie, and the CSRF token on writes); the status. */
function send(
  agent: http.Agent,
  base: string,
  who: Client,
  method: string,
  pathname: string,
  body?: unknown,
): Promise<number> {
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

export interface Load {
  p50: number;
  p99: number;
  rps: number;
  n: number;
  /** Server CPU per request (ms), all its threads. */
  cpu?: number;
  /** The load generator's CPU per request (ms) and the p99 of its event-loop delay. */
  clientCpu: number;
  clientDelayP99: number;
  /** The share of the run during which some task of the machine waited for a CPU (0–1). */
  pressure?: number;
  /** Each `Server-Timing` stage of the answers: [p50, p99] in ms (batch: entries per transaction). */
  stages: Record<string, [number, number]>;
}

/**
 * `CLIENTS` clients each sending `PER_CLIENT` requests one after another, from a load generator in
 * a process of its own (`lib/server-load.mjs`); latencies, throughput, server CPU, stages.
 */
async function load(
  pid: number | undefined,
  job: { base: string; who: Client; method: string; paths: string[]; bodies?: unknown[]; everyMs?: number },
): Promise<Load> {
  const cpuBefore = cpuMs(pid);
  const stalledBefore = cpuStalledUs();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [path.join(import.meta.dirname, 'lib/server-load.mjs')], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  child.stdin.end(
    JSON.stringify({
      base: job.base,
      clients: CLIENTS,
      perClient: PER_CLIENT,
      method: job.method,
      paths: job.paths,
      ...(job.bodies ? { bodies: job.bodies } : {}),
      ...(job.everyMs !== undefined ? { everyMs: job.everyMs } : {}),
      cookie: job.who.cookie ?? '',
      csrf: job.who.csrf ?? '',
    }),
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
  });
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  if (code !== 0) throw new Error(`bench load generator failed (${code})`);
  const cpuAfter = cpuMs(pid);
  const stalledAfter = cpuStalledUs();
  const elapsedUs = (performance.now() - startedAt) * 1000;
  const result = JSON.parse(out) as {
    times: number[];
    timings: Record<string, number>[];
    wallMs: number;
    clientCpuMs: number;
    clientLoopDelayP99Ms: number;
  };
  const times = [...result.times].sort((a, b) => a - b);
  const stages: Record<string, [number, number]> = {};
  for (const name of new Set(result.timings.flatMap((t) => Object.keys(t)))) {
    const values = result.timings
      .flatMap((t) => (t[name] !== undefined ? [t[name]!] : []))
      .sort((a, b) => a - b);
    stages[name] = [percentile(values, 50), percentile(values, 99)];
  }
  // What the server did not account for: reading the request before the API had it, the network,
  // the load generator's own delays.
  const outside = result.times
    .map((t, i) => (result.timings[i]?.total !== undefined ? t - result.timings[i]!.total! : undefined))
    .filter((v): v is number => v !== undefined)
    .sort((a, b) => a - b);
  if (outside.length > 0) stages.outside = [percentile(outside, 50), percentile(outside, 99)];
  return {
    p50: percentile(times, 50),
    p99: percentile(times, 99),
    rps: times.length / (result.wallMs / 1000),
    n: times.length,
    ...(cpuBefore !== undefined && cpuAfter !== undefined
      ? { cpu: (cpuAfter - cpuBefore) / times.length }
      : {}),
    ...(stalledBefore !== undefined && stalledAfter !== undefined
      ? { pressure: Math.min(1, (stalledAfter - stalledBefore) / elapsedUs) }
      : {}),
    clientCpu: result.clientCpuMs / times.length,
    clientDelayP99: result.clientLoopDelayP99Ms,
    stages,
  };
}

export async function engine(
  name: string,
  options: { dataDir?: string; db?: string },
  target?: number,
): Promise<BenchResult[]> {
  // The server in a process of its own (`fengong serve`), telling where each request's time went
  // (`Server-Timing`); the clients in a third (see `load`).
  process.env.FENGONG_SERVER_TIMING = '1';
  const server = await serve({ options }, await freePort());
  // A server that stops under load (PGlite's thread ending, say) says why on its stderr: keep it.
  let stopping = false;
  server.child.once('exit', (code, signal) => {
    if (!stopping)
      process.stderr.write(
        `fengong serve stopped during the bench (${code ?? signal}):\n${server.stderr()}\n`,
      );
  });
  try {
    const admin = new Client(server.url);
    await admin.signIn(server.adminLink);
    const invited = await admin.post<{ link: string }>(`/api/plans/${enc(PLAN)}/invites`, {
      unit: '市财政局',
    });
    const unit = new Client(server.url);
    await unit.signIn(invited.body.link);
    const units = (
      await admin.get<{ progress: { parts: { unit: string }[] } }>(`/api/plans/${enc(PLAN)}/tasks/7`)
    ).body.progress.parts.map((p) => p.unit);
    // A ledger of some size first: one entry of every unit on task 7.
    for (const u of units)
      await admin.post(`/api/plans/${enc(PLAN)}/entries`, {
        task: 7,
        unit: u,
        state: 'inProgress',
        date: '2021-09-01',
      });
    // The same person on 100 connections (one session; each client its own keep-alive connection).
    const agent = new http.Agent({ keepAlive: true, maxSockets: CLIENTS });
    const pid = server.child.pid;
    // Not timed: one request of each kind first (modules loaded on first use, the ledger's first
    // judgment), so that the figures are of a server at work rather than of its start.
    await send(agent, server.url, admin, 'POST', `/api/plans/${enc(PLAN)}/entries`, {
      task: 7,
      unit: units[0],
      state: 'inProgress',
      date: '2021-09-02',
    });
    await send(
      agent,
      server.url,
      unit,
      'GET',
      `/api/plans/${enc(PLAN)}/units/${enc('市财政局')}?asOf=2021-10-01`,
    );
    agent.destroy();
    const pageJob = {
      base: server.url,
      who: unit,
      method: 'GET',
      paths: [`/api/plans/${enc(PLAN)}/units/${enc('市财政局')}?asOf=2021-10-01`],
    };
    const recordJob = {
      base: server.url,
      who: admin,
      method: 'POST',
      paths: [`/api/plans/${enc(PLAN)}/entries`],
      bodies: Array.from({ length: CLIENTS * PER_CLIENT }, (_, k) => {
        const c = Math.floor(k / PER_CLIENT);
        const i = k % PER_CLIENT;
        return {
          task: 7,
          unit: units[(c + i) % units.length],
          state: 'inProgress',
          date: '2021-09-02',
          note: `bench ${c}/${i}`,
        };
      }),
    };
    const kinds: [string, Parameters<typeof load>[1]][] = [
      ['record an entry', recordJob],
      ['open a unit’s page', pageJob],
    ];
    const rows: BenchResult[] = [];
    for (const [what, job] of kinds) {
      // As fast as the server answers (each client asks again at once), then at a steady rate.
      for (const everyMs of [undefined, STEADY_EVERY_MS]) {
        const r = await load(pid, { ...job, ...(everyMs !== undefined ? { everyMs } : {}) });
        const how =
          everyMs === undefined
            ? `${CLIENTS} clients, each asking again when answered`
            : `${CLIENTS} clients, each once every ${everyMs / 1000} s`;
        for (const [p, ms] of [
          ['p50', r.p50],
          ['p99', r.p99],
        ] as const)
          rows.push({
            name: `${what}, ${how}, ${name}: ${p}`,
            medianMs: ms,
            runs: r.n,
            ...(p === 'p99' && target !== undefined ? { targetMs: target } : {}),
            notes: p === 'p50' ? notes(r) : stageNotes(r),
          });
      }
    }
    return rows;
  } finally {
    stopping = true;
    if (server.child.exitCode === null && server.child.signalCode === null)
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
