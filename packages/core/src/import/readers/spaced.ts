/**
 * A table whose cells are separated by single spaces (空格分隔的表格): what a web page or a
 * repost gives for a small table (`1 居民消费价格涨幅3%左右 发展改革委`). The cells have no
 * positions to go by, so a row is read from its ends: its number first, the short cells of the last
 * columns from the right, one word each, and the requirement is what lies between. The rows are
 * then read as a delimited table; the review says how they were split.
 */
import type { SourceLine } from '../document/lines';
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
  const headerCells = [words[0]!, words[lastText]!, ...words.slice(lastText + 1)];
  const rewritten: SourceLine[] = lines.slice();
  let rows = 0;
  for (let i = header.index + header.span; i < lines.length; i++) {
    const line = lines[i]!;
    if (!ROW_START.test(line.text)) continue;
    const words = line.text.split(/\s+/);
    if (words.length < 2 + trailing) continue;
    const number = words[0]!.replace(/[.．、]$/, '');
    const tail = trailing > 0 ? words.slice(-trailing) : [];
    const text = words.slice(1, words.length - trailing).join(' ');
    const row = [number, text, ...tail].join(' | ');
    rewritten[i] = { ...line, raw: row, text: row };
    rows++;
  }
  if (rows === 0) return undefined;
  const cells = headerCells.join(' | ');
  rewritten[header.index] = { ...lines[header.index]!, raw: cells, text: cells };
  const merged = [columns[0]!, { ...columns[lastText]!, kind: 'text' as const }, ...columns.slice(lastText + 1)];
  const body = readDelimitedTable(rewritten, {
    ...header,
    columns: merged,
    layout: 'delimitedTable',
    separator: '|',
  });
  const no = lines[header.index]!.no;
  append(body.diagnostics, [decision('spaced-table', { line: no, rows, columns: trailing }, 0.6, [no, no])]);
  return body;
}
