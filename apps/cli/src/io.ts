/**
 * Writing for commands. Reading goes through `@fengong/core/node`, imported inside actions, so that
 * `--help` and completion never load core.
 */

/** Write text to stdout, ending with one newline. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Print exactly what core returned, as JSON. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
