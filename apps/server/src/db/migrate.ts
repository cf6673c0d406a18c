/**
 * Versioned migrations (迁移), applied at start: `apps/server/migrations/NNNN_name.sql`, in order,
 * each in a transaction with its version recorded in `schema_migrations`. Several server processes
 * on one PostgreSQL take an advisory lock, so one of them applies what is missing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Database } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The package's `migrations` directory, from its source (src/db) or its build (dist). */
function migrationsDir(): string {
  let dir = import.meta.dirname;
  for (let i = 0; i < 4; i++) {
    const candidate = path.join(dir, 'migrations');
    if (existsSync(candidate) && existsSync(path.join(dir, 'package.json'))) return candidate;
    dir = path.dirname(dir);
  }
  throw new Error(`fengong server: no migrations directory above ${import.meta.dirname}`);
}

/** The migrations in the repository, in order. */
export function migrations(dir: string = migrationsDir()): Migration[] {
  return readdirSync(dir)
    .flatMap((file) => {
      const m = /^(\d{4})_([\w-]+)\.sql$/.exec(file);
      return m
        ? [{ version: Number(m[1]), name: m[2]!, sql: readFileSync(path.join(dir, file), 'utf8') }]
        : [];
    })
    .sort((a, b) => a.version - b.version);
}

/** Apply the migrations the database lacks; the versions applied now. */
export async function migrate(db: Database, list: readonly Migration[] = migrations()): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query("select pg_advisory_xact_lock(hashtext('fengong-migrate'))");
    await tx.query(
      'create table if not exists schema_migrations (version integer primary key, name text not null, applied_at timestamptz not null default now())',
    );
    const done = new Set(
      (await tx.query<{ version: number }>('select version from schema_migrations')).map((r) =>
        Number(r.version),
      ),
    );
    const applied: number[] = [];
    for (const m of list) {
      if (done.has(m.version)) continue;
      // One statement at a time: the extended protocol (parameters) takes one per query.
      for (const statement of splitStatements(m.sql)) await tx.query(statement);
      await tx.query('insert into schema_migrations (version, name) values ($1, $2)', [m.version, m.name]);
      applied.push(m.version);
    }
    return applied;
  });
}

/** A migration's statements: split at `;` ending a line, comments removed. */
export function splitStatements(sql: string): string[] {
  return sql
    .replace(/--[^\n]*/g, '')
    .split(/;\s*(?:\n|$)/)
    .map((s) => s.trim())
    .filter(Boolean);
}
