/**
 * What the server's tests share: a server on each engine (PGlite in a temporary directory, and a
 * throwaway PostgreSQL), and a small HTTP client that signs in like a browser (cookie + CSRF header).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type RunningServer, type ServeOptions, startServer } from '../src/index';
import { afterAll, beforeAll } from 'vitest';
import { type Cast, castOf } from './cast';
import { freshDatabase, startPostgres, type TestPostgres } from './postgres';

export const SEED_PLAN = path.resolve(import.meta.dirname, '../../../seeds/zhanjiang-2021/plan.yaml');
/** A small second plan: a task led by 市财政局, supported by 市教育局, that 市公安局 has no role on. */
export const TEST_PLAN = path.resolve(import.meta.dirname, 'fixtures/plan-2022.yaml');

const ROOT = path.resolve(import.meta.dirname, '../../..');
const CLI = path.join(ROOT, 'apps/cli/src/bin.ts');

export type EngineName = 'pglite' | 'postgres';
export const ENGINES: EngineName[] = ['pglite', 'postgres'];

/** Where a test's database lives: options for `startServer`, and how to clean up. */
export interface TestStore {
  options: Pick<ServeOptions, 'db' | 'dataDir'>;
  pg?: TestPostgres;
  dispose(): void;
}

let counter = 0;

export async function testStore(engine: EngineName): Promise<TestStore> {
  if (engine === 'pglite') {
    const dir = mkdtempSync(path.join(tmpdir(), 'fengong-pglite-'));
    return { options: { dataDir: dir }, dispose: () => rmSync(dir, { recursive: true, force: true }) };
  }
  const pg = await startPostgres();
  const url = await freshDatabase(pg, `fengong_${process.pid}_${counter++}`);
  return { options: { db: url }, pg, dispose: () => pg.stop() };
}

export async function testServer(
  store: TestStore,
  extra: Partial<ServeOptions> = {},
): Promise<RunningServer> {
  return startServer({ plans: [SEED_PLAN, TEST_PLAN], port: 0, ...store.options, ...extra });
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A browser-like client: the session cookie and the CSRF token, sent on every request. */
export class Client {
  cookie?: string;
  csrf?: string;
  constructor(readonly base: string) {}

  async signIn(link: string): Promise<Answer> {
    const token = link.split('#')[1] ?? '';
    const answer = await this.send('POST', '/api/session', { token });
    const set = answer.headers.get('set-cookie');
    if (answer.status === 200 && set) {
      this.cookie = set.split(';')[0];
      this.csrf = (answer.body as { csrf: string }).csrf;
    }
    return answer;
  }

  async send<T = Record<string, unknown>>(
    method: string,
    pathname: string,
    body?: unknown,
    options: { csrf?: boolean; headers?: Record<string, string> } = {},
  ): Promise<Answer<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && options.csrf !== false && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.base}${pathname}`, {
      method,
      headers,
      ...(body !== undefined ? { body: typeof body === 'string' ? body : JSON.stringify(body) } : {}),
    });
    const text = await res.text();
    let parsed: unknown = text;
    try {
      parsed = JSON.parse(text);
    } catch {}
    return { status: res.status, body: parsed as T, headers: res.headers };
  }

  get = <T = Record<string, unknown>>(p: string) => this.send<T>('GET', p);
  post = <T = Record<string, unknown>>(p: string, body: unknown = {}) => this.send<T>('POST', p, body);
}

/** The office, signed in with the link printed at start. */
export async function office(server: RunningServer): Promise<Client> {
  const c = new Client(server.url);
  const answer = await c.signIn(server.adminLink);
  if (answer.status !== 200) throw new Error(`office sign-in: ${answer.status}`);
  return c;
}

/** A person of `unit`, invited by the office and signed in with the link. */
export async function unitClient(
  server: RunningServer,
  by: Client,
  plan: string,
  unit: string,
): Promise<Client> {
  const invited = await by.post<{ link: string }>(`/api/plans/${encodeURIComponent(plan)}/invites`, { unit });
  if (invited.status !== 201)
    throw new Error(`invite ${unit}: ${invited.status} ${JSON.stringify(invited.body)}`);
  const c = new Client(server.url);
  const answer = await c.signIn(invited.body.link);
  if (answer.status !== 200) throw new Error(`sign-in ${unit}: ${answer.status}`);
  return c;
}

export const enc = encodeURIComponent;

/** The cast on the test plan of a running server. */
export function testCast(server: RunningServer): Cast {
  const plan = [...server.plans.values()].find((p) => p.file === TEST_PLAN)!;
  return castOf(plan.id, plan.analysis);
}

/** A server of the enclosing suite, with its cast signed in: the office, the lead, a supporter, a unit with no role. */
export interface Suite {
  store: TestStore;
  server: RunningServer;
  cast: Cast;
  office: Client;
  lead: Client;
  supporting: Client;
  noRole: Client;
}

/** Start a server on `engine` before the enclosing suite's tests and close it after them. */
export function useServer(engine: EngineName): Suite {
  const s = {} as Suite;
  beforeAll(async () => {
    s.store = await testStore(engine);
    s.server = await testServer(s.store);
    s.cast = testCast(s.server);
    s.office = await office(s.server);
    s.lead = await unitClient(s.server, s.office, s.cast.plan, s.cast.lead);
    s.supporting = await unitClient(s.server, s.office, s.cast.plan, s.cast.supporting);
    s.noRole = await unitClient(s.server, s.office, s.cast.plan, s.cast.noRole);
  });
  afterAll(async () => {
    await s.server?.close();
    s.store?.dispose();
  });
  return s;
}

/** A live event as the page receives it. */
export interface Received {
  event: string;
  data: { plan: string; units: string[]; data: Record<string, unknown> };
}

/** Open the event stream as `client`; `next()` resolves with each event in turn. */
export async function openEvents(client: Client): Promise<{ next(): Promise<Received>; close(): void }> {
  const controller = new AbortController();
  const res = await fetch(`${client.base}/api/events`, {
    headers: client.cookie ? { cookie: client.cookie } : {},
    signal: controller.signal,
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const queue: Received[] = [];
  const next = async (): Promise<Received> => {
    for (;;) {
      const shifted = queue.shift();
      if (shifted) return shifted;
      const { value, done } = await reader.read();
      if (done) throw new Error('the event stream ended');
      buffer += decoder.decode(value, { stream: true });
      let end = buffer.indexOf('\n\n');
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const event = /^event: (.*)$/m.exec(block)?.[1];
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (event && data) queue.push({ event, data: JSON.parse(data) });
        end = buffer.indexOf('\n\n');
      }
    }
  };
  return { next, close: () => controller.abort() };
}

export interface Serve {
  child: ChildProcess;
  url: string;
  adminLink: string;
  /** What the server has written to stderr so far (why it stopped, if it did). */
  stderr: () => string;
}

/** `fengong serve` as its own process; resolves once it has printed the office's link. */
export function serve(
  store: Pick<TestStore, 'options'>,
  port: number,
  plans: string[] = [SEED_PLAN],
): Promise<Serve> {
  const where = store.options.db ? ['--db', store.options.db] : ['--data', store.options.dataDir!];
  // node itself with tsx as a loader (not tsx's launcher), so that SIGKILL reaches the server.
  const child = spawn(
    process.execPath,
    [
      '--conditions=@fengong/source',
      '--import',
      'tsx',
      CLI,
      'serve',
      ...plans,
      ...where,
      '--port',
      String(port),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const link = /(http:\/\/\S+\/signin#\S+)/.exec(out);
      if (link) resolve({ child, url: `http://127.0.0.1:${port}`, adminLink: link[1]!, stderr: () => err });
    });
    child.stderr!.on('data', (d: Buffer) => {
      err += d.toString();
    });
    child.once('exit', (code) => reject(new Error(`fengong serve exited (${code}): ${err}${out}`)));
  });
}
