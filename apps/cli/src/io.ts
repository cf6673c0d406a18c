/**
 * Writing for commands. Reading goes through `@fengong/core/node`, imported inside actions, so that
 * `--help` and completion never load core.
 */
import { UsageError } from './errors';

/** Write text to stdout, ending with one newline. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Print exactly what core returned, as JSON. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Write an output file (`-o`), never over an existing one unless `force`: an existing file is a usage
 * error saying `exists`; any other failure a file error naming the file (with `why` it was not written).
 */
export async function writeOutputFile(
  file: string,
  text: string,
  options: { force?: boolean; exists: string; notWritten?: (why: string) => string },
): Promise<void> {
  const { writeFile } = await import('node:fs/promises');
  try {
    await writeFile(file, text, { flag: options.force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(options.exists);
    const { FengongFileError } = await import('@fengong/core/node');
    const why = code ?? String(error);
    throw new FengongFileError(file, options.notWritten ? options.notWritten(why) : why);
  }
}
