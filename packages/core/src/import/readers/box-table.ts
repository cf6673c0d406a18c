/**
 * Tables drawn with box characters (制表符表格): old plans copied by law databases print their task
 * tables in a fixed-width font, `┌─┬─┐` `│…│…│` `├─┼─┤` `└─┴─┘`, every cell hard-wrapped at its column's
 * width. A merged cell shows as a column without `─` where the others start a new row. Such a table
 * is turned into the bar-separated rows the delimited reader reads (`工作任务 | 分管领导 | … |`), one
 * line per item, a merged cell written on every item it covers; each row keeps its place in the file
 * (`at`).
 */
import { displayWidth, type SourceLine, trimText } from '../document/lines';

/** Every box-drawing character that draws a table's lines. */
const BOX = /[│┃├┤┼┬┴┌┐└┘┠┨┯┷┿╋┣┫┳┻┏┓┗┛]/u;
/** A column's piece of a border line: a horizontal rule, no text. */
const RULE = /^[─━\-=\s]*[─━][─━\-=\s]*$/u;
/** A bullet that starts an item inside a cell (`△进一步调整…`). */
const BULLET = /^[△▲●◆■□○☆★·•]\s*/u;

/** One cell of the grid: its text, line by line as wrapped. */
interface BoxCell {
  parts: string[];
}

/**
 * The lines with every box-drawn table replaced by bar-separated rows; the same array when there
 * is none.
 *
 * @example
 * const lines = splitSourceLines('┌──┬──┐\n│任务│单位│\n├──┼──┤\n│做好│市局│\n└──┴──┘');
 * unboxTables(lines).map((l) => l.text); //=> ['任务 | 单位 |', '做好 | 市局 |']
 */
export function unboxTables(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (!lines.some((l) => /^[┌┏]/u.test(l.text))) return lines;
  const out: SourceLine[] = [];
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!/^[┌┏]/u.test(line.text)) {
      out.push(renumber(line, out.length));
      continue;
    }
    let j = i + 1;
    while (j < lines.length && BOX.test(lines[j]!.text.charAt(0)) && !/^[└┗]/u.test(lines[j - 1]!.text)) j++;
    const rows = readBox(lines.slice(i, j));
    if (!rows) {
      // A table the copy cut (its header only, `│完`): its rules are layout and go; its cells stay
      // as a bar row, so they are not read as the words of the row above.
      for (const piece of lines.slice(i, j)) {
        const cells = piece.text.split(BOX).map((c) => c.trim());
        if (cells.every((c) => c === '' || RULE.test(c))) continue;
        const raw = cells.filter((c, k) => c !== '' || (k > 0 && k < cells.length - 1)).join(' | ');
        out.push({ ...renumber(piece, out.length), raw, text: trimText(raw), width: displayWidth(raw) });
      }
      changed = true;
      i = j - 1;
      continue;
    }
    for (const row of rows) out.push(rowLine(row, out.length));
    changed = true;
    i = j - 1;
  }
  return changed ? out : lines;
}

function renumber(line: SourceLine, index: number): SourceLine {
  return { ...line, no: index + 1, at: line.at ?? { line: line.no, column: 1 } };
}

function rowLine(row: { cells: string[]; at: { line: number; column: number } }, index: number): SourceLine {
  const raw = row.cells.length === 1 ? row.cells[0]! : `${row.cells.join(' | ')} |`;
  const text = trimText(raw);
  return { no: index + 1, offset: 0, raw, text, indent: 0, width: displayWidth(text), at: row.at };
}

/**
 * The rows of one box-drawn table, header first; `undefined` when its lines do not all split into
 * the columns of its top border (then it is left as it is). Each column's cells start where a rule
 * crosses that column; an item of the first column takes, from every other column, the cell that
 * covers the line the item starts on (a merged cell covers every item beside it).
 */
function readBox(
  lines: readonly SourceLine[],
): { cells: string[]; at: { line: number; column: number } }[] | undefined {
  const width = lines[0]!.text.split(/[┬┳┯]/u).length;
  if (width < 2) return undefined;
  const columns: BoxCell[][] = Array.from({ length: width }, () => []);
  const starts: number[][] = Array.from({ length: width }, () => []);
  // Line index (in the table) each part of a column's cells stands on.
  const partLines = new Map<BoxCell, number[]>();
  const place = (line: SourceLine) => line.at ?? { line: line.no, column: 1 };
  for (let k = 0; k < width; k++) {
    const cell: BoxCell = { parts: [] };
    columns[k]!.push(cell);
    starts[k]!.push(0);
    partLines.set(cell, []);
  }
  for (let n = 1; n < lines.length; n++) {
    const line = lines[n]!;
    if (/^[└┗]/u.test(line.text)) break;
    const pieces = line.text.split(BOX).slice(1, -1);
    if (pieces.length !== width) return undefined;
    pieces.forEach((piece, k) => {
      if (piece.trim() !== '' && RULE.test(piece)) {
        const cell: BoxCell = { parts: [] };
        columns[k]!.push(cell);
        starts[k]!.push(n);
        partLines.set(cell, []);
        return;
      }
      const text = piece.trim();
      const cell = columns[k]!.at(-1)!;
      if (text !== '') {
        cell.parts.push(text);
        partLines.get(cell)!.push(n);
      }
    });
  }
  // The header: the cells that start at the top border, before the first rule across the table.
  const header = columns.map((c) => joinWrapped(c[0]!.parts));
  if (header.some((h) => h === '')) return undefined;
  const placeAt = (n: number | undefined) => place(lines[n ?? 0]!);
  const out: { cells: string[]; at: { line: number; column: number } }[] = [
    { cells: header, at: placeAt(partLines.get(columns[0]![0]!)![0]) },
  ];
  // The first column's items (bullets split a cell into items; a cell without bullets among
  // bulleted ones is a heading), each with the line it starts on.
  const body = columns[0]!.slice(1).filter((c) => c.parts.length > 0);
  const bulleted = body.some((c) => c.parts.some((p) => BULLET.test(p)));
  for (const cell of body) {
    const lineOf = partLines.get(cell)!;
    if (bulleted && !cell.parts.some((p) => BULLET.test(p))) {
      out.push({ cells: [joinWrapped(cell.parts)], at: placeAt(lineOf[0]) });
      continue;
    }
    const items = bulleted
      ? splitItems(cell.parts, lineOf)
      : [{ text: joinWrapped(cell.parts), line: lineOf[0]! }];
    for (const item of items) {
      const cells = [item.text];
      for (let k = 1; k < width; k++) {
        // The cell covering the item's first line, written on every item it covers (a bar row has
        // no way to say "merged": an empty cell would make the item a heading).
        let c = 0;
        while (c + 1 < starts[k]!.length && starts[k]![c + 1]! <= item.line) c++;
        cells.push(c > 0 ? joinWrapped(columns[k]![c]!.parts) : '');
      }
      out.push({ cells, at: placeAt(item.line) });
    }
  }
  return out.length > 1 ? out : undefined;
}

/** A cell's wrapped lines as one text: the wrap is the layout's, not the words'. */
function joinWrapped(parts: readonly string[]): string {
  return parts.join('');
}

/** The items of a cell, each starting at a bullet line (the bullet dropped), with that line. */
function splitItems(parts: readonly string[], lineOf: readonly number[]): { text: string; line: number }[] {
  const items: { parts: string[]; line: number }[] = [];
  parts.forEach((part, i) => {
    if (BULLET.test(part) || items.length === 0)
      items.push({ parts: [part.replace(BULLET, '')], line: lineOf[i]! });
    else items.at(-1)!.parts.push(part);
  });
  return items.map((item) => ({ text: joinWrapped(item.parts), line: item.line }));
}
