/**
 * Numbers are never split at a line end, as LibreOffice lays the DOCX out (→ PDF → pdftotext): an
 * enumeration of task numbers (任务1、2、15) in the body of a 公文 and of a plain document breaks
 * only after a 、, and a number in a table cell (未到期（剩91天）, 12/150个单位已完成) stays whole; a
 * short bracketed run with a number (（剩52天）) stays on one line, and a number keeps its unit (52天).
 */
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderDocument, reportDocument } from '../src';
import type { Block, Row } from '../src/model';
import { convertToPdf, pdfInfo, pdfLines } from './libreoffice';
import { AS_OF, seed } from './seed';

/** Task numbers of one to three digits, enough to fill several lines in any column. */
const NUMBERS = Array.from({ length: 60 }, (_, i) => 7 + i * 13);
/** Cells whose numbers fall at every place of a line: a growing prefix moves them along. */
const ROWS: Row[] = Array.from({ length: 40 }, (_, k) => ({
  cells: [
    k + 1,
    `${'状'.repeat(k % 8)}未到期（剩${10 + k * 7}天）`,
    `${'况'.repeat(k % 5)}${12 + k * 31}/${150 + k}个单位已完成`,
  ],
}));
const BLOCKS: Block[] = [
  { type: 'paragraph', text: `已逾期的任务：任务${NUMBERS.join('、')}。` },
  {
    type: 'paragraph',
    text: `涉及任务：${NUMBERS.slice(5).join('、')}；另有任务${NUMBERS.slice(9, 30).join('、')}。`,
  },
  { type: 'list', items: [`请核实任务${NUMBERS.slice(3, 40).join('、')}的进展。`] },
  {
    type: 'paragraph',
    text: `剩余时限：${NUMBERS.map((n, i) => `${'任'.repeat(i % 3)}任务${n}（剩${n}天）`).join('，')}。`,
  },
  {
    type: 'paragraph',
    text: `逾期天数：${NUMBERS.map((n, i) => `${'务'.repeat(i % 4)}任务${n}已逾期${n}天`).join('，')}。`,
  },
  {
    type: 'table',
    caption: '核对表',
    table: {
      columns: [
        { header: '编号', width: 4 },
        { header: '状态', width: 7 },
        { header: '情况', width: 9 },
      ],
      rows: ROWS,
    },
  },
];

/** The lines of every page, the page numbers (— 1 —) left out. */
function lines(pdf: string): string[] {
  const out: string[] = [];
  for (let page = 1; page <= Number(pdfInfo(pdf).Pages); page++)
    out.push(...pdfLines(pdf, page).filter((l) => !/^—\s*\d+\s*—$/.test(l)));
  return out;
}

/** The numbers a text holds, each as a whole (a number split over two lines reads as two). */
const numbersIn = (text: string) => [...text.matchAll(/\d+/g)].map((m) => Number(m[0]));

describe('numbers stay whole at line ends (LibreOffice → PDF)', async () => {
  // The overdue warning is written as a 公文; the unit's list as a plain document.
  const docs = {
    official: { ...reportDocument({ kind: 'overdue', analysis: seed, asOf: AS_OF }), blocks: BLOCKS },
    plain: {
      ...reportDocument({ kind: 'unit', analysis: seed, asOf: AS_OF, unit: '市财政局' }),
      blocks: BLOCKS,
    },
  };
  const dir = convertToPdf({
    'official.docx': await renderDocument(docs.official, 'docx'),
    'plain.docx': await renderDocument(docs.plain, 'docx'),
  });

  test.each(['official', 'plain'])('%s: an enumeration breaks after a 、, never inside a number', (name) => {
    const all = lines(path.join(dir, `${name}.pdf`));
    const at = all.findIndex((l) => l.replace(/\s+/g, '').startsWith('已逾期的任务'));
    const end = all.findIndex((l, i) => i > at && l.includes('的进展'));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(at + 6);
    const body = all.slice(at, end + 1);
    // The lists run over several lines, and each line ends where the list may break.
    const split = body.flatMap((l, i) =>
      /\d$/.test(l) && /^\d/.test(body[i + 1] ?? '') ? [`${l} / ${body[i + 1]}`] : [],
    );
    expect(split).toEqual([]);
    // Every number of the lists is read back whole, in order.
    const expected = [...NUMBERS, ...NUMBERS.slice(5), ...NUMBERS.slice(9, 30), 1, ...NUMBERS.slice(3, 40)];
    expect(numbersIn(body.join('\n'))).toEqual(expected);
  });

  test.each(['official', 'plain'])('%s: a number in a table cell stays whole', (name) => {
    const all = lines(path.join(dir, `${name}.pdf`)).join('\n');
    for (const row of ROWS) {
      const [, status, parts] = row.cells as [number, string, string];
      for (const n of [...numbersIn(status), ...numbersIn(parts)])
        expect(all, `${n} of ${status} ${parts}`).toMatch(new RegExp(`(?<!\\d)${n}(?!\\d)`));
    }
    // Some cells do wrap (the test reaches the line ends), but never between two digits.
    const split = all
      .split('\n')
      .flatMap((l, i, a) => (/\d$/.test(l) && /^\d/.test(a[i + 1] ?? '') ? [`${l} / ${a[i + 1]}`] : []));
    expect(split).toEqual([]);
  });

  test.each(['official', 'plain'])(
    '%s: a bracketed run with a number stays on one line; a number keeps its unit',
    (name) => {
      const all = lines(path.join(dir, `${name}.pdf`)).map((l) => l.replace(/\s+/g, ''));
      const text = all.join('\n');
      // In the body and in the table cells: every （剩N天） whole on a line.
      const runs = [...NUMBERS, ...ROWS.map((_, k) => 10 + k * 7)].map((n) => `（剩${n}天）`);
      for (const run of runs) expect(text, run).toContain(run);
      const broken = all.flatMap((l, i) =>
        /（[^）]{0,5}$/.test(l) || (/\d$/.test(l) && /^[天）]/.test(all[i + 1] ?? ''))
          ? [`${l} / ${all[i + 1]}`]
          : [],
      );
      expect(broken).toEqual([]);
      // The body's lists run over lines (the test reaches the line ends).
      const start = all.findIndex((l) => l.startsWith('剩余时限'));
      const end = all.findIndex((l, i) => i > start && l.includes(`已逾期${NUMBERS.at(-1)}天`));
      expect(end - start).toBeGreaterThan(10);
    },
  );
}, 240_000);
