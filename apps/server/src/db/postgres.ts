/** A PostgreSQL server through `pg`'s pool: broken connections are dropped and new ones made. */
import type { Database, Sql } from './database';
import { redactUrl } from './database';

export async function openPostgres(url: string): Promise<Database> {
  const { default: pg } = await import('pg');
  // bigint (int8) as a number: sequence numbers stay far below 2^53.
  pg.types.setTypeParser(20, (v: string) => Number(v));
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle connection lost when the server restarts is not a crash of ours: the pool makes a new one.
  pool.on('error', () => {});
  const query: Sql['query'] = async <T>(text: string, params: readonly unknown[] = []) =>
    (await pool.query(text, params as unknown[])).rows as T[];
  await query('select 1');
  return {
    engine: 'postgres',
    where: redactUrl(url),
    query,
    async transaction(fn) {
      const client = await pool.connect();
      let broken = false;
      // A connection lost while held (the server restarted) is an error of the query, not of the process.
      const lost = () => {
        broken = true;
      };
      client.on('error', lost);
      try {
        await client.query('begin');
        const result = await fn({
          query: async <T>(text: string, params: readonly unknown[] = []) =>
            (await client.query(text, params as unknown[])).rows as T[],
        });
        await client.query('commit');
        return result;
      } catch (error) {
        await client.query('rollback').catch(() => {
          broken = true;
        });
        throw error;
      } finally {
        // A connection that cannot even roll back is lost (the server restarted): not reused.
        client.off('error', lost);
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
