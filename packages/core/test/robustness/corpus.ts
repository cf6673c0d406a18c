/**
 * The malformed-file corpus (test/fixtures/malformed/): every file is made here, by code, with what
 * fengong must say about it. `make-corpus.ts` writes the files; `corpus.test.ts` reads the committed
 * files back and checks them against these expectations (and that they are what this module makes).
 */

/** What reading a corpus file must give. */
export type Expectation =
  /** The bytes decode and the document parses (e.g. CRLF, a BOM); `check` asserts more. */
  | { valid: true }
  /** `decodeText` refuses the bytes with an `encoding` diagnostic whose message says this. */
  | { stage: 'decode'; says: string | RegExp; line?: number }
  /** The text decodes but the document is refused; the first error has this code (and line). */
  | { stage: 'parse'; code: string; line?: number; says?: string | RegExp };

export interface CorpusEntry {
  /** File name in test/fixtures/malformed; `.registry.` names a unit registry, `.json` strict JSON. */
  file: string;
  /** What is wrong with it, or what it tries. */
  what: string;
  bytes: () => Uint8Array;
  expect: Expectation;
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const concat = (...parts: (Uint8Array | number[])[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
};

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const units = (bom ? '\uFEFF' : '') + text;
  const out = new Uint8Array(units.length * 2);
  for (let i = 0; i < units.length; i++) {
    const c = units.charCodeAt(i);
    out[endian === 'le' ? 2 * i : 2 * i + 1] = c & 0xff;
    out[endian === 'le' ? 2 * i + 1 : 2 * i] = c >> 8;
  }
  return out;
}

function utf32le(text: string, bom: boolean): Uint8Array {
  const points = [...((bom ? '\uFEFF' : '') + text)].map((c) => c.codePointAt(0)!);
  const out = new Uint8Array(points.length * 4);
  const view = new DataView(out.buffer);
  for (const [i, p] of points.entries()) view.setUint32(4 * i, p, true);
  return out;
}

let gbkTable: Map<string, number[]> | undefined;
/** GBK bytes of `text`, by inverting the platform's GBK decoder (Node ships it with full ICU). */
function gbk(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const c = decoder.decode(new Uint8Array([lead, trail]));
        if (c.length === 1 && c !== '\uFFFD' && !gbkTable.has(c)) gbkTable.set(c, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(c);
      if (!pair) throw new Error(`no GBK form for “${c}”`);
      bytes.push(...pair);
    }
  }
  return new Uint8Array(bytes);
}

/** mulberry32: the same garbage on every machine. */
function randomBytes(n: number, seed: number): Uint8Array {
  let a = seed >>> 0;
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    out[i] = ((t ^ (t >>> 14)) >>> 0) & 0xff;
  }
  return out;
}

/**
 * A small valid plan: line 9 is task 1 (`- number: 1`), line 11 its text, line 12 its units; line 14
 * task 2.
 */
export const BASE_PLAN = `meta:
  title: 示例市2022年政务公开工作要点分工方案
  documentNumber: 示府办〔2022〕3号
  issued: "2022-03-01"
categories:
  - name: 做好规划公开
  - name: 做好政策解读
tasks:
  - number: 1
    category: 做好规划公开
    text: 主动公开国民经济和社会发展规划纲要。
    units: 各县（市、区）政府（管委会）；市发展改革局牵头，市直各单位按职责分工落实
    deadline: 2022年9月前
  - number: 2
    category: 做好政策解读
    text: 加强政策解读，及时回应社会关切。
    units: 市政府办公室牵头，市财政局、市司法局配合
    deadline: 长期工作
`;

/** A small valid unit registry. */
export const BASE_REGISTRY = `government: 示例市
units:
  - name: 市发展改革局
    kind: cityDepartment
  - name: 市财政局
    kind: cityDepartment
  - name: 市司法局
    kind: cityDepartment
  - name: 市政府办公室
    kind: cityOffice
  - name: 东山区政府
    kind: countyGovernment
groups:
  - name: 各县（市、区）政府（管委会）
    territorial: true
    members: [东山区政府]
  - name: 市直各单位
    memberKinds: [cityDepartment, cityOffice]
`;

const BASE_JSON = JSON.stringify(
  {
    meta: { title: '示例市2022年政务公开工作要点分工方案', issued: '2022-03-01' },
    categories: [{ name: '做好规划公开' }],
    tasks: [
      {
        number: 1,
        category: '做好规划公开',
        text: '主动公开国民经济和社会发展规划纲要。',
        units: '市发展改革局牵头，市直各单位按职责分工落实',
        deadline: '2022年9月前',
      },
    ],
  },
  null,
  2,
);

const plan = (edit: (text: string) => string = (t) => t) => utf8(edit(BASE_PLAN));
const replaceOnce = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`corpus: “${from}” is not in the base text`);
  return text.replace(from, to);
};
/** Billion laughs: 9 levels of 9 aliases each, 387 million strings if expanded. */
const aliasBomb = () => {
  const lines = ['a: &a ["哈","哈","哈","哈","哈","哈","哈","哈","哈"]'];
  for (let i = 1; i < 10; i++) {
    const name = String.fromCharCode(97 + i);
    const prev = String.fromCharCode(96 + i);
    lines.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
  }
  return `${lines.join('\n')}\n${BASE_PLAN}`;
};
const MEGABYTE = 1 << 20;
/** A units cell of 1 MB of UTF-8: 市直部门 names joined by 、, then a role. */
const hugeUnitsCell = () => {
  const names = ['市发展改革局', '市财政局', '市司法局', '市政府办公室'];
  const parts: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < MEGABYTE; i++) {
    const name = names[i % names.length]!;
    parts.push(name);
    bytes += utf8(name).length + 3;
  }
  return `${parts.join('、')}按职责分工落实`;
};

export const CORPUS: readonly CorpusEntry[] = [
  // ——— encodings ———
  {
    file: '01-gbk.yaml',
    what: 'the plan saved as GBK, as office PCs often do',
    bytes: () => gbk(BASE_PLAN),
    expect: { stage: 'decode', says: 'GBK', line: 2 },
  },
  {
    file: '02-utf16le-bom.yaml',
    what: 'UTF-16LE with a byte-order mark (Windows Notepad “Unicode”)',
    bytes: () => utf16(BASE_PLAN, 'le', true),
    expect: { valid: true },
  },
  {
    file: '03-utf16be-bom.yaml',
    what: 'UTF-16BE with a byte-order mark',
    bytes: () => utf16(BASE_PLAN, 'be', true),
    expect: { valid: true },
  },
  {
    file: '04-utf16le-no-bom.yaml',
    what: 'UTF-16LE without a byte-order mark',
    bytes: () => utf16(BASE_PLAN, 'le', false),
    expect: { stage: 'decode', says: '没有字节顺序标记（BOM）的 UTF-16LE', line: 1 },
  },
  {
    file: '05-utf16be-no-bom.yaml',
    what: 'UTF-16BE without a byte-order mark',
    bytes: () => utf16(BASE_PLAN, 'be', false),
    expect: { stage: 'decode', says: '没有字节顺序标记（BOM）的 UTF-16BE', line: 1 },
  },
  {
    file: '06-utf8-bom.yaml',
    what: 'UTF-8 with a byte-order mark',
    bytes: () => concat([0xef, 0xbb, 0xbf], plan()),
    expect: { valid: true },
  },
  {
    file: '07-utf8-bom-twice.yaml',
    what: 'two UTF-8 byte-order marks (a file “converted to UTF-8” twice)',
    bytes: () => concat([0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf], plan()),
    expect: { valid: true },
  },
  {
    file: '08-utf32le-bom.yaml',
    what: 'UTF-32LE with a byte-order mark',
    bytes: () => utf32le(BASE_PLAN, true),
    expect: { stage: 'decode', says: 'UTF-32', line: 1 },
  },
  {
    file: '09-latin1.yaml',
    what: 'a Windows-1252 byte (é) in the title',
    bytes: () =>
      concat(utf8('meta:\n  title: Caf'), [0xe9], utf8(BASE_PLAN.slice(BASE_PLAN.indexOf('\n  document')))),
    expect: { stage: 'decode', says: '不是 UTF-8', line: 2 },
  },
  {
    file: '10-invalid-utf8-byte.yaml',
    what: 'one stray 0xFF byte in task 1’s text (line 11)',
    bytes: () => {
      const at = BASE_PLAN.indexOf('主动公开国民');
      return concat(utf8(BASE_PLAN.slice(0, at)), [0xff], utf8(BASE_PLAN.slice(at)));
    },
    expect: { stage: 'decode', says: '不是 UTF-8', line: 11 },
  },
  {
    file: '11-overlong-utf8.yaml',
    what: 'an overlong UTF-8 form of “/” (C0 AF) in the document number',
    bytes: () => {
      const at = BASE_PLAN.indexOf('〔2022〕');
      return concat(utf8(BASE_PLAN.slice(0, at)), [0xc0, 0xaf], utf8(BASE_PLAN.slice(at)));
    },
    expect: { stage: 'decode', says: '不是 UTF-8', line: 3 },
  },
  {
    file: '12-lone-surrogate-utf8.yaml',
    what: 'a lone surrogate encoded as UTF-8 bytes (ED A0 80, CESU-8), as some converters write',
    bytes: () => {
      const at = BASE_PLAN.indexOf('加强政策解读');
      return concat(utf8(BASE_PLAN.slice(0, at)), [0xed, 0xa0, 0x80], utf8(BASE_PLAN.slice(at)));
    },
    expect: { stage: 'decode', says: '不是 UTF-8', line: 16 },
  },
  {
    file: '13-nul-byte.yaml',
    what: 'a NUL byte inside task 1’s text',
    bytes: () => plan(replaceOnce('主动公开国民经济', '主动公开\u0000国民经济')),
    expect: { stage: 'decode', says: 'NUL', line: 11 },
  },
  {
    file: '14-binary-garbage.yaml',
    what: '4 KB of random bytes',
    bytes: () => randomBytes(4096, 11),
    expect: { stage: 'decode', says: '不是 UTF-8' },
  },
  {
    file: '15-pdf-as-plan.yaml',
    what: 'the plan’s PDF passed as the plan file',
    bytes: () =>
      concat(
        utf8('%PDF-1.7\n%'),
        [0xe2, 0xe3, 0xcf, 0xd3],
        utf8('\n1 0 obj\n<< /Type /Catalog >>\n'),
        randomBytes(512, 15),
      ),
    expect: { stage: 'decode', says: 'PDF', line: 1 },
  },
  {
    file: '16-docx-as-plan.yaml',
    what: 'a Word .docx (a ZIP archive) passed as the plan file',
    bytes: () =>
      concat(
        [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00],
        utf8('[Content_Types].xml'),
        randomBytes(512, 16),
      ),
    expect: { stage: 'decode', says: 'ZIP', line: 1 },
  },
  {
    file: '17-xls-as-plan.yaml',
    what: 'an old Excel .xls (OLE2) passed as the plan file',
    bytes: () => concat([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], randomBytes(512, 17)),
    expect: { stage: 'decode', says: 'Excel', line: 1 },
  },
  {
    file: '18-truncated-mid-character.yaml',
    what: 'a download cut off in the middle of a three-byte character',
    bytes: () => {
      const all = plan();
      const cut = utf8(BASE_PLAN.slice(0, BASE_PLAN.indexOf('加强政策解读'))).length + 2;
      return all.slice(0, cut);
    },
    expect: { stage: 'decode', says: '不是 UTF-8', line: 16 },
  },
  // ——— line endings ———
  {
    file: '19-crlf.yaml',
    what: 'Windows line endings (CRLF)',
    bytes: () => plan((t) => t.replace(/\n/g, '\r\n')),
    expect: { valid: true },
  },
  {
    file: '20-cr-only.yaml',
    what: 'classic Mac line endings (CR alone)',
    bytes: () => plan((t) => t.replace(/\n/g, '\r')),
    expect: { valid: true },
  },
  {
    file: '21-mixed-line-endings.yaml',
    what: 'CRLF, LF and CR mixed in one file',
    bytes: () =>
      plan((t) =>
        t
          .split('\n')
          .map((line, i) => line + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\n' : '\r'))
          .join('')
          .slice(0, -1),
      ),
    expect: { valid: true },
  },
  {
    file: '22-crlf-with-error.yaml',
    what: 'CRLF line endings and an error: the line and column must not count the CRs',
    bytes: () => plan((t) => replaceOnce('number: 2', 'number: 二')(t).replace(/\n/g, '\r\n')),
    expect: { stage: 'parse', code: 'wrong-type', line: 14 },
  },
  {
    file: '23-cr-only-with-error.yaml',
    what: 'CR-only line endings and an error: still on the right line',
    bytes: () => plan((t) => replaceOnce('number: 2', 'number: 二')(t).replace(/\n/g, '\r')),
    expect: { stage: 'parse', code: 'wrong-type', line: 14 },
  },
  // ——— YAML syntax and structure ———
  {
    file: '24-truncated-mid-task.yaml',
    what: 'cut off after task 2’s text: no units, no deadline',
    bytes: () => utf8(BASE_PLAN.slice(0, BASE_PLAN.indexOf('    units: 市政府办公室'))),
    expect: { stage: 'parse', code: 'missing-key', line: 14, says: 'units' },
  },
  {
    file: '25-truncated-mid-key.yaml',
    what: 'cut off in the middle of a key',
    bytes: () => utf8(BASE_PLAN.slice(0, BASE_PLAN.indexOf('units: 市政府办公室') + 3)),
    expect: { stage: 'parse', code: 'yaml-syntax', line: 17 },
  },
  {
    file: '26-unterminated-quote.yaml',
    what: 'a double quote that is never closed',
    bytes: () => plan(replaceOnce('title: 示例市', 'title: "示例市')),
    expect: { stage: 'parse', code: 'yaml-syntax', line: 2 },
  },
  {
    file: '27-unclosed-flow-list.yaml',
    what: 'a [ list that is never closed',
    bytes: () =>
      plan(
        replaceOnce(
          '  issued: "2022-03-01"\n',
          '  issued: "2022-03-01"\n  addressees: [各县（市、区）政府, 市直各单位\n',
        ),
      ),
    // reported where the list should have ended: the next key
    expect: { stage: 'parse', code: 'yaml-syntax', line: 6, says: 'end with a ]' },
  },
  {
    file: '28-bad-indentation.yaml',
    what: 'one key of task 1 indented one space too far',
    bytes: () => plan(replaceOnce('    units: 各县', '     units: 各县')),
    // the reader takes the over-indented line as text continuing the line before, and says so there
    expect: { stage: 'parse', code: 'yaml-syntax', line: 11 },
  },
  {
    file: '29-tab-indentation.yaml',
    what: 'task keys indented with tabs',
    bytes: () => plan(replaceOnce('    category: 做好规划公开\n', '\tcategory: 做好规划公开\n')),
    expect: { stage: 'parse', code: 'yaml-syntax', line: 10 },
  },
  {
    file: '30-tabs-in-values.yaml',
    what: 'tabs after colons and inside values (allowed)',
    bytes: () =>
      plan((t) =>
        t.replace('text: 主动公开', 'text:\t主动\t公开').replace('deadline: 长期工作', 'deadline:\t长期工作'),
      ),
    expect: { valid: true },
  },
  {
    file: '31-deep-flow-lists.yaml',
    what: '10,000 nested [ lists',
    bytes: () => utf8(`${'['.repeat(10_000)}${']'.repeat(10_000)}\n`),
    expect: { stage: 'parse', code: 'too-deep', line: 1 },
  },
  {
    file: '32-deep-unclosed-flow.yaml',
    what: '10,000 [ and nothing closed',
    bytes: () => utf8(`tasks: ${'['.repeat(10_000)}\n`),
    expect: { stage: 'parse', code: 'too-deep', line: 1 },
  },
  {
    file: '33-deep-block-sequence.yaml',
    what: '10,000 nested block lists (- - - …)',
    bytes: () => utf8(`tasks:\n  ${'- '.repeat(10_000)}x\n`),
    expect: { stage: 'parse', code: 'too-deep', line: 2 },
  },
  {
    file: '34-deep-flow-mappings.yaml',
    what: '10,000 nested { mappings',
    bytes: () => utf8(`${'{a: '.repeat(10_000)}1${'}'.repeat(10_000)}\n`),
    expect: { stage: 'parse', code: 'too-deep', line: 1 },
  },
  {
    file: '35-deep-indented-mappings.yaml',
    what: '500 mappings nested by indentation',
    bytes: () => utf8(`${Array.from({ length: 500 }, (_, i) => `${' '.repeat(i)}a:`).join('\n')} 1\n`),
    expect: { stage: 'parse', code: 'too-deep' },
  },
  {
    file: '36-duplicate-top-key.yaml',
    what: '`meta:` twice',
    bytes: () => utf8(`${BASE_PLAN}meta:\n  title: 又一个\n  issued: "2022-03-02"\n`),
    expect: { stage: 'parse', code: 'duplicate-key', line: 19 },
  },
  {
    file: '37-duplicate-task-key.yaml',
    what: '`text:` twice in task 2',
    bytes: () => plan(replaceOnce('    text: 加强政策解读', '    text: 第一个\n    text: 加强政策解读')),
    expect: { stage: 'parse', code: 'duplicate-key', line: 17 },
  },
  {
    file: '38-alias-bomb.yaml',
    what: '“billion laughs”: nine levels of nine aliases',
    bytes: () => utf8(aliasBomb()),
    expect: { stage: 'parse', code: 'yaml-aliases', line: 1 },
  },
  {
    file: '39-aliases-modest.yaml',
    what: 'an anchor reused for a second task’s units (allowed)',
    bytes: () =>
      plan((t) =>
        t
          .replace('    units: 各县', '    units: &units 各县')
          .replace('    units: 市政府办公室牵头，市财政局、市司法局配合', '    units: *units'),
      ),
    expect: { valid: true },
  },
  {
    file: '40-merge-key.yaml',
    what: 'a YAML 1.1 merge key (<<), which YAML 1.2 plans do not have',
    bytes: () => plan(replaceOnce('  - number: 2\n', '  - <<: { category: 做好政策解读 }\n    number: 2\n')),
    expect: { stage: 'parse', code: 'unknown-key', line: 14, says: '<<' },
  },
  {
    file: '41-undefined-alias.yaml',
    what: 'an alias to an anchor that does not exist',
    bytes: () => plan(replaceOnce('deadline: 长期工作', 'deadline: *nowhere')),
    expect: { stage: 'parse', code: 'yaml-aliases', line: 18, says: 'nowhere' },
  },
  {
    file: '42-two-documents.yaml',
    what: 'two YAML documents in one file',
    bytes: () => utf8(`${BASE_PLAN}---\n${BASE_PLAN}`),
    expect: { stage: 'parse', code: 'yaml-syntax', line: 19, says: 'multiple documents' },
  },
  {
    file: '43-unknown-tags.yaml',
    what: 'custom and language tags (!foo, !!js/function): read as the text they tag',
    bytes: () =>
      plan((t) =>
        t
          .replace('text: 主动公开', 'text: !foo 主动公开')
          .replace('deadline: 长期工作', 'deadline: !!js/function 长期工作'),
      ),
    expect: { valid: true },
  },
  // ——— the wrong shape ———
  {
    file: '44-empty.yaml',
    what: 'an empty file',
    bytes: () => new Uint8Array(0),
    expect: { stage: 'parse', code: 'empty-document', line: 1 },
  },
  {
    file: '45-whitespace-only.yaml',
    what: 'spaces, tabs and line breaks only',
    bytes: () => utf8('  \n\t\n\r\n   \n'),
    expect: { stage: 'parse', code: 'empty-document', line: 1 },
  },
  {
    file: '46-only-comments.yaml',
    what: 'comments and nothing else',
    bytes: () => utf8('# 示例市2022年政务公开工作要点分工方案\n# tasks: 待补充\n'),
    expect: { stage: 'parse', code: 'empty-document', line: 1 },
  },
  {
    file: '47-scalar.yaml',
    what: 'a plan that is one line of text',
    bytes: () => utf8('示例市2022年政务公开工作要点分工方案\n'),
    expect: { stage: 'parse', code: 'not-a-mapping', line: 1 },
  },
  {
    file: '48-null-tasks.yaml',
    what: '`tasks:` with nothing under it',
    bytes: () => utf8(`${BASE_PLAN.slice(0, BASE_PLAN.indexOf('tasks:'))}tasks:\n`),
    expect: { stage: 'parse', code: 'wrong-type', line: 8 },
  },
  {
    file: '49-tasks-is-mapping.yaml',
    what: 'tasks written as a mapping instead of a list',
    bytes: () =>
      utf8(`${BASE_PLAN.slice(0, BASE_PLAN.indexOf('tasks:'))}tasks:\n  number: 1\n  text: 主动公开\n`),
    expect: { stage: 'parse', code: 'wrong-type', line: 9, says: '类型不对' },
  },
  {
    file: '50-numbers-as-strings.yaml',
    what: 'a task number in quotes',
    bytes: () => plan(replaceOnce('number: 2', 'number: "2"')),
    expect: { stage: 'parse', code: 'wrong-type', line: 14 },
  },
  {
    file: '51-unquoted-date.yaml',
    what: 'issued: 2022-03-01 without quotes: YAML 1.2 has no date type, so it is the text 2022-03-01',
    bytes: () => plan(replaceOnce('issued: "2022-03-01"', 'issued: 2022-03-01')),
    expect: { valid: true },
  },
  {
    file: '52-timestamp-with-time.yaml',
    what: 'issued as a YAML 1.1 timestamp with a time of day',
    bytes: () => plan(replaceOnce('issued: "2022-03-01"', 'issued: 2022-03-01 10:00:00')),
    expect: { stage: 'parse', code: 'invalid-date', line: 4 },
  },
  {
    file: '53-date-as-number.yaml',
    what: 'issued as the number 20220301',
    bytes: () => plan(replaceOnce('issued: "2022-03-01"', 'issued: 20220301')),
    expect: { stage: 'parse', code: 'wrong-type', line: 4 },
  },
  {
    file: '54-number-overflow.yaml',
    what: 'a task number too large for any number (1e400)',
    bytes: () => plan(replaceOnce('number: 2', 'number: 1e400')),
    expect: { stage: 'parse', code: 'wrong-type', line: 14 },
  },
  // ——— JSON ———
  {
    file: '55-trailing-commas.json',
    what: 'a JSON plan with trailing commas',
    bytes: () => utf8(BASE_JSON.replace('"2022年9月前"', '"2022年9月前",').replace(/\}\n {2}\]/, '},\n  ]')),
    expect: { stage: 'parse', code: 'json-syntax' },
  },
  {
    file: '56-comments.json',
    what: 'a JSON plan with // comments',
    bytes: () => utf8(BASE_JSON.replace('{\n', '{\n  // 示例\n')),
    expect: { stage: 'parse', code: 'json-syntax', line: 2 },
  },
  {
    file: '57-single-quotes.json',
    what: 'a JSON plan with single-quoted strings',
    bytes: () => utf8(BASE_JSON.replace('"2022-03-01"', "'2022-03-01'")),
    expect: { stage: 'parse', code: 'json-syntax' },
  },
  {
    file: '58-bom.json',
    what: 'a JSON plan with a UTF-8 byte-order mark',
    bytes: () => concat([0xef, 0xbb, 0xbf], utf8(BASE_JSON)),
    expect: { valid: true },
  },
  {
    file: '59-duplicate-key.json',
    what: 'a JSON plan with "meta" twice',
    bytes: () => utf8(BASE_JSON.replace('{\n', '{\n  "meta": {},\n')),
    expect: { stage: 'parse', code: 'duplicate-key' },
  },
  {
    file: '60-lone-surrogate-escape.json',
    what: 'a JSON \\ud800 escape: a lone surrogate in the text, kept as written',
    bytes: () => utf8(BASE_JSON.replace('主动公开国民经济', '主动公开\\ud800国民经济')),
    expect: { valid: true },
  },
  {
    file: '61-deep.json',
    what: '10,000 nested JSON arrays as the tasks',
    bytes: () => utf8(`{"tasks": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`),
    expect: { stage: 'parse', code: 'too-deep', line: 1 },
  },
  // ——— hostile and gigantic text ———
  {
    file: '62-huge-units-cell.yaml',
    what: 'a units cell of 1 MB',
    bytes: () => plan(replaceOnce('市政府办公室牵头，市财政局、市司法局配合', hugeUnitsCell())),
    expect: { valid: true },
  },
  {
    file: '63-huge-line.yaml',
    what: '1 MB on one line with no line break',
    bytes: () => utf8('规'.repeat(MEGABYTE / 3)),
    expect: { stage: 'parse', code: 'not-a-mapping', line: 1 },
  },
  {
    file: '64-control-characters.yaml',
    what: 'ESC, BEL and CR in task text (YAML escapes): valid, and never echoed raw',
    bytes: () =>
      plan(
        replaceOnce(
          'text: 加强政策解读，及时回应社会关切。',
          'text: "清屏\\e[2J\\e[H回车\\r覆盖\\a<script>alert(1)</script>"',
        ),
      ),
    expect: { valid: true },
  },
  {
    file: '65-escape-in-key.yaml',
    what: 'an unknown key holding an ANSI escape: the diagnostic must not carry it raw',
    bytes: () =>
      plan(replaceOnce('  issued: "2022-03-01"\n', '  issued: "2022-03-01"\n  "\\e]0;标题\\a\\e[2J": 1\n')),
    expect: { stage: 'parse', code: 'unknown-key', line: 5 },
  },
  {
    file: '66-invisible-characters-in-units.yaml',
    what: 'zero-width and right-to-left characters in unit names',
    bytes: () =>
      plan((t) =>
        t
          .replace('市政府办公室牵头', '市政府\u200b办公室牵头')
          .replace('市财政局、', '\u202e市财政局、')
          .replace('市司法局配合', '市司法局\u200f配合'),
      ),
    expect: { valid: true },
  },
  // ——— registries ———
  {
    file: '67-list.registry.yaml',
    what: 'a registry that is a list of names',
    bytes: () => utf8('- 市发展改革局\n- 市财政局\n'),
    expect: { stage: 'parse', code: 'not-a-mapping', line: 1 },
  },
  {
    file: '68-crlf-bom.registry.yaml',
    what: 'a registry with a BOM and CRLF line endings',
    bytes: () => concat([0xef, 0xbb, 0xbf], utf8(BASE_REGISTRY.replace(/\n/g, '\r\n'))),
    expect: { valid: true },
  },
  {
    file: '69-gbk.registry.yaml',
    what: 'a registry saved as GBK',
    bytes: () => gbk(BASE_REGISTRY),
    expect: { stage: 'decode', says: 'GBK', line: 1 },
  },
  {
    file: '70-deep.registry.yaml',
    what: 'a registry with 10,000 nested lists as members',
    bytes: () =>
      utf8(
        BASE_REGISTRY.replace('members: [东山区政府]', `members: ${'['.repeat(10_000)}${']'.repeat(10_000)}`),
      ),
    expect: { stage: 'parse', code: 'too-deep', line: 16 },
  },
];
