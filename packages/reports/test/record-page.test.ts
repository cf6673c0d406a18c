/**
 * The 版记 (抄送, 印发机关和印发日期) of a 公文 stays whole on the last page, an even one, at the foot
 * of the 版心 (GB/T 9704-2012 §10): never split over two pages, never left at the top of a page of its
 * own. Each official document, with no, a few and a long list of 抄送 units, is laid out by LibreOffice
 * (PDF with the blank pages a two-sided print has) and read page by page with pdftotext.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport } from '../src';
import {
  convertToPdf,
  horizontalRules,
  pdfInfo,
  pdfText,
  pdfWords,
  WRITER_PDF_WITH_BLANK_PAGES,
} from './libreoffice';
import { AS_OF, seed, seedRegistry } from './seed';

const PT_PER_MM = 72 / 25.4;
/** GB/T 9704: the 版心 runs from 37 mm below the page's top edge to 35 mm above its bottom edge. */
const TOP = 37;
const BOTTOM = 297 - 35;

const DOCUMENTS = {
  overdue: { kind: 'overdue', asOf: AS_OF },
  lead: { kind: 'lead-summary', asOf: AS_OF, unit: '市财政局' },
  lookback: { kind: 'lookback', asOf: '2022-02-01' },
} as const;
const CC = {
  none: [],
  few: ['市委办公室', '市人大常委会办公室', '市政协办公室'],
  // About ten lines of 抄送: still well inside a page.
  long: Array.from({ length: 40 }, (_, i) => `湛江市第${i + 1}督查组`),
} as const;

describe('the 版记 page', () => {
  test('抄送 and 印发 together on the last page, an even one, at the foot of the 版心; a blank page before it only after an even page', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, doc] of Object.entries(DOCUMENTS))
      for (const [size, cc] of Object.entries(CC)) {
        const file = await renderReport({ ...doc, analysis: seed, format: 'docx', official: { cc } });
        files[`${name}-${size}.docx`] = file.bytes;
      }
    const dir = convertToPdf(files, undefined, WRITER_PDF_WITH_BLANK_PAGES);
    const blankBefore: string[] = [];
    for (const [name, doc] of Object.entries(DOCUMENTS))
      for (const [size, cc] of Object.entries(CC)) {
        const label = `${name}-${size}`;
        const pdf = path.join(dir, `${label}.pdf`);
        const pages = Number(pdfInfo(pdf).Pages);
        const text = (page: number) => pdfText(pdf, page, page);
        const year = doc.asOf.slice(0, 4);
        const printed = /\d{4}年\d{1,2}月\d{1,2}日印发$/;
        // The last page is even (the back of the last sheet) and holds the whole 版记, nothing else:
        // every 抄送 unit and the 印发 line, no page number, no body text.
        expect(pages % 2, label).toBe(0);
        const last = text(pages);
        expect(last, label).toMatch(printed);
        expect(last, label).toContain(`${year}年`);
        if (cc.length > 0) {
          expect(last.startsWith('抄送：'), label).toBe(true);
          for (const unit of cc) expect(last, `${label}: ${unit}`).toContain(unit);
        } else expect(last, label).not.toContain('抄送');
        expect(last, label).not.toMatch(/—\d+—/);
        // No other page has a part of it.
        for (let page = 1; page < pages; page++) {
          expect(text(page), `${label} p.${page}`).not.toMatch(/抄送：|\d日印发/);
          // A page left blank stands only right before the 版记 page, after an even last page of the body.
          if (text(page) === '') {
            expect(page, `${label}: blank page ${page}`).toBe(pages - 1);
            expect((page - 1) % 2, label).toBe(0);
            expect(text(page - 1), label).not.toBe('');
            blankBefore.push(label);
          }
        }
        // At the foot of the 版心: its last line ends on the 版心's bottom edge, its first line is far
        // below the page's top (the 版记 is never at the top of a page of its own).
        const words = pdfWords(pdf).filter((w) => w.page === pages);
        const bottom = Math.max(...words.map((w) => w.yMax)) / PT_PER_MM;
        expect(bottom, label).toBeGreaterThan(BOTTOM - 10);
        expect(bottom, label).toBeLessThan(BOTTOM + 2);
        expect(Math.min(...words.map((w) => w.yMin)) / PT_PER_MM, label).toBeGreaterThan(TOP + 60);
      }
    // Both cases are laid out: bodies ending on an odd page (the 版记 page follows) and on an even
    // one (a blank page comes between).
    expect(blankBefore.length).toBeGreaterThan(0);
    expect(blankBefore.length).toBeLessThan(Object.keys(files).length);
  }, 300_000);
});

/** 版心 edges (GB/T 9704: left margin 28 mm, right 26 mm) and one 四号 character, in mm. */
const LEFT = 28;
const RIGHT = 210 - 26;
const EM = 14 / PT_PER_MM;
/** Every unit of the seed's registry and numbered groups: 80 units, about 30 lines of 抄送. */
const LONG = [
  ...seedRegistry.units.map((u) => u.name),
  ...Array.from({ length: 80 - seedRegistry.units.length }, (_, i) => `湛江市第${i + 1}督查组`),
];
/** More than a page holds even with closer lines: 260 units, some 90 lines. */
const HUGE = [...LONG, ...Array.from({ length: 180 }, (_, i) => `湛江市第${i + 44}督查组`)];

/** A page's lines as pdftotext -bbox places them (words of one baseline merged), in mm. */
function lines(pdf: string, page: number) {
  const rows: { text: string; x0: number; x1: number; y0: number; y1: number }[] = [];
  for (const w of pdfWords(pdf)
    .filter((w) => w.page === page)
    .sort((a, b) => a.yMax - b.yMax || a.xMin - b.xMin)) {
    const row = rows.at(-1);
    const [x0, x1, y0, y1] = [w.xMin, w.xMax, w.yMin, w.yMax].map((v) => v / PT_PER_MM) as [
      number,
      number,
      number,
      number,
    ];
    if (row && Math.abs(row.y1 - y1) < 1.5) {
      row.text += w.text;
      row.x0 = Math.min(row.x0, x0);
      row.x1 = Math.max(row.x1, x1);
    } else rows.push({ text: w.text, x0, x1, y0, y1 });
  }
  return rows;
}

describe('a long 抄送 list', () => {
  test('wraps under the first unit, one character in from each side, between rules as wide as the 版心; 80 units on the last page alone, 260 over three whole pages ending on an even one', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, cc] of Object.entries({ long: LONG, huge: HUGE }))
      for (const [kind, doc] of Object.entries({ overdue: DOCUMENTS.overdue, lead: DOCUMENTS.lead }))
        files[`${kind}-${name}.docx`] = (
          await renderReport({ ...doc, analysis: seed, format: 'docx', official: { cc } })
        ).bytes;
    const dir = convertToPdf(files, undefined, WRITER_PDF_WITH_BLANK_PAGES);
    for (const label of Object.keys(files).map((f) => f.replace('.docx', ''))) {
      const cc = label.endsWith('huge') ? HUGE : LONG;
      const pdf = path.join(dir, `${label}.pdf`);
      const pages = Number(pdfInfo(pdf).Pages);
      expect(pages % 2, label).toBe(0);
      // The 版记 pages: from the one starting 抄送： to the last; their text is the whole list, in order.
      const all = Array.from({ length: pages }, (_, i) => pdfText(pdf, i + 1, i + 1));
      const first = all.findIndex((t) => t.startsWith('抄送：')) + 1;
      expect(first, label).toBeGreaterThan(0);
      expect(all.slice(first - 1).join(''), label).toMatch(
        new RegExp(`^抄送：${cc.join('，')}。.+\\d{4}年\\d{1,2}月\\d{1,2}日印发$`),
      );
      for (const [i, text] of all.slice(0, first - 1).entries())
        expect(text, `${label} p.${i + 1}`).not.toMatch(/抄送|印发/);
      // 80 units stay on the last page; 260 take the fewest whole pages (three: 34 lines a page at the
      // closest pitch), none of them a page of a line or two.
      expect(pages - first + 1, label).toBe(label.endsWith('huge') ? 3 : 1);
      for (let page = first; page <= pages; page++) {
        const where = `${label} p.${page}`;
        const rows = lines(pdf, page);
        expect(rows.length, where).toBeGreaterThan(20);
        const rules = horizontalRules(pdf, page, 100);
        // Three rules (two on a page the 印发 line is not on), each as wide as the 版心.
        expect(rules.length, where).toBe(page === pages ? 3 : 2);
        for (const r of rules) {
          expect(r.x0, where).toBeCloseTo(LEFT, 0);
          expect(r.x1, where).toBeCloseTo(RIGHT, 0);
        }
        // The text between the first rule and the last, which ends at the foot of the 版心.
        expect(rules[0]!.y, where).toBeLessThan(rows[0]!.y0);
        expect(rules.at(-1)!.y, where).toBeGreaterThan(rows.at(-1)!.y1);
        expect(rules.at(-1)!.y, where).toBeGreaterThan(BOTTOM - 3);
        expect(rules.at(-1)!.y, where).toBeLessThan(BOTTOM + 1);
        const ccRows = page === pages ? rows.slice(0, -1) : rows;
        for (const [i, row] of ccRows.entries()) {
          const indent = page === first && i === 0 ? 1 : 4; // 抄送： is three characters wide
          expect(row.x0 - LEFT, `${where}: ${row.text}`).toBeCloseTo(indent * EM, 0);
          // Up to the right indent; a comma at the end of a line may hang into it (标点悬挂, as Word
          // and LibreOffice set Chinese by default), never past the 版心.
          const hanging = /[，。、]$/.test(row.text) ? EM : 0;
          expect(row.x1, `${where}: ${row.text}`).toBeLessThan(RIGHT - EM + hanging + 0.5);
        }
        if (page === pages) {
          // 印发机关 and 印发日期 one character in from each side, under the rule between.
          const printed = rows.at(-1)!;
          expect(printed.text, where).toMatch(/印发$/);
          expect(printed.x0 - LEFT, where).toBeCloseTo(EM, 0);
          expect(RIGHT - printed.x1, where).toBeCloseTo(EM, 0);
          expect(rules[1]!.y, where).toBeGreaterThan(ccRows.at(-1)!.y1);
          expect(rules[1]!.y, where).toBeLessThan(printed.y0);
        }
      }
    }
  }, 300_000);
});
