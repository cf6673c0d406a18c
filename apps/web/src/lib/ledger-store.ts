/**
 * What the viewer keeps in this browser, in one IndexedDB database: the progress ledger (进度台账),
 * entries kept one list per plan (keyed by planId), append-only; and the plan library (方案库), one
 * record per plan opened, keyed by its content hash (lib/library.ts). Where IndexedDB is unavailable
 * (private modes, file:// in some browsers), both live in memory for the session.
 */
import type { LedgerEntry } from '@fengong/core';
import { isServed, serverLedgerStore } from './server';

const DB_NAME = 'fengong-ledger';
const STORE = 'entries';
/** The plan library's records (version 2 of the database). */
export const PLANS_STORE = 'plans';
/** core's analysis of each kept plan, beside it (version 3 of the database; lib/analysis-cache.ts). */
export const ANALYSES_STORE = 'analyses';

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

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function openDb(factory: IDBFactory): Promise<IDBDatabase> {
  const req = factory.open(DB_NAME, 3);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(STORE)) db.createObjectStore(STORE);
    if (!db.objectStoreNames.contains(PLANS_STORE)) db.createObjectStore(PLANS_STORE);
    if (!db.objectStoreNames.contains(ANALYSES_STORE)) db.createObjectStore(ANALYSES_STORE);
  };
  return request(req);
}

let database: Promise<IDBDatabase | undefined> | undefined;

/** The viewer's database, or `undefined` where IndexedDB does not open (then memory is used). */
export function viewerDatabase(): Promise<IDBDatabase | undefined> {
  database ??= (async () => {
    try {
      if (typeof indexedDB === 'undefined') return undefined;
      return await openDb(indexedDB);
    } catch {
      return undefined;
    }
  })();
  return database;
}

/** The store in IndexedDB: one record per plan holding its entries in order. */
function indexedDbLedgerStore(db: IDBDatabase): BrowserLedgerStore {
  const read = async (plan: string) => {
    const value: unknown = await request(db.transaction(STORE).objectStore(STORE).get(plan));
    // core's schema loads only when there are entries to check (a plan never recorded needs none).
    if (!Array.isArray(value) || value.length === 0) return [];
    const { validEntries } = await import('./schemas');
    return validEntries(value);
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
  opened ??= isServed()
    ? Promise.resolve(serverLedgerStore())
    : viewerDatabase().then((db) => (db ? indexedDbLedgerStore(db) : memoryLedgerStore()));
  return opened;
}
