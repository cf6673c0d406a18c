/** Notices: the diagnostics the deadline readers give instead of silent guesses (internal). */
import type { Diagnostic, Severity } from '../diagnostics';
import { positionAt } from '../position';
import { catalogued, type MessageCode, type ParamsOf } from '../messages';

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

/** The catalogue's entries for deadline notices: a notice code, or `code/variant`. */
type DeadlineMessageId = Extract<MessageCode, DeadlineNoticeCode | `${DeadlineNoticeCode}/${string}`>;

/**
 * Build a notice, its message said in Chinese from the catalogue entry `id` with its `params` kept
 * (and `messageId`, when the id has a variant) so that `sayDiagnostic` says it again in English;
 * with a span, it carries positions and the text found there.
 *
 * @example
 * notice('warning', 'deadline-empty', {}).message; //=> '完成时限为空'
 */
export function notice<I extends DeadlineMessageId>(
  severity: Severity,
  id: I,
  params: ParamsOf<I>,
  span?: NoticeSpan,
): Diagnostic {
  const said: Diagnostic = { severity, code: id.split('/')[0]!, ...catalogued(id, params) };
  if (span === undefined) return said;
  return {
    ...said,
    start: positionAt(span.source, span.start),
    end: positionAt(span.source, span.end),
    found: span.source.slice(span.start, span.end),
  };
}
