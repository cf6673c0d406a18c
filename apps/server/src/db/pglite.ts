/**
 * The embedded engine: PGlite in a data directory (one process holds it at a time), on a thread of
 * its own (`worker/pglite-worker.mjs`), so that the server keeps reading and answering requests
 * while PostgreSQL works.
 */
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Database, Sql } from './database';

/**
 * A first-come, first-served lock. PGlite is one connection: a query sent while a transaction is
 * open would run inside that transaction, so every query and every transaction takes its turn.
 */
function queue() {
  let tail: Promise<unknown> = Promise.resolve();
  return <T>(fn: () => Promise<T>): Promise<T> => {
    const run = tail.then(fn, fn);
    tail = run.catch(() => {});
    return run;
  };
}

/** The worker's file, from the package's source (src/db) or its build (dist). */
function workerFile(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'worker', 'pglite-worker.mjs');
    if (existsSync(candidate) && existsSync(path.join(dir, 'package.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`fengong server: no worker/pglite-worker.mjs above ${import.meta.dirname}`);
}

/** An error of the database, as PGlite said it (its SQLSTATE in `code`). */
class PgliteError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

interface Answer {
  id?: number;
  ready?: boolean;
  rows?: unknown[];
  error?: { message: string; code?: string };
}

export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const worker = new Worker(workerFile(), { workerData: { dataDir } });
  const waiting = new Map<
    number,
    { resolve: (rows: unknown[]) => void; reject: (error: Error) => void; sql: string }
  >();
  let nextId = 1;
  let broken: Error | undefined;
  const failAll = (error: Error) => {
    broken = error;
    for (const w of waiting.values()) w.reject(error);
    waiting.clear();
  };
  await new Promise<void>((resolve, reject) => {
    worker.once('message', (m: Answer) =>
      m.ready ? resolve() : reject(new PgliteError(m.error?.message ?? 'PGlite did not start')),
    );
    worker.once('error', reject);
  });
  worker.on('message', (m: Answer) => {
    const w = m.id !== undefined ? waiting.get(m.id) : undefined;
    if (!w) return;
    waiting.delete(m.id!);
    if (m.error) w.reject(new PgliteError(m.error.message, m.error.code));
    else w.resolve(m.rows ?? []);
  });
  // Why the thread ended, for the message at exit: its uncaught error (exit code 1), and the
  // statements it was given and had not answered (their text only: values may be private).
  let fault: Error | undefined;
  worker.on('error', (error) => {
    fault = error;
    failAll(error);
  });
  let closing = false;
  worker.on('exit', (code) => {
    const pending = [...waiting.values()].map((w) => w.sql.replace(/\s+/g, ' ').slice(0, 80));
    failAll(new PgliteError(`PGlite stopped (${code})`));
    // PostgreSQL ended without being asked (as it would have ended the whole process on this
    // thread): stop the server too, so that it is restarted on a sound database. What was
    // acknowledged was committed before.
    if (!closing) {
      process.stderr.write(
        `fengong serve: PGlite stopped (${code})${fault ? `: ${fault.stack ?? fault.message}` : ''}${pending.length > 0 ? `\n  unanswered: ${pending.join(' | ')}` : ''}\n`,
      );
      process.exit(70);
    }
  });
  const send = (message: Record<string, unknown>): Promise<unknown[]> =>
    new Promise((resolve, reject) => {
      if (broken) return reject(broken);
      const id = nextId++;
      waiting.set(id, { resolve, reject, sql: typeof message.sql === 'string' ? message.sql : 'close' });
      worker.postMessage({ ...message, id });
    });
  const direct: Sql = {
    async query<T>(text: string, params: readonly unknown[] = []) {
      return (await send({ sql: text, params })) as T[];
    },
  };
  const inTurn = queue();
  return {
    engine: 'pglite',
    where: dataDir,
    query: (text, params) => inTurn(() => direct.query(text, params)),
    // `begin` goes with the transaction's first statement (one message fewer to wait for);
    // `commit` answers once PGlite has written the commit to the data directory.
    transaction: (fn) =>
      inTurn(async () => {
        let begun = false;
        const tx: Sql = {
          async query<T>(text: string, params: readonly unknown[] = []) {
            const first = !begun;
            begun = true;
            return (await send({ sql: text, params, ...(first ? { begin: true } : {}) })) as T[];
          },
        };
        try {
          const result = await fn(tx);
          if (begun) await direct.query('commit');
          return result;
        } catch (error) {
          if (begun) await direct.query('rollback').catch(() => {});
          throw error;
        }
      }),
    close: () =>
      inTurn(async () => {
        closing = true;
        await send({ close: true });
        await worker.terminate();
      }),
  };
}
