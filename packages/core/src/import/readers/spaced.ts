/**
 * A table whose cells are separated by single spaces (空格分隔的表格): what a web page or a
 * repost gives for a small table (`1 居民消费价格涨幅3%左右 发展改革委`). The cells have no
 * positions to go by, so a row is read from its ends: its number first, the short cells of the last
 * columns from the right, one word each, and the requirement is what lies between. The rows are
 * then read as a delimited table; the review says how they were split.
 */
import { joinCell, type SourceLine } from '../document/lines';
import { type HeaderMatch, joinSpacedOut } from './columns';
import { readDelimitedTable } from './delimited';
import { append, type DraftBody, decision } from './draft';

/** A row's start: its number and a space (`1 居民…`, `12 加快…`). */
const ROW_START = /^(\d{1,4})[.．、]?\s+\S/;

/**
 * Read the rows under a header found on a line of space-separated words, when they are not a PDF
 * table's (no column positions).
 *
 * @example
 * readSpacedTable(lines, header)?.tasks.map((t) => t.units); //=> ['发展改革委', '人力资源社会保障部', …]
 */
export function readSpacedTable(lines: readonly SourceLine[], header: HeaderMatch): DraftBody | undefined {
  const columns = header.columns;
  if (columns[0]?.kind !== 'number') return undefined;
  // The columns after the number up to the last text-like one make the requirement (名称 工作任务);
  // the ones after it are short cells, one word each, read from the right.
  const middle = ['title', 'text', 'target', 'category'];
  let lastText = 0;
  columns.forEach((c, i) => {
    if (middle.includes(c.kind)) lastText = i;
  });
  if (lastText === 0) return undefined;
  const trailing = columns.length - 1 - lastText;
  const words = header.words ?? joinSpacedOut(lines[header.index]!.text.split(/\s+/));
  const rows: { index: number; number: string; middle: string[]; tail: string[] }[] = [];
  for (let i = header.index + header.span; i < lines.length; i++) {
    const line = lines[i]!;
    if (!ROW_START.test(line.text)) continue;
    const words = line.text.split(/\s+/);
    if (words.length < 2 + trailing) continue;
    const number = words[0]!.replace(/[.．、]$/, '');
    const tail = trailing > 0 ? words.slice(-trailing) : [];
    // Kept with its empty cells: a double space is a cell left empty (a merged 类别 cell).
    const spaced = line.text.split(/[ \u3000]/).slice(1);
    rows.push({ index: i, number, middle: spaced.slice(0, spaced.length - trailing), tail });
  }
  if (rows.length === 0) return undefined;
  // Each middle column its own cell when every row can be split into them; else one requirement.
  const middleColumns = columns.slice(1, lastText + 1);
  const split = middleColumns.length > 1 ? rows.map((r) => splitMiddle(r.middle, middleColumns.length)) : [];
  const own = split.length > 0 && split.every((cells) => cells !== undefined);
  const rewritten: SourceLine[] = lines.slice();
  rows.forEach((r, k) => {
    const middle = own ? split[k]! : [r.middle.filter((w) => w !== '').join(' ')];
    const row = [r.number, ...middle, ...r.tail].join(' | ');
    rewritten[r.index] = { ...lines[r.index]!, raw: row, text: row };
  });
  const headerCells = own
    ? words.slice(0, columns.length)
    : [words[0]!, words[lastText]!, ...words.slice(lastText + 1)];
  const cells = headerCells.join(' | ');
  rewritten[header.index] = { ...lines[header.index]!, raw: cells, text: cells };
  const merged = own
    ? columns
    : [columns[0]!, { ...columns[lastText]!, kind: 'text' as const }, ...columns.slice(lastText + 1)];
  const body = readDelimitedTable(rewritten, {
    ...header,
    columns: merged,
    layout: 'delimitedTable',
    separator: '|',
  });
  const no = lines[header.index]!.no;
  append(body.diagnostics, [
    decision('spaced-table', { line: no, rows: rows.length, columns: trailing }, 0.6, [no, no]),
  ]);
  return body;
}

/**
 * The words between a row's number and its short cells, as the cells of `count` columns: a double
 * space leaves an empty cell, a lone character is the tail of the word before it (a wrapped cell:
 * `加强水资源保 护`), the last column takes the last word and the one before it what is left
 * (`严守用水 效率控制 红线`). `undefined` when the words are too few to fill the columns.
 */
function splitMiddle(words: readonly string[], count: number): string[] | undefined {
  const pieces: string[] = [];
  for (const w of words) {
    const before = pieces.at(-1);
    if (w.length === 1 && /\p{Script=Han}/u.test(w) && before) pieces[pieces.length - 1] = before + w;
    else pieces.push(w);
  }
  if (pieces.length < count || pieces.at(-1) === '') return undefined;
  const cells: string[] = [];
  let k = 0;
  while (cells.length < count - 2 && k < pieces.length - 2) cells.push(pieces[k++]!);
  cells.push(joinCell(pieces.slice(k, -1).filter((w) => w !== '')));
  cells.push(pieces.at(-1)!);
  return cells;
}
