/**
 * A table whose cells are separated by single spaces (空格分隔的表格): what a web page or a
 * repost gives for a small table (`1 居民消费价格涨幅3%左右 发展改革委`). The cells have no
 * positions to go by, so a row is read from its ends: its number first, the short cells of the last
 * columns from the right, one word each, and the requirement is what lies between. The rows are
 * then read as a delimited table; the review says how they were split.
 */
import { displayWidth, joinCell, type SourceLine } from '../document/lines';
import { columnsOf, type HeaderMatch, joinSpacedOut } from './columns';
import { readDelimitedTable } from './delimited';
import { unitScore } from './classify';
import { looksLikeName } from '../../roles/names';
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
  // 序号 项目名称 责任单位 目标任务 完成情况 …: the name, then the unit, then short cells.
  if (columns[1] && ['title', 'text'].includes(columns[1].kind) && columns[2]?.kind === 'units') {
    const after = columns.slice(3);
    if (after.length > 0 && after.every((c) => c.kind === 'note' || c.kind === 'other'))
      return readAroundUnits(lines, header);
  }
  // The columns after the number up to the last text-like one make the requirement (名称 工作任务);
  // the ones after it are short cells, one word each, read from the right.
  const middle = ['title', 'text', 'target', 'category'];
  let lastText = 0;
  columns.forEach((c, i) => {
    if (middle.includes(c.kind)) lastText = i;
  });
  if (lastText === 0) return undefined;
  const trailing = columns.length - 1 - lastText;
  // Columns the plan does not keep (完成状态, 工作进展情况) right after the text: their cells run to
  // any length, so the text is the row's first word and the last columns' short cells its last.
  const others = columns.slice(lastText + 1).filter((c) => c.kind === 'other').length;
  const kept = trailing - others;
  const othersAfterText =
    others > 0 &&
    lastText === 1 &&
    columns.slice(lastText + 1, lastText + 1 + others).every((c) => c.kind === 'other');
  const words = header.words ?? joinSpacedOut(lines[header.index]!.text.split(/\s+/));
  const rows: { index: number; number: string; middle: string[]; tail: string[] }[] = [];
  for (let i = header.index + header.span; i < lines.length; i++) {
    const line = lines[i]!;
    if (!ROW_START.test(line.text)) continue;
    const words = line.text.split(/\s+/);
    if (othersAfterText) {
      if (words.length < 2 + kept) continue;
      const number = words[0]!.replace(/[.．、]$/, '');
      // A last word that names no unit (a row the copy cut inside its progress) leaves the cells empty.
      const named = words.slice(words.length - kept).every((w) => unitScore(w) >= 1);
      const tailCells = named ? words.slice(words.length - kept) : Array.from({ length: kept }, () => '');
      const between = words.slice(2, named ? words.length - kept : words.length);
      const otherCells = Array.from({ length: others }, (_, k) =>
        k === others - 1 ? between.slice(k).join(' ') : (between[k] ?? ''),
      );
      rows.push({ index: i, number, middle: [words[1]!], tail: [...otherCells, ...tailCells] });
      continue;
    }
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

/** A row's word that is a unit's name: no figures in it (`区人社局`, `残联`, not `完成征缴基金10000万元`). */
function isUnitWord(word: string): boolean {
  return word.length <= 20 && !/\d/u.test(word) && !/^各/u.test(word) && looksLikeName(word);
}

/**
 * A progress table whose rows are `N <name> [<sub-item>] <unit> <target> <done> <rate> [<remark>]`
 * (序号 项目名称 责任单位 目标任务 完成情况 完成率 备注): each row is read around its unit — the words
 * before it are the task, the words after it the short cells in the header's order, the last column
 * taking what is left. Lines under a row with no number are its sub-rows (a merged row: `完成征缴基金
 * 10000万元 区人社局 10000万 7965 80%`): their words before the unit go on the task's text, their unit
 * on its units cell, their cells beside the row's.
 */
function readAroundUnits(lines: readonly SourceLine[], header: HeaderMatch): DraftBody | undefined {
  const { columns } = header;
  const rest = columns.length - 3;
  interface Row {
    index: number;
    number: string;
    text: string[];
    units: string[];
    cells: string[][];
    subRows: number[];
  }
  const rows: Row[] = [];
  let open: Row | undefined;
  /** The words after the unit, one to a column, the last column taking what is left. */
  const cellsOf = (after: readonly string[]) =>
    Array.from({ length: rest }, (_, k) => (k === rest - 1 ? after.slice(k).join(' ') : (after[k] ?? '')));
  for (let i = header.index + header.span; i < lines.length; i++) {
    const text = lines[i]!.text.trim();
    if (text === '' || text.startsWith('[...')) {
      open = undefined;
      continue;
    }
    const words = text.split(/\s+/u);
    const numbered = ROW_START.test(text) && words.length >= 2;
    const from = numbered ? 1 : 0;
    if (!numbered && !open) continue;
    const k = words.findIndex((w, j) => j > from && isUnitWord(w));
    const task = words.slice(from, k < 0 ? words.length : k).join(' ');
    const cells = k < 0 ? cellsOf([]) : cellsOf(words.slice(k + 1));
    if (numbered) {
      open = {
        index: i,
        number: words[0]!.replace(/[.．、]$/u, ''),
        text: [task],
        units: k < 0 ? [] : [words[k]!],
        cells: cells.map((c) => [c]),
        subRows: [],
      };
      rows.push(open);
      continue;
    }
    const row = open!;
    row.text.push(task);
    if (k >= 0 && !row.units.includes(words[k]!)) row.units.push(words[k]!);
    for (const [j, c] of cells.entries()) row.cells[j]!.push(c);
    row.subRows.push(i);
  }
  if (rows.length < 2 || rows.filter((r) => r.units.length > 0).length * 2 < rows.length) return undefined;
  const rewritten: SourceLine[] = lines.slice();
  const put = (index: number, cells: readonly string[]) => {
    // Bars at both ends keep a last cell left empty (a row with no 备注).
    const row = `| ${cells.join(' | ')} |`;
    rewritten[index] = { ...lines[index]!, raw: row, text: row };
  };
  put(
    header.index,
    columns.map((c) => c.header),
  );
  for (const r of rows) {
    put(r.index, [
      r.number,
      r.text.filter((t) => t !== '').join('；'),
      r.units.join('、'),
      ...r.cells.map((c) => c.filter((x) => x !== '').join('；')),
    ]);
    for (const sub of r.subRows) rewritten[sub] = { ...lines[sub]!, raw: '', text: '' };
  }
  const body = readDelimitedTable(
    rewritten,
    { ...header, layout: 'delimitedTable', separator: '|' },
    { cellsAsWritten: true },
  );
  const no = lines[header.index]!.no;
  const subRows = rows.reduce((n, r) => n + r.subRows.length, 0);
  append(body.diagnostics, [
    decision('spaced-table-units', { line: no, rows: rows.length, subRows }, 0.6, [no, no]),
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

/** Where a header run starts inside a long line: 序号 and the header words after it. */
const RUN_HEADER = /(?:^|\s)序号\s+(?=\p{Script=Han})/u;

/**
 * A table whose header and rows all stand on one long line, cells and rows parted by single spaces
 * (`…统计表 序号 承担的重点工作 完成状态 牵头责任单位 一、… 1 全市生产总值增长x%。 序时推进 … 市发展改革委 2 …`),
 * as a document site gives it: cut into the text before it, the header line, a line per heading and
 * a line per row, where a word is the next row's number. The same array when there is none.
 *
 * @example
 * splitSpacedRun(splitSourceLines('统计表 序号 重点工作 牵头单位 1 做好甲。 市财政局 2 做好乙。 市审计局')).map((l) => l.text);
 * //=> ['统计表', '序号 重点工作 牵头单位', '1 做好甲。 市财政局', '2 做好乙。 市审计局']
 */
export function splitSpacedRun(lines: readonly SourceLine[]): readonly SourceLine[] {
  if (!lines.some((l) => l.text.length > 80 && RUN_HEADER.test(l.text))) return lines;
  const out: SourceLine[] = [];
  for (const line of lines) {
    const found = line.text.length > 80 ? RUN_HEADER.exec(line.text) : null;
    const split = found ? splitLine(line.text.slice(found.index).trim()) : undefined;
    // Every line is numbered anew (each row its own line); `at` keeps its place in the file.
    const at = line.at ?? { line: line.no, column: 1 };
    if (!found || !split) {
      out.push({ ...line, no: out.length + 1, at });
      continue;
    }
    const before = line.text.slice(0, found.index).trim();
    for (const text of before === '' ? split : [before, ...split])
      out.push({ ...line, no: out.length + 1, raw: text, text, width: displayWidth(text), at });
  }
  return out;
}

/** The header words and the rows of a run, or `undefined` when fewer than two rows follow a known header. */
function splitLine(run: string): string[] | undefined {
  const words = run.split(/\s+/);
  let h = 1;
  while (h < words.length && h <= 8 && !/^\d/u.test(words[h]!) && !HEADING_WORD.test(words[h]!)) h++;
  const header = words.slice(0, h);
  if (header.length < 3 || !columnsOf(header)) return undefined;
  const out = [header.join(' ')];
  let row: string[] = [];
  let next = 1;
  let rows = 0;
  const flush = () => {
    if (row.length > 0) out.push(row.join(' '));
    row = [];
  };
  for (const w of words.slice(h)) {
    if (w === String(next)) {
      flush();
      next++;
      rows++;
    } else if (HEADING_WORD.test(w) && (row.length === 0 || /^\d+$/u.test(row[0]!))) {
      flush();
      out.push(w);
      continue;
    }
    row.push(w);
  }
  flush();
  return rows >= 2 ? out : undefined;
}

/** A heading word between rows: 一、努力完成全年主要预期目标. */
const HEADING_WORD = /^[一二三四五六七八九十]{1,3}、\p{Script=Han}/u;
