/**
 * WordprocessingML written as plain trees (one object per element instead of a component tree per
 * run, which keeps a 10,000-row ledger to seconds), shared by the DOCX writers: paragraphs in a
 * style, tables whose header row repeats on every page, and the wrapper that places such a tree
 * among `docx`'s components.
 */
import type * as DocxModule from 'docx';
import type { Cell, Table } from '../model';
import { displayWidth, xmlSafe } from '../text';
import { LIGHT_FILLS } from './colors';

/** Paragraph styles of tables (ids as written in document.xml), defined by each writer. */
export const TABLE_STYLE = { text: 'TableText', head: 'TableHead' } as const;

/** A WordprocessingML element as the `xml` serialiser that `docx` uses takes it. */
export type Xml = Record<string, unknown>;
export const attr = (a: Record<string, string | number>) => ({ _attr: a });
export const empty = (name: string): Xml => ({ [name]: {} });

/** Runs of digits and Latin letters (a date's 2021, a number's 37, 〔2019〕60, 12345). */
const LATIN_RUN = /[0-9A-Za-z][0-9A-Za-z.%-]*/g;
/**
 * The same without hyphens, for table cells: a day (2021-09-30) stays Chinese text there, in a column
 * sized to hold it, as a Western run would break it after a hyphen (`2021-09-` / `30`).
 */
export const LATIN_RUN_UNHYPHENATED = /[0-9A-Za-z][0-9A-Za-z.%]*(?![0-9A-Za-z.%]*-)(?<!-[0-9A-Za-z.%]*)/g;
/**
 * The run properties of digits and Latin letters among Chinese text: a Western language, so that
 * LibreOffice breaks lines by its rules there (it breaks Chinese text between any two characters,
 * digits taken along: “涉及3” / “7个单位”, “〔201” / “9〕60”).
 */
export const LATIN_PROPS: Xml[] = [{ 'w:lang': attr({ 'w:val': 'en-US', 'w:eastAsia': 'en-US' }) }];

/** The 、 between two items of an enumeration of numbers (任务1、2、15). */
const ENUMERATION_MARK = /(?<=[0-9A-Za-z.%])、(?=[0-9A-Za-z])/g;
/**
 * A zero-width space (U+200B): a place to break a line that draws nothing and that pdftotext and
 * copying from the PDF leave out.
 */
const BREAK_HERE = '\u200b';
/**
 * A word joiner (U+2060): no line break on either side of it; it draws nothing, and pdftotext and
 * copying from the PDF leave it out.
 */
const JOIN = '\u2060';
/** A number and the character after it when that is its unit or a closing mark: 52天, 37个, 1）. */
const NUMBER_THEN_UNIT = /([0-9A-Za-z.%])(?=[\u3400-\u9fff）」』】〕》，。；：])/g;
/** A short bracketed run (with a number in it, when it is kept whole): （剩52天）, （逾期3天）, （4项）. */
export const SHORT_BRACKETS = /（[^（）\n]{1,6}）/g;
export const HAS_DIGIT = /[0-9]/;

/**
 * The runs of a line: digits and Latin letters in runs of their own, with `latin` properties, so
 * that a number is never split at a line end. In an enumeration (任务1、2、15) the line may break
 * after each 、 (a zero-width space there): a Western-language run would otherwise keep the whole
 * list “15、26、27、31” together and push it to the next line, or break it before a 、.
 *
 * A number's unit goes in the number's run, joined to it (`52` / `天` never), and a short bracketed
 * run with a number in it is one such run, joined throughout (`（剩` / `52天）` never): LibreOffice
 * breaks Chinese text where a run changes script and between any two Chinese characters, joiners or
 * not, but honours joiners in a Western run.
 */
function lineRuns(text: string, latin: readonly Xml[], pattern: RegExp = LATIN_RUN): Xml[] {
  const line = text.replace(ENUMERATION_MARK, `、${BREAK_HERE}`);
  const run = (text: string, props?: readonly Xml[]): Xml => ({
    'w:r': [...(props ? [{ 'w:rPr': props }] : []), { 'w:t': [attr({ 'xml:space': 'preserve' }), text] }],
  });
  const runs: Xml[] = [];
  const plain = (segment: string) => {
    const joined = segment.replace(NUMBER_THEN_UNIT, `$1${JOIN}`);
    let at = 0;
    for (const m of joined.matchAll(pattern)) {
      if (m.index > at) runs.push(run(joined.slice(at, m.index)));
      let end = m.index + m[0].length;
      if (joined[end] === JOIN) end += 2;
      runs.push(run(joined.slice(m.index, end), latin));
      at = end;
    }
    if (at < joined.length) runs.push(run(joined.slice(at)));
  };
  let at = 0;
  for (const m of line.matchAll(SHORT_BRACKETS)) {
    if (!HAS_DIGIT.test(m[0])) continue;
    plain(line.slice(at, m.index));
    runs.push(run([...m[0]].join(JOIN), latin));
    at = m.index + m[0].length;
  }
  plain(line.slice(at));
  return runs;
}

/**
 * Paragraphs of a text, one per line, in a paragraph style; with `latin`, digits and Latin letters
 * go in runs of their own with those properties (e.g. {@link LATIN_PROPS}).
 */
export function xmlParagraphs(
  text: string,
  style: string,
  extra: Xml[] = [],
  latin?: readonly Xml[],
  pattern?: RegExp,
): Xml[] {
  return xmlSafe(text)
    .split(/\r\n?|\n/)
    .map((line) => ({
      'w:p': [
        pPr([{ 'w:pStyle': attr({ 'w:val': style }) }, ...extra]),
        ...(latin
          ? lineRuns(line, latin, pattern)
          : line
            ? [{ 'w:r': [{ 'w:t': [attr({ 'xml:space': 'preserve' }), line] }] }]
            : []),
      ],
    }));
}

/** The order WordprocessingML gives a paragraph's properties (Word rejects others). */
const PPR_ORDER = [
  'w:pStyle',
  'w:keepNext',
  'w:keepLines',
  'w:pageBreakBefore',
  'w:framePr',
  'w:widowControl',
  'w:pBdr',
  'w:shd',
  'w:tabs',
  'w:suppressAutoHyphens',
  'w:autoSpaceDE',
  'w:autoSpaceDN',
  'w:snapToGrid',
  'w:spacing',
  'w:ind',
  'w:jc',
  'w:textAlignment',
];
const rank = (x: Xml) => {
  const at = PPR_ORDER.indexOf(Object.keys(x)[0] ?? '');
  return at === -1 ? PPR_ORDER.length : at;
};

/** Paragraph properties, in the schema's order. */
export function pPr(props: readonly Xml[]): Xml {
  return { 'w:pPr': [...props].sort((a, b) => rank(a) - rank(b)) };
}

/** Table text is not snapped to the page's line grid (a 28.95 pt line would make every row tall). */
export const OFF_GRID: Xml = { 'w:snapToGrid': attr({ 'w:val': 0 }) };

const cellText = (cell: Cell | undefined): string => (typeof cell === 'number' ? String(cell) : (cell ?? ''));
export const jc = (value: string): Xml => ({ 'w:jc': attr({ 'w:val': value }) });

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Ten digits and hyphens of 五号 (about 55 pt) and the cell's margins, in twips. */
const DAY_WIDTH = 1300;

/** 五号 (10.5 pt) a character, and a cell's left and right margins, in twips. */
const TABLE_CHAR = 210;
const CELL_MARGINS = 140;

/** A short number or code (at most six digits or letters): 15, 2021, A12. */
const SHORT_NUMBER = /(?<![0-9A-Za-z])[0-9A-Za-z]{1,6}(?![0-9A-Za-z])/g;
/** Digits are drawn up to 0.65 em wide (Times New Roman 0.5 em; DejaVu Serif, its stand-in, 0.64 em). */
const DIGIT = 0.65;

/**
 * The width a cell needs for its widest run that must not break, in twips: a short bracketed run with
 * a number (（剩91天）, and a character to spare) or a short number (a task's 15).
 */
function unbrokenWidth(text: string): number {
  const runs = text.match(SHORT_BRACKETS)?.filter((run) => HAS_DIGIT.test(run)) ?? [];
  const numbers = text.match(SHORT_NUMBER) ?? [];
  return Math.max(
    0,
    ...runs.map((run) => Math.ceil((displayWidth(run) / 2 + 1) * TABLE_CHAR) + CELL_MARGINS),
    ...numbers.map((n) => Math.ceil(n.length * DIGIT * TABLE_CHAR) + CELL_MARGINS),
  );
}

/**
 * Column widths with each at least as wide as it needs (`least`), the difference taken from the
 * columns with room to spare (above `floor` and their own need), in proportion to that room; as they
 * were when there is not room enough.
 */
export function fitWidths(widths: readonly number[], least: readonly number[], floor: number): number[] {
  const short = widths.reduce((s, w, k) => s + Math.max(0, least[k]! - w), 0);
  if (short === 0) return [...widths];
  const spare = widths.map((w, k) => (least[k]! > w ? 0 : Math.max(0, w - Math.max(least[k]!, floor))));
  const room = spare.reduce((a, b) => a + b, 0);
  if (room < short) return [...widths];
  return widths.map((w, k) => (least[k]! > w ? least[k]! : w - Math.ceil((spare[k]! / room) * short)));
}

/**
 * The width a header cell needs, in twips: a header of two characters (编号) on one line, a longer one
 * on two at most (逾期/天数, 未纳入/原因); a Latin word never broken. A narrower column stacked “编/号”
 * and “逾/期/天/数” a character a line.
 */
function headerWidth(header: string): number {
  const chars = displayWidth(header) / 2;
  const word = Math.max(0, ...(header.match(/[A-Za-z0-9'.-]+/g) ?? []).map((w) => displayWidth(w) / 2));
  return Math.ceil(Math.max(Math.ceil(chars / 2), Math.min(chars, 2), word) * TABLE_CHAR) + CELL_MARGINS + 40;
}

export function xmlTable(t: Table, contentWidth: number): Xml {
  const shown = t.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.hidden);
  // A column of days (2021-09-30) is wide enough to keep each on one line; the others share the rest.
  const days = shown.map(
    ({ i }) =>
      t.rows.some((r) => typeof r.cells[i] === 'string' && ISO_DAY.test(r.cells[i] as string)) &&
      t.rows.every(
        (r) => r.section !== undefined || r.cells[i] === '' || ISO_DAY.test(String(r.cells[i] ?? '')),
      ),
  );
  const fixed = shown.map((_, k): number => (days[k] ? DAY_WIDTH : 0));
  const rest = contentWidth - fixed.reduce((a, b) => a + b, 0);
  const total = shown.reduce((s, { c }, k) => s + (days[k] ? 0 : c.width), 0) || 1;
  const numbers = shown.map(({ i }, k) =>
    fixed[k] ? 0 : Math.max(0, ...t.rows.map((r) => unbrokenWidth(cellText(r.cells[i])))),
  );
  const fitted = fitWidths(
    shown.map(({ c }, k) => fixed[k] || Math.floor((c.width / total) * rest)),
    numbers,
    2 * TABLE_CHAR,
  );
  // Then the headers, where there is room for them too (a day column keeps its width).
  const widths = fitWidths(
    fitted,
    shown.map(({ c }, k) =>
      fixed[k] ? fitted[k]! : Math.max(numbers[k]!, c.vertical ? 0 : headerWidth(c.header)),
    ),
    2 * TABLE_CHAR,
  );
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
  const height =
    tallest > 0 ? [{ 'w:trHeight': attr({ 'w:val': tallest * 230 + 200, 'w:hRule': 'atLeast' }) }] : [];
  const header: Xml = {
    'w:tr': [
      { 'w:trPr': [empty('w:cantSplit'), ...height, empty('w:tblHeader')] },
      ...shown.map(({ c }, k) =>
        cell(widths[k]!, xmlParagraphs(c.header, TABLE_STYLE.head, [OFF_GRID]), [
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
          cell(tableWidth, xmlParagraphs(row.section, TABLE_STYLE.head, [OFF_GRID, jc('left')]), [
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
            // Digits in runs of their own: `（剩91天）` never breaks as `（剩9` / `1天）`.
            xmlParagraphs(
              cellText(value),
              TABLE_STYLE.text,
              align ? [OFF_GRID, jc(align)] : [OFF_GRID],
              LATIN_PROPS,
              LATIN_RUN_UNHYPHENATED,
            ),
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

/**
 * A prebuilt element placed among docx's components (as a paragraph of a section's children).
 *
 * @example
 * children.push(prebuilt(d, { 'w:p': [] }));
 */
export function prebuilt(d: typeof DocxModule, element: Xml): DocxModule.Paragraph {
  class Prebuilt extends d.BaseXmlComponent {
    constructor(private readonly tree: Xml) {
      super(Object.keys(tree)[0] ?? 'w:p');
    }
    prepForXml(): Xml {
      return this.tree;
    }
  }
  return new Prebuilt(element) as unknown as DocxModule.Paragraph;
}
