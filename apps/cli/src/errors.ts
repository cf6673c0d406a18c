/**
 * The one error funnel: every failure becomes one clear message on stderr and an exit code.
 * 0 success · 1 a `--fail-on` condition was met · 2 bad input or usage · 70 a bug in fengong.
 */
import { FengongInputError, formatDiagnostic } from '@fengong/core';
import { FengongFileError } from '@fengong/core/node';
import { CommanderError } from 'commander';
import { t } from './i18n';

/** A usage mistake the user can fix (bad option value, unknown unit, …). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A `--fail-on` condition was met: the output is printed, then the exit code is 1. */
export class FailOnError extends Error {
  override readonly name = 'FailOnError';
}

export const EXIT = { ok: 0, failOn: 1, input: 2, internal: 70 } as const;

/** Print `error` for a person and return the exit code it maps to. */
export function reportError(error: unknown, options: { debug: boolean }): number {
  const write = (s: string) => process.stderr.write(`${s}\n`);
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  if (error instanceof FailOnError) {
    write(error.message);
    return EXIT.failOn;
  }
  if (error instanceof FengongInputError) {
    const [summary] = error.message.split('\n');
    if (summary && !summary.startsWith(error.diagnostics[0]?.file ?? '\u0000')) write(summary);
    for (const d of error.diagnostics) write(formatDiagnostic(d));
  } else if (error instanceof FengongFileError || error instanceof UsageError) {
    write(`${t('error')}: ${error.message}`);
  } else {
    write(`${t('internalError')}: ${error instanceof Error ? error.message : String(error)}`);
    if (options.debug && error instanceof Error && error.stack) write(error.stack);
    return EXIT.internal;
  }
  if (options.debug && error instanceof Error && error.stack) write(error.stack);
  return EXIT.input;
}
