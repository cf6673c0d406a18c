/**
 * Printed, every report stays readable: each XLSX and DOCX converted by LibreOffice to PDF, and the
 * smallest Chinese text on any page measured. pdftotext boxes a word of Noto CJK (what LibreOffice
 * draws Chinese in here) 1.3 times its point size high (16 pt 公文 body text: 20.8 pt boxes), so the
 * point size is the box height / 1.3. Nothing may print below 9 pt.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPORT_KINDS, reportDocument } from '../src';
import { convertToPdf, pdfText, pdfWords } from './libreoffice';
import { AS_OF, renderSeedReport, seed } from './seed';

const BOX_PER_POINT = 1.3;
const CJK = /[\u4e00-\u9fff]/;

/** Every report as XLSX and DOCX, converted to PDF once for the tests below. */
async function printed(): Promise<{ files: Record<string, Uint8Array>; dir: string }> {
  const files: Record<string, Uint8Array> = {};
  for (const kind of REPORT_KINDS) {
    for (const format of ['xlsx', 'docx'] as const) {
      const file = await renderSeedReport(kind, format);
      files[`${kind}-${format}.${format}`] = file.bytes;
    }
  }
  return { files, dir: convertToPdf(files) };
}

describe('print size', () => {
  let once: ReturnType<typeof printed> | undefined;
  const pdfs = () => {
    once ??= printed();
    return once;
  };

  test('every report as XLSX and DOCX prints no Chinese text below 9 pt on A4', async () => {
    const { files, dir } = await pdfs();
    const smallest: Record<string, number> = {};
    for (const name of Object.keys(files)) {
      const words = pdfWords(path.join(dir, name.replace(/\.\w+$/, '.pdf'))).filter((w) => CJK.test(w.text));
      expect(words.length, name).toBeGreaterThan(0);
      smallest[name] = Math.min(...words.map((w) => (w.yMax - w.yMin) / BOX_PER_POINT));
    }
    for (const [name, points] of Object.entries(smallest)) expect(points, name).toBeGreaterThanOrEqual(9);
  }, 300_000);

  test('every workbook prints its dates whole: days as yyyy-mm-dd, never a column too narrow for them (###)', async () => {
    const { files, dir } = await pdfs();
    for (const name of Object.keys(files).filter((n) => n.endsWith('.xlsx'))) {
      const text = pdfText(path.join(dir, name.replace(/\.\w+$/, '.pdf')));
      expect(text, name).not.toContain('###');
      if (!name.startsWith('matrix')) expect(text, name).toMatch(/20\d\d-\d\d-\d\d/);
    }
  }, 300_000);

  test('the stricter reading (从严) is said once, in a legend, not on every deadline line; each deadline keeps its own text', async () => {
    const { files, dir } = await pdfs();
    const said: Record<string, [number, number]> = {};
    for (const name of Object.keys(files).filter((n) => n.endsWith('.docx'))) {
      // The page numbers (— N —) out of the text, where a paragraph goes on over a page break.
      const text = pdfText(path.join(dir, name.replace(/\.\w+$/, '.pdf'))).replace(/—\d+—/g, '');
      said[name] = [text.split('从严：').length - 1, text.split('从严理解为').length - 1];
    }
    const legendOnce = ['ledger', 'unit', 'lead-summary', 'lookback'].map((k) => `${k}-docx.docx`);
    for (const [name, [perLine, legend]] of Object.entries(said)) {
      expect(perLine, name).toBe(0);
      expect(legend, name).toBe(legendOnce.includes(name) ? 1 : 0);
    }
    // The ledger's task 15 still says its own deadline and the day it is read as.
    const ledger = pdfText(path.join(dir, 'ledger-docx.pdf'));
    expect(ledger).toContain('2021年9月前（按9月30日前理解）');
  }, 300_000);

  test('the matrix DOCX: a one-line header of numbered unit columns on every page of its grid, every unit name whole in the key', async () => {
    const { dir } = await pdfs();
    const words = pdfWords(path.join(dir, 'matrix-docx.pdf'));
    const units = reportDocument({ kind: 'matrix', analysis: seed, asOf: AS_OF })
      .sheets[0]!.table.columns.slice(2)
      .map((c) => c.header);
    expect(units.length).toBeGreaterThan(20);
    const whole = units.filter((u) => !words.some((w) => w.text.includes(u)));
    expect(whole).toEqual([]);
    const heads = words.filter((w) => w.text === '具体要求');
    const pages = [...new Set(heads.map((w) => w.page))];
    const last = Math.max(...words.map((w) => w.page));
    expect(pages.length).toBeGreaterThan(1);
    // From the grid's first page to the last, every page starts with the header row…
    for (let p = Math.min(...pages); p <= last; p++) expect(pages, `page ${p}`).toContain(p);
    // …one line high: the last unit's number stands level with 具体要求, not written down the page.
    for (const head of heads) {
      // (right of 具体要求: the unit columns, not the task numbered the same)
      const number = words.find(
        (w) => w.page === head.page && w.text === String(units.length) && w.xMin > head.xMax,
      );
      expect(number, `page ${head.page}`).toBeDefined();
      expect(Math.abs(number!.yMin - head.yMin), `page ${head.page}`).toBeLessThan(4);
      expect(head.yMax - head.yMin).toBeLessThan(20);
    }
  }, 300_000);
});
