/**
 * Where a request's time goes (耗时分段), for `npm run bench` and anyone profiling a server: with
 * `FENGONG_SERVER_TIMING=1` in its environment, every API answer carries a standard `Server-Timing`
 * header with the milliseconds each stage took (`auth;dur=0.12, body;dur=0.05, …`), measured from
 * the moment the request was handed to the API. Off by default: timings say how busy the server is.
 */
import type { ServerResponse } from 'node:http';

const enabled = process.env.FENGONG_SERVER_TIMING === '1';

interface Marks {
  start: number;
  last: number;
  stages: [string, number][];
  notes: [string, string][];
}

const marks = new WeakMap<ServerResponse, Marks>();

/** The request answered by `res` has begun (a no-op unless timing is on). */
export function timingStart(res: ServerResponse): void {
  if (!enabled) return;
  const now = performance.now();
  marks.set(res, { start: now, last: now, stages: [], notes: [] });
}

/** The stage `name` of the request ended now (it began where the last stage ended). */
export function timingMark(res: ServerResponse, name: string): void {
  const m = enabled ? marks.get(res) : undefined;
  if (!m) return;
  const now = performance.now();
  m.stages.push([name, now - m.last]);
  m.last = now;
}

/**
 * A stage of `ms` measured elsewhere (the group commit's wait and write), the first part of what
 * has passed since the last stage ended; the next mark gets the rest.
 */
export function timingSplit(res: ServerResponse, name: string, ms: number): void {
  const m = enabled ? marks.get(res) : undefined;
  if (!m) return;
  m.stages.push([name, ms]);
  m.last += ms;
}

/** A fact about the request, sent as `name;desc=value` (how many entries its transaction wrote). */
export function timingNote(res: ServerResponse, name: string, value: string | number): void {
  const m = enabled ? marks.get(res) : undefined;
  m?.notes.push([name, String(value)]);
}

/** The `Server-Timing` header of the answer, or nothing (timing off). */
export function timingHeader(res: ServerResponse): Record<string, string> {
  const m = enabled ? marks.get(res) : undefined;
  if (!m) return {};
  const now = performance.now();
  const stages = [
    ...m.stages,
    ['respond', now - m.last] as [string, number],
    ['total', now - m.start] as [string, number],
  ];
  const all = [
    ...stages.map(([n, d]) => `${n};dur=${d.toFixed(3)}`),
    ...m.notes.map(([n, v]) => `${n};desc=${JSON.stringify(v)}`),
  ];
  return { 'server-timing': all.join(', ') };
}
