/**
 * The 版记 (抄送, 印发机关和印发日期) of a 公文 stays whole on the last page, an even one, at the foot
 * of the 版心 (GB/T 9704-2012 §10): never split over two pages, never left at the top of a page of its
 * own. Each official document, with no, a few and a long list of 抄送 units, is laid out by LibreOffice
 * (PDF with the blank pages a two-sided print has) and read page by page with pdftotext.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderReport } from '../src';
import { convertToPdf, pdfInfo, pdfText, pdfWords, WRITER_PDF_WITH_BLANK_PAGES } from './libreoffice';
import { AS_OF, seed } from './seed';

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
/** More 抄送 units than a page's foot holds: the 版记 flows over pages, and nothing of it is lost. */
const HUGE = Array.from({ length: 120 }, (_, i) => `湛江市第${i + 1}督查组`);

describe('the 版记 page', () => {
  test('抄送 and 印发 together on the last page, an even one, at the foot of the 版心; a blank page before it only after an even page', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const [name, doc] of Object.entries(DOCUMENTS))
      for (const [size, cc] of Object.entries(CC)) {
        const file = await renderReport({ ...doc, analysis: seed, format: 'docx', official: { cc } });
        files[`${name}-${size}.docx`] = file.bytes;
      }
    files['huge.docx'] = (
      await renderReport({ ...DOCUMENTS.overdue, analysis: seed, format: 'docx', official: { cc: HUGE } })
    ).bytes;
    const dir = convertToPdf(files, undefined, WRITER_PDF_WITH_BLANK_PAGES);
    const huge = path.join(dir, 'huge.pdf');
    const hugeText = pdfText(huge);
    for (const unit of HUGE) expect(hugeText, unit).toMatch(new RegExp(`${unit}[，。]`));
    const hugePages = Number(pdfInfo(huge).Pages);
    expect(pdfText(huge, hugePages, hugePages)).toMatch(/\d{4}年\d{1,2}月\d{1,2}日印发$/);
    delete files['huge.docx'];
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
