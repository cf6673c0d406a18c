/**
 * The progress ledger on disk (台账文件): an append-only JSON Lines file next to the plan,
 * `<plan>.progress.jsonl`. No server, no database, no lock.
 *
 * Durability and concurrency:
 * - Each append is one `write()` of whole lines to a file opened with `O_APPEND`, then `fsync`; only
 *   then does it resolve (is the entry acknowledged). The kernel places each such write at the end of
 *   the file under the file's lock, so several processes appending at once lose nothing and never
 *   interleave inside a line (local file systems; not NFS).
 * - A process killed in the middle of a write (the kernel may stop a write that spans pages when the
 *   process is killed), or a power cut, can leave the beginning of a line. That entry was never
 *   acknowledged. Reading ignores it with a warning — as an unfinished last line, or, once the next
 *   append has written its line right after it, as the unfinished beginning of that line (see
 *   `parseLedger`). Nothing is ever rewritten or cut, so no lock is needed.
 * - A damaged line that is not such a beginning is an error naming the line: nothing is repaired silently.
 */
import { constants, existsSync } from 'node:fs';
import { type FileHandle, open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FengongInputError } from '../diagnostics';
import type { LedgerReadResult } from '../progress/jsonl';
import type { LedgerEntry } from '../progress/schema';
import type { LedgerAppendResult, LedgerStore } from '../progress/store';
import { decodeText } from '../text';
import { FengongFileError } from './files';

/**
 * The default ledger file of a plan (默认台账文件): beside it, named after it —
 * `plan.yaml` → `plan.progress.jsonl`.
 *
 * @example
 * ledgerFileFor('seeds/zhanjiang-2021/plan.yaml'); //=> 'seeds/zhanjiang-2021/plan.progress.jsonl'
 */
export function ledgerFileFor(planFile: string): string {
  const ext = path.extname(planFile);
  const base = ext ? planFile.slice(0, -ext.length) : planFile;
  return `${base}.progress.jsonl`;
}

function errnoCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/**
 * The ledger as an append-only JSON Lines file (JSON Lines 台账文件); see the module notes for how
 * appends are made durable and safe for concurrent writers.
 *
 * @example
 * const store = new JsonlLedgerStore(ledgerFileFor('seeds/zhanjiang-2021/plan.yaml'));
 * await store.append([entry]); // resolves once the line is on disk
 * const { entries, diagnostics } = await store.readAll();
 */
export class JsonlLedgerStore implements LedgerStore {
  readonly file: string;

  constructor(file: string) {
    this.file = file;
  }

  /**
   * Every entry in file order, with warnings (what an interrupted write left). A missing file is an
   * empty ledger. Throws {@link FengongInputError} naming any damaged line, or a file that is not UTF-8.
   */
  async readAll(): Promise<LedgerReadResult> {
    // Most plans have no ledger yet: a blocking check answers without a round trip to the thread pool.
    if (!existsSync(this.file)) return { entries: [], lines: [], diagnostics: [] };
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.file);
    } catch (error) {
      if (errnoCode(error) === 'ENOENT') return { entries: [], lines: [], diagnostics: [] };
      throw new FengongFileError(this.file, {
        id: 'ledger-unreadable',
        params: { detail: errnoCode(error) ?? String(error) },
      });
    }
    const decoded = decodeText(bytes, { fileName: this.file });
    if (!decoded.success)
      throw new FengongInputError([decoded.diagnostic], {
        id: 'summary/unreadable',
        params: { file: this.file },
      });
    // The reader (and zod) load with the first ledger that exists: most commands find none.
    const { parseLedger } = await import('../progress/jsonl');
    return parseLedger(decoded.text, { fileName: this.file });
  }

  /**
   * Append entries as one write of whole lines, then fsync; resolves once they are durable. Entries are
   * validated first; all of them or none become part of the ledger (what a crash mid-write leaves is
   * never read as entries).
   */
  async append(entries: readonly LedgerEntry[]): Promise<LedgerAppendResult> {
    if (entries.length === 0) return { appended: 0, diagnostics: [] };
    const [{ serializeLedger }, { LedgerEntry }] = await Promise.all([
      import('../progress/jsonl'),
      import('../progress/schema'),
    ]);
    for (const entry of entries) LedgerEntry.parse(entry);
    const payload = Buffer.from(serializeLedger(entries), 'utf8');
    let handle: FileHandle | undefined;
    let created = false;
    try {
      try {
        handle = await open(
          this.file,
          constants.O_WRONLY | constants.O_APPEND | constants.O_CREAT | constants.O_EXCL,
          0o644,
        );
        created = true;
      } catch (error) {
        if (errnoCode(error) !== 'EEXIST') throw error;
        handle = await open(this.file, constants.O_WRONLY | constants.O_APPEND);
      }
      const { bytesWritten } = await handle.write(payload, 0, payload.length);
      if (bytesWritten !== payload.length) {
        // A short write: the disk is full (said as the errno a full disk gives).
        throw Object.assign(new Error(`only ${bytesWritten} of ${payload.length} bytes were written`), {
          code: 'ENOSPC',
        });
      }
      await handle.sync();
    } catch (error) {
      throw new FengongFileError(this.file, {
        id: 'ledger-unwritable',
        params: { detail: errnoCode(error) ?? (error instanceof Error ? error.message : String(error)) },
      });
    } finally {
      await handle?.close();
    }
    if (created) await syncDirectory(path.dirname(this.file));
    return { appended: entries.length, diagnostics: [] };
  }
}

/** fsync a directory so a newly created file's name is durable too (best effort: not every platform allows it). */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, 'r');
    await handle.sync();
  } catch {
    // Windows and some file systems cannot fsync a directory.
  } finally {
    await handle?.close();
  }
}

/**
 * Open the ledger of a plan (打开台账): `ledgerFile` when given, else `<plan>.progress.jsonl` beside it.
 *
 * @example
 * const store = openLedger('seeds/zhanjiang-2021/plan.yaml');
 * store.file; //=> 'seeds/zhanjiang-2021/plan.progress.jsonl'
 */
export function openLedger(planFile: string, ledgerFile?: string): JsonlLedgerStore {
  return new JsonlLedgerStore(ledgerFile ?? ledgerFileFor(planFile));
}
