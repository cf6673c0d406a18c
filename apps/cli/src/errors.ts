/**
 * The one error funnel, of `fengong` and of `fengong-report`: every failure becomes one clear message
 * on stderr and an exit code.
 * 0 success · 1 a `--fail-on` condition was met · 2 bad input or usage · 70 a bug in fengong.
 *
 * Errors are recognised by name, not `instanceof`, so this module does not load core at start-up.
 */
import type { Diagnostic } from '@fengong/core';
import { CommanderError } from 'commander';
import { sayApp } from '@fengong/core/labels';
import { locale, t } from './i18n';

/** A usage mistake the user can fix (bad option value, unknown task, …). */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A `--fail-on` condition was met: the output is printed, then the exit code is 1. */
export class FailOnError extends Error {
  override readonly name = 'FailOnError';
}

export const EXIT = { ok: 0, failOn: 1, input: 2, internal: 70 } as const;

/**
 * Errors of core, of the reports package (a report that cannot be made, e.g. a calendar of the whole
 * plan) and of this CLI that are the user's input, not a bug.
 */
const INPUT_ERRORS = new Set([
  'FengongInputError',
  'FengongFileError',
  'UsageError',
  'UnknownUnitError',
  'ReportUsageError',
  'FengongUsageError',
]);

/** Print `error` for a person and return the exit code it maps to. */
export function reportError(error: unknown, options: { debug: boolean }): number {
  const write = (s: string) => process.stderr.write(`${s}\n`);
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  const stack = () => {
    if (options.debug && error instanceof Error && error.stack) write(error.stack);
  };
  if (error instanceof FailOnError) {
    write(error.message);
    return EXIT.failOn;
  }
  if (error instanceof Error && INPUT_ERRORS.has(error.name)) {
    // Core's errors say themselves in the user's language: FengongInputError as its summary and one
    // file:line:column line per diagnostic, FengongFileError as the file and why.
    const { diagnostics, describe } = error as Error & {
      diagnostics?: Diagnostic[];
      describe?: (locale: 'zh-CN' | 'en') => string;
    };
    const said = typeof describe === 'function' ? describe.call(error, locale()) : error.message;
    if (diagnostics?.length) {
      write(said);
    } else if (error.name === 'UnknownUnitError') {
      const { unit, suggestions } = error as Error & { unit: string; suggestions: string[] };
      const names = suggestions.join(sayApp('list-separator', {}, locale()));
      write(
        `${t('error')}: ${t('unknown-unit', { unit })}${suggestions.length ? t('did-you-mean', { names }) : ''}`,
      );
    } else {
      write(`${t('error')}: ${said}`);
    }
    stack();
    return EXIT.input;
  }
  write(`${t('internal-error')}: ${error instanceof Error ? error.message : String(error)}`);
  stack();
  return EXIT.internal;
}
