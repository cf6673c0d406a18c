/**
 * The ledger as JSON Lines (台账文本格式): one entry per line, each line ending with `\n`. The same
 * text is the CLI's `<plan>.progress.jsonl` file, what the web viewer keeps in IndexedDB, and what
 * `fengong progress import` reads back.
 */
import type { z } from 'zod';
import type { Diagnostic } from '../diagnostics';
import { FengongInputError, type SourcePosition } from '../diagnostics';
import { positionAt } from '../position';
import { catalogued, type Locale, say } from '../messages';
import { sayPath } from '../messages/places';
import { LedgerEntry } from './schema';

/**
 * One entry as one line of JSON, ending with `\n`. Line breaks inside texts are escaped by JSON,
 * so an entry never spans two lines.
 *
 * @example
 * serializeLedgerEntry(entry); //=> '{"id":"…","plan":"湛府办〔2021〕15号","task":7,…}\n'
 */
export function serializeLedgerEntry(entry: LedgerEntry): string {
  return `${JSON.stringify(entry)}\n`;
}

/**
 * Entries as JSON Lines text (序列化台账), in the order given.
 *
 * @example
 * parseLedger(serializeLedger(entries)).entries; // deep-equals entries
 */
export function serializeLedger(entries: readonly LedgerEntry[]): string {
  let out = '';
  for (const entry of entries) out += serializeLedgerEntry(entry);
  return out;
}

/**
 * What reading a ledger gives: the entries in file order, the line each came from, and warnings
 * (an unfinished last line left by an interrupted write, a repeated id).
 *
 * @example
 * const { entries, lines, diagnostics } = parseLedger(text, { fileName: 'plan.progress.jsonl' });
 */
export interface LedgerReadResult {
  entries: LedgerEntry[];
  /** The 1-based line of each entry, parallel to `entries`. */
  lines: number[];
  diagnostics: Diagnostic[];
}

/** Options of {@link parseLedger}. */
export interface ParseLedgerOptions {
  /** The file the text came from, for diagnostics. */
  fileName?: string | undefined;
}

/**
 * The result of {@link safeParseLedger}: the ledger, or the diagnostics that make it unreadable.
 *
 * @example
 * const r: SafeLedgerResult = safeParseLedger('{"id":');
 */
export type SafeLedgerResult =
  | ({ success: true } & LedgerReadResult)
  | { success: false; diagnostics: Diagnostic[] };

/** What is wrong with an entry's fields, in `locale`: one clause per zod issue. */
function issueMessage(issues: readonly z.core.$ZodIssue[], value: unknown, locale: Locale): string {
  const zh = locale === 'zh-CN';
  return issues
    .map((i) => {
      const keys = i.path.filter((k): k is string | number => typeof k !== 'symbol');
      // In Chinese the field by its words (完成情况), in English by its key (state).
      const field = zh ? sayPath(keys) : keys.join('.');
      const found = i.path.reduce<unknown>(
        (v, k) =>
          v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k as PropertyKey] : undefined,
        value,
      );
      const rule = i.code === 'custom' ? (i.params as { rule?: string } | undefined)?.rule : undefined;
      if (rule === 'missing-reason' || rule === 'supersedes-self') return say(rule, {}, locale);
      if (!zh) return `${field ? `${field}: ` : ''}${i.message}`;
      if (i.path.length > 0 && found === undefined) return `缺少“${field}”`;
      if (i.code === 'invalid_value') return `“${field}”应为 ${i.values.map(String).join('、')} 之一`;
      if (i.code === 'invalid_type') return `“${field || '记录'}”类型不对（应为 ${i.expected}）`;
      if (i.code === 'too_small') return `“${field}”不能为空`;
      if (i.code === 'invalid_format') return `“${field}”格式不对（应为 ${i.format}）`;
      return `“${field}”取值不对`;
    })
    .join(zh ? '；' : '; ');
}

/** Scan a JSON string starting at the quote at `i`: the index after its closing quote, -1 cut short, -2 invalid. */
function scanString(text: string, i: number): number {
  for (let j = i + 1; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === 0x22) return j + 1;
    if (c < 0x20) return -2;
    if (c === 0x5c) {
      const e = text[j + 1];
      if (e === undefined) return -1;
      if (e === 'u') {
        const hex = text.slice(j + 2, j + 6);
        if (!/^[0-9a-fA-F]*$/.test(hex)) return -2;
        if (hex.length < 4) return -1;
        j += 5;
      } else if ('"\\/bfnrt'.includes(e)) j++;
      else return -2;
    }
  }
  return -1;
}

/**
 * Whether a text is complete JSON, JSON cut short (the beginning of a valid document, as an interrupted
 * write leaves it), or invalid in itself (JSON前缀判断). A small grammar scan, so that it does not depend
 * on any JavaScript engine's error messages.
 *
 * @example
 * jsonPrefixState('{"id":"a","task":7}'); //=> 'complete'
 * jsonPrefixState('{"id":"a","ta'); //=> 'truncated'
 * jsonPrefixState('{"id":"a","ta{"id"'); //=> 'invalid'
 */
export function jsonPrefixState(text: string): 'complete' | 'truncated' | 'invalid' {
  const stack: string[] = [];
  type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'end';
  let expect: Expect = 'value';
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\r' || c === '\n') {
      i++;
      continue;
    }
    if (expect === 'end') return 'invalid';
    if (expect === 'colon') {
      if (c !== ':') return 'invalid';
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'commaOrClose') {
      const top = stack[stack.length - 1];
      if (c === ',') expect = top === '{' ? 'key' : 'value';
      else if ((c === '}' && top === '{') || (c === ']' && top === '[')) {
        stack.pop();
        expect = stack.length === 0 ? 'end' : 'commaOrClose';
      } else return 'invalid';
      i++;
      continue;
    }
    if (expect === 'key' || expect === 'keyOrClose') {
      if (c === '}' && expect === 'keyOrClose') {
        stack.pop();
        i++;
        expect = stack.length === 0 ? 'end' : 'commaOrClose';
        continue;
      }
      if (c !== '"') return 'invalid';
      const end = scanString(text, i);
      if (end < 0) return end === -1 ? 'truncated' : 'invalid';
      i = end;
      expect = 'colon';
      continue;
    }
    // a value (or, in an array, its end)
    if (c === ']' && expect === 'valueOrClose') {
      stack.pop();
      i++;
      expect = stack.length === 0 ? 'end' : 'commaOrClose';
      continue;
    }
    if (c === '{' || c === '[') {
      stack.push(c);
      expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
      i++;
      continue;
    }
    if (c === '"') {
      const end = scanString(text, i);
      if (end < 0) return end === -1 ? 'truncated' : 'invalid';
      i = end;
      expect = stack.length === 0 ? 'end' : 'commaOrClose';
      continue;
    }
    const number = /^-?(?:0|[1-9]\d*)?(?:\.\d*)?(?:[eE][+-]?\d*)?/.exec(text.slice(i))![0];
    if (number.length > 0) {
      if (i + number.length === text.length) return 'truncated';
      if (!/^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(number)) return 'invalid';
      i += number.length;
      expect = stack.length === 0 ? 'end' : 'commaOrClose';
      continue;
    }
    const literal = ['true', 'false', 'null'].find(
      (w) => text.startsWith(w, i) || w.startsWith(text.slice(i)),
    );
    if (!literal) return 'invalid';
    if (!text.startsWith(literal, i)) return 'truncated';
    i += literal.length;
    expect = stack.length === 0 ? 'end' : 'commaOrClose';
  }
  return expect === 'end' ? 'complete' : 'truncated';
}

/** Where an entry line begins: the serializer writes `id` first, and a quote inside a text is escaped. */
const ENTRY_START = '{"id":"';

/**
 * A line on which an append interrupted by a crash left the beginning of an entry, and the next append
 * wrote its entry right after it: the entries on it, or undefined when the line is damaged otherwise.
 */
function salvage(raw: string): LedgerEntry[] | undefined {
  const starts: number[] = [];
  for (let at = raw.indexOf(ENTRY_START, 1); at !== -1; at = raw.indexOf(ENTRY_START, at + 1))
    starts.push(at);
  if (starts.length === 0 || !raw.startsWith(ENTRY_START)) return undefined;
  const pieces = [0, ...starts].map((from, k) => raw.slice(from, starts[k] ?? raw.length));
  const entries: LedgerEntry[] = [];
  for (const [k, piece] of pieces.entries()) {
    const state = jsonPrefixState(piece);
    if (state === 'truncated' && k < pieces.length - 1) continue;
    if (state !== 'complete') return undefined;
    const parsed = LedgerEntry.safeParse(JSON.parse(piece));
    if (!parsed.success) return undefined;
    entries.push(parsed.data);
  }
  return entries.length > 0 ? entries : undefined;
}

/**
 * Read JSON Lines text into entries without throwing (读取台账). Blank lines are skipped. What an append
 * interrupted by a crash can leave is recognised and reported as a warning, never an error:
 * - a last line without its `\n` that does not read as an entry is ignored (`ledger-partial-line`);
 * - the beginning of an entry with the next append's entry written right after it on the same line:
 *   the complete entries are read, the unfinished beginning ignored (`ledger-interrupted-write`).
 * Any other line that is not a valid entry is damage: an error naming its line and column. A repeated
 * id keeps the first entry, with a warning.
 *
 * @example
 * safeParseLedger('{"id":"a",…}\n{"id":"b","pl', { fileName: 'plan.progress.jsonl' });
 * //=> { success: true, entries: [{ id: 'a', … }], lines: [1],
 * //     diagnostics: [{ severity: 'warning', code: 'ledger-partial-line', start: { line: 2, … }, … }] }
 */
export function safeParseLedger(text: string, options: ParseLedgerOptions = {}): SafeLedgerResult {
  const file = options.fileName;
  const source = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const shift = source === text ? 0 : 1;
  const entries: LedgerEntry[] = [];
  const lines: number[] = [];
  const diagnostics: Diagnostic[] = [];
  const seen = new Map<string, number>();
  const accept = (entry: LedgerEntry, at: number, start: SourcePosition) => {
    const first = seen.get(entry.id);
    if (first !== undefined) {
      diagnostics.push({
        severity: 'warning',
        code: 'ledger-duplicate-id',
        ...catalogued('ledger-duplicate-id', { entry: entry.id, first }),
        file,
        start,
      });
      return;
    }
    seen.set(entry.id, at);
    entries.push(entry);
    lines.push(at);
  };
  let line = 0;
  let start = 0;
  while (start < source.length) {
    line++;
    const newline = source.indexOf('\n', start);
    const end = newline === -1 ? source.length : newline;
    const raw = source.slice(start, end).replace(/\r$/, '');
    const lineStart = start;
    const at = (column = 0) => positionAt(text, lineStart + shift + column);
    const last = newline === -1;
    start = end + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    let problem:
      | { code: 'ledger-json'; detail: string; column: number }
      | { code: 'ledger-entry'; detail: string; detailEn: string; column: number }
      | undefined;
    try {
      value = JSON.parse(raw);
    } catch (error) {
      const m = /position (\d+)/.exec(error instanceof Error ? error.message : '');
      problem = {
        code: 'ledger-json',
        detail: error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error),
        column: m ? Number(m[1]) : 0,
      };
    }
    const parsed = problem ? undefined : LedgerEntry.safeParse(value);
    if (parsed && !parsed.success) {
      problem = {
        code: 'ledger-entry',
        detail: issueMessage(parsed.error.issues, value, 'zh-CN'),
        detailEn: issueMessage(parsed.error.issues, value, 'en'),
        column: 0,
      };
    }
    const salvaged = problem && !last ? salvage(raw) : undefined;
    if (salvaged) {
      diagnostics.push({
        severity: 'warning',
        code: 'ledger-interrupted-write',
        ...catalogued('ledger-interrupted-write', { line }),
        file,
        start: at(),
      });
      for (const entry of salvaged) accept(entry, line, at());
      continue;
    }
    if (problem || !parsed?.success) {
      if (last) {
        diagnostics.push({
          severity: 'warning',
          code: 'ledger-partial-line',
          ...catalogued('ledger-partial-line', {}),
          file,
          start: at(),
          found: raw.length > 60 ? `${raw.slice(0, 60)}…` : raw,
        });
      } else {
        diagnostics.push({
          severity: 'error',
          code: problem?.code ?? 'ledger-entry',
          ...(problem?.code === 'ledger-json'
            ? catalogued('ledger-json', { line, detail: problem.detail })
            : catalogued('ledger-entry', {
                line,
                detail: problem?.detail ?? '',
                detailEn: problem?.code === 'ledger-entry' ? problem.detailEn : '',
              })),
          file,
          start: at(problem?.column ?? 0),
        });
      }
      continue;
    }
    accept(parsed.data, line, at());
  }
  if (diagnostics.some((d) => d.severity === 'error')) return { success: false, diagnostics };
  return { success: true, entries, lines, diagnostics };
}

/**
 * Read JSON Lines text into entries (读取台账); throws {@link FengongInputError} naming every damaged
 * line. Warnings (an unfinished last line, a repeated id) are returned.
 *
 * @example
 * const { entries, diagnostics } = parseLedger(text, { fileName: 'seeds/zhanjiang-2021/plan.progress.jsonl' });
 */
export function parseLedger(text: string, options: ParseLedgerOptions = {}): LedgerReadResult {
  const result = safeParseLedger(text, options);
  if (!result.success) {
    throw new FengongInputError(result.diagnostics, {
      id: 'summary/invalid-ledger',
      params: { file: options.fileName },
    });
  }
  return { entries: result.entries, lines: result.lines, diagnostics: result.diagnostics };
}
