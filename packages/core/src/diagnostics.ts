/**
 * Diagnostics: every reader in fengong reports what it could not read, or was unsure of, as
 * diagnostics rather than exceptions or silent guesses.
 */

import {
  type Locale,
  type MessageCode,
  type MessageParams,
  type ParamsOf,
  say,
  sayDiagnostic,
} from './messages';
import { sayPath } from './messages/places';

/** How serious a diagnostic is. `error` makes a document invalid; `warning` and `info` do not. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based line and column in a source text, with the 0-based character offset. */
export interface SourcePosition {
  line: number;
  column: number;
  offset: number;
}

/**
 * One finding about an input. `code` is stable and machine-readable (e.g. `yaml-syntax`,
 * `unknown-key`, `duplicate-task-number`); `message` is the human sentence.
 */
export interface Diagnostic {
  severity: Severity;
  code: string;
  message: string;
  /** The file the input came from, when the caller named one. */
  file?: string;
  /** Where in the source text, when known. */
  start?: SourcePosition;
  end?: SourcePosition;
  /** Path inside the document, e.g. `['tasks', 3, 'units']`. */
  path?: (string | number)[];
  /**
   * The cell of a workbook or CSV file the finding is about (a filled-in ledger's row): said in
   * words by {@link formatDiagnostic} — 第 5 行 A 列, row 5, column A — instead of `line:column`.
   */
  cell?: { sheet?: string; row: number; column: string };
  expected?: string;
  found?: string;
  /**
   * What the message says, as data, when it comes from the catalogue: a front end says it again in
   * another language with `sayDiagnostic`.
   */
  params?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** The catalogue entry the message was said from (`merged-cell/over-page`), when not `code`. */
  messageId?: string;
}

/** Render a document path as `tasks[3].units`. */
export function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out;
}

const SEVERITY = {
  'zh-CN': { error: '错误', warning: '提醒', info: '说明' },
  en: { error: 'error', warning: 'warning', info: 'info' },
} as const;

/**
 * Format one diagnostic the way compilers do (诊断信息单行格式):
 * `file:line:column: severity[code] place：message`, in Chinese unless `locale` is `en` (then the
 * message is said again from the catalogue when the diagnostic came from it). In Chinese the path is
 * said as a place ({@link sayPath}: 第 4 项任务的落实单位); in English it stays the model's
 * (`tasks[3].units`), beside the code. With `code: false` the code is left out (`错误 方案信息：…`),
 * for a reader who is shown words only (the viewer in Chinese).
 *
 * @example
 * formatDiagnostic({ severity: 'error', code: 'unknown-key', message: '未知的键“titel”',
 *   file: 'plan.yaml', start: { line: 3, column: 3, offset: 20 }, path: ['meta'] });
 * //=> 'plan.yaml:3:3: 错误[unknown-key] 方案信息：未知的键“titel”'
 * formatDiagnostic({ severity: 'error', code: 'missing-task', message: '此行已填写，但没有“任务编号”',
 *   file: 'a.xlsx', cell: { sheet: '市财政局', row: 10, column: 'A' } });
 * //=> 'a.xlsx 工作表“市财政局” 第 10 行 A 列：错误[missing-task] 此行已填写，但没有“任务编号”'
 */
export function formatDiagnostic(
  d: Diagnostic,
  options: { locale?: Locale | undefined; code?: boolean | undefined } = {},
): string {
  const locale = options.locale ?? 'zh-CN';
  const en = locale === 'en';
  const where = d.cell
    ? say('place/cell', { file: d.file ?? '', ...d.cell }, locale)
    : [d.file, d.start?.line, d.start?.column].filter((x) => x !== undefined).join(':');
  const path =
    d.path && d.path.length > 0 && !d.cell
      ? ` ${en ? formatPath(d.path) : sayPath(d.path)}${en ? ':' : '：'}`
      : '';
  const facts = en
    ? [d.expected && `expected ${d.expected}`, d.found && `found ${d.found}`].filter(Boolean)
    : [d.expected && `应为 ${d.expected}`, d.found && `实为 ${d.found}`].filter(Boolean);
  const detail = facts.length > 0 ? (en ? ` (${facts.join(', ')})` : `（${facts.join('，')}）`) : '';
  const message = en ? sayDiagnostic(d, 'en') : d.message;
  const space = en || path === '' ? ' ' : '';
  return visible(
    `${where ? `${where}${d.cell && !en ? '：' : ': '}` : ''}${SEVERITY[locale][d.severity]}${options.code === false ? '' : `[${d.code}]`}${path}${space}${message}${detail}`,
  );
}

/**
 * Text quoted from a document may hold control characters (ESC, NUL, …) and bidirectional overrides: they
 * are shown as `\u{1b}` rather than passed to a terminal that would obey them, and line breaks and tabs
 * become spaces, so that a diagnostic stays one line.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function visible(text: string): string {
  return text.replace(INVISIBLE, (c) =>
    c === '\n' || c === '\r' || c === '\t' ? ' ' : `\\u{${c.charCodeAt(0).toString(16)}}`,
  );
}

/** True when any diagnostic is an error. */
export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/**
 * The first line of a {@link FengongInputError}, from the catalogue: which file could not be read,
 * imported or converted, or is not a valid plan, registry or ledger.
 *
 * @example
 * const summary: InputErrorSummary = { id: 'summary/invalid-plan', params: { file: 'plan.yaml' } };
 */
export type InputErrorSummary = {
  [C in Extract<MessageCode, `summary/${string}`>]: { id: C; params: ParamsOf<C> };
}[Extract<MessageCode, `summary/${string}`>];

/**
 * Thrown by the `parse*` functions (the `safeParse*` ones return the diagnostics instead).
 * `message` lists every diagnostic, one per line, in Chinese; {@link FengongInputError.describe}
 * says the same in another language.
 */
export class FengongInputError extends Error {
  override readonly name = 'FengongInputError';
  readonly diagnostics: Diagnostic[];
  /** The first line: a summary from the catalogue, or a caller's own sentence. */
  readonly summary: InputErrorSummary | string | undefined;
  constructor(diagnostics: Diagnostic[], summary?: InputErrorSummary | string) {
    super(describeInputError(diagnostics, summary, 'zh-CN'));
    this.diagnostics = diagnostics;
    this.summary = summary;
  }

  /**
   * The error as a person reads it in `locale`: the summary, then one line per diagnostic.
   *
   * @example
   * new FengongInputError([], { id: 'summary/invalid-plan', params: { file: 'plan.yaml' } }).describe('en');
   * //=> 'plan.yaml is not a valid plan'
   */
  describe(locale: Locale = 'zh-CN'): string {
    return describeInputError(this.diagnostics, this.summary, locale);
  }
}

function describeInputError(
  diagnostics: readonly Diagnostic[],
  summary: InputErrorSummary | string | undefined,
  locale: Locale,
): string {
  const first = typeof summary === 'object' ? say(summary.id, summary.params as never, locale) : summary;
  return [first, ...diagnostics.map((d) => formatDiagnostic(d, { locale }))].filter(Boolean).join('\n');
}

/**
 * A mistake in calling core (用法错误): options of a query that cannot hold together or cannot be
 * read — a status filter without `asOf`, `roles` without `unit`, a date that is not `YYYY-MM-DD`, a
 * value not among the choices. Thrown by every query that takes options; never silently ignored.
 */
export class FengongUsageError extends Error {
  override readonly name: string = 'FengongUsageError';
  constructor(
    readonly id: Extract<MessageCode, `usage/${string}`>,
    readonly params: MessageParams = {},
  ) {
    super(say(id, params as never));
  }

  /**
   * The mistake in `locale`.
   *
   * @example
   * new FengongUsageError('usage/status-needs-as-of').describe('en'); //=> 'a status filter needs an asOf day'
   */
  describe(locale: Locale = 'zh-CN'): string {
    return say(this.id, this.params as never, locale);
  }
}
