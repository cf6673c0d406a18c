// The load generator of `npm run bench`'s server suite (issue 22), in a process of its own so that
// the clients' work is not the server's: `node server-load.mjs` with, on stdin,
// { base, clients, perClient, method, paths: [..], bodies?: [..], cookie, csrf, everyMs? }. Client c
// sends its requests one after another on its own keep-alive connection: request i is
// paths[(c + i) % paths.length] with bodies[(c·perClient + i) % bodies.length]. Without `everyMs`
// each client asks again as soon as it is answered (the most the server can take); with it, client
// c sends its request i at c·everyMs/clients + i·everyMs from the start (people at work, not a
// flood), or as soon as its previous answer came if that is later, and the latency is counted from
// the time the request was due (a late answer also delays the next request: that wait counts). Prints one JSON line: every
// latency (ms), the `Server-Timing` stages of every answer, the wall time, and this process's CPU
// time and event-loop delay (a busy load generator would show here, not in the server).
import http from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';

let input = '';
for await (const chunk of process.stdin) input += chunk;
const job = JSON.parse(input);
const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients });

function parseTiming(header) {
  const stages = {};
  for (const part of String(header ?? '').split(',')) {
    const [name, ...rest] = part.trim().split(';');
    if (!name) continue;
    for (const r of rest) {
      const [k, v] = r.split('=');
      if (k === 'dur') stages[name] = Number(v);
      if (k === 'desc') stages[name] = Number(JSON.parse(v));
    }
  }
  return stages;
}

function send(path, body) {
  const data = body === undefined ? undefined : JSON.stringify(body);
  const headers = { cookie: job.cookie };
  if (job.method !== 'GET') headers['x-csrf-token'] = job.csrf;
  if (data !== undefined) {
    headers['content-type'] = 'application/json';
    headers['content-length'] = String(Buffer.byteLength(data));
  }
  return new Promise((resolve, reject) => {
    const req = http.request(`${job.base}${path}`, { method: job.method, headers, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, timing: parseTiming(res.headers['server-timing']) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(data);
  });
}

const times = [];
const timings = [];
const delay = monitorEventLoopDelay({ resolution: 5 });
delay.enable();
const cpu = process.cpuUsage();
const started = performance.now();
await Promise.all(
  Array.from({ length: job.clients }, async (_, c) => {
    for (let i = 0; i < job.perClient; i++) {
      const path = job.paths[(c + i) % job.paths.length];
      const body = job.bodies ? job.bodies[(c * job.perClient + i) % job.bodies.length] : undefined;
      let t = performance.now();
      if (job.everyMs !== undefined) {
        const due = started + (c * job.everyMs) / job.clients + i * job.everyMs;
        if (due > t) await new Promise((resolve) => setTimeout(resolve, due - t));
        t = due;
      }
      const { status, timing } = await send(path, body);
      if (status >= 400) throw new Error(`bench request failed: ${status}`);
      times.push(performance.now() - t);
      timings.push(timing);
    }
  }),
);
const wall = performance.now() - started;
const used = process.cpuUsage(cpu);
delay.disable();
agent.destroy();
process.stdout.write(
  `${JSON.stringify({
    times,
    timings,
    wallMs: wall,
    clientCpuMs: (used.user + used.system) / 1000,
    clientLoopDelayP99Ms: delay.percentile(99) / 1e6,
  })}\n`,
);
