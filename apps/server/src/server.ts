/**
 * `fengong serve` (共享服务): the plans, the database (embedded PGlite in a data directory beside the
 * plans, or PostgreSQL by `--db postgres://…`), migrations applied at start, the API, the events and
 * the viewer on one port; the office's one-time sign-in link printed at start.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { DayString } from '@fengong/core';
import { type ApiContext, handleApi, unavailable } from './api';
import { ADMIN_LINK_HOURS, issueToken, officePerson, SessionCache, Throttle } from './auth';
import { GroupCommit } from './commits';
import { type Database, isPostgresUrl, openDatabase } from './db/database';
import { migrate } from './db/migrate';
import { EventHub } from './events';
import { LedgerCache } from './ledger-cache';
import { sendPage, signinPage, staticFiles } from './http';
import { loadPlans, registerPlans, type ServedPlan } from './plans';
import { startRelay } from './relay';

export interface ServeOptions {
  /** Plan files (YAML/JSON). */
  plans: string[];
  /** `postgres://…`; else the embedded engine in `dataDir`. */
  db?: string;
  /** The embedded engine's directory; default `.fengong-server` beside the first plan. */
  dataDir?: string;
  /** The unit registry, when not found beside the plans. */
  units?: string;
  port?: number;
  host?: string;
  /** The address people open, for links (behind a reverse proxy: its https address). */
  publicUrl?: string;
  secureCookies?: boolean;
  /** The viewer's build; default apps/web/dist of this checkout. */
  webRoot?: string;
  /** Behind a reverse proxy: the client's address is the proxy's `X-Forwarded-For` (for throttling and the audit log). */
  trustProxy?: boolean;
  /** Sign-in attempts allowed per address in 15 minutes. */
  signInAttempts?: number;
}

export interface RunningServer {
  url: string;
  adminLink: string;
  db: Database;
  plans: ReadonlyMap<string, ServedPlan>;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4180;
const PACKAGE_DIR = path.resolve(import.meta.dirname, '..');

/** The embedded engine's data directory for these plans. */
export function defaultDataDir(planFiles: readonly string[]): string {
  return path.join(path.dirname(path.resolve(planFiles[0] ?? '.')), '.fengong-server');
}

/** The file through which `fengong serve invite` finds the running embedded server. */
export const runFile = (dataDir: string) => path.join(dataDir, 'server.json');

/** Today in the server's time zone. */
export function localToday(now = new Date()): DayString {
  const pad = (n: number) => String(n).padStart(2, '0');
  // A real day by construction.
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as DayString;
}

/** Open the database of these options and bring its schema up to date. */
export async function openStore(
  options: Pick<ServeOptions, 'db' | 'dataDir' | 'plans'>,
): Promise<{ db: Database; dataDir?: string }> {
  if (options.db !== undefined && isPostgresUrl(options.db)) {
    const db = await openDatabase(options.db);
    await migrate(db);
    return { db };
  }
  const dataDir = path.resolve(options.dataDir ?? options.db ?? defaultDataDir(options.plans));
  const db = await openDatabase(path.join(dataDir, 'pglite'));
  await migrate(db);
  return { db, dataDir };
}

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const plans = await loadPlans(options.plans, options.units ? { units: options.units } : {});
  const { db, dataDir } = await openStore(options);
  await registerPlans(db, plans.values());
  const office = await officePerson(db);
  const hub = new EventHub();
  const localSecret = randomBytes(32).toString('base64url');
  let url = '';
  // The embedded engine is held by this process alone: what it has not written cannot change.
  const ledger = new LedgerCache(db, db.engine === 'pglite');
  const ctx: ApiContext = {
    db,
    plans,
    hub,
    throttle: new Throttle(options.signInAttempts ?? 10),
    baseUrl: () => options.publicUrl?.replace(/\/$/, '') ?? url,
    secureCookies: options.secureCookies ?? false,
    trustProxy: options.trustProxy ?? false,
    today: (at) => localToday(at),
    localSecret,
    ledger,
    sessions: new SessionCache(db),
    commits: new GroupCommit(
      db,
      (written) => ledger.committed(written),
      (error) => !unavailable(error),
    ),
  };
  // Several processes on one PostgreSQL: each hears the others' events (LISTEN/NOTIFY).
  const stopRelay = await startRelay(ctx);
  const webRoot = options.webRoot ?? path.resolve(PACKAGE_DIR, '../web/dist');
  const serveStatic = staticFiles([path.join(PACKAGE_DIR, 'public'), webRoot]);
  const server: Server = createServer((req, res) => {
    const reqUrl = new URL(req.url ?? '/', 'http://localhost');
    if (reqUrl.pathname.startsWith('/api/')) {
      void handleApi(ctx, req, res, reqUrl);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    if (reqUrl.pathname === '/signin') {
      sendPage(res, signinPage());
      return;
    }
    serveStatic(req, res);
  });
  server.requestTimeout = 60_000;
  server.headersTimeout = 20_000;
  // A kept-alive connection stays open a minute between requests (Node's default is 5 s): a client
  // slow to send its next request (a busy machine, a reverse proxy's pool) otherwise races the close
  // and sees its request dropped ("other side closed").
  server.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? DEFAULT_PORT, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  url = `http://${host}:${address.port}`;
  if (dataDir)
    writeFileSync(runFile(dataDir), JSON.stringify({ pid: process.pid, url, secret: localSecret }), {
      mode: 0o600,
    });
  const token = await issueToken(db, office.id, ADMIN_LINK_HOURS);
  const adminLink = `${ctx.baseUrl()}/signin#${token}`;
  return {
    url,
    adminLink,
    db,
    plans,
    async close() {
      hub.closeAll();
      await stopRelay?.();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}

/** The running embedded server of a data directory, if one is. */
export function runningServer(dataDir: string): { url: string; secret: string } | undefined {
  const file = runFile(dataDir);
  if (!existsSync(file)) return undefined;
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as { pid: number; url: string; secret: string };
    process.kill(info.pid, 0);
    return info;
  } catch {
    return undefined;
  }
}
