/** Reading plans for commands: the CLI's io layer over `@fengong/core/node`. */
export { loadPlanFile, loadRegistryFile, readTextFile } from '@fengong/core/node';

/** Write text to stdout, ending with one newline. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') ? text : `${text}\n`);
}

/** Print exactly what core returned, as JSON. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
