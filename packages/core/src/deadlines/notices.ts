/** Notices: the diagnostics the deadline readers give instead of silent guesses (internal). */
import { type Diagnostic, positionAt, type Severity } from '../diagnostics';

/**
 * The stable codes of deadline notices (时限提示), as found in `Diagnostic.code`.
 *
 * @example
 * const code: DeadlineNoticeCode = 'deadline-year-rolled'; // “3月前” in a July plan read as next March
 */
export type DeadlineNoticeCode =
  | 'deadline-empty'
  | 'deadline-unrecognised'
  | 'deadline-invalid-date'
  | 'deadline-day-without-month'
  | 'deadline-year-rolled'
  | 'deadline-before-issue'
  | 'deadline-strict-before-issue'
  | 'deadline-detail-ignored'
  | 'invalid-issue-date'
  | 'invalid-as-of'
  | 'working-days-provisional'
  | 'recurrence-unsupported';

/** Where in the caller’s text a notice points: `start`..`end` are offsets into `source`. */
export interface NoticeSpan {
  source: string;
  start: number;
  end: number;
}

/** Build a notice; with a span, it carries positions and the text found there. */
export function notice(
  severity: Severity,
  code: DeadlineNoticeCode,
  message: string,
  span?: NoticeSpan,
): Diagnostic {
  if (span === undefined) return { severity, code, message };
  return {
    severity,
    code,
    message,
    start: positionAt(span.source, span.start),
    end: positionAt(span.source, span.end),
    found: span.source.slice(span.start, span.end),
  };
}
