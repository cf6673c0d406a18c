/**
 * The malformed-file corpus: every file is read as the CLI reads one (bytes → decodeText →
 * safeParsePlan / safeParseRegistry). Nothing throws; a refused file gets an error diagnostic with a
 * code, a message and — when the file has lines — a line and column; the valid ones read fine.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import {
  analyzePlan,
  type Diagnostic,
  decodeText,
  formatDiagnostic,
  listTasks,
  type Plan,
  parseRegistry,
  readUnitsCell,
  safeParsePlan,
  safeParseRegistry,
} from '../../src';
import { BASE_PLAN, BASE_REGISTRY, CORPUS, type CorpusEntry } from './corpus';
import { corpusDir, staleCorpusFiles } from './make-corpus';

/** A reader taking longer than this on one input is taken to hang (a hang check, not a speed test). */
const HANG_MS = 15_000; // generous: the machine may be busy

interface Read {
  decoded: ReturnType<typeof decodeText>;
  parsed?: ReturnType<typeof safeParsePlan> | ReturnType<typeof safeParseRegistry>;
  text?: string;
  ms: number;
}

function readCorpusFile(entry: CorpusEntry): Read {
  const bytes = new Uint8Array(readFileSync(path.join(corpusDir, entry.file)));
  const started = performance.now();
  const decoded = decodeText(bytes, { fileName: entry.file });
  if (!decoded.success) return { decoded, ms: performance.now() - started };
  const parse = entry.file.includes('.registry.') ? safeParseRegistry : safeParsePlan;
  const parsed = parse(decoded.text, { fileName: entry.file });
  return { decoded, parsed, text: decoded.text, ms: performance.now() - started };
}

/** Every diagnostic is one clear line: code, message, and nothing a terminal would obey. */
function expectClear(d: Diagnostic, hasLines: boolean) {
  expect(d.code).toMatch(/^[a-z][a-z0-9-]*$/);
  expect(d.message.trim()).not.toBe('');
  // “类型不对” says little alone; with what was expected and found it is clear. Width counts a
  // Chinese character as two (it says as much as a short English word).
  const said = `${d.message} ${d.expected ?? ''} ${d.found ?? ''}`.trim();
  expect([...said].reduce((w, c) => w + (c.codePointAt(0)! >= 0x2e80 ? 2 : 1), 0)).toBeGreaterThan(15);
  if (hasLines) {
    expect(d.start?.line).toBeGreaterThanOrEqual(1);
    expect(d.start?.column).toBeGreaterThanOrEqual(1);
  }
  const formatted = formatDiagnostic(d);
  expect(formatted).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
}

describe('the malformed corpus', () => {
  test('has at least 40 files, each current with make-corpus.ts', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(CORPUS.map((e) => e.file)).size).toBe(CORPUS.length);
    expect(staleCorpusFiles()).toEqual([]);
  });

  test.each(CORPUS.map((e) => [e.file, e.what, e] as const))('%s — %s', (_file, _what, entry) => {
    let read: Read | undefined;
    expect(() => {
      read = readCorpusFile(entry);
    }).not.toThrow();
    const { decoded, parsed, text, ms } = read!;
    expect(ms).toBeLessThan(HANG_MS);
    const expected = entry.expect;
    if ('valid' in expected) {
      expect(decoded.success).toBe(true);
      expect(parsed?.diagnostics.map((d) => formatDiagnostic(d))).toEqual([]);
      expect(parsed?.success).toBe(true);
      return;
    }
    if (expected.stage === 'decode') {
      expect(decoded.success).toBe(false);
      if (decoded.success) return;
      expect(decoded.diagnostic).toMatchObject({ severity: 'error', code: 'encoding', file: entry.file });
      expectClear(decoded.diagnostic, true);
      expect(decoded.diagnostic.message).toMatch(expected.says);
      if (expected.line !== undefined) expect(decoded.diagnostic.start?.line).toBe(expected.line);
      return;
    }
    expect(decoded.success).toBe(true);
    expect(parsed?.success).toBe(false);
    const diagnostics = parsed?.diagnostics ?? [];
    expect(diagnostics.length).toBeGreaterThan(0);
    const hasLines = text !== undefined && /[\n\r]/.test(text);
    for (const d of diagnostics) expectClear(d, hasLines || d.start !== undefined);
    const [first] = diagnostics;
    expect(first).toMatchObject({ severity: 'error', code: expected.code, file: entry.file });
    expect(first?.start).toBeDefined();
    if (expected.line !== undefined) expect(first?.start?.line).toBe(expected.line);
    if (expected.says !== undefined) expect(formatDiagnostic(first!)).toMatch(expected.says);
  });
});

describe('what the valid files read as', () => {
  const read = (file: string): Plan => {
    const entry = CORPUS.find((e) => e.file === file)!;
    const decoded = decodeText(new Uint8Array(readFileSync(path.join(corpusDir, entry.file))));
    const parsed = decoded.success ? safeParsePlan(decoded.text, { fileName: file }) : undefined;
    if (!parsed?.success) throw new Error(`${file} did not parse`);
    return parsed.data;
  };
  const base = safeParsePlan(BASE_PLAN);
  if (!base.success) throw new Error('the base plan is invalid');

  test.each([
    '02-utf16le-bom.yaml',
    '03-utf16be-bom.yaml',
    '06-utf8-bom.yaml',
    '07-utf8-bom-twice.yaml',
    '19-crlf.yaml',
    '20-cr-only.yaml',
    '21-mixed-line-endings.yaml',
  ])('%s reads exactly as the plain UTF-8, LF plan', (file) => {
    expect(read(file)).toEqual(base.data);
  });

  test('an unquoted date is the text YYYY-MM-DD (YAML 1.2 has no timestamps), no day shifted', () => {
    expect(read('51-unquoted-date.yaml').meta.issued).toBe('2022-03-01');
  });

  test('tabs inside values are kept; tags are ignored and the text kept', () => {
    expect(read('30-tabs-in-values.yaml').tasks[0]?.text).toBe('主动\t公开国民经济和社会发展规划纲要。');
    const tagged = read('43-unknown-tags.yaml');
    expect(tagged.tasks[0]?.text).toBe('主动公开国民经济和社会发展规划纲要。');
    expect(tagged.tasks[1]?.deadline).toBe('长期工作');
  });

  test('a modest alias is read as the text it names', () => {
    const plan = read('39-aliases-modest.yaml');
    expect(plan.tasks[1]?.units).toBe(plan.tasks[0]?.units);
  });

  test('a lone surrogate from a JSON escape is kept as written, and the readers take it', () => {
    const plan = read('60-lone-surrogate-escape.json');
    expect(plan.tasks[0]?.text).toContain('\ud800');
    expect(() => listTasks(analyzePlan(plan), { asOf: '2022-06-01' })).not.toThrow();
  });

  test('a 1 MB units cell parses, and reading it does not hang', () => {
    const plan = read('62-huge-units-cell.yaml');
    const cell = plan.tasks[1]!.units;
    expect(new TextEncoder().encode(cell).length).toBeGreaterThanOrEqual(1 << 20);
    const started = performance.now();
    const reading = readUnitsCell(cell);
    expect(performance.now() - started).toBeLessThan(HANG_MS);
    expect(reading.clauses.length).toBeGreaterThan(0);
  });

  test('control characters in a task are kept as written (escaping is the outputs’ job)', () => {
    expect(read('64-control-characters.yaml').tasks[1]?.text).toBe(
      '清屏\u001b[2J\u001b[H回车\r覆盖\u0007<script>alert(1)</script>',
    );
  });

  test('zero-width characters do not split a unit name; a right-to-left override is flagged, not hidden', () => {
    const plan = read('66-invisible-characters-in-units.yaml');
    const registry = parseRegistry(BASE_REGISTRY);
    const [, task] = listTasks(analyzePlan(plan, { registry }), { asOf: '2022-06-01' });
    expect(task?.roles.lead).toEqual(['市政府办公室']);
    const reading = readUnitsCell(plan.tasks[1]!.units, { registry });
    // Whatever the reader makes of the other two names, it says so rather than passing them silently.
    const named = reading.clauses.flatMap((c) => c.names.map((n) => n.name));
    const unknownOrUnread = reading.notices.filter(
      (n) => n.code === 'unknown-unit' || n.code === 'unread-span',
    );
    expect(named.includes('市财政局') || unknownOrUnread.some((n) => n.message.includes('市财政局'))).toBe(
      true,
    );
    expect(named.includes('市司法局') || unknownOrUnread.some((n) => n.message.includes('市司法局'))).toBe(
      true,
    );
  });
});
