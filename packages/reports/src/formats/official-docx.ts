/**
 * The official document (公文) of GB/T 9704-2012 as DOCX: the warnings, summaries and look-backs an
 * office sends. A4 portrait, 版心 156 × 225 mm (margins: top 37 mm, bottom 35 mm, left 28 mm,
 * right 26 mm), 22 lines of 28 characters (a 28.95 pt line, a 15.8 pt character grid); the 发文机关标志
 * in red 小标宋 35 mm below the top of the 版心, the 文号 and the red separator; the title in
 * 方正小标宋简体 二号, the 主送机关, the body in 仿宋_GB2312 三号 with headings 一、 in 黑体 and （一） in
 * 楷体_GB2312; the 附件 line, the signature and 成文日期; the attachments (the report's tables) each
 * on a new page; the 版记 (抄送, 印发机关和印发日期) at the foot of the last page, an even one (a 抄送
 * list longer than a page on whole pages before it: see {@link record}; unnumbered: see
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
  size: { title: 44, body: 32, pageNumber: 28, record: 28, table: 21 },
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
  record: 'GwRecord',
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
 * 版记 (GB/T 9704-2012 §10.2) on the last page, an even one (the back of the last sheet), at the foot
 * of the 版心: 抄送 and 印发机关和印发日期 in 仿宋 四号, one character in from each side, between rules
 * as wide as the 版心 (the first and last 0.35 mm, the one between 0.25 mm); a 抄送 line that wraps
 * goes on under the first unit, after “抄送：”. It stands in an invisible text box as high as the 版心,
 * its text set at the box's bottom. (A frame, `w:framePr` anchored to the bottom of the 版心, holds one
 * paragraph there; LibreOffice 7.4 puts a frame of two bordered paragraphs at the top of the page.)
 *
 * LibreOffice cuts off what overflows a text box, so the lines are counted here first
 * ({@link wrappedLines}, never fewer than LibreOffice makes): a 版记 of up to {@link RECORD_LINES} lines
 * keeps the body's 28.95 pt line; a longer one is set closer, down to {@link RECORD_MIN_PITCH}, to stay on
 * one page. Only a 抄送 list longer than a page at that pitch (some 110 units of 7 characters) takes more
 * pages, each in its own box: then the 版记 takes as many whole pages as it needs, starting on an odd
 * or even page so that it still ends on an even one, its last lines and the 印发 line at the foot.
 */
function record(official: Official, say: Say): { pages: number; xml: Xml[] } {
  const [ccBefore = '', ccAfter = ''] = say('official-cc', { units: '\u0000' }).split('\u0000');
  const sep = say('official-list-sep');
  const lineProps = (pitch: number, indent: Record<string, number>): Xml[] => [
    OFF_GRID,
    exactLine(pitch),
    { 'w:ind': attr({ 'w:left': RECORD_SIDE, 'w:right': RECORD_SIDE, ...indent }) },
  ];
  const printedLine = (pitch: number) =>
    paragraph(
      STYLE.record,
      [
        run(official.printedBy),
        { 'w:r': [empty('w:tab')] },
        run(say('official-printed', { date: dateOf(official) })),
      ],
      [
        ...lineProps(pitch, {}),
        // A tab's position is measured from the 版心's left edge, not from the indent.
        { 'w:tabs': [{ 'w:tab': attr({ 'w:val': 'right', 'w:pos': CONTENT_WIDTH - RECORD_SIDE }) }] },
      ],
    );
  // 抄送 lines that wrap go on under the first unit (the width of “抄送：”); a page after the first
  // starts there too.
  const hang = Math.round(labelWidth(ccBefore) * RECORD_EM);
  const ccLine = (text: string, first: boolean, pitch: number) =>
    xmlParagraphs(
      text,
      STYLE.record,
      [...TIGHT, ...lineProps(pitch, { 'w:left': RECORD_SIDE + hang, 'w:hanging': first ? hang : 0 })],
      UNSPACED,
    );
  const box = (paragraphs: Xml[], page: number) =>
    paragraph(
      STYLE.plain,
      [{ 'w:r': [{ 'w:drawing': [textBoxAtFoot(paragraphs, page)] }] }],
      page > 0 ? [empty('w:pageBreakBefore')] : [],
    );
  const text = (units: readonly string[], first: boolean, last: boolean) =>
    `${first ? ccBefore : ''}${units.join(sep)}${last ? ccAfter : sep}`;
  const lines = (units: readonly string[], first: boolean, last: boolean) =>
    wrappedLines(text(units, first, last), emWidth(ccBefore));
  if (official.cc.length === 0) return { pages: 1, xml: [box([rule(8), printedLine(LINE), rule(8)], 0)] };
  const all = lines(official.cc, true, true) + 1;
  if (all <= RECORD_MAX_LINES) {
    const pitch = all <= RECORD_LINES ? LINE : Math.floor(RECORD_TEXT_HEIGHT / all);
    return {
      pages: 1,
      xml: [
        box(
          [
            rule(8),
            ...ccLine(text(official.cc, true, true), true, pitch),
            rule(6),
            printedLine(pitch),
            rule(8),
          ],
          0,
        ),
      ],
    };
  }
  // Pages of units, at most `cap` lines each; the last page keeps a line for 印发.
  const paged = (cap: number): string[][] => {
    const chunks: string[][] = [];
    let chunk: string[] = [];
    for (const unit of official.cc) {
      const next = [...chunk, unit];
      if (chunk.length > 0 && lines(next, chunks.length === 0, false) > cap) {
        chunks.push(chunk);
        chunk = [unit];
      } else chunk = next;
    }
    return [...chunks, chunk];
  };
  const fits = (chunks: string[][]) =>
    lines(chunks.at(-1)!, chunks.length === 1, true) + 1 <= RECORD_MAX_LINES;
  // As few pages as hold it, filled evenly (not a full page and a last one of a line or two).
  let chunks = paged(RECORD_MAX_LINES);
  const count = fits(chunks) ? chunks.length : chunks.length + 1;
  for (let cap = Math.ceil(all / count); cap <= RECORD_MAX_LINES; cap++) {
    const even = paged(cap);
    if (even.length <= count && fits(even)) {
      chunks = even;
      break;
    }
  }
  while (!fits(chunks) && chunks.at(-1)!.length > 1) {
    const last = chunks.at(-1)!;
    chunks.push(last.splice(Math.ceil(last.length / 2)));
  }
  // One pitch on every page: as wide as the fullest page allows.
  const fullest = Math.max(
    ...chunks.map(
      (units, i) => lines(units, i === 0, i === chunks.length - 1) + (i === chunks.length - 1 ? 1 : 0),
    ),
  );
  const pitch = Math.min(LINE, Math.floor(RECORD_TEXT_HEIGHT / fullest));
  const xml = chunks.map((units, i) => {
    const last = i === chunks.length - 1;
    const cc = ccLine(text(units, i === 0, last), i === 0, pitch);
    return box(last ? [rule(8), ...cc, rule(6), printedLine(pitch), rule(8)] : [rule(8), ...cc, rule(8)], i);
  });
  return { pages: chunks.length, xml };
}

/** A rule paragraph's line (3 pt) and the height it takes with its border. */
const RULE_LINE = 60;
const RULE_HEIGHT = RULE_LINE + 20;
/** 四号 (14 pt) in twips: one character of the 版记. */
const RECORD_EM = GB9704.size.record * 10;
/** 左右各空一字: the 版记's text one 四号 character in from each side of the 版心. */
const RECORD_SIDE = RECORD_EM;
/** The width of the 版记's lines (the 版心 less a character each side): 29.6 characters. */
const RECORD_WIDTH = CONTENT_WIDTH - 2 * RECORD_SIDE;
/** The 版心's height (225 mm) less the three rules and a line's slack, for the 版记's lines. */
const RECORD_TEXT_HEIGHT =
  GB9704.page.height - GB9704.margin.top - GB9704.margin.bottom - 3 * RULE_HEIGHT - LINE;
/** Lines of the 版记 at the body's line pitch: 20 (with the rules, of the 22 the 版心 holds). */
const RECORD_LINES = Math.floor(RECORD_TEXT_HEIGHT / LINE);
/** The closest line pitch of the 版记: 1.25 times its 14 pt characters (17.5 pt). */
const RECORD_MIN_PITCH = Math.round(RECORD_EM * 1.25);
/** Lines of the 版记 on one page at the closest pitch: 34. */
const RECORD_MAX_LINES = Math.floor(RECORD_TEXT_HEIGHT / RECORD_MIN_PITCH);

/**
 * A rule of the 版记 as wide as the 版心: an empty paragraph of {@link RULE_HEIGHT} with its bottom
 * border (`sz` in eighths of a point: 8 is 0.35 mm, 6 is 0.26 mm).
 */
function rule(sz: number): Xml {
  return paragraph(
    STYLE.plain,
    [],
    [
      OFF_GRID,
      {
        'w:pBdr': [
          { 'w:bottom': attr({ 'w:val': 'single', 'w:sz': sz, 'w:space': 0, 'w:color': '000000' }) },
        ],
      },
      exactLine(RULE_LINE),
    ],
  );
}

/**
 * The width of a text in 四号 characters as LibreOffice sets it, or a little more: Chinese and
 * full-width characters one, digits half, other Latin letters 0.6 (Times New Roman's widest
 * lower-case letters are wider, its average narrower).
 */
function emWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += displayWidth(ch) === 2 ? 1 : /[0-9 ]/.test(ch) ? 0.5 : 0.6;
  return width;
}

/**
 * The width of a label (“抄送：”, “Cc: ”) in 四号 characters as drawn: Chinese characters one, Latin
 * letters at Times New Roman's widths (capitals about 0.67, small letters 0.44, a colon 0.28).
 */
function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text)
    width += displayWidth(ch) === 2 ? 1 : (TIMES_WIDTHS.find(([re]) => re.test(ch))?.[1] ?? 0.5);
  return width;
}
const TIMES_WIDTHS: [RegExp, number][] = [
  [/[A-Z]/, 0.667],
  [/[a-z]/, 0.444],
  [/[:;]/, 0.278],
  [/[ ,.]/, 0.25],
];

/** Characters a line may not start with (LibreOffice's forbidden line-start characters for Chinese). */
const NO_START = /^[，。、；：！？）」』】〕》〉’”,.;:!?)\]}%]/;
/** Characters a line may not end with. */
const NO_END = /[（「『【〔《〈‘“([{]$/;

/**
 * The space LibreOffice 7.4 sets between a run of digits or Latin letters and the Chinese text on
 * either side (about 0.2 em each, measured in its PDF; `w:autoSpaceDE` off or not).
 */
const LATIN_GAPS = 0.45;

/**
 * What LibreOffice keeps on one line in a paragraph of {@link xmlParagraphs}' runs: a short bracketed
 * run with a digit in it, a number with the character after it, a space, any other character.
 */
const RECORD_TOKEN =
  /（[^（）\n]{0,5}[0-9][^（）\n]{0,5}）|[0-9A-Za-z][0-9A-Za-z.%-]*[\u3400-\u9fff）」』】〕》，。；：]?|\s|./gu;

/**
 * How many lines a paragraph of the 版记 takes in LibreOffice, or more, never fewer: broken between
 * any two Chinese characters and at spaces, a run of Latin letters and digits kept whole, a closing
 * mark never at the start of a line nor an opening one at the end (the character before or after
 * taken along). Lines after the first go on under the text after the label (`hang` characters).
 */
function wrappedLines(text: string, hang: number): number {
  const width = RECORD_WIDTH / RECORD_EM;
  const tokens = text.match(RECORD_TOKEN) ?? [];
  let lines = 1;
  let used = 0;
  let previous = '';
  for (const token of tokens) {
    const w = emWidth(token) + (/^[0-9A-Za-z]/.test(token) ? LATIN_GAPS : 0);
    if (used + w > width + 1e-9) {
      lines++;
      // A closing mark takes the character before it along; an opening mark at the end goes down.
      const carried = NO_START.test(token) || NO_END.test(previous) ? emWidth(previous) : 0;
      used = hang + carried;
      previous = '';
    }
    used += w;
    previous = token;
  }
  return lines;
}

/** EMU (DrawingML's unit) per twip. */
const EMU_PER_TWIP = 635;

/**
 * An invisible text box over the whole 版心 (no fill, no line, no insets), its paragraphs set at its
 * bottom (`anchor="b"`): whatever their height, they end on the 版心's bottom edge.
 */
function textBoxAtFoot(paragraphs: Xml[], page: number): Xml {
  const cx = CONTENT_WIDTH * EMU_PER_TWIP;
  const cy = (GB9704.page.height - GB9704.margin.top - GB9704.margin.bottom) * EMU_PER_TWIP;
  // Placed from the page's edges: LibreOffice's “margin” ends above the footer, some 2.5 mm below the
  // 版心's bottom edge.
  const at = (axis: 'H' | 'V', twips: number): Xml => ({
    [`wp:position${axis}`]: [attr({ relativeFrom: 'page' }), { 'wp:posOffset': [twips * EMU_PER_TWIP] }],
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
      at('H', GB9704.margin.left),
      at('V', GB9704.margin.top),
      { 'wp:extent': attr({ cx, cy }) },
      { 'wp:effectExtent': attr({ l: 0, t: 0, r: 0, b: 0 }) },
      empty('wp:wrapNone'),
      { 'wp:docPr': attr({ id: 9704 + page, name: page > 0 ? `版记${page + 1}` : '版记' }) },
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
 * page (on an odd one when the 版记 takes two or four pages): when the body ends on an odd page the 版记 page directly follows it (and should be numbered);
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
  const recordPages = record(official, say);
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
          id: STYLE.record,
          name: 'Official Record (仿宋_GB2312四号)',
          basedOn: STYLE.plain,
          run: {
            font: fonts(GB9704_FONTS.body),
            size: GB9704.size.record,
            characterSpacing: 0,
            language: lang,
          },
          paragraph: { spacing: exact },
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
    // its own section starting on an even page (an odd one when it takes an even number of pages), in
    // a text box setting it at the foot of the 版心.
    sections: [false, true].map((last) => ({
      properties: {
        ...(last
          ? { type: recordPages.pages % 2 === 1 ? d.SectionType.EVEN_PAGE : d.SectionType.ODD_PAGE }
          : {}),
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
      children: (last ? recordPages.xml : xml).map((x) => prebuilt(d, x)),
    })),
  });
  return new Uint8Array(await d.Packer.toArrayBuffer(document));
}
