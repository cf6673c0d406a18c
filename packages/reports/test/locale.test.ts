/**
 * The documents' own words come from core's catalogue (`report/*`, `report-col-*`), in the locale
 * asked for: the overdue warning, the look-back, the lead units' summary, the matrix, a unit's
 * list and the ledger (the plan's, with a unit's sheet, and a unit's own) say their titles, sentences, headings, captions and column titles in Chinese by default and
 * in English with `locale: 'en'`; only the plan's own text (names, tasks, deadlines as written) and
 * the ledger's fill-in columns stay Chinese.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { leadSummary, type Locale, roleNames, sayApp, sayReport, unitReport } from '@fengong/core';
import { describe, expect, test } from 'vitest';
import { type RenderReportOptions, renderReport, reportDocument } from '../src';
import type { ReportDocument } from '../src/model';
import { AS_OF, entry, seed, seedRegistry, text } from './seed';

const KINDS = ['overdue', 'lookback', 'lead-summary', 'matrix', 'unit', 'ledger', 'unit ledger'] as const;
type Kind = (typeof KINDS)[number];
/** Each document's title, from the catalogue. */
const TITLES: Record<Kind, (locale: Locale) => string> = {
  overdue: (locale) => sayReport('overdue-title', {}, locale),
  lookback: (locale) => sayReport('lookback-title', {}, locale),
  'lead-summary': (locale) => sayReport('lead-title', {}, locale),
  matrix: (locale) => sayReport('matrix-title', {}, locale),
  unit: (locale) => sayReport('unit-title', { unit: '市财政局' }, locale),
  ledger: (locale) => sayApp('report-ledger', {}, locale),
  'unit ledger': (locale) => sayApp('report-ledger-of', { unit: '市财政局' }, locale),
};

const entries = [
  entry({ task: 7, unit: '市财政局', state: 'inProgress', note: '已汇总', date: '2021-09-28' }),
  entry({ task: 8, unit: '霞山区政府', state: 'cannotComplete', reason: '系统未上线', date: '2021-09-29' }),
];

/** How each document is asked for (the plan's ledger with one unit's sheet beside it). */
const asked = (kind: Kind): Omit<RenderReportOptions, 'format'> => ({
  kind: kind === 'unit ledger' ? 'ledger' : kind,
  analysis: seed,
  asOf: AS_OF,
  entries,
  ...(kind === 'unit' || kind === 'unit ledger' ? { unit: '市财政局' } : {}),
  ...(kind === 'ledger' ? { unitSheets: ['市财政局'] } : {}),
});

const documentOf = (kind: Kind, locale: Locale): ReportDocument => reportDocument({ ...asked(kind), locale });

/** What the plan and its registry write (names, tasks, deadlines, notice duties): kept as written. */
const planWords: string[] = (() => {
  const meta = seed.plan.meta;
  const words = [meta.title, meta.documentNumber, meta.issuer, meta.printedBy, ...meta.addressees];
  for (const unit of seedRegistry.units) words.push(unit.name, unit.fullName, ...(unit.aliases ?? []));
  for (const task of seed.plan.tasks) words.push(task.text, task.units, task.deadline, task.category);
  // The duties the covering notice gives (汇总报送, 工作要求), as core reads them from the plan.
  for (const lead of leadSummary(seed, { asOf: AS_OF }).leads)
    if (lead.report) words.push(lead.report.action, lead.report.deadline?.text);
  for (const d of unitReport(seed, '市财政局', { asOf: AS_OF }).noticeDuties)
    words.push(d.action, d.deadline?.text);
  const names = new Set<string>();
  for (const [name] of seed.resolved.byUnit.ids) names.add(name);
  words.push(...names);
  return words
    .filter((w): w is string => typeof w === 'string' && w.length > 0)
    .sort((a, b) => b.length - a.length);
})();

/** Text with the plan's own words, quoted names (“…”, 《…》) and numbers taken out. */
function ownWords(said: string): string {
  let rest = said.replace(/“[^”]*”|《[^》]*》/g, '');
  for (const word of planWords) rest = rest.split(word).join('');
  return rest;
}

/** The document's own words: titles, headings, sentences, captions, visible column titles, sheets. */
function wordsOf(doc: ReportDocument): string[] {
  const out = [doc.title, ...doc.subtitle];
  for (const b of doc.blocks) {
    if (b.type === 'heading' || b.type === 'paragraph') out.push(b.text);
    if (b.type === 'table') {
      if (b.caption) out.push(b.caption);
      out.push(...b.table.columns.filter((c) => !c.fill && !c.hidden).map((c) => c.header));
    }
  }
  for (const s of doc.sheets) {
    out.push(s.title, ...(s.note ? [s.note] : []));
    out.push(...s.table.columns.filter((c) => !c.fill && !c.hidden).map((c) => c.header));
  }
  return out;
}

/** The tables of a document: its blocks' and its sheets'. */
function tablesOf(doc: ReportDocument): ReportDocument['sheets'][number]['table'][] {
  return [
    ...doc.blocks.flatMap((b) => (b.type === 'table' ? [b.table] : [])),
    ...doc.sheets.map((s) => s.table),
  ];
}

/**
 * What a table cell may carry as written: the plan's words, the parts of its deadlines (a part as
 * written, its label, a relative deadline's anchor) and the entries' own words.
 */
const cellWords: string[] = seed.tasks
  .flatMap((t) => {
    const d = t.deadline.deadline;
    return (d.kind === 'compound' ? d.parts : [d]).flatMap((p) => [
      p.text,
      ...('label' in p && typeof p.label === 'string' ? [p.label] : []),
      ...(p.kind === 'relative' ? [p.anchor.text] : []),
    ]);
  })
  .concat(entries.flatMap((e) => [e.note, e.reason].filter((w): w is string => typeof w === 'string')))
  .concat(planWords)
  .sort((a, b) => b.length - a.length);

/** Text without its spaces (the documents close up the spaces a plan puts around numbers: 2021年9月前). */
const squeezed = (text: string) => text.replace(/\s+/g, '');

/** A cell without what it carries as written (longest first), quoted names and all. */
const withoutCellWords = (said: string) =>
  cellWords
    .map(squeezed)
    .reduce((rest, w) => rest.split(w).join(''), squeezed(said))
    .replace(/“[^”]*”|《[^》]*》/g, '');

/** A plan's text cut short for a narrow column (the matrix): the start of a task, and an ellipsis. */
const isCutPlanText = (said: string) =>
  said.endsWith('…') && seed.plan.tasks.some((t) => squeezed(t.text).startsWith(squeezed(said.slice(0, -1))));

describe.each(KINDS)('%s', (kind) => {
  const zh = documentOf(kind, 'zh-CN');
  const en = documentOf(kind, 'en');

  test('is titled by the catalogue in each locale', () => {
    expect(zh.title).toBe(TITLES[kind]('zh-CN'));
    expect(en.title).toBe(TITLES[kind]('en'));
    expect(en.title).not.toBe(zh.title);
  });

  test('is Chinese by default, with the same blocks as asked for in Chinese', () => {
    expect(reportDocument(asked(kind))).toEqual(zh);
  });

  test('says its own words in English when asked, in the same shape', () => {
    expect(en.blocks.map((b) => b.type)).toEqual(zh.blocks.map((b) => b.type));
    expect(en.sheets.map((s) => s.table.columns.length)).toEqual(
      zh.sheets.map((s) => s.table.columns.length),
    );
    const chinese = wordsOf(en)
      .map(ownWords)
      .filter((w) => /\p{Script=Han}/u.test(w));
    expect(chinese).toEqual([]);
    // The Chinese document has Chinese words of its own where the English one has none.
    expect(
      wordsOf(zh)
        .map(ownWords)
        .filter((w) => /\p{Script=Han}/u.test(w)).length,
    ).toBeGreaterThan(3);
  });

  test('says its cells in English too: the readings and statuses core gives it, in the locale asked for', () => {
    const cells = tablesOf(en).flatMap((t) =>
      t.rows.flatMap((r) =>
        r.cells.flatMap((c, i) => (t.columns[i]?.fill || t.columns[i]?.hidden ? [] : [String(c)])),
      ),
    );
    const chinese = cells
      .filter((c) => !isCutPlanText(c))
      .map(withoutCellWords)
      .filter((c) => /\p{Script=Han}/u.test(c));
    expect(chinese).toEqual([]);
  });

  test('titles its columns from the catalogue', () => {
    const headers = (doc: ReportDocument) =>
      new Set(doc.sheets.flatMap((s) => s.table.columns.map((c) => c.header)));
    expect(headers(zh)).toContain(sayApp('report-col-task'));
    expect(headers(en)).toContain(sayApp('report-col-task', {}, 'en'));
  });
});

test('the catalogue’s sentences are the ones the documents say', () => {
  const overdue = { zh: documentOf('overdue', 'zh-CN'), en: documentOf('overdue', 'en') };
  const headings = (doc: ReportDocument) => doc.blocks.flatMap((b) => (b.type === 'heading' ? [b.text] : []));
  expect(headings(overdue.zh)[0]).toBe(`一、${sayReport('overdue-items-title')}`);
  expect(headings(overdue.en)[0]).toBe(`1. ${sayReport('overdue-items-title', {}, 'en')}`);
  const first = (doc: ReportDocument) => (doc.blocks[0]?.type === 'paragraph' ? doc.blocks[0].text : '');
  expect(first(overdue.en)).toMatch(/^As of 2021-10-01, \d+ tasks are overdue, \d+ at risk/);
  expect(first(overdue.zh)).toMatch(/^截至2021年10月1日，已逾期任务\d+项/);

  const lookback = documentOf('lookback', 'en');
  expect(lookback.subtitle[1]).toBe(sayReport('review-day', { date: AS_OF }, 'en'));
  const matrix = documentOf('matrix', 'en');
  expect(first(matrix)).toContain(`${roleMarks('en')}`);
  const unit = documentOf('unit', 'en');
  expect(headings(unit)).toContain(
    `2. ${sayReport('unit-section', { role: roleNames.en.lead, n: 3 }, 'en')}`.replace(/\(\d+\)/, '(3)'),
  );
});

/** The key of the matrix in English: L = lead, R = responsible, … */
function roleMarks(locale: 'en'): string {
  return sayReport('matrix-mark', { mark: 'L', name: roleNames[locale === 'en' ? 'en' : 'zh'].lead }, locale);
}

test('a rendered file in English carries the catalogue’s words (Markdown)', async () => {
  const file = await renderReport({
    kind: 'lookback',
    format: 'md',
    analysis: seed,
    asOf: AS_OF,
    locale: 'en',
  });
  const md = text(file.bytes);
  expect(md).toContain(sayReport('lookback-items-title', {}, 'en'));
  expect(md).toContain(sayReport('col-check-status', {}, 'en'));
  expect(md).not.toContain(sayReport('col-check-status'));
});

test('the six documents’ builders hold no words of their own (only comments are Chinese)', () => {
  const dir = path.resolve(import.meta.dirname, '../src/kinds');
  const literal: string[] = [];
  for (const file of ['overdue', 'lookback', 'lead-summary', 'matrix', 'unit', 'ledger', 'common']) {
    const lines = readFileSync(path.join(dir, `${file}.ts`), 'utf8').split('\n');
    lines.forEach((line, i) => {
      const code = line.replace(/\/\/.*$/, '');
      if (/^\s*(\/\*\*|\*)/.test(code)) return;
      if (/\p{Script=Han}/u.test(code)) literal.push(`${file}.ts:${i + 1}: ${line.trim()}`);
    });
  }
  expect(literal).toEqual([]);
});
