/**
 * What the server stores (存储): entries, the lead units' 汇总报送, the office's 催办 and the audit
 * log — all append-only, every row with who and when. Queries are parameterised; each write that
 * is acknowledged has been committed.
 */
import { LedgerEntry } from '@fengong/core';
import type { Sql } from './db/database';

/** Serialise writers of one plan's ledger (reconciling reads the ledger, then appends). */
export async function lockPlan(tx: Sql, plan: string): Promise<void> {
  await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`fengong-plan:${plan}`]);
}

/** Every entry of a plan, in the order stored. */
export async function planEntries(sql: Sql, plan: string): Promise<LedgerEntry[]> {
  const rows = await sql.query<{ entry: unknown }>('select entry from entries where plan = $1 order by seq', [
    plan,
  ]);
  return rows.map((r) => LedgerEntry.parse(typeof r.entry === 'string' ? JSON.parse(r.entry) : r.entry));
}

/** One entry by id, in any plan. */
export async function entryById(sql: Sql, id: string): Promise<LedgerEntry | undefined> {
  const rows = await sql.query<{ entry: unknown }>('select entry from entries where id = $1', [id]);
  const raw = rows[0]?.entry;
  return raw === undefined ? undefined : LedgerEntry.parse(typeof raw === 'string' ? JSON.parse(raw) : raw);
}

/** Append entries (each id once: the table's unique key). */
export async function insertEntries(tx: Sql, entries: readonly LedgerEntry[], person: string): Promise<void> {
  for (const e of entries) {
    await tx.query(
      'insert into entries (id, plan, task, unit, person, recorded_at, entry) values ($1, $2, $3, $4, $5, $6, $7::jsonb)',
      [e.id, e.plan, e.task, e.unit, person, e.recordedAt, JSON.stringify(e)],
    );
  }
}

/** One line of the audit log. */
export async function audit(
  sql: Sql,
  line: { person?: string; action: string; plan?: string; detail?: Record<string, unknown>; ip?: string },
): Promise<void> {
  await sql.query('insert into audit (person, action, plan, detail, ip) values ($1, $2, $3, $4::jsonb, $5)', [
    line.person ?? null,
    line.action,
    line.plan ?? null,
    JSON.stringify(line.detail ?? {}),
    line.ip ?? null,
  ]);
}

export interface AuditLine {
  seq: number;
  at: string;
  person: string | null;
  action: string;
  plan: string | null;
  detail: Record<string, unknown>;
  ip: string | null;
}

const iso = (v: unknown) => (v instanceof Date ? v.toISOString() : String(v));

/** The audit log, newest first. */
export async function auditLog(sql: Sql, limit = 500): Promise<AuditLine[]> {
  const rows = await sql.query<AuditLine>(
    'select seq, at, person, action, plan, detail, ip from audit order by seq desc limit $1',
    [limit],
  );
  return rows.map((r) => ({ ...r, seq: Number(r.seq), at: iso(r.at) }));
}

/** A lead unit's 汇总报送, or an office's 催办: a recorded act about a unit and some tasks. */
export interface Act {
  id: string;
  plan: string;
  unit: string;
  person: string;
  at: string;
  tasks: number[];
  note?: string;
}

type ActTable = 'submissions' | 'reminders';

export async function insertAct(tx: Sql, table: ActTable, act: Omit<Act, 'at'>): Promise<Act> {
  // The table name is one of two constants, never user input.
  const rows = await tx.query<{ at: unknown }>(
    `insert into ${table} (id, plan, unit, person, tasks, note) values ($1, $2, $3, $4, $5::jsonb, $6) returning at`,
    [act.id, act.plan, act.unit, act.person, JSON.stringify(act.tasks), act.note ?? null],
  );
  return { ...act, at: iso(rows[0]!.at) };
}

export async function listActs(sql: Sql, table: ActTable, plan: string, unit?: string): Promise<Act[]> {
  const rows = await sql.query<Act & { note: string | null }>(
    `select id, plan, unit, person, at, tasks, note from ${table} where plan = $1 and ($2::text is null or unit = $2) order by seq`,
    [plan, unit ?? null],
  );
  return rows.map((r) => ({
    id: r.id,
    plan: r.plan,
    unit: r.unit,
    person: r.person,
    at: iso(r.at),
    tasks: (typeof r.tasks === 'string' ? JSON.parse(r.tasks) : r.tasks) as number[],
    ...(r.note !== null ? { note: r.note } : {}),
  }));
}
