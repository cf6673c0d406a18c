/** Reading files with clear errors (文件读取): what every loader of `@fengong/core/node` shares. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { FengongInputError } from '../diagnostics';
import { type Locale, type MessageCode, type ParamsOf, say } from '../messages';
import { decodeText } from '../text';

/** Why a file could not be read, from the catalogue. */
export type FileErrorReason = {
  [C in FileReasonCode]: { id: C; params: ParamsOf<C> };
}[FileReasonCode];
type FileReasonCode = Extract<
  MessageCode,
  | 'file-missing'
  | 'file-is-directory'
  | 'file-denied'
  | 'file-unreadable'
  | 'registry-missing'
  | `ledger-un${string}`
>;

/** A file that could not be read at all (missing, a directory, no permission). */
export class FengongFileError extends Error {
  override readonly name = 'FengongFileError';
  constructor(
    readonly file: string,
    readonly reason: FileErrorReason | string,
  ) {
    super(describeFileError(file, reason, 'zh-CN'));
  }

  /**
   * The error in `locale`: the file, then why it could not be read.
   *
   * @example
   * new FengongFileError('plan.yaml', { id: 'file-missing', params: {} }).describe('en'); //=> 'plan.yaml: no such file'
   */
  describe(locale: Locale = 'zh-CN'): string {
    return describeFileError(this.file, this.reason, locale);
  }
}

function describeFileError(file: string, reason: FileErrorReason | string, locale: Locale): string {
  return `${file}${locale === 'en' ? ': ' : '：'}${typeof reason === 'string' ? reason : say(reason.id, reason.params as never, locale)}`;
}

/**
 * Read a file's bytes, throwing {@link FengongFileError} with a clear reason for a missing file, a
 * directory or a file that may not be read.
 *
 * @example
 * const bytes = await readFileBytes('plan.docx');
 */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw fileError(file, error);
  }
}

/**
 * {@link readFileBytes} in one blocking read: for files of several megabytes it is much faster than
 * the chunked asynchronous read, which is what a command-line start-up needs.
 *
 * @example
 * const bytes = readFileBytesSync('out/generated/plan.yaml');
 */
export function readFileBytesSync(file: string): Uint8Array {
  try {
    const buffer = readFileSync(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw fileError(file, error);
  }
}

function fileError(file: string, error: unknown): FengongFileError {
  const code = (error as NodeJS.ErrnoException).code;
  return new FengongFileError(file, fileErrorReason(code, error));
}

/**
 * Why a file could not be read, from the error Node gave (`ENOENT`, `EISDIR`, `EACCES`, …).
 *
 * @example
 * fileErrorReason('ENOENT', new Error('ENOENT')); //=> { id: 'file-missing', params: {} }
 */
export function fileErrorReason(code: string | undefined, error: unknown): FileErrorReason {
  return code === 'ENOENT'
    ? { id: 'file-missing', params: {} }
    : code === 'EISDIR'
      ? { id: 'file-is-directory', params: {} }
      : code === 'EACCES'
        ? { id: 'file-denied', params: {} }
        : { id: 'file-unreadable', params: { detail: code ?? String((error as Error)?.message ?? error) } };
}

/**
 * Read a text file as UTF-8 (or UTF-16 with BOM), throwing a clear error for a missing file or a
 * wrong encoding.
 *
 * @example
 * const text = await readTextFile('seeds/zhanjiang-2021/plan.yaml');
 */
export async function readTextFile(file: string): Promise<string> {
  return fileText(await readFileBytes(file), file);
}

/** A file's bytes as text (UTF-8, or UTF-16 with BOM); a wrong encoding is a clear error naming the file. */
export function fileText(bytes: Uint8Array, file: string): string {
  const decoded = decodeText(bytes, { fileName: file });
  if (!decoded.success)
    throw new FengongInputError([decoded.diagnostic], { id: 'summary/unreadable', params: { file } });
  return decoded.text;
}
