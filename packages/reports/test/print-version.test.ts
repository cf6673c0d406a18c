/**
 * The print version of every workbook (打印版) as LibreOffice prints it (that sheet alone, as an office
 * prints it): its columns fit the width of landscape A4 (every page carries the
 * whole header row, no column spills onto pages of its own), the header row repeats on each page, 第 X
 * 页，共 Y 页 stands at the foot, each category or lead unit starts a new page, and a status such as
 * 未到期（剩91天） is not wrapped inside its brackets.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { type ReportKind, renderReport, reportDocument } from '../src';
import { PRINT_SHEET } from '../src/formats/xlsx';
import { convertToPdf, pdfInfo, pdfLines } from './libreoffice';
import { AS_OF, seed } from './seed';

const KINDS = ['ledger', 'unit', 'lead-summary', 'overdue', 'lookback'] as const;
const options = (kind: ReportKind) =>
  ({ kind, analysis: seed, asOf: AS_OF, ...(kind === 'unit' ? { unit: '市财政局' } : {}) }) as const;

/**
 * The workbook with its first print sheet alone (as an office prints that one sheet): the other
 * sheets taken out of the workbook's list, the print titles renumbered.
 */
async function printSheetOnly(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await zip.file('xl/workbook.xml')!.async('string');
  const sheets = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*\/>/g)];
  const at = sheets.findIndex((m) => m[1] === PRINT_SHEET);
  expect(at).toBeGreaterThanOrEqual(0);
  const edited = workbook
    .replace(/<sheets>[\s\S]*<\/sheets>/, `<sheets>${sheets[at]![0]}</sheets>`)
    .replace(/<definedName [^>]*localSheetId="(\d+)"[^>]*>[\s\S]*?<\/definedName>/g, (name, id) =>
      Number(id) === at ? name.replace(/localSheetId="\d+"/, 'localSheetId="0"') : '',
    )
    .replace(/ activeTab="\d+"/, '');
  zip.file('xl/workbook.xml', edited);
  return zip.generateAsync({ type: 'uint8array' });
}

describe('the print version (打印版) as LibreOffice prints it', async () => {
  const files: Record<string, Uint8Array> = {};
  for (const kind of KINDS) {
    const file = await renderReport({ ...options(kind), format: 'xlsx' });
    files[`${kind}.xlsx`] = await printSheetOnly(file.bytes);
  }
  const dir = convertToPdf(files);

  test.each(KINDS)(
    '%s: every page has the whole header row and 第 X 页，共 Y 页; sections start pages',
    (kind) => {
      const pdf = path.join(dir, `${kind}.pdf`);
      const pages = Number(pdfInfo(pdf).Pages);
      const doc = reportDocument(options(kind));
      const table = doc.blocks.find((b) => b.type === 'table');
      expect(table?.type).toBe('table');
      if (table?.type !== 'table') return;
      const headers = table.table.columns.filter((c) => !c.hidden).map((c) => c.header.replace(/\s+/g, ''));
      expect(headers.length).toBeGreaterThan(2);
      const tops: string[] = [];
      for (let page = 1; page <= pages; page++) {
        const lines = pdfLines(pdf, page).map((l) => l.replace(/\s+/g, ''));
        const text = lines.join('');
        for (const header of headers) expect(text, `${kind} page ${page}: ${header}`).toContain(header);
        expect(lines, `${kind} page ${page}`).toContain(`第${page}页，共${pages}页`);
        // A status such as 未到期（剩91天） is never wrapped inside its brackets.
        const broken = lines.flatMap((l, i) => {
          const open = /（[^（）]{0,5}$/.exec(l)?.[0];
          const close = /^[^（）]{0,5}）/.exec(lines[i + 1] ?? '')?.[0];
          return open && close && /\d/.test(open + close) ? [`${l} / ${lines[i + 1]}`] : [];
        });
        expect(broken, `${kind} page ${page}`).toEqual([]);
        // The first line under the header row, as laid out on the page.
        const laidOut = execFileSync('pdftotext', ['-layout', '-f', `${page}`, '-l', `${page}`, pdf, '-'], {
          encoding: 'utf8',
        })
          .split('\n')
          .map((l) => l.replace(/\s+/g, ''))
          .filter(Boolean);
        tops.push(laidOut[laidOut.findIndex((l) => l.includes(headers[1]!)) + 1] ?? '');
      }
      // Each section row (a category, a lead unit) opens a page, right under the header row.
      const sections = table.table.rows.flatMap((r) => (r.section !== undefined ? [r.section] : []));
      for (const section of sections.slice(1)) {
        const start = section.replace(/\s+/g, '').slice(0, 8);
        expect(
          tops.some((top) => top.startsWith(start)),
          `${kind}: ${section}`,
        ).toBe(true);
      }
    },
  );
}, 300_000);
