/**
 * Properties of the units reader on arbitrary and on realistic generated cells: it never throws,
 * every span lies inside the input, and it invents no names.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { testRegistry } from '../registry/__fixtures__/registry';
import { normalizeName } from '../registry/normalize';
import { readUnitsCells } from './read-cell';
import { explainUnits } from './resolve';
import type { Span, UnitsExplanation } from './schema';

const registryNames = new Set([
  ...testRegistry.units.flatMap((u) => [u.name, ...u.aliases]),
  ...testRegistry.groups.flatMap((g) => [g.name, ...g.aliases]),
]);

/** Fragments real cells are made of: names known and unknown, groups, role phrases, labels, punctuation. */
const fragments = [
  '市财政局',
  '市审计局',
  '市政府办公室',
  '市发展改革局',
  '市工业和信息化局',
  '市人社局',
  '市府办',
  '市大数据局',
  '市城市管理局',
  '市发改委',
  '市税务局',
  '各县（市、区）政府（管委会）',
  '各区政府',
  '各街道（功能区）',
  '市直各单位',
  '市府直属各单位',
  '市政府各部门',
  '各科室',
  '有关部门',
  '其他有关部门',
  '各镇人民政府',
  '牵头',
  '牵头落实',
  '分别牵头',
  '配合',
  '协助',
  '负责',
  '落实',
  '按职责分工落实',
  '按照职责分工强化监管',
  '督促指导',
  '为牵头单位',
  '各司其职',
  '等部门',
  '等市直单位',
  '下同',
  '由',
  '会同',
  '怀化市会同县',
  '牵头单位：',
  '责任单位:',
  '配合单位：',
  '协同责任单位：',
  '主管单位：',
  '、',
  '，',
  ',',
  '；',
  ';',
  '。',
  '：',
  ':',
  '（',
  '）',
  '(',
  ')',
  '〔',
  '〕',
  ' ',
  '\n',
  '　',
  '2021年底前完成',
];

const realisticCell = fc
  .array(fc.constantFrom(...fragments), { maxLength: 24 })
  .map((parts) => parts.join(''));
const anyCell = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  realisticCell,
);

function spansOf(explained: UnitsExplanation): Span[] {
  const spans: Span[] = [];
  for (const clause of explained.clauses) {
    spans.push(clause.span);
    for (const name of clause.names) {
      spans.push(name.span);
      if (name.alias) spans.push(name.alias.span);
    }
    for (const part of [clause.marker, clause.label, clause.etc]) if (part) spans.push(part.span);
  }
  for (const notice of explained.notices) if (notice.span) spans.push(notice.span);
  return spans;
}

function namesOf(explained: UnitsExplanation): string[] {
  return [
    ...explained.lead,
    ...explained.responsible,
    ...explained.supporting,
    ...explained.supervising,
    ...explained.units.map((u) => u.unit),
    ...explained.clauses.flatMap((c) =>
      c.names.flatMap((n) => [n.name, ...(n.canonical ? [n.canonical] : [])]),
    ),
  ];
}

function checkReading(text: string, explained: UnitsExplanation): void {
  for (const span of spansOf(explained)) {
    expect(span.start).toBeGreaterThanOrEqual(0);
    expect(span.start).toBeLessThanOrEqual(span.end);
    expect(span.end).toBeLessThanOrEqual(text.length);
  }
  const compact = text.replace(/\s/gu, '');
  const unitNames = new Set(testRegistry.units.map((u) => u.name));
  for (const name of namesOf(explained)) {
    expect(compact.includes(name) || registryNames.has(name) || unitNames.has(name), name).toBe(true);
  }
}

describe('reading arbitrary cells', () => {
  test('never throws; spans inside the input; names come from the input or the registry', () => {
    fc.assert(
      fc.property(anyCell, (text) => {
        checkReading(text, explainUnits(text, { registry: testRegistry }));
        checkReading(text, explainUnits(text));
      }),
      { numRuns: 1500 },
    );
  });

  test('sequences with 下同 never throw, and carried clauses come from earlier cells', () => {
    fc.assert(
      fc.property(fc.array(realisticCell, { maxLength: 6 }), (texts) => {
        const readings = readUnitsCells(texts, { registry: testRegistry });
        readings.forEach((reading, i) => {
          for (const clause of reading.clauses) {
            if (clause.carriedFrom !== undefined) expect(clause.carriedFrom).toBeLessThan(i);
          }
        });
      }),
      { numRuns: 300 },
    );
  });

  test('line breaks anywhere, and spaces except between two whole names, do not change the roles (without a registry)', () => {
    // A space right after a name's ending (市财政局 市审计局), or after a bracket that follows one
    // (各县（市、区）政府（管委会） 市财政局), separates two names: not generated here.
    const nameEnd = /[局委办厅室府会心院部队处站所司团行台馆校社联](?:[（(〔][^()（）〔〕]*[)）〕])?$/u;
    const withBreaks = realisticCell.chain((text) =>
      fc
        .array(fc.tuple(fc.nat({ max: text.length }), fc.constantFrom(' ', '\n', '　', '\r\n')), {
          maxLength: 6,
        })
        .map((breaks) =>
          breaks.filter(
            ([at, ws]) =>
              !((ws === ' ' || ws === '　') && nameEnd.test([...text].slice(0, at).join('').trimEnd())),
          ),
        )
        .map((breaks) => {
          const chars = [...text];
          for (const [at, ws] of breaks.sort((a, b) => b[0] - a[0])) chars.splice(at, 0, ws);
          return [text, chars.join('')] as const;
        }),
    );
    fc.assert(
      fc.property(withBreaks, ([text, broken]) => {
        const a = explainUnits(text);
        const b = explainUnits(broken);
        expect([b.lead, b.responsible, b.supporting, b.supervising]).toEqual([
          a.lead,
          a.responsible,
          a.supporting,
          a.supervising,
        ]);
      }),
      { numRuns: 500 },
    );
  });

  test('half-width and full-width punctuation read alike', () => {
    const toHalf = (text: string) =>
      text.replace(
        /[，；：（）]/gu,
        (ch) => ({ '，': ',', '；': ';', '：': ':', '（': '(', '）': ')' })[ch] ?? ch,
      );
    fc.assert(
      fc.property(realisticCell, (text) => {
        const roles = (e: UnitsExplanation) =>
          [e.lead, e.responsible, e.supporting, e.supervising].map((r) => r.map(normalizeName));
        expect(roles(explainUnits(toHalf(text), { registry: testRegistry }))).toEqual(
          roles(explainUnits(text, { registry: testRegistry })),
        );
      }),
      { numRuns: 500 },
    );
  });
});
