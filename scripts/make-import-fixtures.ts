/**
 * Make the fixtures of the file importers (packages/core/test/fixtures/files/) from the seed plan and
 * from three small hand-written plans in other layouts:
 *
 *   zhanjiang-2021.docx   the seed plan as a Word document: the covering notice, the title, the table
 *                         工作任务 | 具体要求 | 落实单位 | 完成时限 with the category cells and the shared
 *                         units/deadline cells of tasks 3–5, 7–9, 10–12, 13–14, 17–18, 19–20, 43–45,
 *                         46–47 and 49–50 merged (w:vMerge), the header row repeated on every page
 *                         (w:tblHeader), and the footer (版记)
 *   zhanjiang-2021.pdf    that document converted by LibreOffice (ruled table, rows broken by pages)
 *   zhanjiang-2021.xlsx   the seed plan as a ledger: 序号 | 工作任务 | 具体要求 | 牵头单位 | 责任单位 |
 *                         配合单位 | 监管单位 | 完成时限, the roles of each units cell (as core reads
 *                         them) in their own columns, category and shared cells merged, a notes sheet
 *   business-2022.docx    another layout: no number column, category rows over a 重点领域 column
 *                         (two levels), 牵头单位 | 配合单位, a header typed again mid-table
 *   business-2022.pdf     that document converted by LibreOffice
 *   business-2022-unruled.pdf  the same, tasks numbered, with no table borders (no ruling lines:
 *                         its text goes to the text importer)
 *   safety-2022.xlsx      a ledger: a title and a filler line above the header, the table from
 *                         column B, two levels of category rows (一、 / （一）), dates stored as
 *                         dates, an extra 完成情况 column, a notes sheet first and a hidden sheet
 *   ledger-2022.csv       a CSV export (UTF-8 with BOM): 类别 filled in its first row only, separate
 *                         牵头部门/责任部门/配合部门 columns, quoted cells with commas and line breaks
 *   ledger-2022-gbk.csv   the same in GB18030, as Excel on a Chinese Windows saves it
 *   business-2022.doc     business-2022.docx saved by LibreOffice as Word 97 (.doc)
 *   safety-2022.xls       safety-2022.xlsx saved by LibreOffice as Excel 97 (.xls)
 *
 *   npx tsx --conditions=@fengong/source scripts/make-import-fixtures.ts
 *
 * Needs LibreOffice (soffice) for the PDFs and iconv for the GB18030 copy.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { explainUnits, parsePlan, type Plan } from '@fengong/core';
import {
  AlignmentType,
  BorderStyle,
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  VerticalMergeType,
  WidthType,
} from 'docx';
import ExcelJS from 'exceljs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'packages/core/test/fixtures/files');
mkdirSync(out, { recursive: true });

const seed: Plan = parsePlan(readFileSync(join(root, 'seeds/zhanjiang-2021/plan.yaml'), 'utf8'));

/** Tasks whose units and deadline cells are one merged cell in the document. */
const SHARED: readonly [number, number][] = [
  [3, 5],
  [7, 9],
  [10, 12],
  [13, 14],
  [17, 18],
  [19, 20],
  [43, 45],
  [46, 47],
  [49, 50],
];

const FONT = 'Noto Serif CJK SC';
const HEADING_FONT = 'Noto Sans CJK SC';
const CN = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function writtenDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

// ── Word ────────────────────────────────────────────────────────────────────────────────────────

function text(value: string, options: { bold?: boolean; size?: number; font?: string } = {}): TextRun {
  return new TextRun({
    text: value,
    bold: options.bold ?? false,
    size: options.size ?? 24,
    font: { ascii: options.font ?? FONT, eastAsia: options.font ?? FONT, hAnsi: options.font ?? FONT },
  });
}

function para(
  value: string,
  options: {
    align?: (typeof AlignmentType)[keyof typeof AlignmentType];
    bold?: boolean;
    size?: number;
    indent?: boolean;
    pageBreakBefore?: boolean;
    font?: string;
    after?: number;
  } = {},
): Paragraph {
  return new Paragraph({
    children: [text(value, options)],
    ...(options.align ? { alignment: options.align } : {}),
    ...(options.indent ? { indent: { firstLine: 480 } } : {}),
    ...(options.pageBreakBefore ? { pageBreakBefore: true } : {}),
    spacing: { after: options.after ?? 120, line: 360 },
  });
}

/** A table cell: its paragraphs, width, and whether it starts or continues a vertical merge. */
function cell(
  lines: readonly string[],
  width: number,
  options: {
    merge?: 'restart' | 'continue';
    span?: number;
    bold?: boolean;
    center?: boolean;
    font?: string;
  } = {},
): TableCell {
  return new TableCell({
    children: (lines.length > 0 ? lines : ['']).map(
      (l) =>
        new Paragraph({
          children: [
            text(l, {
              size: 21,
              bold: options.bold ?? false,
              ...(options.font ? { font: options.font } : {}),
            }),
          ],
          ...(options.center ? { alignment: AlignmentType.CENTER } : {}),
        }),
    ),
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlign.CENTER,
    ...(options.merge === 'restart' ? { verticalMerge: VerticalMergeType.RESTART } : {}),
    ...(options.merge === 'continue' ? { verticalMerge: VerticalMergeType.CONTINUE } : {}),
    ...(options.span ? { columnSpan: options.span } : {}),
    margins: { top: 60, bottom: 60, left: 80, right: 80 },
  });
}

const BORDER = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
const BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NO_BORDER,
  bottom: NO_BORDER,
  left: NO_BORDER,
  right: NO_BORDER,
  insideHorizontal: NO_BORDER,
  insideVertical: NO_BORDER,
};

function table(rows: TableRow[], widths: number[], ruled = true): Table {
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: ruled ? BORDERS : NO_BORDERS,
  });
}

function headerRow(words: readonly string[], widths: readonly number[], repeat = true): TableRow {
  return new TableRow({
    tableHeader: repeat,
    children: words.map((w, i) => cell([w], widths[i]!, { bold: true, center: true, font: HEADING_FONT })),
  });
}

function documentOf(children: (Paragraph | Table)[]): Document {
  return new Document({
    creator: 'fengong',
    title: 'fixture',
    styles: {
      default: { document: { run: { font: { eastAsia: FONT, ascii: FONT, hAnsi: FONT }, size: 24 } } },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1440, bottom: 1440, left: 1417, right: 1417 },
          },
        },
        children,
      },
    ],
  });
}

interface NoticeSpec {
  documentNumber: string;
  noticeTitle: string;
  addressees: string;
  intro: string;
  requirements: readonly string[];
  issuer: string;
  issued: string;
  title: string;
}

function noticeParagraphs(n: NoticeSpec): Paragraph[] {
  return [
    para(n.documentNumber, { align: AlignmentType.CENTER, after: 480 }),
    para(n.noticeTitle, {
      align: AlignmentType.CENTER,
      bold: true,
      size: 32,
      font: HEADING_FONT,
      after: 360,
    }),
    para(`${n.addressees}：`),
    para(n.intro, { indent: true }),
    ...n.requirements.map((r, i) => para(`${CN[i + 1]}、${r}`, { indent: true })),
    para(n.issuer, { align: AlignmentType.RIGHT }),
    para(writtenDate(n.issued), { align: AlignmentType.RIGHT }),
    para(n.title, {
      align: AlignmentType.CENTER,
      bold: true,
      size: 32,
      font: HEADING_FONT,
      pageBreakBefore: true,
    }),
  ];
}

function footerParagraphs(
  disclosure: string | undefined,
  cc: readonly string[],
  printedBy: string,
  printed: string,
) {
  return [
    ...(disclosure ? [para(`公开方式：${disclosure}`)] : []),
    para(`抄送：${cc.join('，')}。`),
    para(`${printedBy}　　　　${writtenDate(printed)}印发`),
  ];
}

/** Start/continue marks of a vertical merge over runs of rows. */
function mergeMarks(
  count: number,
  runs: readonly [number, number][],
): ('restart' | 'continue' | undefined)[] {
  const marks: ('restart' | 'continue' | undefined)[] = new Array(count).fill(undefined);
  for (const [from, to] of runs) {
    if (to <= from) continue;
    marks[from] = 'restart';
    for (let i = from + 1; i <= to; i++) marks[i] = 'continue';
  }
  return marks;
}

/** Runs of consecutive equal values (as index ranges). */
function runsOf<T>(values: readonly T[]): [number, number][] {
  const runs: [number, number][] = [];
  let start = 0;
  for (let i = 1; i <= values.length; i++) {
    if (i === values.length || values[i] !== values[start]) {
      runs.push([start, i - 1]);
      start = i;
    }
  }
  return runs;
}

function seedDocx(plan: Plan): Document {
  const meta = plan.meta;
  const [p1, p2] = meta.parentDocuments;
  const notice: NoticeSpec = {
    documentNumber: meta.documentNumber!,
    noticeTitle: meta.noticeTitle!,
    addressees: meta.addressees.join('、'),
    intro: `为贯彻落实《${p1!.title}》（${p1!.number}）和《${p2!.title}》（${p2!.number}）要求，经市政府同意，现将《${meta.title}》印发给你们，请结合以下工作要求，迅速抓好贯彻落实。`,
    requirements: plan.requirements.map((r) => r.text),
    issuer: meta.issuer!,
    issued: meta.issued,
    title: meta.title,
  };
  const tasks = plan.tasks;
  const index = new Map(tasks.map((t, i) => [t.number, i]));
  const shared = SHARED.map(([a, b]) => [index.get(a)!, index.get(b)!] as [number, number]);
  for (const [a, b] of shared) {
    for (let i = a + 1; i <= b; i++) {
      if (tasks[i]!.units !== tasks[a]!.units || tasks[i]!.deadline !== tasks[a]!.deadline)
        throw new Error(`tasks ${tasks[a]!.number} and ${tasks[i]!.number} do not share their cells`);
      if (tasks[i]!.category !== tasks[a]!.category) throw new Error('a shared cell crosses a category');
    }
  }
  const shareMarks = mergeMarks(tasks.length, shared);
  const categoryMarks = mergeMarks(tasks.length, runsOf(tasks.map((t) => t.category)));
  const widths = [1500, 3900, 2000, 1500];
  const rows = [
    headerRow(['工作任务', '具体要求', '落实单位', '完成时限'], widths),
    ...tasks.map(
      (t, i) =>
        new TableRow({
          children: [
            cell(categoryMarks[i] === 'continue' ? [] : [t.category], widths[0]!, {
              ...(categoryMarks[i] ? { merge: categoryMarks[i] } : {}),
            }),
            cell([`${t.number}.${t.text}`], widths[1]!),
            cell(shareMarks[i] === 'continue' ? [] : [t.units], widths[2]!, {
              ...(shareMarks[i] ? { merge: shareMarks[i] } : {}),
            }),
            cell(shareMarks[i] === 'continue' ? [] : [t.deadline], widths[3]!, {
              ...(shareMarks[i] ? { merge: shareMarks[i] } : {}),
            }),
          ],
        }),
    ),
  ];
  return documentOf([
    ...noticeParagraphs(notice),
    table(rows, widths),
    ...footerParagraphs(meta.disclosure, meta.cc, meta.printedBy!, meta.printed!),
  ]);
}

/** The hand-written plan in another layout (no number column, two levels of categories). */
interface BusinessTask {
  field: string;
  text: string;
  lead: string;
  support: readonly string[];
  deadline: string;
}
const BUSINESS: readonly { heading: string; tasks: readonly BusinessTask[] }[] = [
  {
    heading: '一、优化市场准入环境',
    tasks: [
      {
        field: '企业开办',
        text: '推行企业开办“一网通办”，全程网上办理时间压缩至1个工作日以内。',
        lead: '市市场监管局',
        support: ['市公安局、市税务局、市人力资源社会保障局'],
        deadline: '2022年6月底前',
      },
      {
        field: '企业开办',
        text: '推广电子营业执照应用，实现涉企高频事项“一照通办”。',
        lead: '市市场监管局',
        support: ['市政务服务数据管理局'],
        deadline: '2022年9月底前',
      },
      {
        field: '工程建设项目审批',
        text: '深化工程建设项目审批制度改革，社会投资简易低风险项目审批时间压缩至15个工作日以内。',
        lead: '市住房城乡建设局',
        support: ['市自然资源局、市生态环境局'],
        deadline: '2022年12月底前',
      },
    ],
  },
  {
    heading: '二、提升政务服务效能',
    tasks: [
      {
        field: '政务服务',
        text: '推进“一件事一次办”改革，新推出20项“一件事”主题服务。',
        lead: '市政务服务数据管理局',
        support: ['市直各单位'],
        deadline: '2022年10月底前',
      },
      {
        field: '政务服务',
        text: '完善12345政务服务便民热线工单办理机制，按时办结率达到98%以上。',
        lead: '市政务服务数据管理局',
        support: ['市直各单位'],
        deadline: '长期工作',
      },
      {
        field: '政务服务',
        text: '开展政务服务“好差评”，差评整改率达到100%。',
        lead: '市政府办公室',
        support: ['市直各单位'],
        deadline: '每季度',
      },
      {
        field: '涉企服务',
        text: '建立涉企政策“免申即享”清单，做好惠企政策兑现。',
        lead: '市发展改革局',
        support: ['市财政局、市工业和信息化局', '各区人民政府'],
        deadline: '2022年11月底前',
      },
    ],
  },
];

function businessDocx(ruled = true): Document {
  const widths = [1500, 3800, 1500, 1900, 1300];
  const words = ['重点领域', '工作内容', '牵头单位', '配合单位', '时限要求'];
  const rows: TableRow[] = [headerRow(words, widths)];
  let number = 0;
  BUSINESS.forEach((group, g) => {
    if (g === 1) rows.push(headerRow(words, widths, false)); // the header typed again mid-table
    rows.push(
      new TableRow({
        children: [
          cell(
            [group.heading],
            widths.reduce((a, b) => a + b, 0),
            { span: 5, bold: true, font: HEADING_FONT },
          ),
        ],
      }),
    );
    const tasks = group.tasks;
    const fieldMarks = mergeMarks(tasks.length, runsOf(tasks.map((t) => t.field)));
    const leadMarks = mergeMarks(tasks.length, runsOf(tasks.map((t) => t.lead)));
    const supportMarks = mergeMarks(tasks.length, runsOf(tasks.map((t) => t.support.join('\n'))));
    tasks.forEach((t, i) => {
      const mark = (m: 'restart' | 'continue' | undefined) => (m ? { merge: m } : {});
      // Without rules, the text importer finds tasks by their numbers: the unruled copy has them.
      number++;
      rows.push(
        new TableRow({
          children: [
            cell(fieldMarks[i] === 'continue' ? [] : [t.field], widths[0]!, mark(fieldMarks[i])),
            cell([ruled ? t.text : `${number}.${t.text}`], widths[1]!),
            cell(leadMarks[i] === 'continue' ? [] : [t.lead], widths[2]!, mark(leadMarks[i])),
            cell(supportMarks[i] === 'continue' ? [] : t.support, widths[3]!, mark(supportMarks[i])),
            cell([t.deadline], widths[4]!),
          ],
        }),
      );
    });
  });
  const notice: NoticeSpec = {
    documentNumber: '某府办函〔2022〕8号',
    noticeTitle: '某市人民政府办公室关于印发某市2022年优化营商环境重点任务分工方案的通知',
    addressees: '各区人民政府，市直各单位',
    intro: '现将《某市2022年优化营商环境重点任务分工方案》印发给你们，请认真抓好落实。',
    requirements: [
      '各牵头单位要于 12 月 10 日前将全年任务完成情况，报市营商环境建设办公室。',
      '各区要参照本方案制定本地区任务清单。',
    ],
    issuer: '某市人民政府办公室',
    issued: '2022-03-15',
    title: '某市2022年优化营商环境重点任务分工方案',
  };
  return documentOf([
    ...noticeParagraphs(notice),
    table(rows, widths, ruled),
    ...footerParagraphs('主动公开', ['市委办公室', '市人大常委会办公室'], '某市人民政府办公室', '2022-03-15'),
  ]);
}

// ── Spreadsheets ────────────────────────────────────────────────────────────────────────────────

const THIN = { style: 'thin' as const };
const CELL_BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

async function seedXlsx(plan: Plan): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  book.creator = 'fengong';
  book.created = new Date(Date.UTC(2021, 6, 1));
  book.modified = book.created;
  const sheet = book.addWorksheet('分工方案');
  const headers = [
    '序号',
    '工作任务',
    '具体要求',
    '牵头单位',
    '责任单位',
    '配合单位',
    '监管单位',
    '完成时限',
  ];
  sheet.columns = [6, 16, 48, 18, 22, 16, 16, 16].map((width) => ({ width }));
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.getCell(1, 1).value = plan.meta.title;
  sheet.getCell(1, 1).alignment = { horizontal: 'center' };
  sheet.getCell(1, 1).font = { bold: true, size: 16 };
  sheet.getRow(2).values = headers;
  sheet.getRow(2).font = { bold: true };
  const tasks = plan.tasks;
  tasks.forEach((t, i) => {
    const roles = explainUnits(t.units);
    const row = sheet.getRow(3 + i);
    row.values = [
      t.number,
      t.category,
      t.text,
      roles.lead.join('、'),
      roles.responsible.join('、'),
      roles.supporting.join('、'),
      roles.supervising.join('、'),
      t.deadline,
    ];
    row.alignment = { wrapText: true, vertical: 'middle' };
  });
  // Category cells, and the shared cells of SHARED, merged (the value stays in the first row).
  const index = new Map(tasks.map((t, i) => [t.number, i]));
  for (const [a, b] of runsOf(tasks.map((t) => t.category))) {
    if (b > a) sheet.mergeCells(3 + a, 2, 3 + b, 2);
  }
  for (const [from, to] of SHARED) {
    const a = index.get(from)!;
    const b = index.get(to)!;
    for (let col = 4; col <= 8; col++) {
      if (sheet.getCell(3 + a, col).value === '') continue;
      sheet.mergeCells(3 + a, col, 3 + b, col);
    }
  }
  for (let r = 2; r < 3 + tasks.length; r++)
    for (let c = 1; c <= headers.length; c++) sheet.getCell(r, c).border = CELL_BORDER;
  const notes = book.addWorksheet('填表说明');
  notes.getCell('A1').value = '填表说明';
  notes.getCell('A2').value = '1. 牵头单位、责任单位、配合单位、监管单位按分工方案的落实单位栏填写。';
  notes.getCell('A3').value = '2. 完成时限照录原文。';
  return book;
}

interface SafetyRow {
  number: number;
  text: string;
  units: string;
  deadline: string | Date;
  progress?: string;
  note?: string;
}
const SAFETY: readonly {
  heading: string;
  groups: readonly { heading: string; rows: readonly SafetyRow[] }[];
}[] = [
  {
    heading: '一、强化安全生产责任落实',
    groups: [
      {
        heading: '（一）压实属地管理责任',
        rows: [
          {
            number: 1,
            text: '修订完善区安委会成员单位安全生产工作职责清单。',
            units: '区应急管理局牵头，区安委会各成员单位按职责分工落实',
            deadline: new Date(Date.UTC(2022, 3, 30)),
            progress: '已完成',
          },
          {
            number: 2,
            text: '开展安全生产巡查，年内实现对各街道巡查全覆盖。',
            units: '区应急管理局牵头，区安委会各成员单位按职责分工落实',
            deadline: '2022年11月底前',
            progress: '推进中',
          },
        ],
      },
      {
        heading: '（二）落实企业主体责任',
        rows: [
          {
            number: 3,
            text: '推动重点行业领域企业建立全员安全生产责任制。',
            units: '各街道办事处',
            deadline: '长期坚持',
            note: '每季度报送进展',
          },
        ],
      },
    ],
  },
  {
    heading: '二、深化重点行业领域专项整治',
    groups: [
      {
        heading: '（一）危险化学品',
        rows: [
          {
            number: 4,
            text: '开展危险化学品安全风险集中治理，完成重大危险源企业评估。',
            units: '区应急管理局、区公安分局',
            deadline: new Date(Date.UTC(2022, 5, 30)),
          },
        ],
      },
      {
        heading: '（二）道路交通',
        rows: [
          {
            number: 5,
            text: '整治“两客一危”车辆违法违规行为，重点车辆动态监控全覆盖。',
            units: '区交通运输局牵头，区公安分局交警大队配合',
            deadline: '2022年12月底前',
          },
          {
            number: 6,
            text: '排查整治农村公路临水临崖等高风险路段。',
            units: '区交通运输局牵头，区公安分局交警大队配合',
            deadline: '2022年12月底前',
          },
        ],
      },
    ],
  },
];

async function safetyXlsx(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  book.creator = 'fengong';
  book.created = new Date(Date.UTC(2022, 2, 1));
  book.modified = book.created;
  const notes = book.addWorksheet('填表说明');
  notes.getCell('A1').value = '填表说明：请于每月5日前更新“完成情况”栏。';
  const sheet = book.addWorksheet('任务台账');
  const hidden = book.addWorksheet('参数', { state: 'hidden' });
  hidden.getCell('A1').value = '状态';
  hidden.getCell('A2').value = '已完成';
  const headers = ['序号', '重点任务', '责任单位', '完成时限', '完成情况', '备注'];
  const first = 2; // column B
  sheet.columns = [4, 6, 46, 26, 16, 10, 14].map((width) => ({ width }));
  sheet.mergeCells(1, first, 1, first + headers.length - 1);
  sheet.getCell(1, first).value = '某区2022年安全生产重点工作任务台账';
  sheet.getCell(2, first).value = '填报单位：某区应急管理局';
  sheet.getCell(2, first + 3).value = '填报时间：2022年3月1日';
  headers.forEach((h, i) => {
    sheet.getCell(4, first + i).value = h;
  });
  let r = 5;
  const merges: [number, number][] = [];
  let previous: { units: string; row: number } | undefined;
  for (const part of SAFETY) {
    sheet.mergeCells(r, first, r, first + headers.length - 1);
    sheet.getCell(r, first).value = part.heading;
    r++;
    for (const group of part.groups) {
      sheet.mergeCells(r, first, r, first + headers.length - 1);
      sheet.getCell(r, first).value = group.heading;
      r++;
      previous = undefined;
      for (const row of group.rows) {
        sheet.getCell(r, first).value = row.number;
        sheet.getCell(r, first + 1).value = row.text;
        if (previous && previous.units === row.units) merges.push([previous.row, r]);
        else {
          sheet.getCell(r, first + 2).value = row.units;
          previous = { units: row.units, row: r };
        }
        const d = sheet.getCell(r, first + 3);
        d.value = row.deadline;
        if (row.deadline instanceof Date) d.numFmt = 'yyyy"年"m"月"d"日"';
        if (row.progress) sheet.getCell(r, first + 4).value = row.progress;
        if (row.note) sheet.getCell(r, first + 5).value = row.note;
        r++;
      }
    }
  }
  for (const [a, b] of merges) sheet.mergeCells(a, first + 2, b, first + 2);
  return book;
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────────

const LEDGER_CSV = [
  '类别,序号,任务内容,牵头部门,责任部门,配合部门,完成期限,备注',
  '政务公开,1,"推进决策公开，重大行政决策事项目录向社会公布。",市政府办公室,各区政府,,2022年6月底前,',
  ',2,"做好政策解读，坚持“谁起草、谁解读”,同步发布解读材料。",市政府办公室,,市直各单位,长期工作,',
  ',3,"规范政府信息公开申请办理，答复文书统一格式。",,,,,"依申请公开工作，',
  '每季度通报"',
  '政务服务,4,"推行政务服务事项“一网通办”。",市政务服务数据管理局,各区政府,"市直各单位",2022年12月底前,',
  ',5,"深化“跨省通办”，新增通办事项30项。",市政务服务数据管理局,,"市公安局、市人力资源社会保障局",2022年9月底前,',
].join('\r\n');

// ── Writing ─────────────────────────────────────────────────────────────────────────────────────

/** Convert files with LibreOffice (`--convert-to pdf`, `doc`, `xls`), with a fresh profile. */
function convert(files: readonly string[], to: string, rename?: (name: string) => string): string[] {
  const work = mkdtempSync(join(tmpdir(), 'fengong-fixtures-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync(
      'soffice',
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', to, '--outdir', work, ...files],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const extension = to.replace(/:.*$/, '');
    return files.map((f) => {
      const name = f.replace(/^.*\//, '').replace(/\.[a-z]+$/, `.${extension}`);
      const target = rename ? rename(name) : name;
      copyFileSync(join(work, name), join(out, target));
      return target;
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const written: string[] = [];
  const save = (name: string, bytes: Uint8Array) => {
    writeFileSync(join(out, name), bytes);
    written.push(name);
  };
  save('zhanjiang-2021.docx', await Packer.toBuffer(seedDocx(seed)));
  save('business-2022.docx', await Packer.toBuffer(businessDocx()));
  save('zhanjiang-2021.xlsx', new Uint8Array(await (await seedXlsx(seed)).xlsx.writeBuffer()));
  save('safety-2022.xlsx', new Uint8Array(await (await safetyXlsx()).xlsx.writeBuffer()));
  save('ledger-2022.csv', new TextEncoder().encode(`\ufeff${LEDGER_CSV}\r\n`));
  save(
    'ledger-2022-gbk.csv',
    execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: `${LEDGER_CSV}\r\n` }),
  );
  written.push(...convert([join(out, 'zhanjiang-2021.docx'), join(out, 'business-2022.docx')], 'pdf'));
  // The same plan with no table borders: a PDF without ruling lines, read as text.
  const scratch = mkdtempSync(join(tmpdir(), 'fengong-unruled-'));
  try {
    writeFileSync(join(scratch, 'business-2022.docx'), await Packer.toBuffer(businessDocx(false)));
    written.push(...convert([join(scratch, 'business-2022.docx')], 'pdf', () => 'business-2022-unruled.pdf'));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  // The old binary formats, for the LibreOffice conversion of fengong import.
  written.push(...convert([join(out, 'business-2022.docx')], 'doc:MS Word 97'));
  written.push(...convert([join(out, 'safety-2022.xlsx')], 'xls:MS Excel 97'));
  for (const name of written) console.log(`wrote packages/core/test/fixtures/files/${name}`);
}

await main();
