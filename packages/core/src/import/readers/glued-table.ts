/**
 * A table run together with no separators at all (无分隔的连排表格): some e-papers print a task
 * table as one paragraph, the header glued to the first row's number and each row's units cell
 * glued to the next row's number (`序号工作任务责任单位21树立婚育新风。…省妇联牵头;…配合;各州(市)党委和政府落实22根据…`).
 * Such a line is cut into bar-separated rows the delimited reader reads (`21 | 树立婚育新风。… | 省委宣传部…落实 |`):
 * a row starts where the next number follows the end of a units cell, and its units cell is what
 * follows its text's last full stop.
 */
import { displayWidth, type SourceLine, trimText } from '../document/lines';
import { unitsCellQuality } from './classify';
import { fieldKindOf } from './vocabulary';

/** Where a glued header starts: 序号 then a header word (`序号工作任务责任单位`, `序号主要工作任务第一责任单位…`). */
const GLUED_HEADER = /序号(?=\p{Script=Han}{4})/u;

/** A category heading glued before a row's number (`一、主要发展指标1地区…`). */
const HEADING = /[一二三四五六七八九十]{1,3}、[^、。，,；;\d]{2,20}$/u;

/** How a units cell ends, so that a number right after it starts the next row. */
const CELL_END =
  /(?:牵头|配合|落实|负责|参与|协办|主办|单位|部门|政府|局|委|厅|办|会|院|室|处|区|司|站|所|队|中心|小组|街道|镇|乡)(?:[(（][^()（）]{1,12}[)）])?$/u;

/**
 * The lines with every glued table cut into rows; the same array when there is none.
 *
 * @example
 * const lines = splitSourceLines('序号工作任务责任单位1做好甲工作。市财政局牵头2做好乙工作。市审计局负责');
 * unglueTables(lines).map((l) => l.text); //=> ['序号 | 工作任务 | 责任单位 |', '1 | 做好甲工作。 | 市财政局牵头 |', '2 | 做好乙工作。 | 市审计局负责 |']
 */
export function unglueTables(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (!lines.some((l) => GLUED_HEADER.test(l.text))) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    const found = GLUED_HEADER.exec(line.text);
    const header = found ? headerWords(line.text.slice(found.index + 2)) : undefined;
    const from = found && header ? found.index + 2 + header.length : 0;
    // A page's number printed between rows (`—2—`) and the header repeated atop a page are the
    // page's, not a cell's: blanked in place.
    const repeated = header ? line.text.slice(found!.index, from) : undefined;
    let body = line.text.slice(from).replace(/—\s*\d{1,3}\s*—/gu, (m) => ' '.repeat(m.length));
    if (repeated) body = body.replaceAll(repeated, ' '.repeat(repeated.length));
    const rows = header ? rowsOf(body, header.units, header.leaders > 0) : [];
    const at = line.at ?? { line: line.no, column: 1 };
    if (!found || !header || rows.filter((r) => 'number' in r).length < 2) {
      out.push({ ...line, no: out.length + 1, at });
      continue;
    }
    const before = line.text.slice(0, found.index).trim();
    if (before !== '') out.push(piece(before, out.length, at));
    out.push(piece(`序号 | ${header.words.join(' | ')} |`, out.length, at));
    for (const row of rows) {
      const place = { line: at.line, column: at.column + from + row.at };
      if (!('number' in row)) out.push(piece(row.heading, out.length, place));
      else {
        const cells = [
          row.text,
          ...blanks(header.texts - 1),
          ...(header.leaders > 0 ? [row.leader] : []),
          ...row.units,
          ...blanks(header.after),
        ];
        out.push(piece(`${row.number} | ${cells.join(' | ')} |`, out.length, place));
      }
    }
  }
  return out;
}

/**
 * The header words after 序号, each a word the vocabulary knows (longest first), up to the first
 * row's number or heading: one text header and one or more units headers.
 */
function headerWords(
  text: string,
):
  | { words: string[]; length: number; units: number; texts: number; leaders: number; after: number }
  | undefined {
  const words: string[] = [];
  let at = 0;
  while (at < text.length && !/^(?:\d|[一二三四五六七八九十]{1,3}、)/u.test(text.slice(at))) {
    let word: string | undefined;
    for (let n = Math.min(10, text.length - at); n >= 2 && !word; n--) {
      const candidate = text.slice(at, at + n);
      // `工作任务责任单位`, `牵头单位配合单位` read as one units header by their shape; each is two
      // words (two text words, `项目名称主要内容`, may stay one: their cells are glued anyway).
      const two = [...candidate].some((_, k) => {
        if (k < 2 || k > n - 2) return false;
        const first = fieldKindOf(candidate.slice(0, k));
        const second = fieldKindOf(candidate.slice(k));
        if (first === 'text') return (second ?? 'text') !== 'text';
        return first !== undefined && second !== undefined && k >= 3 && n - k >= 3;
      });
      if (fieldKindOf(candidate) !== undefined && !two && !/\d/u.test(candidate)) word = candidate;
    }
    if (!word) return undefined;
    words.push(word);
    at += word.length;
  }
  const kinds = words.map((w) => fieldKindOf(w));
  const units = kinds.filter((k) => k === 'units').length;
  // The task's cells (one or more text headers: 工作内容, 目标任务), a leader's cell (分管领导) or
  // none, then its units cells; a 备注 or 完成时限 column may close the row (its cell, glued to the
  // next number, is read empty).
  const texts = kinds.findIndex((k) => k !== 'text');
  const leaders = kinds[texts] === 'leaders' ? 1 : 0;
  const tail = kinds.slice(texts + leaders + units);
  if (
    texts < 1 ||
    units === 0 ||
    kinds.slice(texts + leaders, texts + leaders + units).some((k) => k !== 'units') ||
    tail.some((k) => k !== 'note' && k !== 'deadline')
  )
    return undefined;
  return { words, length: at, units, texts, leaders, after: tail.length };
}

const blanks = (n: number): string[] => Array.from({ length: n }, () => '');

function piece(raw: string, index: number, at: { line: number; column: number }): SourceLine {
  const text = trimText(raw);
  return { no: index + 1, offset: 0, raw, text, indent: 0, width: displayWidth(text), at };
}

/** The rows after the header, with the headings between them. */
function rowsOf(
  body: string,
  unitColumns: number,
  leaders: boolean,
): (
  | { number: number; text: string; leader: string; units: string[]; at: number }
  | { heading: string; at: number }
)[] {
  const first =
    /^\s*(?:([一二三四五六七八九十]{1,3}、[^、。，,；;\d]{2,20}?))?(\d{1,3})(?=\p{Script=Han})/u.exec(body);
  if (!first) return [];
  const starts: { number: number; at: number; length: number; heading?: { text: string; at: number } }[] = [
    {
      number: Number(first[2]),
      at: first.index + first[0].length - first[2]!.length,
      length: first[2]!.length,
      ...(first[1] ? { heading: { text: first[1], at: first.index } } : {}),
    },
  ];
  let from = first[0].length;
  for (;;) {
    const next = starts.at(-1)!.number + 1;
    const pattern = new RegExp(`(?<!\\d)${next}(?![\\d.%．年月日个项万亿元])`, 'gu');
    let found: { at: number; heading?: { text: string; at: number } } | undefined;
    for (const m of body.slice(from).matchAll(pattern)) {
      const index = from + m.index;
      if (!/^\p{Script=Han}/u.test(body.slice(index + m[0].length))) continue;
      const before = body.slice(from, index);
      const heading = HEADING.exec(before);
      const cellEnd = heading ? before.slice(0, heading.index) : before;
      // A units cell's ending, or a page's furniture blanked before the number (a header repeated).
      if (CELL_END.test(cellEnd.trimEnd()) || /\s{6,}$/u.test(cellEnd)) {
        found = {
          at: index,
          ...(heading ? { heading: { text: heading[0], at: from + heading.index } } : {}),
        };
        break;
      }
    }
    if (!found) break;
    starts.push({
      number: next,
      at: found.at,
      length: String(next).length,
      ...(found.heading ? { heading: found.heading } : {}),
    });
    from = found.at + String(next).length;
  }
  return starts.flatMap((s, k) => {
    const following = starts[k + 1];
    const end = following ? (following.heading?.at ?? following.at) : body.length;
    const cell = body.slice(s.at + s.length, end).trim();
    // The units cells: what follows the text's last full stop, when it reads as units.
    // Without a full stop (`…等先进生产技术市科技局市发展改革委、…`): the earliest unit name from which
    // the rest reads as units.
    let stop = cell.lastIndexOf('。');
    if (stop < 0)
      for (const m of cell.matchAll(/[市省县区各](?=\p{Script=Han})/gu))
        if (m.index > 4 && unitsCellQuality(cell.slice(m.index)) >= 0.8) {
          stop = m.index - 1;
          break;
        }
    const after = stop >= 0 ? cell.slice(stop + 1) : '';
    const leader = leaders ? personBefore(after) : '';
    const units = after.slice(leader.length);
    const read = units !== '' && unitsCellQuality(units) >= 0.6;
    const row = {
      number: s.number,
      text: read ? cell.slice(0, stop + 1) : cell,
      leader: read ? leader : '',
      units: read ? splitGlued(units, unitColumns) : blanks(unitColumns),
      at: s.at,
    };
    return s.heading ? [{ heading: s.heading.text, at: s.heading.at }, row] : [row];
  });
}

/**
 * A person's name glued before the units cells (`何海平教育局…`, `张菁民政局…`): two or three
 * characters, whichever leaves the rest reading better as units (three when both read alike, the
 * commoner length of a name).
 */
function personBefore(cell: string): string {
  if (!/^\p{Script=Han}{4}/u.test(cell)) return '';
  const three = unitsCellQuality(cell.slice(3));
  const two = unitsCellQuality(cell.slice(2));
  return two > three ? cell.slice(0, 2) : cell.slice(0, 3);
}

/**
 * Units cells glued together (`市发展改革委各县(市、区)政府、…`): the first cell ends after its first
 * name, where a name's ending meets the start of another (市, 省, 县, 区, 各); the last takes the rest.
 */
function splitGlued(units: string, columns: number): string[] {
  if (columns === 1) return [units];
  const cells: string[] = [];
  let rest = units;
  while (cells.length < columns - 1) {
    // A name's ending met by a level (`市发展改革委各县…`); else the first name's ending at all
    // (`教育局经开区…`, `文体旅局晋陵公司…`).
    const m =
      /^[^、，,；;]{2,20}?(?:委|局|办|厅|府|会|院|司|部)(?=[市省县区各])/u.exec(rest) ??
      /^[^、，,；;()（）]{1,8}?(?:委|局|办|厅)(?=\p{Script=Han})/u.exec(rest);
    if (!m) break;
    cells.push(m[0]);
    rest = rest.slice(m[0].length);
  }
  cells.push(rest);
  while (cells.length < columns) cells.push('');
  return cells;
}
