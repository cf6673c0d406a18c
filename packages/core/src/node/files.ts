/** Reading files with clear errors (文件读取): what every loader of `@fengong/core/node` shares. */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { FengongInputError } from '../diagnostics';
import { decodeText } from '../text';

/** A file that could not be read at all (missing, a directory, no permission). */
export class FengongFileError extends Error {
  override readonly name = 'FengongFileError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
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
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message);
  return new FengongFileError(file, why);
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
  if (!decoded.success) throw new FengongInputError([decoded.diagnostic], `${file} could not be read`);
  return decoded.text;
}
