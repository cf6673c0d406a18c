/**
 * The browser's progress ledger (进度台账): entries kept in IndexedDB, one list per plan (keyed by
 * planId), append-only. Where IndexedDB is unavailable (private modes, file:// in some browsers),
 * the entries live in memory for the session.
 */
import { LedgerEntry } from '@fengong/core';
import { isServed, serverLedgerStore } from './server';

const DB_NAME = 'fengong-ledger';
const STORE = 'entries';

/** A tiny per-plan ledger store: append, read all, clear. */
export interface BrowserLedgerStore {
  append(plan: string, entries: readonly LedgerEntry[]): Promise<void>;
  read(plan: string): Promise<LedgerEntry[]>;
  clear(plan: string): Promise<void>;
  /** Call `onChange` when others change the plan's ledger (the server's live events); returns the unsubscribe. */
  subscribe?(plan: string, onChange: () => void): () => void;
}

/** The store held in memory (the fallback, and for tests). */
export function memoryLedgerStore(): BrowserLedgerStore {
  const byPlan = new Map<string, LedgerEntry[]>();
  return {
    async append(plan, entries) {
      byPlan.set(plan, [...(byPlan.get(plan) ?? []), ...entries]);
    },
    async read(plan) {
      return [...(byPlan.get(plan) ?? [])];
    },
    async clear(plan) {
      byPlan.delete(plan);
    },
  };
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 1);
  req.onupgradeneeded = () => {
    req.result.createObjectStore(STORE);
  };
  return request(req);
}

/** The store in IndexedDB: one record per plan holding its entries in order. */
function indexedDbLedgerStore(db: IDBDatabase): BrowserLedgerStore {
  const read = async (plan: string) => {
    const value: unknown = await request(db.transaction(STORE).objectStore(STORE).get(plan));
    if (!Array.isArray(value)) return [];
    return value.flatMap((raw) => {
      const parsed = LedgerEntry.safeParse(raw);
      return parsed.success ? [parsed.data] : [];
    });
  };
  return {
    read,
    async append(plan, entries) {
      const store = db.transaction(STORE, 'readwrite').objectStore(STORE);
      const current: unknown = await request(store.get(plan));
      const list = Array.isArray(current) ? current : [];
      await request(store.put([...list, ...entries], plan));
    },
    async clear(plan) {
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).delete(plan));
    },
  };
}

/** A unique id for a new ledger entry (randomUUID needs a secure context; http on a LAN is not). */
export function newId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

let opened: Promise<BrowserLedgerStore> | undefined;

/** The browser's ledger store: the server's when served by `fengong serve`, else IndexedDB when it opens, else memory. */
export function ledgerStore(): Promise<BrowserLedgerStore> {
  opened ??= (async () => {
    if (isServed()) return serverLedgerStore();
    try {
      if (typeof indexedDB === 'undefined') return memoryLedgerStore();
      return indexedDbLedgerStore(await openDb(indexedDB));
    } catch {
      return memoryLedgerStore();
    }
  })();
  return opened;
}
