/**
 * Source lines for the importer: splitting, extraction artifacts, display width and the joining
 * rule of cell text (单元格文本).
 *
 * The rule plan files follow: a cell's text is its lines, each trimmed of leading and trailing
 * whitespace (U+2029 PARAGRAPH SEPARATOR and U+3000 IDEOGRAPHIC SPACE included), joined with no
 * separator; whitespace inside a line is kept.
 */

import { chineseNumeralValue } from '../../deadlines/normalise';

/**
 * One line of the source text.
 *
 * @example
 * splitSourceLines(' 湛府办„2021‟15 号 ')[0]; //=> { no: 1, offset: 0, raw: ' 湛府办„2021‟15 号 ', text: '湛府办〔2021〕15 号', indent: 1, width: 9.5 }
 */
export interface SourceLine {
  /** 1-based line number. */
  no: number;
  /** Offset (UTF-16 units) of the line's first character in the source text. */
  offset: number;
  /** The line as written, without its line break. */
  raw: string;
  /** Artifacts repaired, leading and trailing whitespace removed. */
  text: string;
  /** Width of the leading whitespace, in half-width columns (an ideographic space counts 2). */
  indent: number;
  /** Display width of `text` in full-width characters (an ASCII character counts ½). */
  width: number;
  /**
   * Where the line stands in the file when it is a piece of a longer one (a whole plan run together
   * on one line is read as the lines it should have had); `no` then counts the pieces.
   */
  at?: { line: number; column: number };
}

/**
 * Repair PDF-extraction artifacts: `„2021‟` is how `〔2021〕` (六角括号) comes out of some PDFs.
 *
 * @example
 * repairArtifacts('湛府办„2021‟15 号'); //=> '湛府办〔2021〕15 号'
 */
export function repairArtifacts(text: string): string {
  if (!text.includes('„') && !text.includes('‟')) return text;
  return text.replaceAll('„', '〔').replaceAll('‟', '〕');
}

/**
 * Is the UTF-16 code unit a character the importer treats as whitespace?
 *
 * @example
 * isSpace(0x2029); //=> true
 */
export function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0x0b ||
    code === 0x0c ||
    code === 0x0d ||
    code === 0x0a ||
    code === 0xa0 ||
    code === 0x3000 ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200b) ||
    code === 0x202f ||
    code === 0x205f
  );
}

/**
 * Trim whitespace, U+2029 PARAGRAPH SEPARATOR and U+3000 IDEOGRAPHIC SPACE included.
 *
 * @example
 * trimText(' 作。\u2029 '); //=> '作。'
 */
export function trimText(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

/**
 * Remove every whitespace character (used for titles and document numbers, where PDF extraction
 * puts spaces around digits: `湛江市 2021 年` → `湛江市2021年`).
 *
 * @example
 * squeeze('湛府办〔2021〕15 号'); //=> '湛府办〔2021〕15号'
 */
export function squeeze(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpace(text.charCodeAt(i))) {
      if (i > from) out += text.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}

/**
 * Display width in full-width characters: ASCII and half-width forms count ½, everything else 1.
 *
 * @example
 * displayWidth('2021 年 9 月'); //=> 6
 */
export function displayWidth(text: string): number {
  let halves = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff) continue; // low surrogate: counted with its pair
    halves += c < 0x80 || (c >= 0xff61 && c <= 0xffdc) ? 1 : 2;
  }
  return halves / 2;
}

function indentOf(raw: string): number {
  let n = 0;
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 0x3000) n += 2;
    else if (c === 0x09) n += 4;
    else if (isSpace(c)) n += 1;
    else break;
  }
  return n;
}

/** A paragraph indent whose ideographic spaces were lost in an encoding: `??为深入贯彻…`. */
const LOST_INDENT = /^[?？]{2,4}(?=[^\s?？])/;

/**
 * Split a text into {@link SourceLine}s (LF, CRLF or CR line breaks; U+2029 is not a break).
 *
 * @example
 * splitSourceLines('甲\r\n 乙 ').map((l) => l.text); //=> ['甲', '乙']
 */
export function splitSourceLines(text: string): SourceLine[] {
  const lines: SourceLine[] = [];
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = shift === 1 ? text.slice(1) : text;
  let start = 0;
  let no = 1;
  const push = (end: number) => {
    const raw = source.slice(start, end);
    let repaired = trimText(repairArtifacts(raw));
    // Mirror sites print the two ideographic spaces of a paragraph indent as `??`.
    const lost = LOST_INDENT.exec(repaired)?.[0].length ?? 0;
    if (lost > 0) repaired = repaired.slice(lost);
    lines.push({
      no,
      offset: start + shift,
      raw,
      text: repaired,
      indent: indentOf(raw) + lost,
      width: displayWidth(repaired),
    });
    no++;
  };
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c === 0x0a) {
      push(i);
      start = i + 1;
    } else if (c === 0x0d) {
      push(i);
      if (source.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  if (start < source.length || lines.length === 0) push(source.length);
  return lines;
}

/** A `?` a mirror left for a character it lost, at the end of a cell or a name (`序号? |`, `祝振伟? 陈夏林?`). */
const LOST_MARK = /(?<=[^\x00-\x7f]|[)）0-9])[?？](?=\s|[|｜]|$)/gu;

/**
 * Blank the `?` marks that a mirror site put where it lost a character at the end of cells and
 * names, when at least 40 % of the lines carry them (a question mark inside a sentence is left alone). Each mark
 * becomes a space, so columns keep their places. Returns the lines and how many were blanked.
 *
 * @example
 * blankLostMarks(splitSourceLines('序号? | 牵头单位? |\n1? | 区财政局? |')).lines.map((l) => l.text);
 * //=> ['序号  | 牵头单位  |', '1  | 区财政局  |']
 */
export function blankLostMarks(lines: readonly SourceLine[]): {
  lines: readonly SourceLine[];
  count: number;
} {
  const filled = lines.filter((l) => l.text !== '');
  const marked = filled.filter((l) => new RegExp(LOST_MARK.source, 'u').test(l.text)).length;
  if (filled.length < 4 || marked < filled.length * 0.4) return { lines, count: 0 };
  let count = 0;
  const out = lines.map((l) => {
    if (!/[?？]/u.test(l.raw)) return l;
    count += l.text.match(LOST_MARK)?.length ?? 0;
    const text = trimText(l.text.replace(LOST_MARK, ' '));
    return { ...l, raw: l.raw.replace(LOST_MARK, ' '), text, width: displayWidth(text) };
  });
  return { lines: out, count };
}

/** A run of short ASCII tokens (`Y3 J/ M3 J" R! Z`): what a forum's anti-copy filter (干扰码) strews into posts. */
const JAMMER_RUN = /(?:[!-~，：；（）]{1,3}[ \t]){4,}[!-~，：；（）]{1,3}/gu;

/** Is the run a forum's scrambled filler, not words or figures: most tokens mix letters with other signs. */
function isJammer(run: string): boolean {
  const tokens = run.trim().split(/[ \t]+/);
  const lettered = tokens.filter((t) => /[A-Za-z]/.test(t)).length;
  const mixed = tokens.filter((t) => t.length >= 2 && /[A-Za-z]/.test(t) && /[^A-Za-z]/.test(t)).length;
  return tokens.length >= 5 && lettered >= tokens.length * 0.5 && mixed >= 2;
}

/**
 * Drop the runs of scrambled ASCII (`) Y3 J/ M3 J" R! Z`) that a forum's anti-copy filter strews
 * between the words of a post, when at least two lines carry one; a closing bracket the run begins
 * with stays when the line has it open (`(三水街道牵头)' l1 J8 …`). Returns the lines and how many
 * runs were dropped.
 *
 * @example
 * dropJammer(splitSourceLines('甲项工作(市财政局牵头)9 @! _2 C* M0 C% r+ U\' q\n) Y3 J/ M3 J" R! Z\n乙项工作')).lines.map((l) => l.text);
 * //=> ['甲项工作(市财政局牵头)', '', '乙项工作']
 */
export function dropJammer(lines: readonly SourceLine[]): { lines: readonly SourceLine[]; count: number } {
  const runs = (text: string) => [...text.matchAll(JAMMER_RUN)].filter((m) => isJammer(m[0]));
  const carrying = lines.filter((l) => runs(l.text).length > 0).length;
  if (carrying < 2) return { lines, count: 0 };
  let count = 0;
  const out = lines.map((l) => {
    const found = runs(l.raw);
    if (found.length === 0) return l;
    let raw = '';
    let at = 0;
    for (const m of found) {
      let start = m.index;
      const before = l.raw.slice(0, start);
      const open = (before.match(/[(（]/g)?.length ?? 0) - (before.match(/[)）]/g)?.length ?? 0);
      if (open > 0 && /^[)）]/.test(m[0])) start += 1;
      raw += `${l.raw.slice(at, start)}`;
      at = m.index + m[0].length;
      count++;
    }
    raw += l.raw.slice(at);
    const text = trimText(raw);
    return { ...l, raw, text, width: displayWidth(text) };
  });
  return { lines: out, count };
}

/** A page's mark on a document-sharing site (`2、`), before a fixed-length slice of the document's text. */
const SITE_PAGE = /^(\d{1,2})、/u;

/**
 * Join the pages of a document-sharing site's preview (文档分享站分页预览): such a site prints the
 * document's text as slices of one fixed length, each after its page's mark (`1、…`, `2、…`, `3、…`),
 * cutting words and cells anywhere. Marks that run 1, 2, 3… on consecutive lines, every slice but
 * the last of the same length (≥ 100 characters) and ending inside a sentence, are read as one
 * text; numbered items of a plan neither share one length nor stop mid-sentence. Returns the lines and how many pages were joined.
 *
 * @example
 * const slice = (k: number) => `${k}、${'甲'.repeat(120)}`;
 * joinSitePages(splitSourceLines([slice(1), slice(2), '3、乙'].join('\n'))).lines.map((l) => l.text.length); //=> [241, 0, 0]
 */
export function joinSitePages(lines: readonly SourceLine[]): { lines: readonly SourceLine[]; count: number } {
  const out = [...lines];
  let count = 0;
  for (let i = 0; i < out.length; i++) {
    if (SITE_PAGE.exec(out[i]!.text)?.[1] !== '1') continue;
    const length = out[i]!.text.length;
    if (length < 100) continue;
    let j = i + 1;
    while (
      j < out.length &&
      SITE_PAGE.exec(out[j]!.text)?.[1] === String(j - i + 1) &&
      out[j - 1]!.text.length === length &&
      // A slice ends wherever the length falls, seldom at an item's end (`…落实。`, `…(新区)]`).
      !/[。；;！!？?)）\]】」』]$/u.test(out[j - 1]!.text) &&
      out[j]!.text.length <= length
    )
      j++;
    // The next page's mark after a slice of another length: items, not slices.
    if (j - i < 2 || (j < out.length && SITE_PAGE.exec(out[j]!.text)?.[1] === String(j - i + 1))) continue;
    const slices = out.slice(i, j).map((l) => l.text.replace(SITE_PAGE, ''));
    const text = slices.join('');
    out[i] = { ...out[i]!, raw: text, text, width: displayWidth(text), at: { line: out[i]!.no, column: 3 } };
    // The later pages' lines stay, blank, so line numbers keep their places.
    for (let k = i + 1; k < j; k++) out[k] = { ...out[k]!, raw: '', text: '', width: 0 };
    count += j - i;
    i = j - 1;
  }
  return count === 0 ? { lines, count } : { lines: out, count };
}

/**
 * Join cell lines by the plan-file rule: each already trimmed, joined with no separator.
 *
 * @example
 * joinCell(['各县（市、区）', '政府（管委会）']); //=> '各县（市、区）政府（管委会）'
 */
export function joinCell(parts: readonly string[]): string {
  return parts.join('');
}

/** Closing marks that may follow a sentence end: `。”` `。）`. */
const CLOSERS = new Set([...'”’」』）)》〉】］]"\'']);
const TERMINALS = new Set([...'。！？!?；;']);

/**
 * Does the text end a sentence (句末), allowing closing quotes and brackets after the stop?
 *
 * @example
 * endsSentence('精准传达政策意图。'); //=> true
 * endsSentence('加强污染防治和生态建设、'); //=> false
 */
export function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i]!)) i--;
  return i >= 0 && TERMINALS.has(text[i]!);
}

/**
 * Read a small Chinese numeral (一 … 九十九) or Arabic digits; `undefined` if it is neither.
 *
 * @example
 * readNumber('十二'); //=> 12
 * readNumber('３'); //=> 3
 */
export function readNumber(text: string): number | undefined {
  const ascii = toAsciiDigits(text);
  if (/^\d{1,6}$/.test(ascii)) return Number(ascii);
  return SMALL_NUMERAL.test(text) ? chineseNumeralValue(text) : undefined;
}

/** How an item's number is written at a line's start (序号写法). */
export type ItemNumbering = 'dot' | 'bracket' | 'bracketNumeral' | 'spaced' | 'numeral' | 'ordinal';

/**
 * The numbering schemes of items: `3.` `3、` (dot), `（3）` (bracket), `（三）` (bracketNumeral), `三、` (numeral, a
 * heading's, read as items only by the last-resort reader), `3 text` (spaced — a table row copied with spaces for
 * cells) and `三是` (ordinal, 一是…二是… items of a sentence, cut apart only when each names its units). Each gives the
 * number and where the item's text starts.
 */
const ITEM_NUMBERINGS: Readonly<Record<ItemNumbering, RegExp>> = {
  dot: /^(\d{1,3})\s*(?:[.．﹒](?!\d)|、|。(?=\p{Script=Han}))\s*/u,
  bracket: /^[（(](\d{1,3})[)）]\s*/u,
  bracketNumeral: /^[（(]([一二三四五六七八九十]{1,3})[)）]\s*/u,
  spaced: /^(\d{1,3})\s+(?=[^\s\d])/u,
  numeral: /^([一二三四五六七八九十]{1,3})[、．.]\s*/u,
  ordinal: /^([一二三四五六七八九十]{1,3})是(?=\p{Script=Han})/u,
};

/**
 * The number written at a line's start in one of the given schemes, and the length of the mark.
 *
 * @example
 * itemNumberAt('3、加强监管', ['dot']); //=> { number: 3, length: 2, scheme: 'dot' }
 * itemNumberAt('（十二）做好', ['dot', 'bracketNumeral'])?.number; //=> 12
 * itemNumberAt('7.5%以上', ['dot']); //=> undefined
 */
export function itemNumberAt(
  text: string,
  schemes: readonly ItemNumbering[],
): { number: number; length: number; scheme: ItemNumbering } | undefined {
  for (const scheme of schemes) {
    const m = ITEM_NUMBERINGS[scheme].exec(text);
    const number = m ? readNumber(m[1]!) : undefined;
    if (m && number !== undefined) return { number, length: m[0].length, scheme };
  }
  return undefined;
}

// 一 … 九 and 十 … 九十九: what headings and dates number with (a bare 〇/零 numbers nothing).
const SMALL_NUMERAL = /^(?:[一二两三四五六七八九]|[一二两三四五六七八九]?十[〇零一二两三四五六七八九]?)$/;

/**
 * Full-width digits to ASCII (`２０２１` → `2021`).
 *
 * @example
 * toAsciiDigits('２０２１年'); //=> '2021年'
 */
export function toAsciiDigits(text: string): string {
  let out = '';
  let changed = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) {
      out += String.fromCharCode(c - 0xff10 + 0x30);
      changed = true;
    } else out += text[i];
  }
  return changed ? out : text;
}

/**
 * Read a written date (`2021 年 7 月 1 日`, `二〇二一年七月一日`, `2021年7月1日印发`) as YYYY-MM-DD.
 * Only the date at the start of `text` is read; `undefined` when there is none or it is not a real day.
 *
 * @example
 * readWrittenDate('2021 年 7 月 1 日'); //=> '2021-07-01'
 * readWrittenDate('二〇二二年三月十五日'); //=> '2022-03-15'
 */
export function readWrittenDate(text: string): string | undefined {
  const s = squeeze(toAsciiDigits(text)).slice(0, 24);
  let m = /^(\d{4})年(\d{1,2})月(\d{1,2})日/.exec(s);
  let y: number | undefined;
  let mo: number | undefined;
  let d: number | undefined;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  } else {
    m = /^([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日/.exec(
      s,
    );
    if (!m) return undefined;
    y = chineseNumeralValue(m[1]!);
    mo = readNumber(m[2]!);
    d = readNumber(m[3]!);
  }
  if (y === undefined || mo === undefined || d === undefined) return undefined;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return undefined;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * Split a list at top-level separators, ignoring those inside brackets:
 * `各县（市、区）人民政府（管委会）、市府直属各单位` → two items.
 *
 * @example
 * splitTopLevel('各县（市、区）政府、市直各单位', '、'); //=> ['各县（市、区）政府', '市直各单位']
 */
export function splitTopLevel(text: string, separators: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if ('（(《〔【“'.includes(ch)) depth++;
    else if ('）)》〕】”'.includes(ch)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && separators.includes(ch)) {
      items.push(text.slice(from, i));
      from = i + 1;
    }
  }
  items.push(text.slice(from));
  return items.map(trimText).filter((s) => s.length > 0);
}
