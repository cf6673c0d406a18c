/**
 * Printed, every report stays readable: each XLSX and DOCX converted by LibreOffice to PDF, and the
 * smallest Chinese text on any page measured. pdftotext boxes a word of Noto CJK (what LibreOffice
 * draws Chinese in here) 1.3 times its point size high (16 pt 公文 body text: 20.8 pt boxes), so the
 * point size is the box height / 1.3. Nothing may print below 9 pt.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { REPORT_KINDS, renderReport } from '../src';
import { convertToPdf, pdfWords } from './libreoffice';
import { AS_OF, seed } from './seed';

const BOX_PER_POINT = 1.3;
const CJK = /[\u4e00-\u9fff]/;

describe('print size', () => {
  test('every report as XLSX and DOCX prints no Chinese text below 9 pt on A4', async () => {
    const files: Record<string, Uint8Array> = {};
    for (const kind of REPORT_KINDS) {
      for (const format of ['xlsx', 'docx'] as const) {
        const file = await renderReport({
          kind,
          format,
          analysis: seed,
          asOf: AS_OF,
          ...(kind === 'unit' ? { unit: '市财政局' } : {}),
        });
        files[`${kind}-${format}.${format}`] = file.bytes;
      }
    }
    const dir = convertToPdf(files);
    const smallest: Record<string, number> = {};
    for (const name of Object.keys(files)) {
      const words = pdfWords(path.join(dir, name.replace(/\.\w+$/, '.pdf'))).filter((w) => CJK.test(w.text));
      expect(words.length, name).toBeGreaterThan(0);
      smallest[name] = Math.min(...words.map((w) => (w.yMax - w.yMin) / BOX_PER_POINT));
    }
    for (const [name, points] of Object.entries(smallest)) expect(points, name).toBeGreaterThanOrEqual(9);
  }, 300_000);
});
