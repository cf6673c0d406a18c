/**
 * DOCX in the manner of an official document (公文), through `docx`, loaded only when a Word file is
 * written: A4, the title in 黑体 二号, headings in 黑体/楷体 三号, body in 仿宋 三号 (16 pt) on a
 * fixed 28 pt line, tables whose header row repeats on every page, and the page number — 1 — in the
 * footer. `docx` builds the package, styles, section and footer; the body's paragraphs and tables are
 * written as plain WordprocessingML trees (one object per element instead of a component tree per
 * run), which keeps a 10,000-row ledger to seconds.
 */
import type * as DocxModule from 'docx';
import type { Block, Official, ReportDocument } from '../model';
import { xmlSafe } from '../text';
import { empty, LATIN_PROPS, prebuilt, TABLE_STYLE, type Xml, xmlParagraphs, xmlTable } from './docx-xml';

type Docx = typeof DocxModule;

/**
 * Fonts by the names Chinese offices install them under (the 公文 fonts of GB/T 9704), with the
 * Latin font beside them; docs/fonts/fengong-gb9704.conf maps them to Debian's Noto CJK SC.
 */
export const DOCX_FONTS = {
  title: '方正小标宋简体',
  heading: '黑体',
  heading2: '楷体_GB2312',
  body: '仿宋_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;
/** Chinese (PRC), so a client falls back to Simplified Chinese faces, not Japanese ones. */
const ZH = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, note: 24, table: 21 } as const;
/** A4 in twips, and the margins of GB/T 9704 (portrait) or of a landscape table page. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGINS = {
  portrait: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
  landscape: { top: 1417, bottom: 1417, left: 1134, right: 1134 },
} as const;
/** Paragraph styles of the body (ids as written in document.xml). */
const STYLE = {
  body: 'BodyText',
  note: 'NoteText',
  tableText: TABLE_STYLE.text,
  tableHead: TABLE_STYLE.head,
} as const;

const font = (eastAsia: string) => ({
  ascii: DOCX_FONTS.latin,
  hAnsi: DOCX_FONTS.latin,
  eastAsia,
  cs: DOCX_FONTS.latin,
});

function xmlBlocks(list: readonly Block[], contentWidth: number): Xml[] {
  const out: Xml[] = [];
  for (const block of list) {
    switch (block.type) {
      case 'heading':
        out.push(
          ...xmlParagraphs(block.text, block.level === 1 ? 'Heading1' : 'Heading2', [empty('w:keepNext')]),
        );
        break;
      case 'paragraph':
        out.push(...xmlParagraphs(block.text, block.note ? STYLE.note : STYLE.body, [], LATIN_PROPS));
        break;
      case 'list':
        for (const [i, item] of block.items.entries())
          out.push(...xmlParagraphs(`${i + 1}. ${item}`, STYLE.body, [], LATIN_PROPS));
        break;
      case 'table':
        out.push(xmlTable(block.table, contentWidth), ...xmlParagraphs('', STYLE.note));
        break;
    }
  }
  return out;
}

/**
 * A report document as a Word (DOCX) file.
 *
 * @example
 * const bytes = await renderDocx(reportDocument({ kind: 'ledger', analysis, asOf: '2021-10-01' }));
 */
export async function renderDocx(doc: ReportDocument): Promise<Uint8Array> {
  if (doc.official) {
    const { renderOfficialDocx } = await import('./official-docx');
    return renderOfficialDocx(doc as ReportDocument & { official: Official });
  }
  const d: Docx = await import('docx');
  const landscape = doc.orientation === 'landscape';
  const margin = landscape ? MARGINS.landscape : MARGINS.portrait;
  const contentWidth = (landscape ? A4.height : A4.width) - margin.left - margin.right;
  const exact = (line: number) => ({ line, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 });
  const heading = (eastAsia: string) => ({
    run: { font: font(eastAsia), size: SIZE.body, bold: false, color: '000000' },
    paragraph: { spacing: exact(560), indent: { firstLine: 640 } },
  });
  const title = (text: string, eastAsia: string, size: number, line: number) =>
    xmlSafe(text)
      .split(/\r\n?|\n/)
      .map(
        (part) =>
          new d.Paragraph({
            alignment: d.AlignmentType.CENTER,
            spacing: exact(line),
            children: [new d.TextRun({ text: part, font: font(eastAsia), size })],
          }),
      );
  const document = new d.Document({
    creator: 'fengong',
    title: xmlSafe(doc.title),
    subject: xmlSafe(doc.meta.plan),
    description: xmlSafe(doc.subtitle.join(' ')),
    styles: {
      default: {
        document: {
          run: { font: font(DOCX_FONTS.body), size: SIZE.body, language: ZH },
          paragraph: { spacing: exact(560) },
        },
        heading1: heading(DOCX_FONTS.heading),
        heading2: heading(DOCX_FONTS.heading2),
      },
      paragraphStyles: [
        {
          id: STYLE.body,
          name: 'Body Text (仿宋三号)',
          basedOn: 'Normal',
          quickFormat: true,
          run: { font: font(DOCX_FONTS.body), size: SIZE.body },
          paragraph: { spacing: exact(560), indent: { firstLine: 640 } },
        },
        {
          id: STYLE.note,
          name: 'Note (仿宋小四)',
          basedOn: 'Normal',
          run: { font: font(DOCX_FONTS.body), size: SIZE.note },
          paragraph: { spacing: { line: 360, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 } },
        },
        {
          id: STYLE.tableText,
          name: 'Table Text (仿宋五号)',
          basedOn: 'Normal',
          run: { font: font(DOCX_FONTS.body), size: SIZE.table },
          paragraph: { spacing: { line: 250, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 } },
        },
        {
          id: STYLE.tableHead,
          name: 'Table Heading (黑体五号)',
          basedOn: 'Normal',
          run: { font: font(DOCX_FONTS.heading), size: SIZE.table },
          paragraph: {
            alignment: d.AlignmentType.CENTER,
            spacing: { line: 250, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 },
          },
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: {
              width: A4.width,
              height: A4.height,
              orientation: landscape ? d.PageOrientation.LANDSCAPE : d.PageOrientation.PORTRAIT,
            },
            margin: { ...margin, header: 851, footer: 992 },
            pageNumbers: { start: 1, formatType: d.NumberFormat.DECIMAL },
          },
        },
        footers: {
          default: new d.Footer({
            children: [
              new d.Paragraph({
                alignment: d.AlignmentType.CENTER,
                children: [
                  new d.TextRun({
                    font: font(DOCX_FONTS.pageNumber),
                    size: SIZE.pageNumber,
                    children: ['— ', d.PageNumber.CURRENT, ' —'],
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          ...title(doc.title, DOCX_FONTS.title, SIZE.title, 700),
          ...doc.subtitle.flatMap((line) => title(line, DOCX_FONTS.heading2, SIZE.body, 560)),
          new d.Paragraph({ children: [] }),
          ...xmlBlocks(doc.blocks, contentWidth).map((x) => prebuilt(d, x)),
        ],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}
