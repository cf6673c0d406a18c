/**
 * The header of a grid table (表头): the row — or two rows, sub-headers under a merged cell — whose
 * words name the columns, with synonyms, extra columns and bracketed remarks allowed.
 */
import { squeeze } from '../document/lines';
import { cellText, type ModelRow, type ModelTable } from '../document/table-model';
import { type Column, type ColumnKind, headerKind, settleTextColumns } from './columns';

/**
 * The header of a grid table.
 *
 * @example
 * findGridHeader(table)?.columns.map((c) => c?.kind); //=> ['category', 'text', 'units', 'deadline']
 */
export interface GridHeader {
  /** Index of the first header row. */
  first: number;
  /** Index of the last header row (the same as `first` for a one-row header). */
  last: number;
  /** The column each grid column is, `undefined` for columns the plan model has no place for. */
  columns: (Column | undefined)[];
  /** The header words of each header row, whitespace removed (to recognise repeats). */
  rowsWords: string[][];
  /** Header words of grid columns not imported (完成情况, 联系人…). */
  ignored: { index: number; header: string }[];
  /** Text of the header cells (for conventions such as 列第一位的为牵头单位). */
  text: string;
}

/**
 * Header words without whitespace and without a bracketed remark.
 *
 * @example
 * headerWord('责任单位（列第一位的为牵头单位）'); //=> '责任单位'
 */
export function headerWord(text: string): string {
  return squeeze(text)
    .replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
    .replace(/[:：*＊]$/, '');
}

function kindsOf(words: readonly string[]): (ColumnKind | undefined)[] {
  // Progress columns are not imported (each said as column-ignored). A name (名称) or a year's
  // target column stands for the text when there is no text column; beside one, a name heads it
  // like a category and a target is kept as the task's note.
  const kinds = words.map((w) => (w === '' ? undefined : headerKind(w)));
  const hasText = kinds.includes('text');
  const hasTitle = kinds.includes('title');
  return kinds.map((kind) => {
    if (kind === 'other') return undefined;
    if (kind === 'title') return hasText ? 'category' : 'text';
    if (kind === 'target') return hasText || hasTitle ? 'note' : 'text';
    return kind;
  });
}

/**
 * Find the header row(s) of a grid table among its first rows: the row whose words name a text
 * column and a units column, and most of whose other cells are header words. A second row of
 * sub-headers under a merged cell (责任单位 over 牵头单位 | 配合单位) is taken into account.
 *
 * @example
 * findGridHeader(table)?.first; //=> 0
 */
export function findGridHeader(table: ModelTable): GridHeader | undefined {
  const scan = Math.min(table.rows.length, 20);
  for (let r = 0; r < scan; r++) {
    const words = table.rows[r]!.cells.map((_, c) => headerWord(cellText(table, r, c)));
    // Two rows: sub-headers below, where the row below has header words of its own.
    const below = r + 1 < table.rows.length ? table.rows[r + 1]! : undefined;
    let combined = words;
    let two = false;
    if (below) {
      const sub = below.cells.map((cell) => (cell.mergedFrom ? '' : headerWord(cell.text)));
      const subKinds = kindsOf(sub);
      const nonEmpty = sub.filter((w) => w !== '');
      const upperNamed = words.some((w) => w !== '' && headerKind(w) !== undefined);
      if (upperNamed && nonEmpty.length > 0 && sub.every((w, c) => w === '' || subKinds[c] !== undefined)) {
        combined = words.map((w, c) => (sub[c] !== '' ? sub[c]! : w));
        two = combined.some((w, c) => w !== words[c]);
      }
    }
    const found = headerFrom(table, r, two ? r + 1 : r, two ? combined : words);
    if (found) return found;
    if (two) {
      const one = headerFrom(table, r, r, words);
      if (one) return one;
    }
  }
  return undefined;
}

function headerFrom(table: ModelTable, first: number, last: number, words: string[]): GridHeader | undefined {
  // A header cell merged over several columns names the first of them only (unless sub-headers
  // below name each of them).
  const upper = table.rows[first]!;
  const lower = table.rows[last]!;
  const effective = words.map((w, c) => {
    const spanned = (cell: ModelRow['cells'][number] | undefined, r: number) =>
      cell?.mergedFrom !== undefined && cell.mergedFrom[0] === r && cell.mergedFrom[1] !== c;
    if (last !== first) {
      const sub = lower.cells[c];
      if (sub && !sub.mergedFrom && sub.text !== '') return w;
      if (spanned(sub, last)) return '';
    }
    return spanned(upper.cells[c], first) ? '' : w;
  });
  const kinds = kindsOf(effective);
  const named = effective.filter((w) => w !== '');
  const known = kinds.filter((k) => k !== undefined);
  if (!kinds.includes('units') || !kinds.includes('text')) return undefined;
  if (known.length < 2 || known.length * 2 < named.length) return undefined;
  const columns: (Column | undefined)[] = kinds.map((kind, c) =>
    kind ? { kind, header: effective[c]! } : undefined,
  );
  settleTextColumns(columns);
  // One column per kind, except units (several) and categories (up to two levels).
  const ignored: { index: number; header: string }[] = [];
  const seen = new Set<ColumnKind>();
  columns.forEach((col, c) => {
    if (!col) {
      if (effective[c] !== '') ignored.push({ index: c, header: effective[c]! });
      return;
    }
    if (col.kind === 'units' || col.kind === 'category') return;
    if (seen.has(col.kind)) {
      ignored.push({ index: c, header: col.header });
      columns[c] = undefined;
    } else seen.add(col.kind);
  });
  const rowsWords: string[][] = [];
  for (let r = first; r <= last; r++)
    rowsWords.push(table.rows[r]!.cells.map((_, c) => squeeze(cellText(table, r, c))));
  const text = rowsWords.flat().join(' ');
  return { first, last, columns, rowsWords, ignored, text };
}
