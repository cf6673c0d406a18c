/**
 * The official document (公文) of GB/T 9704-2012 as DOCX: the warnings, summaries and look-backs an
 * office sends. A4 portrait, 版心 156 × 225 mm (margins: top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm), 22 lines of 28 characters (a 28.95 pt line, a 15.8 pt character grid); the 发文机关标志
 * in red 小标宋 35 mm below the top of the 版心, the 文号 and the red separator; the title in
 * 方正小标宋简体 二号, the 主送机关, the body in 仿宋_GB2312 三号 with headings 一、 in 黑体 and （一） in
 * 楷体_GB2312; the 附件 line, the signature and 成文日期; the attachments (the report's tables) each
 * on a new page; the 版记 (抄送, 印发机关和印发日期) at the foot of the last page (unnumbered: see
 * {@link recordFooter}); the page number “— 1 —” in 宋体 四号, right on odd pages and left on even
 * pages. In English (`official.locale`), the fixed words come from the catalogue's English part.
 *
 * Fonts are named as Chinese offices install them, with East Asian settings and the `zh-CN` language
 * tag; where they are missing, fontconfig aliases map them to fonts Debian has (Noto Serif CJK SC,
 * Noto Sans CJK SC): see docs/fonts/fengong-gb9704.conf.
 */
import type * as DocxModule from 'docx';
import { type ReportWord, sayReport } from '@fengong/core';
import { dayText } from '../kinds/common';
import type { Block, Official, ReportDocument } from '../model';
import { displayWidth, xmlSafe } from '../text';
import {
  attr,
  empty,
  jc,
  LATIN_PROPS,
  OFF_GRID,
  pPr,
  prebuilt,
  TABLE_STYLE,
  type Xml,
  xmlParagraphs,
  xmlTable,
} from './docx-xml';

type Docx = typeof DocxModule;

/** The fonts of GB/T 9704-2012, by the names Chinese offices install them under. */
export const GB9704_FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;

/** The measurements of GB/T 9704-2012 in twips (1/20 pt; 1 mm = 56.69 twips) and half-points. */
export const GB9704 = {
  page: { width: 11906, height: 16838 },
  margin: { top: 2098, bottom: 1984, left: 1587, right: 1474 },
  /** 22 lines in the 225 mm 版心: 28.95 pt. */
  linePitch: 579,
  charsPerLine: 28,
  size: { title: 44, body: 32, pageNumber: 28, table: 21 },
  /** The page number: 7 mm below the 版心 (its baseline about 22 mm above the paper's edge). */
  footer: 1247,
} as const;

const CONTENT_WIDTH = GB9704.page.width - GB9704.margin.left - GB9704.margin.right;
/** The width of one character on the grid: 8,845 twips / 28. */
const CHAR = CONTENT_WIDTH / GB9704.charsPerLine;
const LINE = GB9704.linePitch;
/**
 * 28 characters a line: the 16 pt body characters drawn 0.25 pt closer (28 × 15.75 pt = 441 pt of the
 * 442.25 pt 版心). Letter spacing rather than Word's character grid, which LibreOffice widens.
 */
const LETTER_SPACING = -5;
const RED = 'FF0000';
/** Paragraph styles of the official document (ids as written in document.xml). */
const STYLE = {
  body: 'GwBody',
  h1: 'GwHeading1',
  h2: 'GwHeading2',
  title: 'GwTitle',
  plain: 'GwPlain',
  tableText: TABLE_STYLE.text,
  tableHead: TABLE_STYLE.head,
} as const;

const fonts = (eastAsia: string, latin: string = GB9704_FONTS.latin) => ({
  ascii: latin,
  hAnsi: latin,
  eastAsia,
  cs: latin,
});
const zh = { value: 'zh-CN', eastAsia: 'zh-CN' } as const;
/** An English document's tag: English for Latin text, Chinese for the Chinese characters it quotes. */
const en = { value: 'en-US', eastAsia: 'zh-CN' } as const;

/** The fixed words of an official document (文件, 附件, 抄送, 印发) in its language. */
type Say = (id: ReportWord, params?: Record<string, string | number>) => string;
const officialWords =
  (official: Official): Say =>
  (id, params = {}) =>
    sayReport(id, params, official.locale);
/** 成文日期 and 印发日期: 2021年10月1日 (in English 2021-10-01). */
const dateOf = (official: Official) => dayText(official.date, undefined, official.locale);

/** A run of text with its own font settings (runs that differ from their paragraph style). */
function run(text: string, props: Xml[] = []): Xml {
  return {
    'w:r': [
      ...(props.length ? [{ 'w:rPr': props }] : []),
      { 'w:t': [attr({ 'xml:space': 'preserve' }), xmlSafe(text)] },
    ],
  };
}
const rFonts = (eastAsia: string, latin: string = GB9704_FONTS.latin): Xml => ({
  'w:rFonts': attr({ 'w:ascii': latin, 'w:hAnsi': latin, 'w:eastAsia': eastAsia, 'w:cs': latin }),
});
const size = (halfPoints: number): Xml[] => [
  { 'w:sz': attr({ 'w:val': halfPoints }) },
  { 'w:szCs': attr({ 'w:val': halfPoints }) },
];
const color = (hex: string): Xml => ({ 'w:color': attr({ 'w:val': hex }) });
const exactLine = (line: number, before = 0): Xml => ({
  'w:spacing': attr({ 'w:before': before, 'w:after': 0, 'w:line': line, 'w:lineRule': 'exact' }),
});

/** No extra space between Chinese and Latin letters or digits (“2021年”, not “2021 年”). */
const TIGHT: Xml[] = [{ 'w:autoSpaceDE': attr({ 'w:val': 0 }) }, { 'w:autoSpaceDN': attr({ 'w:val': 0 }) }];

/** A paragraph in a style, with extra paragraph properties and runs. */
function paragraph(style: string, runs: Xml[], props: Xml[] = []): Xml {
  return { 'w:p': [pPr([{ 'w:pStyle': attr({ 'w:val': style }) }, ...TIGHT, ...props]), ...runs] };
}
const blank = (): Xml => paragraph(STYLE.plain, []);

/** The width of a text in characters of the grid (half-width characters count half). */
const chars = (text: string) => displayWidth(text) / 2;

/** 版头: the issuer's mark in red, the document number, the red separator. */
function masthead(official: Official, say: Say): Xml[] {
  if (!official.issuer) return [];
  const mark = say('official-mark', { issuer: official.issuer });
  // As large as fits the 版心 (at most 48 pt); its top edge 35 mm below the 版心's.
  const points = Math.min(48, Math.floor(((CONTENT_WIDTH / 20) * 0.98) / [...mark].length));
  const markLine = Math.round(points * 20 * 1.25);
  return [
    paragraph(
      STYLE.plain,
      [run(mark, [rFonts(GB9704_FONTS.title), color(RED), ...size(points * 2)])],
      [OFF_GRID, exactLine(markLine, 1984 - Math.round(points * 20 * 0.15)), jc('center')],
    ),
    blank(),
    paragraph(STYLE.plain, official.documentNumber ? [run(official.documentNumber)] : [], [
      // The red separator 4 mm below the number, as wide as the 版心.
      { 'w:pBdr': [{ 'w:bottom': attr({ 'w:val': 'single', 'w:sz': 12, 'w:space': 11, 'w:color': RED }) }] },
      jc('center'),
    ]),
    blank(),
  ];
}

/**
 * Digits and Latin letters at their own width (no letter spacing), in a Western language: a number
 * or a date's digits stay on one line.
 */
const UNSPACED: Xml[] = [{ 'w:spacing': attr({ 'w:val': 0 }) }, ...LATIN_PROPS];

/** Paragraphs of a text in a style of the body (28 characters a line). */
const bodyParagraphs = (text: string, style: string, props: Xml[] = []): Xml[] =>
  xmlParagraphs(text, style, [...TIGHT, ...props], UNSPACED);

/** A body block as official-document paragraphs; a table becomes a line pointing to its attachment. */
function bodyBlocks(
  blocks: readonly Block[],
  attachments: { caption: string; block: Block }[],
  say: Say,
): Xml[] {
  const out: Xml[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(
          ...bodyParagraphs(block.text, block.level === 1 ? STYLE.h1 : STYLE.h2, [empty('w:keepNext')]),
        );
        break;
      case 'paragraph':
        out.push(...bodyParagraphs(block.text, STYLE.body));
        break;
      case 'list':
        for (const [i, item] of block.items.entries())
          out.push(...bodyParagraphs(`${i + 1}.${item}`, STYLE.body));
        break;
      case 'table': {
        const caption = block.caption ?? `附表${attachments.length + 1}`;
        attachments.push({ caption, block });
        out.push(...bodyParagraphs(say('official-see-attachment', { n: attachments.length }), STYLE.body));
        break;
      }
    }
  }
  return out;
}

/** 附件说明: “附件：1.…”, further items aligned under the first. */
function attachmentLines(captions: readonly string[], say: Say): Xml[] {
  if (captions.length === 0) return [];
  const label = say('official-attachments');
  const hang = Math.round(CHAR * chars(label)); // 附件：
  return [
    blank(),
    ...captions.map((caption, i) =>
      paragraph(
        STYLE.plain,
        [run(`${i === 0 ? label : ''}${captions.length > 1 ? `${i + 1}.` : ''}${caption}`)],
        [
          {
            'w:ind': attr(
              i === 0
                ? { 'w:left': Math.round(CHAR * 2) + hang, 'w:hanging': hang }
                : { 'w:left': Math.round(CHAR * 2) + hang },
            ),
          },
        ],
      ),
    ),
  ];
}

/**
 * 落款: the issuer on the line after a blank one, right-aligned; the date below it, its first
 * character two characters right of the issuer's, and two characters from the right edge.
 */
function signature(official: Official): Xml[] {
  const date = dateOf(official);
  const dateRight = 2;
  let nameRight = dateRight + chars(date) + 2 - chars(official.issuer);
  let dateIndent = dateRight;
  if (nameRight < 2) {
    dateIndent += 2 - nameRight;
    nameRight = 2;
  }
  const right = (n: number): Xml => ({ 'w:ind': attr({ 'w:right': Math.round(n * CHAR) }) });
  return [
    blank(),
    ...(official.issuer
      ? [paragraph(STYLE.plain, [run(official.issuer)], [jc('right'), right(nameRight)])]
      : []),
    paragraph(STYLE.plain, [run(date)], [jc('right'), right(dateIndent)]),
  ];
}

/** An attachment on its own page: 附件N in 黑体 at the top left, its title centred, the table. */
function attachmentPage(n: number, count: number, caption: string, block: Block, say: Say): Xml[] {
  if (block.type !== 'table') return [];
  return [
    paragraph(
      STYLE.plain,
      [
        run(count > 1 ? say('official-attachment', { n }) : say('official-attachment-one'), [
          rFonts(GB9704_FONTS.heading1),
        ]),
      ],
      [empty('w:pageBreakBefore')],
    ),
    blank(),
    paragraph(STYLE.title, [run(caption)], [OFF_GRID]),
    blank(),
    xmlTable(block.table, CONTENT_WIDTH),
  ];
}

/**
 * 版记 at the foot of the last page: 抄送 and 印发机关和印发日期 in 仿宋 四号 between rules (the first
 * and last 0.35 mm, the one between 0.25 mm), in an invisible text box as high as the 版心, its text
 * set at the box's bottom. (A frame, `w:framePr` anchored to the bottom of the 版心, holds one
 * paragraph there; LibreOffice 7.4 puts a frame of two bordered paragraphs at the top of the page,
 * so the 版记 stood alone at the top of an empty page whenever it had a 抄送 line.) A 抄送 list too
 * long for the box ({@link RECORD_BOX_LINES}) flows from the top of the page instead: LibreOffice cuts
 * off what overflows a text box, 印发 line and all.
 */
function record(official: Official, say: Say): Xml[] {
  const rule = (sz: number) => attr({ 'w:val': 'single', 'w:sz': sz, 'w:space': 1, 'w:color': '000000' });
  const four = [rFonts(GB9704_FONTS.body), ...size(GB9704.size.pageNumber)];
  const indent = Math.round(CHAR);
  const borders: Xml = {
    'w:pBdr': [{ 'w:top': rule(8) }, { 'w:bottom': rule(8) }, { 'w:between': rule(6) }],
  };
  const line = (runs: Xml[], props: Xml[] = []): Xml =>
    paragraph(STYLE.plain, runs, [
      borders,
      { 'w:ind': attr({ 'w:left': indent, 'w:right': indent }) },
      ...props,
    ]);
  const printed = say('official-printed', { date: dateOf(official) });
  const cc = say('official-cc', { units: official.cc.join(say('official-list-sep')) });
  const lines = [
    ...(official.cc.length > 0 ? [line([run(cc, four)])] : []),
    line(
      [run(official.printedBy, four), { 'w:r': [{ 'w:rPr': four }, empty('w:tab')] }, run(printed, four)],
      [{ 'w:tabs': [{ 'w:tab': attr({ 'w:val': 'right', 'w:pos': CONTENT_WIDTH - indent * 2 }) }] }],
    ),
  ];
  const ccLines = Math.ceil(
    chars(cc) / Math.floor((CONTENT_WIDTH - indent * 2) / (GB9704.size.pageNumber * 10)),
  );
  if (official.cc.length > 0 && ccLines + 1 > RECORD_BOX_LINES) return lines;
  return [paragraph(STYLE.plain, [{ 'w:r': [{ 'w:drawing': [textBoxAtFoot(lines)] }] }])];
}

/**
 * How many lines of 四号 text the 版记's text box is trusted with: the 版心 holds about 19 (68 抄送
 * units of 7 characters and the 印发 line measured in LibreOffice); a longer 版记 flows as paragraphs.
 */
const RECORD_BOX_LINES = 16;

/** EMU (DrawingML's unit) per twip. */
const EMU_PER_TWIP = 635;

/**
 * An invisible text box over the whole 版心 (no fill, no line, no insets), its paragraphs set at its
 * bottom (`anchor="b"`): whatever their height, they end on the 版心's bottom edge.
 */
function textBoxAtFoot(paragraphs: Xml[]): Xml {
  const cx = CONTENT_WIDTH * EMU_PER_TWIP;
  const cy = (GB9704.page.height - GB9704.margin.top - GB9704.margin.bottom) * EMU_PER_TWIP;
  const align = (axis: 'H' | 'V', to: string): Xml => ({
    [`wp:position${axis}`]: [attr({ relativeFrom: 'margin' }), { 'wp:align': [to] }],
  });
  const noLine: Xml = { 'a:ln': [{ 'a:noFill': {} }] };
  return {
    'wp:anchor': [
      attr({
        distT: 0,
        distB: 0,
        distL: 0,
        distR: 0,
        simplePos: 0,
        relativeHeight: 1,
        behindDoc: 0,
        locked: 0,
        layoutInCell: 1,
        allowOverlap: 1,
      }),
      { 'wp:simplePos': attr({ x: 0, y: 0 }) },
      align('H', 'center'),
      align('V', 'bottom'),
      { 'wp:extent': attr({ cx, cy }) },
      { 'wp:effectExtent': attr({ l: 0, t: 0, r: 0, b: 0 }) },
      empty('wp:wrapNone'),
      { 'wp:docPr': attr({ id: 9704, name: '版记' }) },
      empty('wp:cNvGraphicFramePr'),
      {
        'a:graphic': [
          attr({ 'xmlns:a': 'http://schemas.openxmlformats.org/drawingml/2006/main' }),
          {
            'a:graphicData': [
              attr({ uri: 'http://schemas.microsoft.com/office/word/2010/wordprocessingShape' }),
              {
                'wps:wsp': [
                  { 'wps:cNvSpPr': attr({ txBox: 1 }) },
                  {
                    'wps:spPr': [
                      { 'a:xfrm': [{ 'a:off': attr({ x: 0, y: 0 }) }, { 'a:ext': attr({ cx, cy }) }] },
                      { 'a:prstGeom': [attr({ prst: 'rect' }), empty('a:avLst')] },
                      empty('a:noFill'),
                      noLine,
                    ],
                  },
                  { 'wps:txbx': [{ 'w:txbxContent': paragraphs }] },
                  {
                    'wps:bodyPr': [
                      attr({
                        rot: 0,
                        vert: 'horz',
                        wrap: 'square',
                        lIns: 0,
                        tIns: 0,
                        rIns: 0,
                        bIns: 0,
                        anchor: 'b',
                      }),
                      empty('a:noAutofit'),
                    ],
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  };
}

/** The page number “— N —”: 宋体 四号, one character in from the right (odd) or left (even) edge. */
function pageNumber(d: Docx, side: 'odd' | 'even'): DocxModule.Footer {
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: side === 'odd' ? d.AlignmentType.RIGHT : d.AlignmentType.LEFT,
        indent: side === 'odd' ? { right: 280 } : { left: 280 },
        children: [
          new d.TextRun({
            font: fonts(GB9704_FONTS.pageNumber, GB9704_FONTS.pageNumber),
            size: GB9704.size.pageNumber,
            language: zh,
            children: ['— ', d.PageNumber.CURRENT, ' —'],
          }),
        ],
      }),
    ],
  });
}

/**
 * The footers of the 版记's section. GB/T 9704-2012 §7.5: “公文的版记页前有空白页的，空白页和版记页均不编排
 * 页码” — the 版记 page is numbered unless a blank page comes before it. The section starts on an even
 * page: when the body ends on an odd page the 版记 page directly follows it (and should be numbered);
 * when it ends on an even page a blank page comes between (and neither is numbered). Which case a
 * document is in is known only when it is laid out, and LibreOffice 7.4 has no way to tell a footer:
 * - an `IF` field is laid out as nothing at all (`IF 1 = 1 "YES" "NO"` draws neither word), and one
 *   with nested fields (`IF {PAGE} = {= {PAGEREF …} + 1} …`) as the nested fields' bare results
 *   (“10Error: Reference source not found10”);
 * - a different first-page footer is taken by the 版记 page in both cases (the blank page LibreOffice
 *   inserts takes no footer at all, and is left out of its PDF);
 * - odd/even footers cannot tell either: the 版记 page is even in both cases.
 * So neither page of this section is numbered: right when a blank page comes between, wrong (by the
 * standard) when the 版记 page directly follows an odd last page of the body. A footer line of one
 * em space keeps the 版心 where it is on the other pages.
 */
function recordFooter(d: Docx): DocxModule.Footer {
  return new d.Footer({
    children: [
      new d.Paragraph({
        alignment: d.AlignmentType.LEFT,
        indent: { left: 280 },
        children: [
          new d.TextRun({
            children: ['\u2003'],
            font: fonts(GB9704_FONTS.pageNumber, GB9704_FONTS.pageNumber),
            size: GB9704.size.pageNumber,
            language: zh,
          }),
        ],
      }),
    ],
  });
}

/**
 * A report document with official parts as a GB/T 9704-2012 Word document.
 *
 * @example
 * const bytes = await renderOfficialDocx(reportDocument({ kind: 'overdue', analysis, asOf: '2021-10-01' }));
 */
export async function renderOfficialDocx(doc: ReportDocument & { official: Official }): Promise<Uint8Array> {
  const d: Docx = await import('docx');
  const { official } = doc;
  const say = officialWords(official);
  const lang = official.locale === 'en' ? en : zh;
  const exact = { line: LINE, lineRule: d.LineRuleType.EXACT, before: 0, after: 0 };
  const attachments: { caption: string; block: Block }[] = [];
  const body = bodyBlocks(doc.blocks, attachments, say);
  const xml: Xml[] = [
    ...masthead(official, say),
    ...xmlSafe(official.title)
      .split(/\r\n?|\n/)
      .map((line) => paragraph(STYLE.title, [run(line)], [OFF_GRID])),
    blank(),
    paragraph(STYLE.plain, [
      run(say('official-addressees', { units: official.addressees.join(say('official-list-sep')) })),
    ]),
    ...body,
    ...attachmentLines(
      attachments.map((a) => a.caption),
      say,
    ),
    ...signature(official),
    ...attachments.flatMap((a, i) => attachmentPage(i + 1, attachments.length, a.caption, a.block, say)),
    // A table must be followed by a paragraph (this one ends the section).
    blank(),
  ];
  const heading = (eastAsia: string) => ({
    run: {
      font: fonts(eastAsia),
      size: GB9704.size.body,
      characterSpacing: LETTER_SPACING,
      bold: false,
      color: '000000',
      language: lang,
    },
    paragraph: { spacing: exact, indent: { firstLine: Math.round(CHAR * 2) } },
  });
  const document = new d.Document({
    creator: 'fengong',
    title: xmlSafe(official.title),
    subject: xmlSafe(doc.meta.plan),
    description: xmlSafe(doc.subtitle.join(' ')),
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          run: { font: fonts(GB9704_FONTS.body), size: GB9704.size.body, language: lang },
          paragraph: { spacing: exact },
        },
      },
      paragraphStyles: [
        {
          id: STYLE.plain,
          name: 'Official Plain (仿宋_GB2312三号)',
          basedOn: 'Normal',
          run: {
            font: fonts(GB9704_FONTS.body),
            size: GB9704.size.body,
            characterSpacing: LETTER_SPACING,
            language: lang,
          },
          paragraph: { spacing: exact },
        },
        {
          id: STYLE.body,
          name: 'Official Body (仿宋_GB2312三号)',
          basedOn: STYLE.plain,
          quickFormat: true,
          paragraph: { spacing: exact, indent: { firstLine: Math.round(CHAR * 2) } },
        },
        {
          id: STYLE.h1,
          name: 'Official Heading 1 (黑体三号)',
          basedOn: STYLE.plain,
          ...heading(GB9704_FONTS.heading1),
        },
        {
          id: STYLE.h2,
          name: 'Official Heading 2 (楷体_GB2312三号)',
          basedOn: STYLE.plain,
          ...heading(GB9704_FONTS.heading2),
        },
        {
          id: STYLE.title,
          name: 'Official Title (方正小标宋简体二号)',
          basedOn: STYLE.plain,
          run: {
            font: fonts(GB9704_FONTS.title),
            size: GB9704.size.title,
            characterSpacing: 0,
            language: lang,
          },
          paragraph: { alignment: d.AlignmentType.CENTER, spacing: exact },
        },
        {
          id: STYLE.tableText,
          name: 'Table Text (仿宋_GB2312五号)',
          basedOn: 'Normal',
          run: { font: fonts(GB9704_FONTS.body), size: GB9704.size.table, language: lang },
          paragraph: { spacing: { line: 250, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 } },
        },
        {
          id: STYLE.tableHead,
          name: 'Table Heading (黑体五号)',
          basedOn: 'Normal',
          run: { font: fonts(GB9704_FONTS.heading1), size: GB9704.size.table, language: lang },
          paragraph: {
            alignment: d.AlignmentType.CENTER,
            spacing: { line: 250, lineRule: d.LineRuleType.AUTO, before: 0, after: 0 },
          },
        },
      ],
    },
    // The 版记 goes on the last page, which GB/T 9704 makes an even one (the back of the last sheet):
    // its own section starting on an even page, in a text box setting it at the foot of the 版心.
    sections: [false, true].map((last) => ({
      properties: {
        ...(last ? { type: d.SectionType.EVEN_PAGE } : {}),
        page: {
          size: {
            width: GB9704.page.width,
            height: GB9704.page.height,
            orientation: d.PageOrientation.PORTRAIT,
          },
          margin: { ...GB9704.margin, header: 851, footer: GB9704.footer },
          pageNumbers: last
            ? { formatType: d.NumberFormat.DECIMAL }
            : { start: 1, formatType: d.NumberFormat.DECIMAL },
        },
        grid: { type: d.DocumentGridType.LINES, linePitch: LINE },
      },
      footers: last
        ? { default: recordFooter(d), even: recordFooter(d) }
        : { default: pageNumber(d, 'odd'), even: pageNumber(d, 'even') },
      children: (last ? record(official, say) : xml).map((x) => prebuilt(d, x)),
    })),
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}
