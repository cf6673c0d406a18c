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

/**
 * `($1, $2, …), ($n+1, …)`: the placeholders of `rows` rows of `width` values, for one insert;
 * numbered after the first `from` parameters.
 */
function placeholders(rows: number, width: number, casts: Record<number, string> = {}, from = 0): string {
  return Array.from(
    { length: rows },
    (_, r) =>
      `(${Array.from({ length: width }, (_, c) => `$${from + r * width + c + 1}${casts[c] ?? ''}`).join(', ')})`,
  ).join(', ');
}

/** The values of an entry's row, after its placeholders. */
function entryRow(e: LedgerEntry, person: string): unknown[] {
  return [e.id, e.plan, e.task, e.unit, person, e.recordedAt, JSON.stringify(e)];
}

/** The values of an audit line's row. */
function auditRow(line: AuditInput): unknown[] {
  return [
    line.person ?? null,
    line.action,
    line.plan ?? null,
    JSON.stringify(line.detail ?? {}),
    line.ip ?? null,
  ];
}

const ENTRY_COLUMNS = 'entries (id, plan, task, unit, person, recorded_at, entry)';
const AUDIT_COLUMNS = 'audit (person, action, plan, detail, ip)';

/**
 * Append entries and their lines of the audit log in ONE statement, which is its own transaction
 * when sent outside one (committed when it answers): for the embedded engine's group commit, one
 * trip to the database instead of five (begin, lock, entries, audit, commit). Answers each entry's
 * sequence number, in the order given. At most 500 entries.
 */
export async function insertEntriesAudited(
  sql: Sql,
  rows: readonly { entry: LedgerEntry; person: string; audit: AuditInput }[],
): Promise<number[]> {
  if (rows.length === 0) return [];
  const answered = await sql.query<{ id: string; seq: number | string }>(
    `with e as (insert into ${ENTRY_COLUMNS} values ${placeholders(rows.length, 7, { 6: '::jsonb' })} returning id, seq), a as (insert into ${AUDIT_COLUMNS} values ${placeholders(rows.length, 5, { 3: '::jsonb' }, rows.length * 7)}) select id, seq from e`,
    [...rows.flatMap((r) => entryRow(r.entry, r.person)), ...rows.flatMap((r) => auditRow(r.audit))],
  );
  const seqs = new Map(answered.map((r) => [r.id, Number(r.seq)]));
  return rows.map((r) => seqs.get(r.entry.id)!);
}

/**
 * Append entries (each id once: the table's unique key), in one statement; `person` who recorded
 * each. Answers each entry's sequence number, in the order given.
 */
export async function insertEntries(
  tx: Sql,
  entries: readonly LedgerEntry[],
  person: string | ((entry: LedgerEntry, index: number) => string),
): Promise<number[]> {
  const who = typeof person === 'string' ? () => person : person;
  const seqs = new Map<string, number>();
  // At most 1,000 rows a statement: PostgreSQL takes up to 65,535 parameters.
  for (let at = 0; at < entries.length; at += 1000) {
    const chunk = entries.slice(at, at + 1000);
    const rows = await tx.query<{ id: string; seq: number | string }>(
      `insert into ${ENTRY_COLUMNS} values ${placeholders(chunk.length, 7, { 6: '::jsonb' })} returning id, seq`,
      chunk.flatMap((e, i) => entryRow(e, who(e, at + i))),
    );
    for (const r of rows) seqs.set(r.id, Number(r.seq));
  }
  return entries.map((e) => seqs.get(e.id)!);
}

export interface AuditInput {
  person?: string;
  action: string;
  plan?: string;
  detail?: Record<string, unknown>;
  ip?: string;
}

/** Lines of the audit log, in one statement. */
export async function auditMany(sql: Sql, lines: readonly AuditInput[]): Promise<void> {
  if (lines.length === 0) return;
  await sql.query(
    `insert into ${AUDIT_COLUMNS} values ${placeholders(lines.length, 5, { 3: '::jsonb' })}`,
    lines.flatMap(auditRow),
  );
}

/** One line of the audit log. */
export async function audit(sql: Sql, line: AuditInput): Promise<void> {
  await auditMany(sql, [line]);
}

/** Entries by id, in any plan. */
export async function entriesById(sql: Sql, ids: readonly string[]): Promise<Map<string, LedgerEntry>> {
  if (ids.length === 0) return new Map();
  const rows = await sql.query<{ entry: unknown }>('select entry from entries where id = any($1::text[])', [
    [...new Set(ids)],
  ]);
  const entries = rows.map((r) =>
    LedgerEntry.parse(typeof r.entry === 'string' ? JSON.parse(r.entry) : r.entry),
  );
  return new Map(entries.map((e) => [e.id, e]));
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
  /** The name of the person who did it (as invited: the unit's name unless the office gave one). */
  author?: string;
  /** A 催办's issuer and document number (发文机关, 发文字号), when the office gave them. */
  official?: { issuer?: string; documentNumber?: string };
}

type ActTable = 'submissions' | 'reminders';

export async function insertAct(tx: Sql, table: ActTable, act: Omit<Act, 'at'>): Promise<Act> {
  // The table name is one of two constants, never user input.
  const official = table === 'reminders' ? ', official' : '';
  const rows = await tx.query<{ at: unknown }>(
    `insert into ${table} (id, plan, unit, person, tasks, note${official}) values ($1, $2, $3, $4, $5::jsonb, $6${official ? ', $7::jsonb' : ''}) returning at`,
    [
      act.id,
      act.plan,
      act.unit,
      act.person,
      JSON.stringify(act.tasks),
      act.note ?? null,
      ...(official ? [act.official ? JSON.stringify(act.official) : null] : []),
    ],
  );
  return { ...act, at: iso(rows[0]!.at) };
}

export async function listActs(sql: Sql, table: ActTable, plan: string, unit?: string): Promise<Act[]> {
  const rows = await sql.query<Act & { note: string | null; official: unknown; author: string | null }>(
    `select a.id, a.plan, a.unit, a.person, a.at, a.tasks, a.note, ${table === 'reminders' ? 'a.official' : 'null as official'}, p.name as author from ${table} a left join people p on p.id = a.person where a.plan = $1 and ($2::text is null or a.unit = $2) order by a.seq`,
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
    ...(r.author !== null ? { author: r.author } : {}),
    ...(r.official !== null && r.official !== undefined
      ? {
          official: (typeof r.official === 'string' ? JSON.parse(r.official) : r.official) as Act['official'],
        }
      : {}),
  }));
}
