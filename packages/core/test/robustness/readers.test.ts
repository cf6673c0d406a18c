/**
 * What the robustness work changed in the plan reader (model/parse.ts), the decoder (text.ts) and
 * the diagnostic formatter (diagnostics.ts), each pinned by the case that found it.
 */
import { describe, expect, test, vi } from 'vitest';
import { decodeText, formatDiagnostic, safeParsePlan } from '../../src';
import { BASE_PLAN } from './corpus';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)));

describe('deeply nested documents', () => {
  test('are refused before the YAML reader recurses — again and again in one process', () => {
    // Before: the second 10,000-deep document in a process aborted it (V8 out of memory in the
    // regular-expression compiler after the YAML reader's stack overflow), uncatchably.
    const deep = [
      `${'['.repeat(10_000)}${']'.repeat(10_000)}`,
      `${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}`,
      `tasks:\n  ${'- '.repeat(10_000)}x`,
    ];
    for (let round = 0; round < 3; round++) {
      for (const text of deep) {
        const result = safeParsePlan(text, { fileName: 'deep.yaml' });
        expect(result.success).toBe(false);
        expect(result.diagnostics).toEqual([
          expect.objectContaining({ code: 'too-deep', severity: 'error', file: 'deep.yaml' }),
        ]);
      }
    }
  });

  test('a plan of ordinary depth is not affected', () => {
    expect(safeParsePlan(`${BASE_PLAN}# *careful\n`).success).toBe(true);
  });
});

describe('the fast and the careful reader agree', () => {
  test('on CR-only line endings, with the line of an error counted right', () => {
    const cr = BASE_PLAN.replace(/\n/g, '\r');
    expect(safeParsePlan(cr).success).toBe(true);
    expect(safeParsePlan(`${cr}# *careful\r`).success).toBe(true);
    const bad = safeParsePlan(BASE_PLAN.replace('number: 2', 'number: x').replace(/\n/g, '\r'));
    expect(bad.diagnostics[0]).toMatchObject({ code: 'wrong-type', start: { line: 14, column: 13 } });
  });
});

describe('numbers the fast reader (js-yaml) would read otherwise', () => {
  test.each(['0b11', '!!float 7'])(
    'number: %s is read the same with or without an alias in the file',
    (value) => {
      const text = BASE_PLAN.replace('number: 2', `number: ${value}`);
      const fast = safeParsePlan(text);
      const careful = safeParsePlan(`${text}# *careful\n`);
      expect(fast.success).toBe(careful.success);
      expect(fast.diagnostics.map((d) => d.code)).toEqual(careful.diagnostics.map((d) => d.code));
    },
  );
});

describe('a quoted text continued on an under-indented line', () => {
  test.each([
    ['"加强政策解读，\n及时回应社会关切。"'],
    ['"加强政策解读，\n  及时回应社会关切。"'],
    ["'加强政策解读，\n及时回应社会关切。'"],
  ])('%j is refused, with or without an alias in the file (js-yaml took it)', (value) => {
    const text = BASE_PLAN.replace('加强政策解读，及时回应社会关切。', value);
    for (const variant of [text, `${text}# *careful\n`]) {
      const result = safeParsePlan(variant);
      expect(result.success).toBe(false);
      expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-syntax', start: { line: 16 } });
    }
  });

  test('indented under its key, it is one text', () => {
    const result = safeParsePlan(
      BASE_PLAN.replace('加强政策解读，及时回应社会关切。', '"加强政策解读，\n      及时回应社会关切。"'),
    );
    expect(result.success && result.data.tasks[1]?.text).toBe('加强政策解读， 及时回应社会关切。');
  });
});

describe('the YAML library stays quiet', () => {
  test('a list used as a key is reported, not warned about on the process’s stderr', () => {
    const warn = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      const result = safeParsePlan(`${BASE_PLAN}? [a, b]\n: 1\n# *careful\n`);
      expect(result.diagnostics.map((d) => d.code)).toContain('unknown-key');
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });
});

describe('strict JSON', () => {
  const json = JSON.stringify({ meta: { title: '示例', issued: '2022-03-01' } }, null, 2);
  test.each([
    // reported where a key was expected after the comma
    ['a trailing comma', json.replace('"2022-03-01"', '"2022-03-01",'), 5],
    ['single quotes', json.replace('"2022-03-01"', "'2022-03-01'"), 4],
    ['a comment', json.replace('{\n', '{\n  // 注释\n'), 2],
  ])('%s in a .json file is a json-syntax error at its line', (_what, text, line) => {
    const result = safeParsePlan(text, { fileName: 'plan.json' });
    expect(result.success).toBe(false);
    expect(result.diagnostics[0]).toMatchObject({ code: 'json-syntax', start: { line } });
  });
});

describe('one diagnostic per problem, where it is', () => {
  test('a date that is not YYYY-MM-DD at all is one invalid-date, not two', () => {
    const result = safeParsePlan(BASE_PLAN.replace('"2022-03-01"', '2022-03-01 10:00:00'));
    expect(result.diagnostics.map((d) => [d.code, d.start?.line])).toEqual([['invalid-date', 4]]);
  });

  test('an empty document says it is empty', () => {
    for (const text of ['', '  \n', '# 注释\n']) {
      expect(safeParsePlan(text).diagnostics).toEqual([
        expect.objectContaining({ code: 'empty-document', start: expect.objectContaining({ line: 1 }) }),
      ]);
    }
  });

  test('an alias to no anchor is pointed at', () => {
    const result = safeParsePlan(BASE_PLAN.replace('deadline: 长期工作', 'deadline: *nowhere'));
    expect(result.diagnostics[0]).toMatchObject({ code: 'yaml-aliases', start: { line: 18, column: 15 } });
  });
});

describe('decodeText names what a file is when it is not UTF-8', () => {
  test.each([
    [
      'UTF-16LE without a BOM (not “GBK”)',
      new Uint8Array(Buffer.from(BASE_PLAN, 'utf16le')),
      /没有字节顺序标记（BOM）的 UTF-16LE/,
    ],
    ['a PDF', bytes('%PDF-1.7\n%', [0xe2, 0xe3, 0xcf, 0xd3]), /PDF 文档/],
    ['a .docx/.xlsx', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), /ZIP 压缩包/],
    ['UTF-32', bytes([0xff, 0xfe, 0x00, 0x00, 0x6d, 0, 0, 0]), /UTF-32/],
  ])('%s', (_what, input, says) => {
    const result = decodeText(input, { fileName: 'plan.yaml' });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.diagnostic.message).toMatch(says);
      expect(result.diagnostic.message).not.toMatch(/GBK/);
    }
  });

  test('a NUL byte is located and named', () => {
    const result = decodeText(bytes('meta:\n  title: 示\u0000例\n'));
    expect(result.success ? undefined : result.diagnostic).toMatchObject({
      message: expect.stringContaining('NUL'),
      start: { line: 2, column: 11 },
    });
  });

  test('a surrogate or overlong form in UTF-8 bytes is located', () => {
    for (const bad of [
      [0xed, 0xa0, 0x80],
      [0xc0, 0xaf],
      [0xe0, 0x80, 0xaf],
    ]) {
      const result = decodeText(bytes('meta:\n  title: ', bad, '\n'));
      expect(result.success ? undefined : result.diagnostic.start).toMatchObject({ line: 2, column: 10 });
    }
  });

  test('GBK is still called GBK', () => {
    const result = decodeText(bytes('m: ', [0xb1, 0xea, 0xcc, 0xe2], '\n'));
    expect(result.success ? '' : result.diagnostic.message).toMatch(/GBK/);
  });
});

describe('formatDiagnostic', () => {
  test('shows control characters and bidirectional overrides instead of passing them on, on one line', () => {
    const formatted = formatDiagnostic({
      severity: 'error',
      code: 'unknown-key',
      message: 'unknown key “\u001b]0;标题\u0007\u001b[2J”',
      file: 'plan.yaml',
      start: { line: 2, column: 3, offset: 9 },
      found: '\u202e反向\r\n换行\t制表',
    });
    expect(formatted).toBe(
      'plan.yaml:2:3: 错误[unknown-key] unknown key “\\u{1b}]0;标题\\u{7}\\u{1b}[2J”（实为 \\u{202e}反向  换行 制表）',
    );
  });
});
