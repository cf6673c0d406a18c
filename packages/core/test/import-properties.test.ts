/**
 * Properties of the importer: no input makes it throw; whatever it returns validates; every task
 * text comes from the input (a subsequence of it once whitespace is dropped, the artifacts repaired);
 * it finishes on a megabyte of noise; and generated seed-like documents import exactly.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { Plan } from '../src';
import { importPlanText } from '../src/import';
import { MISSING_CELL } from '../src/import/assembly/import';
import { generatePlan, renderPdfTable, rng } from './fixtures/import/render';

/** The input as the cell rule sees it: artifacts repaired, all whitespace gone. */
function compact(text: string): string {
  return text
    .replaceAll('„', '〔')
    .replaceAll('‟', '〕')
    .replace(/[\s\u2029\u3000\ufeff]+/gu, '');
}

/** Is `needle` a subsequence of `haystack` (characters in order, gaps allowed)? Linear. */
function isSubsequence(needle: string, haystack: string): boolean {
  let j = 0;
  for (let i = 0; i < haystack.length && j < needle.length; i++) if (haystack[i] === needle[j]) j++;
  return j === needle.length;
}

/** Lines that plans are made of, and their broken pieces. */
const PLAN_LINES = [
  '工作任务 具体要求 落实单位 完成时限',
  '序号 | 工作任务 | 具体要求 | 责任单位 | 完成时限',
  '序号\t重点任务\t牵头单位\t责任单位\t配合单位\t完成时限',
  '序号',
  '具体要求',
  '落实单位',
  '完成时限',
  '1.县级以上各级人民政府主动公开国',
  '2.加强数据互联互通工作，全市各级',
  '3.主动公开全国统一的市场准入负面',
  '| 1 | 提升政务服务效能 | 推行“一网通办”。 | 市政务服务数据管理局 | 2022年12月底前 |',
  '2\t开展安全生产巡查。\t市安委办\t\t各区政府\t2022年11月底前',
  '各县（市、区）',
  '政府（管委会）；',
  '市政府办公室牵',
  '头，市直各单位',
  '按职责分工落实',
  '2021 年 9 月',
  '前完成现有',
  '长期工作',
  '前',
  '市司法局 长期工作',
  '做好各类规',
  '划主动公开',
  '归集整理和主动公开工作。',
  '第 2 页',
  '— 3 —',
  '一、深入打好蓝天保卫战',
  '（一）推进政务云平台扩容升级。',
  '1.推进挥发性有机物综合治理。（市生态环境局牵头，各区政府负责）',
  '牵头单位：市政务服务数据管理局',
  '完成时限：2022年9月底前',
  '湛府办„2021‟15 号',
  '各县（市、区）人民政府（管委会）、市府直属各单位：',
  '二、各牵头单位要于 10 月 30 日前收集汇总所牵头工作任务开展情况，报市政府办公室。',
  '                    湛江市人民政府办公室',
  '                     2021 年 7 月 1 日',
  '公开方式：主动公开',
  '抄送：市委各部委办，市人大常委会办公室。',
  '  湛江市人民政府办公室                    2021 年 7月 1日印发',
  '作。\u2029 ',
  '',
  ' ',
];
const CHARS = [
  ...'各县市区局委办牵头负责配合落实。，、；;：:（）()《》〔〕„‟ 1234567890.．|\t年月日前长期工作做好加强一二三\u2029\u3000',
];

const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...PLAN_LINES) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...CHARS), maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }) },
  {
    weight: 1,
    arbitrary: fc.nat({ max: 60 }).map((n) => `${n}.${'推进政务公开工作'.slice(0, (n % 7) + 1)}`),
  },
);
const documentText = fc.tuple(fc.array(line, { maxLength: 80 }), fc.constantFrom('\n', '\r\n', '\n\n'));

describe('importPlanText on any input', () => {
  test('never throws; a plan it returns validates; without a plan it says no-table', () => {
    fc.assert(
      fc.property(documentText, ([lines, eol]) => {
        const result = importPlanText(lines.join(eol));
        if (result.plan) {
          expect(result.layout).not.toBe('none');
          expect(Plan.safeParse(result.plan).success).toBe(true);
        } else {
          expect(result.layout).toBe('none');
          expect(result.diagnostics.map((d) => d.code)).toEqual(['no-table']);
        }
        for (const d of result.diagnostics) {
          expect(['error', 'warning', 'info']).toContain(d.severity);
          if (d.confidence !== undefined) expect(d.confidence).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('every task’s text occurs in the input (after the whitespace joining of cells)', () => {
    fc.assert(
      fc.property(documentText, ([lines, eol]) => {
        const text = lines.join(eol);
        const source = compact(text);
        for (const t of importPlanText(text).plan?.tasks ?? []) {
          if (t.text === MISSING_CELL) continue;
          expect(isSubsequence(compact(t.text), source)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('arbitrary Unicode text never makes it throw', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(() => importPlanText(text)).not.toThrow();
      }),
      { numRuns: 300 },
    );
  });
});

describe('a megabyte of input finishes (linear time, no regex blow-up)', () => {
  const MB = 1 << 20;
  const build = (make: (r: () => number) => string) => {
    const r = rng(7);
    const parts: string[] = [];
    let size = 0;
    while (size < MB) {
      const piece = make(r);
      parts.push(piece);
      size += piece.length;
    }
    return parts.join('');
  };
  const cases: [string, string][] = [
    ['random plan lines', build((r) => `${PLAN_LINES[Math.floor(r() * PLAN_LINES.length)]}\n`)],
    ['random characters', build((r) => CHARS[Math.floor(r() * CHARS.length)]!)],
    ['one line of spaces', ' '.repeat(MB)],
    ['numbered lines only', build((r) => `${1 + Math.floor(r() * 3)}.要于于要（（（\n`)],
    [
      'a table header then narrow lines',
      `工作任务 具体要求 落实单位 完成时限\n${build(() => '各县（市、区）\n')}`,
    ],
    [
      'a header, one task, then a million narrow lines',
      `工作任务 具体要求 落实单位 完成时限\n1.加强工作。\n${build(() => '强化监\n')}`,
    ],
    [
      'tasks and nothing else',
      `工作任务 具体要求 落实单位 完成时限\n${build(
        (() => {
          let n = 0;
          return () => `${++n}.加强政务公开工作。\n`;
        })(),
      )}`,
    ],
    ['brackets and punctuation', build(() => '（。；，、）《》〔〕')],
    ['a prose paragraph that never ends', `一、加强\n1.${build(() => '推进工作，要于10月')}（市财政局牵头）`],
  ];
  test.each(cases)(
    '%s',
    (_name, text) => {
      const result = importPlanText(text);
      expect(result.layout).toBeDefined();
    },
    60_000,
  );
});

describe('generated seed-like documents (PDF table layout) import exactly', () => {
  test('tasks, categories, units and deadlines come back as generated, whatever the page length', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 16, max: 60 }),
        fc.integer({ min: 10, max: 80 }),
        fc.boolean(),
        (seed, pageLines, count, blankLines) => {
          const plan = generatePlan(count, seed);
          const result = importPlanText(renderPdfTable(plan, { pageLines, blankLines }));
          expect(result.layout).toBe('pdfTable');
          expect(result.plan?.categories.map((c) => c.name)).toEqual(plan.categories);
          expect(
            result.plan?.tasks.map((t) => ({
              number: t.number,
              category: t.category,
              text: t.text,
              units: t.units,
              deadline: t.deadline,
            })),
          ).toEqual(plan.tasks);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('line endings and byte-order mark', () => {
  const seed = readFileSync(
    path.join(import.meta.dirname, '../../../seeds/000_fc8bcf8b29ea9190.txt'),
    'utf8',
  );
  test('CRLF line endings and a BOM give the same plan', () => {
    const plain = importPlanText(seed).plan;
    expect(importPlanText(`\ufeff${seed.replaceAll('\n', '\r\n')}`).plan).toEqual(plain);
  });
});
