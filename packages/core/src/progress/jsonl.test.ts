import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { formatDiagnostic } from '../diagnostics';
import { entry, PLAN } from './__fixtures__/entries';
import { LEDGER_CSV_COLUMNS, ledgerToCsv } from './csv';
import {
  jsonPrefixState,
  parseLedger,
  safeParseLedger,
  serializeLedger,
  serializeLedgerEntry,
} from './jsonl';
import { LedgerEntry } from './schema';
import { MemoryLedgerStore } from './store';

const a = entry({
  task: 7,
  unit: '市财政局',
  date: '2021-10-01',
  state: 'inProgress',
  note: '第一行\n第二行 "引号"',
  evidence: ['https://example.gov.cn/a?b=1,2', '报告.pdf'],
});
const b = entry({ task: 8, unit: '市财政局', date: '2021-10-02', state: 'done', supersedes: a.id });

describe('JSON Lines', () => {
  test('one line per entry, each ending with a newline, read back exactly', () => {
    const text = serializeLedger([a, b]);
    expect(text.split('\n')).toHaveLength(3);
    expect(text.endsWith('\n')).toBe(true);
    expect(serializeLedgerEntry(a).startsWith('{"id":')).toBe(true);
    expect(parseLedger(text)).toEqual({ entries: [a, b], lines: [1, 2], diagnostics: [] });
  });

  test('any entry survives the round trip (texts with newlines, quotes, any characters)', () => {
    const text = fc.string({ unit: 'binary', maxLength: 40 });
    const arbitraryEntry = fc
      .record({
        id: fc.uuid(),
        task: fc.integer({ min: 1, max: 500 }),
        unit: text.filter((s) => s.trim() !== ''),
        date: fc
          .date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10)),
        state: fc.constantFrom('notStarted', 'inProgress', 'done', 'doneLate'),
        note: fc.option(text, { nil: undefined }),
        evidence: fc.option(
          fc.array(
            text.filter((s) => s.trim() !== ''),
            { minLength: 1, maxLength: 3 },
          ),
          { nil: undefined },
        ),
      })
      .map((r) =>
        LedgerEntry.parse({
          ...Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)),
          plan: PLAN,
          recordedAt: '2021-10-01T08:00:00.000Z',
        }),
      );
    fc.assert(
      fc.property(fc.uniqueArray(arbitraryEntry, { selector: (e) => e.id, maxLength: 8 }), (entries) => {
        expect(parseLedger(serializeLedger(entries)).entries).toEqual(entries);
      }),
      { numRuns: 200 },
    );
  });

  test('blank lines, CRLF line ends and a byte-order mark are accepted', () => {
    const text = `\uFEFF${serializeLedgerEntry(a).replace('\n', '\r\n')}\n\n${serializeLedgerEntry(b)}`;
    const read = parseLedger(text);
    expect(read.entries).toEqual([a, b]);
    expect(read.lines).toEqual([1, 4]);
  });

  test('an unfinished last line (a crash mid-write) is ignored with a warning', () => {
    const full = serializeLedger([a, b]);
    const torn = full + serializeLedgerEntry(b).slice(0, 25);
    const read = parseLedger(torn, { fileName: 'plan.progress.jsonl' });
    expect(read.entries).toEqual([a, b]);
    expect(read.diagnostics).toHaveLength(1);
    expect(formatDiagnostic(read.diagnostics[0]!)).toMatch(
      /^plan\.progress\.jsonl:3:1: (?:warning|提醒)\[ledger-partial-line\]/,
    );
  });

  test('a damaged line inside the ledger is an error naming its line; nothing is read past silently', () => {
    const lines = serializeLedger([a, b]).split('\n');
    const damaged = [lines[0], '{"id":"x","plan":', lines[1], ''].join('\n');
    const result = safeParseLedger(damaged, { fileName: 'plan.progress.jsonl' });
    expect(result.success).toBe(false);
    expect(formatDiagnostic(result.diagnostics[0]!)).toMatch(
      /^plan\.progress\.jsonl:2:\d+: 错误\[ledger-json\] 第 2 行不是有效的 JSON 行/,
    );
    expect(formatDiagnostic(result.diagnostics[0]!, { locale: 'en' })).toMatch(
      /^plan\.progress\.jsonl:2:\d+: error\[ledger-json\] line 2: not a JSON line/,
    );
    expect(() => parseLedger(damaged, { fileName: 'x.jsonl' })).toThrow(/x\.jsonl不是可读取的进度台账/);
  });

  test('an entry missing a field names the field by its words in Chinese, by its key in English', () => {
    const { state: _state, ...noState } = JSON.parse(serializeLedgerEntry(a)) as Record<string, unknown>;
    const result = safeParseLedger(`${JSON.stringify(noState)}\n`, { fileName: 'l.jsonl' });
    expect(result.success).toBe(false);
    expect(formatDiagnostic(result.diagnostics[0]!)).toContain('缺少“完成情况”');
    expect(formatDiagnostic(result.diagnostics[0]!, { locale: 'en' })).toContain('state');
  });

  test('an interrupted write followed by the next append on the same line: entries read, the fragment ignored, a warning', () => {
    const c = entry({ task: 9, unit: '市财政局', date: '2021-10-03', state: 'done' });
    const fragment = serializeLedgerEntry(b).slice(0, 33);
    const text = serializeLedgerEntry(a) + fragment + serializeLedgerEntry(c) + serializeLedgerEntry(b);
    const read = parseLedger(text, { fileName: 'l.jsonl' });
    expect(read.entries).toEqual([a, c, b]);
    expect(read.lines).toEqual([1, 2, 3]);
    expect(read.diagnostics.map((d) => formatDiagnostic(d))).toEqual([
      expect.stringMatching(/^l\.jsonl:2:1: 提醒\[ledger-interrupted-write\] 第 2 行：多条记录连在一起/),
    ]);
    // Two interrupted writes in a row, then an entry.
    const twice = parseLedger(fragment + serializeLedgerEntry(a).slice(0, 50) + serializeLedgerEntry(c));
    expect(twice.entries).toEqual([c]);
    // Damage that is not an interrupted write stays an error.
    expect(safeParseLedger(`{"id":"x",,${serializeLedgerEntry(c)}`).success).toBe(false);
    expect(safeParseLedger(`${fragment}\n${serializeLedgerEntry(c)}`).success).toBe(false);
    expect(safeParseLedger(`${serializeLedgerEntry(c).slice(0, -2)}}}\n`).success).toBe(false);
  });

  test('every beginning of a serialized entry is JSON cut short; the whole is complete', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 30 }), fc.nat(), (note, cut) => {
        const line = JSON.stringify({ ...a, note });
        const at = cut % line.length;
        expect(jsonPrefixState(line.slice(0, at))).toBe('truncated');
        expect(jsonPrefixState(line)).toBe('complete');
      }),
      { numRuns: 500 },
    );
    expect(jsonPrefixState('{"a":tru')).toBe('truncated');
    expect(jsonPrefixState('{"a":-')).toBe('truncated');
    expect(jsonPrefixState('{"a":"\\u00')).toBe('truncated');
    expect(jsonPrefixState('{"a":"\\x"}')).toBe('invalid');
    expect(jsonPrefixState('{"a":01}')).toBe('invalid');
    expect(jsonPrefixState('{"a":[1,]}')).toBe('invalid');
    expect(jsonPrefixState('{"a":1}}')).toBe('invalid');
    expect(jsonPrefixState('garbage')).toBe('invalid');
  });

  test('a well-formed line that is not a valid entry is an error too', () => {
    const bad = `${JSON.stringify({ ...a, state: 'finished' })}\n${serializeLedgerEntry(b)}`;
    const result = safeParseLedger(bad);
    expect(result.success).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'ledger-entry', start: { line: 1 } });
    // The field by its words in Chinese (完成情况), by its key in English (state).
    expect(result.diagnostics[0]!.message).toContain('“完成情况”');
    expect(formatDiagnostic(result.diagnostics[0]!, { locale: 'en' })).toContain('state');
  });

  test('a repeated id keeps the first entry, with a warning', () => {
    const read = parseLedger(serializeLedger([a, { ...a, note: 'copy' }, b]));
    expect(read.entries).toEqual([a, b]);
    expect(read.diagnostics.map((d) => [d.code, d.start?.line])).toEqual([['ledger-duplicate-id', 2]]);
  });

  test('unknown keys from a newer writer are dropped, not refused', () => {
    const read = parseLedger(`${JSON.stringify({ ...a, futureField: 1 })}\n`);
    expect(read.entries).toEqual([a]);
  });
});

describe('stores and export', () => {
  test('the in-memory store keeps JSON Lines text a browser can persist', async () => {
    const store = new MemoryLedgerStore();
    await store.append([a]);
    await store.append([b]);
    expect(store.text).toBe(serializeLedger([a, b]));
    expect((await store.readAll()).entries).toEqual([a, b]);
  });

  test('CSV export: the workbook’s column names, labels, formula-safe, one evidence item per line', () => {
    const risky = entry({
      task: 9,
      unit: '市财政局',
      date: '2021-10-03',
      state: 'doneLate',
      note: '=HYPERLINK("x")',
    });
    const csv = ledgerToCsv([a, risky]);
    const [head, first, ...rest] = csv.split('\r\n');
    expect(head).toBe(`\uFEFF${LEDGER_CSV_COLUMNS.join(',')}`);
    expect(first).toContain(',7,市财政局,2021-10-01,推进中,"第一行\n第二行 ""引号""",');
    expect(first).toContain('"https://example.gov.cn/a?b=1,2\n报告.pdf"');
    expect(rest.join('\r\n')).toContain(`已完成（逾期）,"'=HYPERLINK(""x"")"`);
  });

  test('CSV export: who reported, who answers for the work, whom to ask and the phone, as the workbook has them', () => {
    const signed = entry({
      task: 7,
      unit: '市财政局',
      date: '2021-10-01',
      state: 'done',
      author: '张三',
      responsiblePerson: '李四',
      contact: '王五',
      phone: '0759-3331234',
    });
    const [head, row] = ledgerToCsv([signed]).split('\r\n');
    const columns = head!.replace('\uFEFF', '').split(',');
    const cells = row!.split(',');
    // In the workbook's order: 填报人, 责任人, 联系人, 联系电话.
    const at = ['填报人', '责任人', '联系人', '联系电话'].map((c) => columns.indexOf(c));
    expect(at.every((i, k) => i > 0 && (k === 0 || i === at[k - 1]! + 1))).toBe(true);
    expect(at.map((i) => cells[i])).toEqual(['张三', '李四', '王五', '0759-3331234']);
  });
});
