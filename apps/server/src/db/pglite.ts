/** The embedded engine: PGlite in a data directory (one process holds it at a time). */
import { mkdirSync } from 'node:fs';
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

export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  const inTurn = queue();
  const sql = (run: { query: typeof db.query }): Sql => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await run.query<T>(text, params as unknown[]);
      return result.rows;
    },
  });
  const direct = sql(db);
  return {
    engine: 'pglite',
    where: dataDir,
    query: (text, params) => inTurn(() => direct.query(text, params)),
    // The commit is written to the data directory before `transaction` resolves.
    transaction: (fn) => inTurn(() => db.transaction((tx) => fn(sql(tx)))),
    close: () => inTurn(() => db.close()),
  };
}
