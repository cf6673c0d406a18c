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
    async listen(channel, onMessage) {
      // The channel is an identifier of ours, never user input (LISTEN takes no parameters).
      if (!/^[a-z_]+$/.test(channel)) throw new Error(`fengong server: bad channel name ${channel}`);
      let closed = false;
      let client: InstanceType<typeof pg.Client> | undefined;
      const connect = async (): Promise<void> => {
        while (!closed) {
          const c = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
          // Lost when the server restarts: 'end' follows, and a new connection is made.
          c.on('error', () => {});
          try {
            await c.connect();
            c.on('notification', (n) => {
              if (n.channel === channel && n.payload !== undefined) onMessage(n.payload);
            });
            await c.query(`listen ${channel}`);
            c.once('end', () => {
              if (!closed) void connect();
            });
            client = c;
            return;
          } catch {
            await c.end().catch(() => {});
            await new Promise((resolve) => setTimeout(resolve, 1000));
          }
        }
      };
      await connect();
      return async () => {
        closed = true;
        await client?.end().catch(() => {});
      };
    },
    close: () => pool.end(),
  };
}
