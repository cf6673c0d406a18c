/**
 * Reading entries of a ZIP archive (.docx and .xlsx are ZIP archives of XML parts) without trusting
 * it: the central directory is read by hand, only the parts asked for are inflated, and inflating
 * stops as soon as an entry grows past the size its header declares, the archive past
 * {@link FileImportLimits.maxInflatedBytes}, or an entry's ratio past {@link FileImportLimits.maxRatio}.
 * Inflating is fflate's streaming DEFLATE, fed small chunks, so a bomb never gets to allocate more
 * than about a thousand times a chunk before it is caught.
 */
import { Inflate } from 'fflate';
import type { ZipFacts } from '../../messages/files';
import { type FileImportLimits, fileError, formatBytes } from './limits';

/**
 * One entry of the central directory.
 *
 * @example
 * zip.entry('word/document.xml')?.size; //=> 48213
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** The inflated size the directory declares. */
  size: number;
  /** Offset of the local file header. */
  offset: number;
  encrypted: boolean;
}

/** Compressed bytes given to the inflater at a time: at most ~1032× this is produced per step. */
const CHUNK = 16 * 1024;

const u16 = (b: Uint8Array, at: number) => b[at]! | (b[at + 1]! << 8);
const u32 = (b: Uint8Array, at: number) =>
  (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;

/**
 * Does the file start like a ZIP archive (`PK\3\4`, or `PK\5\6` for an empty one)?
 *
 * @example
 * isZip(new Uint8Array([0x50, 0x4b, 3, 4])); //=> true
 */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/**
 * A ZIP archive opened for reading under limits.
 *
 * @example
 * const zip = new ZipArchive(bytes, resolveLimits(), 'plan.docx');
 * const xml = zip.text('word/document.xml');
 */
export class ZipArchive {
  private readonly entries = new Map<string, ZipEntry>();
  private inflated = 0;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly limits: FileImportLimits,
    private readonly fileName?: string,
  ) {
    this.readDirectory();
  }

  private fail(facts: ZipFacts, code: 'bad-zip' | 'zip-bomb' = 'bad-zip'): never {
    throw fileError(code, facts, this.fileName);
  }

  private readDirectory(): void {
    const b = this.bytes;
    // End of central directory: 22 bytes plus a comment of up to 65,535 bytes, at the end.
    let eocd = -1;
    for (let i = b.length - 22; i >= 0 && i >= b.length - 22 - 0xffff; i--) {
      if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 5 && b[i + 3] === 6) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) this.fail({ problem: 'no-directory' });
    const count = u16(b, eocd + 10);
    const size = u32(b, eocd + 12);
    const offset = u32(b, eocd + 16);
    if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) this.fail({ problem: 'zip64' });
    if (count > this.limits.maxEntries)
      this.fail({ problem: 'too-many-entries', count, max: this.limits.maxEntries }, 'zip-bomb');
    if (offset + size > eocd) this.fail({ problem: 'directory-outside' });
    const names = new TextDecoder('utf-8');
    let at = offset;
    for (let n = 0; n < count; n++) {
      if (at + 46 > eocd || u32(b, at) !== 0x02014b50) this.fail({ problem: 'entry-damaged' });
      const flags = u16(b, at + 8);
      const nameLength = u16(b, at + 28);
      const extraLength = u16(b, at + 30);
      const commentLength = u16(b, at + 32);
      if (at + 46 + nameLength > eocd) this.fail({ problem: 'entry-damaged' });
      const name = names.decode(b.subarray(at + 46, at + 46 + nameLength));
      const entry: ZipEntry = {
        name,
        method: u16(b, at + 10),
        compressedSize: u32(b, at + 20),
        size: u32(b, at + 24),
        offset: u32(b, at + 42),
        encrypted: (flags & 1) === 1,
      };
      // Part names are matched without case (Office does the same) and without a leading slash.
      this.entries.set(normaliseName(name), entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
  }

  /**
   * Names of every entry, as written.
   *
   * @example
   * zip.names().includes('word/document.xml'); //=> true
   */
  names(): string[] {
    return [...this.entries.values()].map((e) => e.name);
  }

  /**
   * The entry named `name` (without regard to case or a leading `/`).
   *
   * @example
   * zip.entry('/xl/workbook.xml')?.name; //=> 'xl/workbook.xml'
   */
  entry(name: string): ZipEntry | undefined {
    return this.entries.get(normaliseName(name));
  }

  /**
   * Bytes inflated so far, over every entry read.
   *
   * @example
   * zip.text('word/document.xml'); zip.inflatedBytes; //=> 48213
   */
  get inflatedBytes(): number {
    return this.inflated;
  }

  /**
   * The bytes of an entry, inflated under the limits; `undefined` when there is no such entry.
   *
   * @example
   * zip.read('xl/sharedStrings.xml')?.length;
   */
  read(name: string): Uint8Array | undefined {
    const entry = this.entry(name);
    if (!entry) return undefined;
    const b = this.bytes;
    if (entry.encrypted) this.fail({ problem: 'encrypted', entry: entry.name });
    const local = entry.offset;
    if (local + 30 > b.length || u32(b, local) !== 0x04034b50)
      this.fail({ problem: 'local-header', entry: entry.name });
    const start = local + 30 + u16(b, local + 26) + u16(b, local + 28);
    const end = start + entry.compressedSize;
    if (end > b.length) this.fail({ problem: 'past-end', entry: entry.name });
    const limits = this.limits;
    if (entry.size > limits.ratioFloor && entry.size > entry.compressedSize * limits.maxRatio)
      this.fail(
        {
          problem: 'ratio',
          entry: entry.name,
          size: formatBytes(entry.size),
          compressed: formatBytes(entry.compressedSize),
          max: limits.maxRatio,
        },
        'zip-bomb',
      );
    if (this.inflated + entry.size > limits.maxInflatedBytes)
      this.fail(
        {
          problem: 'too-much',
          entry: entry.name,
          max: formatBytes(limits.maxInflatedBytes),
          size: formatBytes(entry.size),
        },
        'zip-bomb',
      );
    const data = b.subarray(start, end);
    if (entry.method === 0) {
      if (entry.size !== entry.compressedSize) this.fail({ problem: 'stored-size', entry: entry.name });
      this.inflated += data.length;
      return data;
    }
    if (entry.method !== 8) this.fail({ problem: 'method', entry: entry.name, method: entry.method });
    const out = new Uint8Array(entry.size);
    let written = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      if (overflow) return;
      if (written + chunk.length > entry.size) {
        overflow = true;
        return;
      }
      out.set(chunk, written);
      written += chunk.length;
    });
    try {
      for (let at = 0; at < data.length && !overflow; at += CHUNK) {
        const last = at + CHUNK >= data.length;
        inflater.push(data.subarray(at, Math.min(data.length, at + CHUNK)), last);
      }
      if (data.length === 0) inflater.push(new Uint8Array(0), true);
    } catch (error) {
      this.fail({ problem: 'inflate', entry: entry.name, error: (error as Error).message });
    }
    if (overflow)
      this.fail({ problem: 'inflates-more', entry: entry.name, size: formatBytes(entry.size) }, 'zip-bomb');
    if (written !== entry.size)
      this.fail({ problem: 'inflates-other', entry: entry.name, written, declared: entry.size });
    this.inflated += written;
    return out;
  }

  /**
   * An entry as text (UTF-8, or UTF-16 with a byte-order mark); `undefined` when there is no such entry.
   *
   * @example
   * zip.text('word/document.xml')?.startsWith('<?xml'); //=> true
   */
  text(name: string): string | undefined {
    const bytes = this.read(name);
    if (!bytes) return undefined;
    const encoding =
      bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : 'utf-8';
    return new TextDecoder(encoding).decode(bytes);
  }
}

function normaliseName(name: string): string {
  return name.replace(/^\/+/, '').replaceAll('\\', '/').toLowerCase();
}
