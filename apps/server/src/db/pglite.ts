/** The embedded engine: PGlite in a data directory (one process holds it at a time). */
import { mkdirSync } from 'node:fs';
import type { Database, Sql } from './database';

export async function openPglite(dataDir: string): Promise<Database> {
  mkdirSync(dataDir, { recursive: true });
  const { PGlite } = await import('@electric-sql/pglite');
  const db = await PGlite.create(dataDir);
  const sql = (run: { query: typeof db.query }): Sql => ({
    async query<T>(text: string, params: readonly unknown[] = []) {
      const result = await run.query<T>(text, params as unknown[]);
      return result.rows;
    },
  });
  return {
    engine: 'pglite',
    where: dataDir,
    ...sql(db),
    // PGlite runs one transaction at a time; the commit is written to the data directory before
    // `transaction` resolves.
    transaction: (fn) => db.transaction((tx) => fn(sql(tx))),
    close: () => db.close(),
  };
}
