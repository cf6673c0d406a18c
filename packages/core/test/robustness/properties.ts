/**
 * Property-based fuzzing of every reader of user input, shared by `npm test` (fuzz.test.ts, a few runs
 * with a fixed seed) and `npm run fuzz` (scripts/fuzz.ts, many runs with a fresh seed).
 *
 * Each property feeds a reader random text and mutated real input — the seed plan, registry and
 * document text with lines deleted, duplicated and swapped, characters flipped, and YAML punctuation
 * (`: `, `- `, quotes, brackets, anchors) inserted — and asserts that the reader returns rather than
 * throws, says what it could not read as diagnostics with a code and a message (and a position
 * inside the text), and takes no more than {@link HANG_MS} on any one input. That is a hang check, not a
 * speed test: an endless loop is caught by the test's own time limit, a catastrophic slowdown here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  analyzePlan,
  Deadline,
  type Diagnostic,
  decodeText,
  explainUnits,
  findDeadlinePhrases,
  firstDue,
  formatDiagnostic,
  isIsoDate,
  listTasks,
  parseDeadline,
  parseRegistry,
  type Registry,
  readUnitsCell,
  safeParsePlan,
  safeParseRegistry,
  UnitsExplanation,
} from '../../src';
import { importedPlanToYaml, importPlanText } from '../../src/import';

/** One call taking longer than this is a hang (generous: a loaded 2-core machine may be 10× slower than idle). */
export const HANG_MS = 20_000;

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const seedPlanText = readFileSync(path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8');
const seedRegistryText = readFileSync(path.join(repoRoot, 'seeds/zhanjiang/units.yaml'), 'utf8');
const seedDocumentText = readFileSync(path.join(repoRoot, 'seeds/000_fc8bcf8b29ea9190.txt'), 'utf8');
const seedRegistry: Registry = parseRegistry(seedRegistryText);

/** Run `fn`, failing when it throws (the property fails) or takes longer than {@link HANG_MS}. */
export function timed<T>(label: string, fn: () => T): T {
  const started = performance.now();
  const result = fn();
  const ms = performance.now() - started;
  if (ms > HANG_MS) throw new Error(`${label} took ${ms.toFixed(0)} ms on one input (limit ${HANG_MS} ms)`);
  return result;
}

const RAW_CONTROL = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A diagnostic a person can act on: a code, a message, a position inside the text, one safe line. */
export function checkDiagnostic(d: Diagnostic, text?: string): void {
  if (!/^[a-z][a-z0-9-]*$/.test(d.code)) throw new Error(`bad diagnostic code ${JSON.stringify(d.code)}`);
  if (d.message.trim() === '') throw new Error(`diagnostic ${d.code} has no message`);
  if (!['error', 'warning', 'info'].includes(d.severity)) throw new Error(`bad severity ${d.severity}`);
  if (d.start && text !== undefined) {
    const { line, column, offset } = d.start;
    if (!(line >= 1 && column >= 1 && offset >= 0 && offset <= text.length)) {
      throw new Error(`diagnostic ${d.code} is outside the text: ${JSON.stringify(d.start)}`);
    }
  }
  const formatted = formatDiagnostic(d);
  if (RAW_CONTROL.test(formatted))
    throw new Error(`formatted diagnostic holds a raw control character: ${formatted}`);
}

// ——— inputs ———

type Mutation =
  | { kind: 'delete' | 'duplicate'; line: number }
  | { kind: 'swap'; line: number; other: number }
  | { kind: 'flip' | 'insert'; line: number; at: number; text: string };

/** What mutations insert or flip characters to: YAML's punctuation, and the cells' own. */
const INSERTS = [
  ': ',
  '- ',
  '"',
  "'",
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!!str ',
  '! ',
  '? ',
  '|',
  '>',
  '#',
  '%',
  '@',
  '`',
  '\t',
  '  ',
  '\n',
  '\r',
  '\u0000',
  '\u001b[2J',
  '\ufeff',
  '\u202e',
  '\u200b',
  '\ud800',
  '~',
  'null',
  '0x1F',
  '.inf',
  '1e400',
  '2021-13-01',
  '0b11',
  '0o7',
  '+7',
  '!!float ',
  '!!int ',
  '!!binary ',
  '<<: ',
  '：',
  '，',
  '、',
  '；',
  '（',
  '）',
  '牵头',
  '配合',
  '负责',
  '按职责分工落实',
  '等部门',
  '年',
  '月',
  '日',
  '前',
  '底',
  '长期',
  '每季度',
  '之日起',
  '个工作日内',
  '二〇二一',
  '十二',
];

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), line: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), line: fc.nat(), other: fc.nat() }),
  fc.record({
    kind: fc.constantFrom('flip' as const, 'insert' as const),
    line: fc.nat(),
    at: fc.nat(),
    text: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'binary', minLength: 1, maxLength: 3 })),
  }),
);

/** Apply mutations to the lines of `text`. */
export function mutate(text: string, mutations: readonly Mutation[]): string {
  const lines = text.split('\n');
  for (const m of mutations) {
    if (lines.length === 0) lines.push('');
    const i = m.line % lines.length;
    switch (m.kind) {
      case 'delete':
        lines.splice(i, 1);
        break;
      case 'duplicate':
        lines.splice(i, 0, lines[i]!);
        break;
      case 'swap': {
        const j = m.other % lines.length;
        [lines[i], lines[j]] = [lines[j]!, lines[i]!];
        break;
      }
      case 'flip':
      case 'insert': {
        const line = lines[i]!;
        const at = m.at % (line.length + 1);
        lines[i] = line.slice(0, at) + m.text + line.slice(m.kind === 'flip' ? at + 1 : at);
        break;
      }
    }
  }
  return lines.join('\n');
}

const mutations = fc.array(mutation, { minLength: 1, maxLength: 8 });
const mutatedOf = (text: string) => mutations.map((ms) => mutate(text, ms));

const seedPlanTasks = safeParsePlan(seedPlanText);
if (!seedPlanTasks.success) throw new Error('the seed plan does not parse');
const seedCells = [...new Set(seedPlanTasks.data.tasks.map((t) => t.units))];
const seedDeadlines = [...new Set(seedPlanTasks.data.tasks.map((t) => t.deadline))];

/** Fragments units cells are made of. */
const UNIT_FRAGMENTS = [
  '市财政局',
  '市发展改革局',
  '市政府办公室',
  '市司法局',
  '市审计局',
  '各县（市、区）政府（管委会）',
  '市直各单位',
  '有关部门',
  '各镇（街道）',
  '市公安局',
  '牵头',
  '负责',
  '配合',
  '落实',
  '按职责分工落实',
  '按照职责分工强化监管',
  '等部门',
  '分别',
  '会同',
  '下同',
  '由',
  '请',
  '牵头单位：',
  '责任单位：',
  '配合单位：',
  '、',
  '，',
  ',',
  '；',
  ';',
  '。',
  '（',
  '）',
  '(',
  ')',
  '：',
  ':',
  ' ',
  '\n',
  '\u3000',
  '列第一位的为牵头单位',
];
const DEADLINE_FRAGMENTS = [
  '2021',
  '2022',
  '年',
  '１２',
  '9',
  '13',
  '0',
  '月',
  '日',
  '号',
  '份',
  '前',
  '以前',
  '之前',
  '底',
  '末',
  '内',
  '上旬',
  '中旬',
  '下旬',
  '第三',
  '季度',
  '上半年',
  '下半年',
  '全年',
  '年内',
  '长期工作',
  '持续推进',
  '常态化',
  '每季度',
  '每月',
  '每年至少',
  '次',
  '印发',
  '收到申请',
  '之日起',
  '个工作日内',
  '可延长',
  '及时',
  '尽快',
  '二〇二一',
  '十二',
  '三十',
  '至',
  '—',
  '；',
  '，',
  '。',
  ' ',
  '\n',
  '完成',
];

const tokens = (fragments: readonly string[], maxLength: number) =>
  fc.array(fc.constantFrom(...fragments), { maxLength }).map((parts) => parts.join(''));

/** Random text of every kind: any code units (lone surrogates too), graphemes, and look-alikes. */
const anyText = (fragments: readonly string[]) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 60 }),
    fc.string({ unit: 'grapheme', maxLength: 60 }),
    tokens(fragments, 30),
  );

const unitsText = fc.oneof(anyText(UNIT_FRAGMENTS), fc.constantFrom(...seedCells).chain(mutatedOfLine));
const deadlineText = fc.oneof(
  anyText(DEADLINE_FRAGMENTS),
  fc.constantFrom(...seedDeadlines).chain(mutatedOfLine),
);

function mutatedOfLine(text: string): fc.Arbitrary<string> {
  return mutations.map((ms) => mutate(text, ms));
}

/** Days between 1990 and 2060, and now and then not a day at all. */
const issuedDay = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .integer({ min: 0, max: 70 * 366 })
      .map((n) => new Date(Date.UTC(1990, 0, 1 + n)).toISOString().slice(0, 10)),
  },
  { weight: 1, arbitrary: fc.constantFrom('2021-02-29', '2021-13-01', '', 'yesterday') },
);
const conventions = fc.record(
  {
    monthBefore: fc.constantFrom('endOfMonth' as const, 'endOfPreviousMonth' as const),
    dayBeforeInclusive: fc.boolean(),
  },
  { requiredKeys: [] },
);

// ——— properties ———

export interface FuzzProperty {
  name: string;
  /** Relative cost: the runs of `npm test` are divided by it. */
  cost: number;
  property: () => fc.IRawProperty<unknown[]>;
}

export const fuzzProperties: readonly FuzzProperty[] = [
  {
    name: 'readUnitsCell: any text, with and without a registry',
    cost: 1,
    property: () =>
      fc.property(unitsText, fc.boolean(), (text, withRegistry) => {
        const reading = timed('readUnitsCell', () =>
          readUnitsCell(text, withRegistry ? { registry: seedRegistry } : {}),
        );
        for (const clause of reading.clauses) {
          const { start, end } = clause.span;
          if (!(start >= 0 && start <= end && end <= text.length)) {
            throw new Error(`clause span ${start}..${end} is outside the text (${text.length})`);
          }
        }
        for (const n of reading.notices)
          if (!n.code || !n.message) throw new Error('a notice without code or message');
      }),
  },
  {
    name: 'explainUnits: any text gives a valid explanation',
    cost: 1,
    property: () =>
      fc.property(unitsText, (text) => {
        const explained = timed('explainUnits', () => explainUnits(text, { registry: seedRegistry }));
        const valid = UnitsExplanation.safeParse(explained);
        if (!valid.success) throw new Error(`invalid explanation: ${valid.error.message}`);
      }),
  },
  {
    name: 'parseDeadline: any text and issue day give a valid deadline, and a first due day or none',
    cost: 1,
    property: () =>
      fc.property(deadlineText, issuedDay, conventions, (text, issued, conv) => {
        const { deadline, notices } = timed('parseDeadline', () =>
          parseDeadline(text, { issued, conventions: conv }),
        );
        const valid = Deadline.safeParse(deadline);
        if (!valid.success) throw new Error(`invalid deadline: ${valid.error.message}`);
        if (deadline.text !== text) throw new Error('the deadline does not keep its text as written');
        for (const n of notices) checkDiagnostic(n);
        const due = timed('firstDue', () => firstDue(deadline));
        if (due !== null && !isIsoDate(due)) throw new Error(`first due day ${due} is not a day`);
      }),
  },
  {
    name: 'findDeadlinePhrases: every phrase found is where it says it is',
    cost: 1,
    property: () =>
      fc.property(fc.oneof(deadlineText, mutatedOf(seedDocumentText.slice(0, 3000))), (text) => {
        for (const p of timed('findDeadlinePhrases', () => findDeadlinePhrases(text))) {
          if (
            !(p.start >= 0 && p.start < p.end && p.end <= text.length) ||
            text.slice(p.start, p.end) !== p.text
          ) {
            throw new Error(`phrase ${JSON.stringify(p)} is not at ${p.start}..${p.end}`);
          }
        }
      }),
  },
  {
    name: 'safeParsePlan: the mutated seed plan parses or says why, and what parses can be analysed',
    cost: 8,
    property: () =>
      fc.property(mutatedOf(seedPlanText), (text) => {
        const result = timed('safeParsePlan', () => safeParsePlan(text, { fileName: 'plan.yaml' }));
        if (!result.success) {
          if (result.diagnostics.length === 0) throw new Error('refused without a diagnostic');
          if (!result.diagnostics.some((d) => d.severity === 'error'))
            throw new Error('refused without an error');
          for (const d of result.diagnostics) checkDiagnostic(d, text);
          return;
        }
        timed('analyzePlan + listTasks', () =>
          listTasks(analyzePlan(result.data, { registry: seedRegistry }), { asOf: '2021-10-01' }),
        );
      }),
  },
  {
    name: 'safeParsePlan: the fast and the careful reader give the same answer',
    cost: 8,
    property: () =>
      fc.property(mutatedOf(seedPlanText), (text) => {
        // A trailing comment naming an alias sends the text down the careful (position-tracking) path.
        const fast = timed('safeParsePlan', () => safeParsePlan(text));
        const careful = timed('safeParsePlan', () => safeParsePlan(`${text}\n# *careful\n`));
        if (fast.success !== careful.success) {
          throw new Error(
            `the readers disagree: fast ${fast.success ? 'accepts' : 'refuses'}, careful ${careful.success ? 'accepts' : `refuses (${careful.diagnostics.map((d) => formatDiagnostic(d)).join('; ')})`}`,
          );
        }
        if (fast.success && careful.success && JSON.stringify(fast.data) !== JSON.stringify(careful.data)) {
          throw new Error('the readers read different plans');
        }
      }),
  },
  {
    name: 'safeParsePlan: random text, YAML or JSON, never throws',
    cost: 1,
    property: () =>
      fc.property(
        anyText([...INSERTS, ...UNIT_FRAGMENTS, 'meta:', 'tasks:', '\n  ']),
        fc.boolean(),
        (text, json) => {
          const result = timed('safeParsePlan', () =>
            safeParsePlan(text, { format: json ? 'json' : 'yaml' }),
          );
          for (const d of result.diagnostics) checkDiagnostic(d, text);
          if (!result.success && result.diagnostics.length === 0)
            throw new Error('refused without a diagnostic');
        },
      ),
  },
  {
    name: 'safeParsePlan: the seed plan as mutated JSON',
    cost: 4,
    property: () =>
      fc.property(mutatedOf(JSON.stringify(seedPlanTasks.data, null, 1)), (text) => {
        const result = timed('safeParsePlan', () => safeParsePlan(text, { fileName: 'plan.json' }));
        for (const d of result.diagnostics) checkDiagnostic(d, text);
        if (!result.success && result.diagnostics.length === 0)
          throw new Error('refused without a diagnostic');
      }),
  },
  {
    name: 'safeParseRegistry: the mutated seed registry parses or says why',
    cost: 3,
    property: () =>
      fc.property(mutatedOf(seedRegistryText), (text) => {
        const result = timed('safeParseRegistry', () => safeParseRegistry(text, { fileName: 'units.yaml' }));
        if (!result.success && result.diagnostics.length === 0)
          throw new Error('refused without a diagnostic');
        for (const d of result.diagnostics) checkDiagnostic(d, text);
        if (result.success) timed('explainUnits', () => explainUnits(seedCells[0]!, { registry: result.data }));
      }),
  },
  {
    name: 'decodeText: any bytes decode or say why',
    cost: 1,
    property: () =>
      fc.property(
        fc.oneof(
          fc.uint8Array({ maxLength: 600 }),
          fc
            .tuple(
              fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { maxLength: 6 }),
              fc.boolean(),
            )
            .map(([flips, gbkLike]) => {
              const bytes = new TextEncoder().encode(seedPlanText.slice(0, 400));
              for (const [at, value] of flips) bytes[at % bytes.length] = value;
              return gbkLike ? bytes.map((b) => (b >= 0x80 ? b ^ 0x40 : b)) : bytes;
            }),
        ),
        (bytes) => {
          const decoded = timed('decodeText', () => decodeText(bytes, { fileName: 'plan.yaml' }));
          if (decoded.success) {
            if (decoded.text.includes('\u0000')) throw new Error('decoded text holds a NUL');
          } else {
            if (decoded.diagnostic.code !== 'encoding') throw new Error(`code ${decoded.diagnostic.code}`);
            checkDiagnostic(decoded.diagnostic);
          }
        },
      ),
  },
  {
    name: 'importPlanText: the mutated seed document imports or says why, and what it imports is a plan',
    cost: 6,
    property: () =>
      fc.property(mutatedOf(seedDocumentText), (text) => {
        const result = timed('importPlanText', () => importPlanText(text, { fileName: 'seed.txt' }));
        for (const d of result.diagnostics) checkDiagnostic(d, text);
        if (result.plan === undefined) {
          if (!result.diagnostics.some((d) => d.severity === 'error'))
            throw new Error('no plan and no error');
          return;
        }
        const yaml = timed('importedPlanToYaml', () => importedPlanToYaml(result));
        const reread = timed('safeParsePlan', () => safeParsePlan(yaml, { fileName: 'imported.yaml' }));
        if (!reread.success) {
          throw new Error(
            `the imported plan does not parse: ${reread.diagnostics.map((d) => formatDiagnostic(d)).join('; ')}`,
          );
        }
      }),
  },
];

/** Runs for `npm test`: FENGONG_FUZZ_RUNS (default 40) per light property, fewer for heavy ones. */
export function runsFor(property: FuzzProperty, base: number): number {
  return Math.max(5, Math.round(base / property.cost));
}
