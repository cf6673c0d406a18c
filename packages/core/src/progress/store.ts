/**
 * Where a ledger is kept (台账存储), behind a small interface: the CLI's append-only JSON Lines file
 * (`@fengong/core/node`), the viewer's IndexedDB, or later a server database — core's rules never
 * depend on which.
 */
import type { Diagnostic } from '../diagnostics';
import { type LedgerReadResult, parseLedger, serializeLedger } from './jsonl';
import type { LedgerEntry } from './schema';

/**
 * What an append did (追加结果): how many entries were stored, and findings on the way (e.g. an
 * unfinished last line from an earlier crash that was set aside first).
 *
 * @example
 * const r: LedgerAppendResult = { appended: 1, diagnostics: [] };
 */
export interface LedgerAppendResult {
  appended: number;
  diagnostics: Diagnostic[];
}

/**
 * A progress ledger store (台账存储接口). Entries are only ever appended; corrections are new entries.
 * `append` stores all the given entries or none and resolves only once they are durable; concurrent
 * appends lose nothing. `readAll` returns every entry in the order stored, with warnings.
 *
 * @example
 * async function record(store: LedgerStore, entry: LedgerEntry) {
 *   await store.append([entry]);
 *   return (await store.readAll()).entries.length;
 * }
 */
export interface LedgerStore {
  append(entries: readonly LedgerEntry[]): Promise<LedgerAppendResult>;
  readAll(): Promise<LedgerReadResult>;
}

/**
 * A ledger kept in memory as JSON Lines text (内存台账): for tests, and for a browser that persists
 * `text` itself (e.g. in IndexedDB or localStorage).
 *
 * @example
 * const store = new MemoryLedgerStore();
 * await store.append([entry]);
 * store.text; //=> '{"id":…}\n'
 */
export class MemoryLedgerStore implements LedgerStore {
  /** The ledger as JSON Lines. */
  text: string;
  constructor(text = '') {
    this.text = text;
  }
  async append(entries: readonly LedgerEntry[]): Promise<LedgerAppendResult> {
    this.text += serializeLedger(entries);
    return { appended: entries.length, diagnostics: [] };
  }
  async readAll(): Promise<LedgerReadResult> {
    return parseLedger(this.text, { fileName: 'memory' });
  }
}
