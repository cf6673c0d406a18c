/**
 * People and sign-in (人员与登录): one-time sign-in links and sessions. Only SHA-256 hashes of link
 * tokens and session ids are stored, so a copy of the database signs nobody in. A session has its
 * own CSRF token, sent back in a header on every write. Failed sign-ins are throttled per address.
 */
import { createHash, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { Sql } from './db/database';

export type PersonRole = 'office' | 'unit';

/** Someone who can sign in: the office (admin), or a person of one unit for one plan. */
export interface Person {
  id: string;
  role: PersonRole;
  plan?: string;
  unit?: string;
  name: string;
}

/** A signed-in session. */
export interface Session {
  person: Person;
  csrf: string;
}

export const OFFICE_ID = 'office';
export const ADMIN_LINK_HOURS = 24;
export const INVITE_DAYS = 14;
export const SESSION_DAYS = 30;

const hash = (token: string) => createHash('sha256').update(token).digest('hex');
const newToken = () => randomBytes(32).toString('base64url');

interface PersonRow {
  id: string;
  role: PersonRole;
  plan: string | null;
  unit: string | null;
  name: string;
}

const toPerson = (r: PersonRow): Person => ({
  id: r.id,
  role: r.role,
  ...(r.plan !== null ? { plan: r.plan } : {}),
  ...(r.unit !== null ? { unit: r.unit } : {}),
  name: r.name,
});

/** The office's person, made on first use. */
export async function officePerson(sql: Sql): Promise<Person> {
  await sql.query(
    "insert into people (id, role, name) values ($1, 'office', '办公室') on conflict (id) do nothing",
    [OFFICE_ID],
  );
  return { id: OFFICE_ID, role: 'office', name: '办公室' };
}

/** A one-time sign-in link's token for a person (stored hashed). */
export async function issueToken(sql: Sql, person: string, validHours: number): Promise<string> {
  const token = newToken();
  await sql.query(
    `insert into tokens (hash, person, expires_at) values ($1, $2, now() + make_interval(hours => $3::int))`,
    [hash(token), person, validHours],
  );
  return token;
}

/** Invite a unit of a plan: a new person of that unit and its one-time link token. */
export async function inviteUnit(
  sql: Sql,
  invite: { plan: string; unit: string; name?: string },
): Promise<{ person: Person; token: string }> {
  const person: Person = {
    id: randomUUID(),
    role: 'unit',
    plan: invite.plan,
    unit: invite.unit,
    name: invite.name ?? invite.unit,
  };
  await sql.query("insert into people (id, role, plan, unit, name) values ($1, 'unit', $2, $3, $4)", [
    person.id,
    invite.plan,
    invite.unit,
    person.name,
  ]);
  return { person, token: await issueToken(sql, person.id, INVITE_DAYS * 24) };
}

/**
 * Spend a sign-in token: a new session (its id for the cookie, its CSRF token), or undefined for a
 * token that is unknown, expired or used. The token is marked used in the same statement that
 * checks it, so two requests with one link cannot both sign in.
 */
export async function signIn(
  sql: Sql,
  token: string,
): Promise<{ sessionId: string; session: Session } | undefined> {
  const spent = await sql.query<{ person: string }>(
    'update tokens set used_at = now() where hash = $1 and used_at is null and expires_at > now() returning person',
    [hash(token)],
  );
  if (spent.length === 0) return undefined;
  const rows = await sql.query<PersonRow>('select id, role, plan, unit, name from people where id = $1', [
    spent[0]!.person,
  ]);
  const sessionId = newToken();
  const csrf = newToken();
  await sql.query(
    `insert into sessions (hash, person, csrf, expires_at) values ($1, $2, $3, now() + make_interval(days => $4::int))`,
    [hash(sessionId), spent[0]!.person, csrf, SESSION_DAYS],
  );
  return { sessionId, session: { person: toPerson(rows[0]!), csrf } };
}

/** The session of a cookie's value, if it is current. */
export async function sessionOf(sql: Sql, sessionId: string): Promise<Session | undefined> {
  return (await sessionRow(sql, sessionId))?.session;
}

async function sessionRow(
  sql: Sql,
  sessionId: string,
): Promise<{ session: Session; expiresAt: number } | undefined> {
  const rows = await sql.query<PersonRow & { csrf: string; expires_at: unknown }>(
    `select p.id, p.role, p.plan, p.unit, p.name, s.csrf, s.expires_at from sessions s join people p on p.id = s.person
      where s.hash = $1 and s.ended_at is null and s.expires_at > now()`,
    [hash(sessionId)],
  );
  const row = rows[0];
  return row
    ? {
        session: { person: toPerson(row), csrf: row.csrf },
        expiresAt: new Date(row.expires_at as string | Date).getTime(),
      }
    : undefined;
}

/**
 * Sessions kept in memory (会话缓存), so that a request does not wait for the database to learn who
 * is asking. A session is looked up once and then believed for `ttlMs` (never past its expiry);
 * signing out here forgets it at once, and `forget` is also called when another server process on
 * the same PostgreSQL says a session ended. Lookups of one cookie at the same moment share one query.
 */
export class SessionCache {
  private readonly known = new Map<string, { session: Session; until: number }>();
  private readonly looking = new Map<string, Promise<Session | undefined>>();
  constructor(
    private readonly sql: Sql,
    readonly ttlMs = 30_000,
    readonly max = 10_000,
  ) {}

  async get(sessionId: string, now = Date.now()): Promise<Session | undefined> {
    const key = hash(sessionId);
    const hit = this.known.get(key);
    if (hit && hit.until > now) return hit.session;
    this.known.delete(key);
    let lookup = this.looking.get(key);
    if (!lookup) {
      lookup = sessionRow(this.sql, sessionId).then((found) => {
        this.looking.delete(key);
        if (found) {
          if (this.known.size >= this.max) this.known.clear();
          this.known.set(key, {
            session: found.session,
            until: Math.min(found.expiresAt, Date.now() + this.ttlMs),
          });
        }
        return found?.session;
      });
      lookup.catch(() => this.looking.delete(key));
      this.looking.set(key, lookup);
    }
    return lookup;
  }

  /** Forget a session (signed out), by the cookie's value or by its stored hash. */
  forget(sessionId: string, hashed = false): void {
    this.known.delete(hashed ? sessionId : hash(sessionId));
  }
}

/** The stored hash of a cookie's value. */
export const sessionHash = hash;

/** End a session (sign out); the row stays. */
export async function signOut(sql: Sql, sessionId: string): Promise<void> {
  await sql.query('update sessions set ended_at = now() where hash = $1 and ended_at is null', [
    hash(sessionId),
  ]);
}

/** Compare a CSRF token in constant time. */
export function csrfMatches(expected: string, given: string | undefined): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/**
 * Sign-in throttling (登录限速): at most `max` failed attempts per address in `windowMs`; then the
 * address waits until the oldest failure leaves the window.
 */
export class Throttle {
  private readonly failures = new Map<string, number[]>();
  constructor(
    readonly max = 10,
    readonly windowMs = 15 * 60_000,
  ) {}
  /** Seconds to wait before trying again, or 0. */
  wait(key: string, now: number): number {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs);
    this.failures.set(key, list);
    return list.length >= this.max ? Math.ceil((list[0]! + this.windowMs - now) / 1000) : 0;
  }
  fail(key: string, now: number): void {
    const list = this.failures.get(key) ?? [];
    list.push(now);
    this.failures.set(key, list);
  }
}
