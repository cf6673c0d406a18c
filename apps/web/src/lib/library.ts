/**
 * The plan library (方案库): every plan the clerk opens is kept in this browser with its unit registry,
 * under a content hash of the plan, so that the URL can name the plan (`?plan=<hash>`): a reload, a
 * bookmark or a shared link opens the same plan, or says plainly that this browser does not have
 * it. The ledger of a plan stays in the ledger store (lib/ledger-store.ts, keyed by planId).
 */
import type { Plan, Registry } from '@fengong/core';
import { ANALYSES_STORE, PLANS_STORE, request, viewerDatabase } from './ledger-store';

/** The id of the built-in plan in a URL (also what a URL without `plan` means). */
export const BUILT_IN_PLAN = 'builtin';

/** A plan kept in the library, with what the start screen lists. */
export interface LibraryPlan {
  /** The plan's content hash ({@link planHash}). */
  id: string;
  title: string;
  documentNumber?: string;
  issued: string;
  tasks: number;
  /** The file it was opened from. */
  name: string;
  plan: Plan;
  registry?: Registry;
  registryName?: string;
  registryBuiltIn?: boolean;
  /** ISO instants: when first kept, and when last opened. */
  addedAt: string;
  openedAt: string;
}

/** The library's store: list, get, put, remove. */
export interface LibraryStore {
  list(): Promise<LibraryPlan[]>;
  get(id: string): Promise<LibraryPlan | undefined>;
  put(record: LibraryPlan): Promise<void>;
  remove(id: string): Promise<void>;
}

/**
 * A content hash of a plan as read (two 32-bit FNV-1a runs over its JSON, 16 hex digits): the same
 * file gives the same hash in any browser, without the secure context `crypto.subtle` needs.
 *
 * @example
 * planHash(plan); //=> '3f9a0c1d52e4b7a8'
 */
export function planHash(plan: Plan): string {
  return contentHash(plan);
}

/**
 * The content hash {@link planHash} uses, of any value JSON can hold (a registry, for the analysis cache).
 *
 * @example
 * contentHash({ units: [] }); //=> '…' (16 hex digits)
 */
export function contentHash(value: unknown): string {
  const text = JSON.stringify(value);
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  const hex = (n: number) => (n >>> 0).toString(16).padStart(8, '0');
  return `${hex(a)}${hex(b)}`;
}

/** Most recently opened first. */
const byOpened = (a: LibraryPlan, b: LibraryPlan) => (a.openedAt < b.openedAt ? 1 : -1);

/** The library in memory (the fallback, and for tests). */
export function memoryLibraryStore(): LibraryStore {
  const records = new Map<string, LibraryPlan>();
  return {
    async list() {
      return [...records.values()].sort(byOpened);
    },
    async get(id) {
      return records.get(id);
    },
    async put(record) {
      records.set(record.id, record);
    },
    async remove(id) {
      records.delete(id);
    },
  };
}

function indexedDbLibraryStore(db: IDBDatabase): LibraryStore {
  const store = (mode: IDBTransactionMode = 'readonly') =>
    db.transaction(PLANS_STORE, mode).objectStore(PLANS_STORE);
  return {
    async list() {
      const all = (await request(store().getAll())) as LibraryPlan[];
      return all.filter((r) => r && typeof r.id === 'string').sort(byOpened);
    },
    async get(id) {
      const record = (await request(store().get(id))) as LibraryPlan | undefined;
      return record && typeof record.id === 'string' ? record : undefined;
    },
    async put(record) {
      await request(store('readwrite').put(record, record.id));
    },
    async remove(id) {
      // The plan and its saved analysis (lib/analysis-cache.ts) go together.
      const tx = db.transaction([PLANS_STORE, ANALYSES_STORE], 'readwrite');
      tx.objectStore(ANALYSES_STORE).delete(id);
      await request(tx.objectStore(PLANS_STORE).delete(id));
    },
  };
}

let opened: Promise<LibraryStore> | undefined;

/** The browser's plan library: IndexedDB when it opens, else memory. */
export function libraryStore(): Promise<LibraryStore> {
  opened ??= viewerDatabase().then((db) => (db ? indexedDbLibraryStore(db) : memoryLibraryStore()));
  return opened;
}

/** A library record for a plan opened now (its registry with it). */
export function libraryRecord(
  plan: Plan,
  name: string,
  registry: { registry: Registry; name: string; builtIn: boolean } | null,
  now: string,
  previous?: LibraryPlan,
): LibraryPlan {
  return {
    id: planHash(plan),
    title: plan.meta.title,
    ...(plan.meta.documentNumber ? { documentNumber: plan.meta.documentNumber } : {}),
    issued: plan.meta.issued,
    tasks: plan.tasks.length,
    name,
    plan,
    ...(registry
      ? { registry: registry.registry, registryName: registry.name, registryBuiltIn: registry.builtIn }
      : {}),
    addedAt: previous?.addedAt ?? now,
    openedAt: now,
  };
}
