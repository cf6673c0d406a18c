/**
 * Tables copied as a stream of cells (单元格流): each cell on one or more lines ending in ` |`, an
 * empty cell as a lone `|`, rows not marked at all (`序号 |` `主要任务 |` … `24 |` `优化提升… |`).
 * The stream is cut into rows at the task numbers and handed to the delimited-table reader as one
 * `|` row per task, so shifting columns and merged cells are fitted the same way.
 */
import { findHeader, type HeaderMatch } from './columns';
import type { DraftBody } from './draft';
import { readDelimitedTable } from './delimited';
import type { SourceLine } from './lines';

interface Cell {
  text: string;
  /** Index (0-based) of the cell's first and last line. */
  first: number;
  last: number;
}

/**
 * Is most of the text (from the first table-like line on) cells ending in `|`?
 *
 * @example
 * isCellStream(splitSourceLines('序号 |\n主要任务 |\n牵头单位 |\n1 |\n推进… |\n市财政局 |')); //=> true
 */
export function isCellStream(lines: readonly SourceLine[]): boolean {
  let ending = 0;
  let other = 0;
  for (const line of lines) {
    if (line.text === '') continue;
    if (/[|｜]$/.test(line.text) && !/^[|｜].*[|｜].*[|｜]/.test(line.text.replace(/[|｜]+$/, ''))) ending++;
    else other++;
  }
  return ending >= 8 && ending >= other * 0.5;
}

function cellsOf(lines: readonly SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  let pending: { parts: string[]; first: number } | undefined;
  lines.forEach((line, i) => {
    const text = line.text;
    if (text === '') return;
    const m = /^(.*?)\s*([|｜]+)$/.exec(text);
    if (!m) {
      pending ??= { parts: [], first: i };
      pending.parts.push(text);
      return;
    }
    const before = m[1]!;
    // Lines before the first `序号 |` are the document's own (title, notice), not a cell; before a
    // lone `|` they are the cell.
    if (cells.length === 0 && before !== '') pending = undefined;
    if (before !== '' || pending) {
      const parts = pending ? [...pending.parts, before] : [before];
      cells.push({ text: parts.join('').trim(), first: pending?.first ?? i, last: i });
      pending = undefined;
      // Further bars on the line close empty cells.
      for (let k = 1; k < m[2]!.length; k++) cells.push({ text: '', first: i, last: i });
    } else {
      for (let k = 0; k < m[2]!.length; k++) cells.push({ text: '', first: i, last: i });
    }
  });
  if (pending)
    cells.push({ text: pending.parts.join('').trim(), first: pending.first, last: lines.length - 1 });
  return cells;
}

/**
 * Read a table copied as a stream of `|`-terminated cells, or `undefined` when no header of known
 * column words is found in it.
 *
 * @example
 * readCellStream(lines)?.tasks.map((t) => t.number); //=> [24, 25, 26]
 */
export function readCellStream(lines: readonly SourceLine[]): DraftBody | undefined {
  const cells = cellsOf(lines);
  // The header: the longest run of cells the vocabulary knows (an empty first cell allowed).
  const synthetic = (text: string, no: number, offset: number): SourceLine => ({
    no,
    offset,
    raw: text,
    text,
    indent: 0,
    width: text.length,
  });
  let header: HeaderMatch | undefined;
  let headerAt = -1;
  let headerEnd = -1;
  for (let i = 0; i < cells.length && !header; i++) {
    if (cells[i]!.text === '') continue;
    const words: string[] = [];
    let j = i;
    for (; j < cells.length && words.length < 12; j++) {
      const t = cells[j]!.text;
      if (t === '' || t.length > 16 || /^\d+$/.test(t)) break;
      words.push(t);
    }
    for (let n = words.length; n >= 3 && !header; n--) {
      const row = words.slice(0, n).join(' | ');
      const found = findHeader([synthetic(row, lines[cells[i]!.first]!.no, 0)]);
      if (found?.layout === 'delimitedTable' && found.columns.length === n) {
        header = found;
        headerAt = i;
        headerEnd = i + n;
      }
    }
  }
  if (!header) return undefined;

  // Rows: a bare number starts one; a heading (一、…) is a row of its own.
  const columns = header.columns;
  const hasNumber = columns.some((c) => c.kind === 'number');
  const width = columns.filter((c) => c.kind !== 'number').length;
  const rows: SourceLine[] = [];
  const rowStarts: number[] = [];
  const emit = (filled: Cell[]) => {
    const first = filled[0]!;
    const text = filled.map((c) => c.text).join(' | ');
    rows.push(
      synthetic(
        filled.length === 1 ? text : `| ${text} |`,
        lines[first.first]!.no,
        lines[first.first]!.offset,
      ),
    );
    rowStarts.push(first.first);
  };
  // Does the category cell stand before the number (工作任务 | 1 | 具体要求 …)? Then a row, cut at
  // its number, holds the other columns only.
  const firstNumber = cells.findIndex((c, k) => k >= headerEnd && /^\d{1,4}$/.test(c.text));
  const categoryLeads =
    columns[0]?.kind === 'category' &&
    firstNumber > headerEnd &&
    cells
      .slice(headerEnd, firstNumber)
      .some((c) => c.text !== '' && !/^[一二三四五六七八九十]{1,3}、/.test(c.text));
  let row: Cell[] = [];
  const flush = () => {
    let filled = row.filter((c) => c.text !== '');
    row = [];
    if (filled.length === 0) return;
    // No 序号 column: the number joins the text as `3.`, which the delimited reader reads.
    if (!hasNumber && filled.length > 1 && /^\d{1,4}$/.test(filled[0]!.text)) {
      const [n, next, ...rest] = filled;
      filled = [{ ...next!, text: `${n!.text}.${next!.text}`, first: n!.first }, ...rest];
    }
    // A merged first-column cell printed before the next row's number (工作任务 | 1 | …) ends
    // this row with one cell too many: it is a heading of its own, for the rows that follow.
    const spill = categoryLeads && filled.length > width - 1 ? filled.pop() : undefined;
    emit(filled);
    if (spill) emit([spill]);
  };
  for (let i = headerEnd; i < cells.length; i++) {
    const cell = cells[i]!;
    if (/^\d{1,4}$/.test(cell.text) || /^[一二三四五六七八九十]{1,3}、/.test(cell.text)) flush();
    row.push(cell);
    if (/^[一二三四五六七八九十]{1,3}、/.test(cell.text)) flush();
  }
  flush();
  const headerLine = synthetic(
    cells
      .slice(headerAt, headerEnd)
      .map((c) => c.text)
      .join(' | '),
    lines[cells[headerAt]!.first]!.no,
    0,
  );
  const body = readDelimitedTable([headerLine, ...rows], { ...header, index: 0, span: 1 });
  // body.end counts the synthetic lines (the header first): a footer found there ends the table.
  const footerRow = body.end - 1;
  return {
    ...body,
    start: cells[headerAt]!.first,
    end: footerRow < rows.length ? rowStarts[footerRow]! : lines.length,
  };
}
