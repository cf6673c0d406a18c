/**
 * Lay out tables of the import corpus as an office would send them: a Word document (the category
 * cells merged down the rows they head, header row repeated) and an Excel workbook (the same, merged
 * cells), in packages/core/test/corpus/files/. Their cells are the tasks the text importer reads from
 * the corpus document — the corpus test has checked those against the tasks written by hand — so
 * the test of these files asks: does the Word/Excel reader give the same tasks as the text?
 *
 *   npx tsx --conditions=@fengong/source scripts/make-corpus-files.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { explainUnits, importPlanText } from '@fengong/core';
import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalMergeType,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';
import { CORPUS_FILE_DOCUMENTS, corpusDocuments } from '../packages/core/test/corpus/score';

const out = path.join(import.meta.dirname, '../packages/core/test/corpus/files');
mkdirSync(out, { recursive: true });

interface Row {
  number: number;
  category: string;
  text: string;
  lead: string;
  units: string;
  leaders: string;
  deadline: string;
}

function rowsOf(text: string): Row[] {
  const plan = importPlanText(text).plan!;
  return plan.tasks.map((t) => {
    const read = explainUnits(t.units);
    const others = [...read.responsible, ...read.supporting, ...read.supervising];
    return {
      number: t.number,
      category: t.category,
      text: t.text,
      lead: read.lead.join('、'),
      // A cell that names no unit the reader knows (a cut placeholder) is left empty.
      units: others.join('、'),
      leaders: (t.leaders ?? []).join('、'),
      deadline: t.deadline ?? '',
    };
  });
}

/** The columns a document needs: no 牵头单位 column without a lead, no 完成时限 without deadlines. */
function columnsOf(rows: readonly Row[]): { header: string; value: (r: Row) => string }[] {
  const cols: { header: string; value: (r: Row) => string }[] = [
    { header: '序号', value: (r) => String(r.number) },
    { header: '工作任务', value: (r) => r.category },
    { header: '具体要求', value: (r) => r.text },
  ];
  if (rows.some((r) => r.lead !== '')) cols.push({ header: '牵头单位', value: (r) => r.lead });
  cols.push({ header: '责任单位', value: (r) => r.units });
  if (rows.some((r) => r.leaders !== '')) cols.push({ header: '分管领导', value: (r) => r.leaders });
  if (rows.some((r) => r.deadline !== '')) cols.push({ header: '完成时限', value: (r) => r.deadline });
  return cols;
}

/** Index runs of equal categories: the merged cells. */
function runs(rows: readonly Row[]): [number, number][] {
  const found: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= rows.length; i++) {
    if (i === rows.length || rows[i]!.category !== rows[start]!.category) {
      found.push([start, i - 1]);
      start = i;
    }
  }
  return found;
}

const FONT = { ascii: 'FangSong', eastAsia: 'FangSong', hAnsi: 'FangSong' };

function docx(title: string, rows: readonly Row[]): Document {
  const cols = columnsOf(rows);
  const width = Math.floor(13500 / cols.length);
  const merged = new Map<number, 'restart' | 'continue'>();
  for (const [a, b] of runs(rows)) {
    if (b === a) continue;
    merged.set(a, 'restart');
    for (let i = a + 1; i <= b; i++) merged.set(i, 'continue');
  }
  const cell = (value: string, merge?: 'restart' | 'continue', bold = false) =>
    new TableCell({
      children: [new Paragraph({ children: [new TextRun({ text: value, font: FONT, size: 21, bold })] })],
      width: { size: width, type: WidthType.DXA },
      ...(merge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : {}),
      ...(merge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    });
  const header = new TableRow({
    tableHeader: true,
    children: cols.map((c) => cell(c.header, undefined, true)),
  });
  const body = rows.map(
    (r, i) =>
      new TableRow({
        children: cols.map((c) =>
          c.header === '工作任务'
            ? cell(merged.get(i) === 'continue' ? '' : c.value(r), merged.get(i))
            : cell(c.value(r)),
        ),
      }),
  );
  return new Document({
    creator: 'fengong',
    title,
    sections: [
      {
        properties: { page: { size: { width: 16838, height: 11906 } } },
        children: [
          new Paragraph({ children: [new TextRun({ text: title, font: FONT, size: 32, bold: true })] }),
          new Table({
            rows: [header, ...body],
            columnWidths: cols.map(() => width),
            layout: TableLayoutType.FIXED,
          }),
        ],
      },
    ],
  });
}

async function xlsx(title: string, rows: readonly Row[]): Promise<Uint8Array> {
  const cols = columnsOf(rows);
  const book = new ExcelJS.Workbook();
  book.creator = 'fengong';
  book.created = new Date(Date.UTC(2024, 0, 1));
  book.modified = book.created;
  const sheet = book.addWorksheet('任务分工');
  sheet.mergeCells(1, 1, 1, cols.length);
  sheet.getCell(1, 1).value = title;
  sheet.getRow(2).values = cols.map((c) => c.header);
  rows.forEach((r, i) => {
    sheet.getRow(3 + i).values = cols.map((c) => c.value(r));
  });
  const category = cols.findIndex((c) => c.header === '工作任务') + 1;
  for (const [a, b] of runs(rows)) if (b > a) sheet.mergeCells(3 + a, category, 3 + b, category);
  return new Uint8Array(await book.xlsx.writeBuffer());
}

for (const doc of corpusDocuments().filter((d) => CORPUS_FILE_DOCUMENTS.includes(d.name))) {
  const rows = rowsOf(doc.text);
  const title = `${doc.name}（按原文版式重排的表格）`;
  writeFileSync(path.join(out, `${doc.name}.docx`), await Packer.toBuffer(docx(title, rows)));
  writeFileSync(path.join(out, `${doc.name}.xlsx`), await xlsx(title, rows));
  console.log(`wrote ${doc.name}.docx and .xlsx (${rows.length} rows)`);
}
