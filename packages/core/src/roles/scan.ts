/**
 * Low-level scanning of cell text: a whitespace-free view with a map back to the source, bracket
 * pairs, and splitting at separators outside brackets. Everything is read on the compact view so
 * that a name broken across lines (`市住房城乡建设\n局`) reads as one, while spans still point
 * into the text as written.
 */
import type { Span } from './schema';

/**
 * Whitespace (ASCII, full-width 　, no-break and the Unicode spaces) plus the zero-width characters
 * that copy-paste leaves inside names. A char-code test: this runs on every character of a plan.
 */
function isIgnorable(code: number): boolean {
  if (code > 0x3000) return code === 0xfeff;
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0x85 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200d) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x2060 ||
    code === 0x3000
  );
}
const OPENERS = '(（〔[【［{｛〈';
const CLOSERS = ')）〕]】］}｝〉';

/**
 * A text with its whitespace removed (紧凑文本), and the way back to the source.
 *
 * @example
 * const c = compactText('市住房城乡建设\n局');
 * c.text; //=> '市住房城乡建设局'
 * c.offsets[7]; //=> 8
 */
export interface CompactText {
  readonly source: string;
  /** The source without whitespace. */
  readonly text: string;
  /** `offsets[i]` is the source index of `text[i]`. */
  readonly offsets: readonly number[];
  /** `pair[i]`: the index of the bracket matching the one at `i`, or -1 (not a bracket, or unmatched). */
  readonly pair: Int32Array;
}

/**
 * A range `[start, end)` of a {@link CompactText}'s `text` (紧凑区间); {@link sourceSpan} maps it back.
 *
 * @example
 * const range: Range = { start: 0, end: 4 };
 */
export interface Range {
  start: number;
  end: number;
}

/**
 * Build the compact view of a text (去除空白): whitespace gone, offsets and bracket pairs kept.
 *
 * @example
 * compactText('各县（市、区） 政府').text; //=> '各县（市、区）政府'
 */
export function compactText(source: string): CompactText {
  const offsets: number[] = [];
  const kept: string[] = [];
  let runStart = -1;
  for (let i = 0; i < source.length; i++) {
    if (isIgnorable(source.charCodeAt(i))) {
      if (runStart >= 0) kept.push(source.slice(runStart, i));
      runStart = -1;
      continue;
    }
    if (runStart < 0) runStart = i;
    offsets.push(i);
  }
  if (runStart >= 0) kept.push(source.slice(runStart));
  const text = kept.length === 1 ? kept[0]! : kept.join('');
  return { source, text, offsets, pair: matchBrackets(text) };
}

/**
 * Whether whitespace (a line break, a stray space: 断行) stood in the source between `text[i-1]` and `text[i]`.
 *
 * @example
 * gapBefore(compactText('市财政局\n市审计局'), 4); //=> true
 */
export function gapBefore(c: CompactText, i: number): boolean {
  return i > 0 && i < c.offsets.length && c.offsets[i]! !== c.offsets[i - 1]! + 1;
}

/** Any closing bracket closes the innermost open one: extracted text mixes （〔 and ）〕 freely. */
function matchBrackets(text: string): Int32Array {
  const pair = new Int32Array(text.length).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (OPENERS.includes(ch)) open.push(i);
    else if (CLOSERS.includes(ch)) {
      const j = open.pop();
      if (j !== undefined) {
        pair[i] = j;
        pair[j] = i;
      }
    }
  }
  return pair;
}

/**
 * The source span (原文区间) of a compact range; an empty range maps to an empty span at its position.
 *
 * @example
 * sourceSpan(compactText('市 财政局'), { start: 0, end: 4 }); //=> { start: 0, end: 5 }
 */
export function sourceSpan(c: CompactText, range: Range): Span {
  if (range.end <= range.start) {
    const at = range.start < c.offsets.length ? c.offsets[range.start]! : c.source.length;
    return { start: at, end: at };
  }
  return { start: c.offsets[range.start]!, end: c.offsets[range.end - 1]! + 1 };
}

/**
 * The source text (原文) of a compact range, whitespace included.
 *
 * @example
 * sourceText(compactText('市 财政局'), { start: 0, end: 4 }); //=> '市 财政局'
 */
export function sourceText(c: CompactText, range: Range): string {
  const span = sourceSpan(c, range);
  return c.source.slice(span.start, span.end);
}

/**
 * The compact text (紧凑文本) of a range.
 *
 * @example
 * slice(compactText('市 财政局'), { start: 0, end: 4 }); //=> '市财政局'
 */
export function slice(c: CompactText, range: Range): string {
  return c.text.slice(range.start, range.end);
}

/**
 * Split a range at the given separator characters (按分隔符切分), skipping everything inside
 * matched brackets (so the 、 of 各县（市、区）政府 does not split it). Empty parts are dropped.
 *
 * @example
 * const c = compactText('各县（市、区）政府、市直各单位');
 * splitTopLevel(c, { start: 0, end: c.text.length }, '、').map((r) => slice(c, r)); //=> ['各县（市、区）政府', '市直各单位']
 */
export function splitTopLevel(c: CompactText, range: Range, separators: string): Range[] {
  const parts: Range[] = [];
  let start = range.start;
  for (let i = range.start; i < range.end; i++) {
    const close = c.pair[i] ?? -1;
    if (close > i) {
      i = Math.min(close, range.end - 1);
      continue;
    }
    if (separators.includes(c.text[i]!)) {
      if (i > start) parts.push({ start, end: i });
      start = i + 1;
    }
  }
  if (range.end > start) parts.push({ start, end: range.end });
  return parts;
}

/**
 * Indexes of separator characters outside brackets (括号外的分隔符), in order.
 *
 * @example
 * const c = compactText('牵头单位：A（B：C）');
 * topLevelIndexes(c, { start: 0, end: c.text.length }, '：'); //=> [4]
 */
export function topLevelIndexes(c: CompactText, range: Range, separators: string): number[] {
  const found: number[] = [];
  for (let i = range.start; i < range.end; i++) {
    const close = c.pair[i] ?? -1;
    if (close > i) {
      i = Math.min(close, range.end - 1);
      continue;
    }
    if (separators.includes(c.text[i]!)) found.push(i);
  }
  return found;
}

/**
 * The range inside a bracket pair that exactly ends the range (末尾括注: `X（…）` → the `…`), if any.
 *
 * @example
 * const c = compactText('市府办〔市大数据局〕');
 * slice(c, trailingBracket(c, { start: 0, end: c.text.length })!); //=> '市大数据局'
 */
export function trailingBracket(c: CompactText, range: Range): Range | undefined {
  if (range.end <= range.start) return undefined;
  const last = range.end - 1;
  const open = c.pair[last] ?? -1;
  if (open < range.start || open >= last) return undefined;
  return { start: open + 1, end: last };
}

/**
 * Drop trailing characters in `chars` from a range (去除末尾标点).
 *
 * @example
 * const c = compactText('市财政局。');
 * trimEnd(c, { start: 0, end: 5 }, '。'); //=> { start: 0, end: 4 }
 */
export function trimEnd(c: CompactText, range: Range, chars: string): Range {
  let end = range.end;
  while (end > range.start && chars.includes(c.text[end - 1]!)) end--;
  return { start: range.start, end };
}
