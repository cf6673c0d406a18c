/**
 * The one error funnel, as in the fengong CLI: every failure becomes one clear message on stderr
 * and an exit code. 0 success · 2 bad input or usage · 70 a bug in fengong-report. No stack trace
 * without `--debug`.
 */
import { FengongInputError, formatDiagnostic, UnknownUnitError } from '@fengong/core';
import { FengongFileError } from '@fengong/core/node';
import { CommanderError } from 'commander';

/** A usage mistake the user can fix (bad option value, …); `where` names the option or file. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly where?: string,
  ) {
    super(message);
  }
}

export const EXIT = { ok: 0, input: 2, internal: 70 } as const;

/** Print `error` for a person and return the exit code it maps to. */
export function reportError(error: unknown, options: { debug: boolean }): number {
  const write = (s: string) => process.stderr.write(`${s}\n`);
  if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.input;
  if (error instanceof FengongInputError) {
    const [summary] = error.message.split('\n');
    if (summary && !summary.startsWith(error.diagnostics[0]?.file ?? '\u0000')) write(summary);
    for (const d of error.diagnostics) write(formatDiagnostic(d));
  } else if (error instanceof UnknownUnitError) {
    const closest = error.suggestions.length ? `；是否指：${error.suggestions.join('、')}` : '';
    write(`错误: --unit ${error.unit}: 方案和单位名录中没有这个单位${closest}`);
  } else if (error instanceof UsageError) {
    write(`错误: ${error.where ? `${error.where}: ` : ''}${error.message}`);
  } else if (
    error instanceof FengongFileError ||
    (error instanceof Error && error.name === 'ReportUsageError')
  ) {
    // ReportUsageError is matched by name so that `--help` does not load the renderers.
    write(`错误: ${error.message}`);
  } else {
    write(`fengong-report 内部错误（请报告）: ${error instanceof Error ? error.message : String(error)}`);
    if (options.debug && error instanceof Error && error.stack) write(error.stack);
    return EXIT.internal;
  }
  if (options.debug && error instanceof Error && error.stack) write(error.stack);
  return EXIT.input;
}
