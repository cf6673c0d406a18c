/**
 * A DOCX table's header stands whole where the table has room for it, as LibreOffice lays it out
 * (→ PDF → pdftotext -bbox): a header of two characters (编号) on one line, a longer one (逾期天数,
 * 未纳入原因) on two at most — not stacked a character a line (编/号, 逾/期/天/数), as a column
 * sized by its share of the page alone left them. Checked in the attachments of the three 公文 and
 * in a unit's list.
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderDocument, reportDocument } from '../src';
import { convertToPdf, pdfWords } from './libreoffice';
import { AS_OF, seed } from './seed';

const DOCUMENTS = {
  overdue: reportDocument({ kind: 'overdue', analysis: seed, asOf: AS_OF }),
  lead: reportDocument({ kind: 'lead-summary', analysis: seed, asOf: AS_OF, unit: '市财政局' }),
  lookback: reportDocument({ kind: 'lookback', analysis: seed, asOf: '2022-02-01' }),
  unit: reportDocument({ kind: 'unit', analysis: seed, asOf: AS_OF, unit: '市财政局' }),
};

describe('DOCX table headers (LibreOffice → PDF)', async () => {
  const files: Record<string, Uint8Array> = {};
  for (const [name, doc] of Object.entries(DOCUMENTS))
    files[`${name}.docx`] = await renderDocument(doc, 'docx');
  const dir = convertToPdf(files);

  test.each(Object.keys(DOCUMENTS))(
    '%s: every header on one line, or two when longer than two characters',
    (name) => {
      const doc = DOCUMENTS[name as keyof typeof DOCUMENTS];
      const headers = new Set(
        doc.blocks.flatMap((b) =>
          b.type === 'table'
            ? b.table.columns.filter((c) => !c.hidden && !c.vertical).map((c) => c.header)
            : [],
        ),
      );
      expect(headers.size, name).toBeGreaterThan(2);
      const all = pdfWords(path.join(dir, `${name}.pdf`));
      const words = new Set(all.map((w) => w.text));
      for (const header of headers) {
        const chars = [...header];
        // Never stacked: its first two characters as words of their own, one under the other.
        const stacked = all.some(
          (a) =>
            a.text === chars[0] &&
            all.some(
              (b) =>
                b.page === a.page &&
                b.text === chars[1] &&
                Math.abs(b.xMin - a.xMin) < 3 &&
                b.yMin > a.yMin &&
                b.yMin - a.yMin < 20,
            ),
        );
        expect(stacked, `${name}: ${header} stacked`).toBe(false);
        if (chars.length <= 2) expect(words.has(header), `${name}: ${header}`).toBe(true);
        else
          expect(
            chars.some(
              (_, i) => i > 0 && words.has(chars.slice(0, i).join('')) && words.has(chars.slice(i).join('')),
            ) || words.has(header),
            `${name}: ${header}`,
          ).toBe(true);
      }
    },
  );
}, 240_000);
