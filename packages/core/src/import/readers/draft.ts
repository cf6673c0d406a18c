/**
 * What a layout reader produces (草稿): categories and tasks as text, with the source lines each
 * cell came from, and the decisions made on the way.
 */
import { joinCell } from '../document/lines';
import type { ImportDiagnostic } from '../types';
import { isMessageCode, type MessageCode, type MessageParams, type ParamsOf, say } from '../../messages';

/**
 * A piece of a cell: one source line (or part of one) already trimmed.
 *
 * @example
 * const piece: Piece = { no: 85, text: '各县（市、区）' };
 */
export interface Piece {
  /** 1-based source line number. */
  no: number;
  text: string;
}

/**
 * A category as read.
 *
 * @example
 * const category: DraftCategory = { name: '做好各类规划主动公开', lines: [71, 73] };
 */
export interface DraftCategory {
  name: string;
  lines: [number, number];
}

/**
 * A task as read.
 *
 * @example
 * body.tasks[0]?.lines.units; //=> [85, 93]
 */
export interface DraftTask {
  number: number;
  category: string;
  text: string;
  units: string;
  deadline: string;
  note?: string;
  /** Persons or titles named as the task's leaders (牵头领导, 分管领导). */
  leaders?: string[];
  /** Source lines of each cell. */
  lines: { text?: [number, number]; units?: [number, number]; deadline?: [number, number] };
}

/**
 * What a layout reader returns.
 *
 * @example
 * readPdfTable(lines, header).tasks.length; //=> 50
 */
export interface DraftBody {
  categories: DraftCategory[];
  tasks: DraftTask[];
  diagnostics: ImportDiagnostic[];
  /** Index (0-based) of the first line of the body (the table header or the plan title). */
  start: number;
  /** Index (0-based) of the first line after the body (the footer), or the number of lines. */
  end: number;
  /** The plan title printed above the table or the body, when found. */
  title?: { text: string; lines: [number, number] };
}

/**
 * Push every item (a loop: spreading a long array into `push` overflows the stack).
 *
 * @example
 * const all = [1]; append(all, [2, 3]); all; //=> [1, 2, 3]
 */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/**
 * First and last line of pieces.
 *
 * @example
 * spanOf([{ no: 85, text: '各县' }, { no: 93, text: '落实' }]); //=> [85, 93]
 */
export function spanOf(pieces: readonly Piece[]): [number, number] | undefined {
  const first = pieces[0];
  const last = pieces.at(-1);
  return first && last ? [first.no, last.no] : undefined;
}

/**
 * The text of pieces by the cell rule (trimmed lines joined with no separator).
 *
 * @example
 * textOf([{ no: 85, text: '各县（市、区）' }, { no: 87, text: '政府（管委会）；' }]); //=> '各县（市、区）政府（管委会）；'
 */
export function textOf(pieces: readonly Piece[]): string {
  return joinCell(pieces.map((p) => p.text));
}

/**
 * Severity from confidence: below 0.7 a decision is uncertain and worth a warning.
 *
 * @example
 * severityFor(0.6); //=> 'warning'
 */
export function severityFor(confidence: number): 'info' | 'warning' {
  return confidence < 0.7 ? 'warning' : 'info';
}

/**
 * Build a decision diagnostic: its message said from the catalogue entry `id` (Chinese), its
 * `params` kept. The code is the id up to a `/` (`merged-cell/over-page` → `merged-cell`).
 *
 * @example
 * decision('no-category', {}, 0.85, [924, 924]).severity; //=> 'info'
 */
export function decision<C extends MessageCode>(
  id: C,
  params: ParamsOf<C>,
  confidence: number,
  lines: [number, number] | undefined,
  path?: (string | number)[],
): ImportDiagnostic;
/** @deprecated the message as an English sentence: being moved to the catalogue. */
export function decision(
  code: string,
  message: string,
  confidence: number,
  lines: [number, number] | undefined,
  path?: (string | number)[],
): ImportDiagnostic;
export function decision(
  id: string,
  said: unknown,
  confidence: number,
  lines: [number, number] | undefined,
  path?: (string | number)[],
): ImportDiagnostic {
  const fromCatalogue = typeof said !== 'string' && isMessageCode(id);
  const code = id.split('/')[0]!;
  return {
    severity: severityFor(confidence),
    code,
    message: typeof said === 'string' ? said : fromCatalogue ? say(id, said as never) : id,
    ...(fromCatalogue ? { params: said as MessageParams } : {}),
    ...(fromCatalogue && id !== code ? { messageId: id } : {}),
    confidence: Math.round(confidence * 100) / 100,
    ...(lines ? { lines } : {}),
    ...(path ? { path } : {}),
  };
}

/**
 * `a–b` or `a` for a line range.
 *
 * @example
 * formatLines([310, 314]); //=> '310–314'
 */
export function formatLines(lines: readonly [number, number] | undefined): string {
  if (!lines) return '?';
  return lines[0] === lines[1] ? `${lines[0]}` : `${lines[0]}–${lines[1]}`;
}

/**
 * Strip a heading enumerator from a category name: `一、优化营商环境` → `优化营商环境`.
 *
 * @example
 * stripEnumerator('一、优化营商环境'); //=> '优化营商环境'
 */
export function stripEnumerator(text: string): string {
  return text.replace(
    /^(?:[一二三四五六七八九十]{1,3}[、，.．﹒]|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[部分章节]?[、，：:\s]?)\s*/,
    '',
  );
}

/**
 * The persons in a leaders cell or label (`金力。`, `王 健`, `张三、李四`): split at list
 * punctuation and wide gaps, and at single spaces only when every part is a whole name (a space
 * inside a two-character name is typesetting).
 *
 * @example
 * splitLeaders('王 健'); //=> ['王健']
 * splitLeaders('沈 昱  祝振伟'); //=> ['沈昱', '祝振伟']
 * splitLeaders('张三、李四。'); //=> ['张三', '李四']
 * splitLeaders('省政府分管领导同志'); //=> ['省政府分管领导同志']
 */
export function splitLeaders(value: string): string[] {
  return value
    .replace(/[。．.；;，,]+$/, '')
    .split(/[、，,；;／/]+|[\s\u3000]{2,}/)
    .flatMap((part) => {
      const words = part
        .trim()
        .split(/[\s\u3000]+/)
        .filter((w) => w !== '');
      return words.length > 1 && words.every((w) => w.length >= 2) ? words : [words.join('')];
    })
    .filter((w) => w !== '');
}
