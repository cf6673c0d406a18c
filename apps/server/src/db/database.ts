/**
 * The one query layer (数据库接口) over both engines: PGlite (PostgreSQL compiled to WebAssembly,
 * embedded in a data directory) and a real PostgreSQL server (`pg`). Both speak the same SQL with the
 * same `$1` parameters, so the server has one schema and one set of queries; values are always
 * parameters, never spliced into the text.
 */

/** Something SQL can be sent to: the database, or one transaction of it. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: readonly unknown[]): Promise<T[]>;
}

/** An open database. `transaction` commits before it resolves: what it wrote is durable then. */
export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Where it is: the data directory, or the server's address without the password. */
  readonly where: string;
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  /**
   * PostgreSQL only (other server processes may share it): hear `NOTIFY` on `channel`, on a
   * connection of its own that is made again when lost. Resolves with a function that stops.
   */
  listen?(channel: string, onMessage: (payload: string) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

/** A `postgres://` or `postgresql://` address. */
export function isPostgresUrl(value: string): boolean {
  return /^postgres(?:ql)?:\/\//i.test(value);
}

/** The address without its password, to print. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://…';
  }
}

/**
 * Open the database: `postgres://…` is a PostgreSQL server (a pool of connections that reconnects
 * after the server restarts), anything else the data directory of the embedded engine.
 */
export async function openDatabase(target: string): Promise<Database> {
  if (isPostgresUrl(target)) {
    const { openPostgres } = await import('./postgres');
    return openPostgres(target);
  }
  const { openPglite } = await import('./pglite');
  return openPglite(target);
}
