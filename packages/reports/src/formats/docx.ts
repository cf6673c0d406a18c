/**
 * DOCX in the manner of an official document (公文), through `docx`, loaded only when a Word file is
 * written: A4, the title in 黑体 二号, headings in 黑体/楷体 三号, body in 仿宋 三号 (16 pt) on a
 * fixed 28 pt line, tables whose header row repeats on every page, and the page number — 1 — in the
 * footer. `docx` builds the package, styles, section and footer; the body's paragraphs and tables are
 * written as plain WordprocessingML trees (one object per element instead of a component tree per
 * run), which keeps a 10,000-row ledger to seconds.
 */
import type * as DocxModule from 'docx';
import type { Block, Cell, ReportDocument, Table } from '../model';
import { xmlSafe } from '../text';
import { LIGHT_FILLS } from './colors';

type Docx = typeof DocxModule;

/** Fonts (names Word on a Chinese system resolves to 黑体, 楷体, 仿宋, 宋体) and the Latin fallback. */
export const DOCX_FONTS = {
  title: 'SimHei',
  heading: 'SimHei',
  heading2: 'KaiTi',
  body: 'FangSong',
  pageNumber: 'SimSun',
  latin: 'Times New Roman',
} as const;

/** Sizes in half-points: 二号 22 pt, 三号 16 pt, 四号 14 pt, 小四 12 pt, 五号 10.5 pt. */
const SIZE = { title: 44, body: 32, pageNumber: 28, note: 24, table: 21 } as const;
/** A4 in twips, and the margins of GB/T 9704 (portrait) or of a landscape table page. */
const A4 = { width: 11906, height: 16838 } as const;
const MARGINS = {
  portrait: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
  landscape: { top: 1417, bottom: 1417, left: 1134, right: 1134 },
} as const;
/** Paragraph styles of the body (ids as written in document.xml). */
const STYLE = { body: 'BodyText', note: 'NoteText', tableText: 'TableText', tableHead: 'TableHead' } as const;

const font = (eastAsia: string) => ({
  ascii: DOCX_FONTS.latin,
  hAnsi: DOCX_FONTS.latin,
  eastAsia,
  cs: DOCX_FONTS.latin,
});

/** A WordprocessingML element as the `xml` serialiser that `docx` uses takes it. */
type Xml = Record<string, unknown>;
const attr = (a: Record<string, string | number>) => ({ _attr: a });
const empty = (name: string): Xml => ({ [name]: {} });

/** Paragraphs of a text, one per line, in a paragraph style. */
function xmlParagraphs(text: string, style: string, extra: Xml[] = []): Xml[] {
  return xmlSafe(text)
    .split(/\r\n?|\n/)
    .map((line) => ({
      'w:p': [
        { 'w:pPr': [{ 'w:pStyle': attr({ 'w:val': style }) }, ...extra] },
        ...(line ? [{ 'w:r': [{ 'w:t': [attr({ 'xml:space': 'preserve' }), line] }] }] : []),
      ],
    }));
}

const cellText = (cell: Cell | undefined): string => (typeof cell === 'number' ? String(cell) : (cell ?? ''));
const jc = (value: string): Xml => ({ 'w:jc': attr({ 'w:val': value }) });

function xmlTable(t: Table, contentWidth: number): Xml {
  const shown = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.hidden);
  const total = shown.reduce((s, { c }) => s + c.width, 0) || 1;
  const widths = shown.map(({ c }) => Math.floor((c.width / total) * contentWidth));
  const tableWidth = widths.reduce((s, w) => s + w, 0);
  const line = attr({ 'w:val': 'single', 'w:sz': 4, 'w:space': 0, 'w:color': '000000' });
  const cell = (width: number, body: Xml[], props: Xml[] = []): Xml => ({
    'w:tc': [{ 'w:tcPr': [{ 'w:tcW': attr({ 'w:w': width, 'w:type': 'dxa' }) }, ...props] }, ...body],
  });
  const shade = (fill: string): Xml => ({
    'w:shd': attr({ 'w:val': 'clear', 'w:color': 'auto', 'w:fill': fill }),
  });
  // Rotated headers need the row to be as tall as the longest name (五号: about 230 twips a character).
  const tallest = Math.max(0, ...shown.filter(({ c }) => c.vertical).map(({ c }) => [...c.header].length));
  const height = tallest > 0 ? [{ 'w:trHeight': attr({ 'w:val': tallest * 230 + 200, 'w:hRule': 'atLeast' }) }] : [];
  const header: Xml = {
    'w:tr': [
      { 'w:trPr': [empty('w:cantSplit'), ...height, empty('w:tblHeader')] },
      ...shown.map(({ c }, k) =>
        cell(widths[k]!, xmlParagraphs(c.header, STYLE.tableHead), [
          shade('D9D9D9'),
          ...(c.vertical ? [{ 'w:textDirection': attr({ 'w:val': 'tbRl' }) }] : []),
          { 'w:vAlign': attr({ 'w:val': 'center' }) },
        ]),
      ),
    ],
  };
  const rows = t.rows.map((row): Xml => {
    if (row.section !== undefined) {
      return {
        'w:tr': [
          { 'w:trPr': [empty('w:cantSplit')] },
          cell(tableWidth, xmlParagraphs(row.section, STYLE.tableHead, [jc('left')]), [
            { 'w:gridSpan': attr({ 'w:val': shown.length }) },
            shade('F2F2F2'),
          ]),
        ],
      };
    }
    const light = row.light && row.light !== 'none' ? LIGHT_FILLS[row.light] : undefined;
    return {
      'w:tr': [
        { 'w:trPr': [empty('w:cantSplit')] },
        ...shown.map(({ c, i }, k) => {
          const value = row.cells[i];
          const align =
            c.align === 'center' || typeof value === 'number'
              ? 'center'
              : c.align === 'right'
                ? 'right'
                : undefined;
          return cell(
            widths[k]!,
            xmlParagraphs(cellText(value), STYLE.tableText, align ? [jc(align)] : []),
            c.light && light ? [shade(light.fill.slice(2))] : [],
          );
        }),
      ],
    };
  });
  return {
    'w:tbl': [
      {
        'w:tblPr': [
          { 'w:tblW': attr({ 'w:w': tableWidth, 'w:type': 'dxa' }) },
          {
            'w:tblBorders': ['w:top', 'w:left', 'w:bottom', 'w:right', 'w:insideH', 'w:insideV'].map(
              (side) => ({ [side]: line }),
            ),
          },
          { 'w:tblLayout': attr({ 'w:type': 'fixed' }) },
          {
            'w:tblCellMar': [
              { 'w:top': attr({ 'w:w': 40, 'w:type': 'dxa' }) },
              { 'w:left': attr({ 'w:w': 70, 'w:type': 'dxa' }) },
              { 'w:bottom': attr({ 'w:w': 40, 'w:type': 'dxa' }) },
              { 'w:right': attr({ 'w:w': 70, 'w:type': 'dxa' }) },
            ],
          },
        ],
      },
      { 'w:tblGrid': widths.map((w) => ({ 'w:gridCol': attr({ 'w:w': w }) })) },
      header,
      ...rows,
    ],
  };
}

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
        out.push(...xmlParagraphs(block.text, block.note ? STYLE.note : STYLE.body));
        break;
      case 'list':
        for (const [i, item] of block.items.entries())
          out.push(...xmlParagraphs(`${i + 1}. ${item}`, STYLE.body));
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
  const d: Docx = await import('docx');
  /** A prebuilt element placed among docx's components. */
  class Prebuilt extends d.BaseXmlComponent {
    constructor(private readonly element: Xml) {
      super(Object.keys(element)[0] ?? 'w:p');
    }
    prepForXml(): Xml {
      return this.element;
    }
  }
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
          run: { font: font(DOCX_FONTS.body), size: SIZE.body },
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
          ...xmlBlocks(doc.blocks, contentWidth).map(
            (x) => new Prebuilt(x) as unknown as DocxModule.Paragraph,
          ),
        ],
      },
    ],
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}
