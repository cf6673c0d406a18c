/**
 * Tables copied as a stream of cells (单元格流): each cell on one or more lines ending in ` |`, an
 * empty cell as a lone `|`, rows not marked at all (`序号 |` `主要任务 |` … `24 |` `优化提升… |`).
 * The stream is cut into rows at the task numbers and handed to the delimited-table reader as one
 * `|` row per task, so shifting columns and merged cells are fitted the same way.
 */
import { deadlineStart, unitScore } from './classify';
import { type Column, findHeader, type HeaderMatch, headerKind } from './columns';
import { type DraftBody, decision } from './draft';
import { readDelimitedTable } from './delimited';
import { endsSentence, readNumber, type SourceLine } from '../document/lines';

interface Cell {
  text: string;
  /** Index (0-based) of the cell's first and last line. */
  first: number;
  last: number;
}

/**
 * Are the text's lines mostly cells ending in `|`?
 *
 * @example
 * isCellStream(splitSourceLines('序号 |\n主要任务 |\n牵头单位 |\n1 |\n推进… |\n市财政局 |')); //=> true
 */
function isCellStream(lines: readonly SourceLine[]): boolean {
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
    // Prose before a header word or after a finished sentence is a block of its own, not the
    // start of this cell.
    if (
      pending &&
      before !== '' &&
      (headerKind(before) !== undefined || endsSentence(pending.parts.at(-1)!))
    ) {
      cells.push({ text: pending.parts.join('').trim(), first: pending.first, last: i - 1 });
      pending = undefined;
    }
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
 * Is the text (mostly) short blocks separated by blank lines, one table cell each (序号 · 重点工作 ·
 * 责任 领导 … · 1 · 白仙山水库工程政策处理 · 欧乾震 …)?
 *
 * @example
 * isBlockStream(splitSourceLines('序号\n\n重点工作\n\n责任科室\n\n1\n\n…')); //=> true (with enough cells)
 */
function isBlockStream(lines: readonly SourceLine[]): boolean {
  const blocks = blocksOf(lines);
  const single = blocks.filter((b) => b.first === b.last).length;
  return blocks.length >= 12 && single >= blocks.length * 0.8;
}

/** Cells as blocks of lines between blank lines. */
function blocksOf(lines: readonly SourceLine[]): Cell[] {
  const cells: Cell[] = [];
  let start = -1;
  const close = (end: number) => {
    if (start < 0) return;
    const text = lines
      .slice(start, end)
      .map((l) => l.text)
      .join('');
    cells.push({ text, first: start, last: end - 1 });
    start = -1;
  };
  lines.forEach((line, i) => {
    if (line.text === '') close(i);
    else if (start < 0) start = i;
  });
  close(lines.length);
  return cells;
}

/** A line made from cells, standing where its first cell stood. */
function synthetic(text: string, no: number, offset: number): SourceLine {
  return { no, offset, raw: text, text, indent: 0, width: text.length };
}

/** A bare task number cell (`24 |`) and a heading cell (`一、…`): where rows start. */
const BARE_NUMBER = /^\d{1,4}$/;
/** A heading cell, a row of its own: `一、…`, or a short `（一）…` that ends no sentence. */
const HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)][^。；;]{2,30}$)/u;

/** A heading's own cell with its mark alone: `(一)`, the heading's words in the next cell. */
const BARE_MARK = /^[（(][一二三四五六七八九十]{1,3}[）)]$/u;

/** The second half of a header word a copy split over two cells (攻坚目标 | 任务, 责任 | 领导). */
const SPLIT_TAIL = /^(?:任务|领导|单位|科室|处室|部门|情况|要求|时限|时间|内容|名称)$/u;

/**
 * Read a table copied as a stream of cells — lines ending in `|`, or blocks between blank lines —
 * or `undefined` when the text is neither or no header of known column words is found in it.
 *
 * @example
 * readCellStream(lines)?.tasks.map((t) => t.number); //=> [24, 25, 26]
 */
export function readCellStream(lines: readonly SourceLine[]): DraftBody | undefined {
  if (isBarLed(lines)) return readBarLed(lines);
  const streamed = isCellStream(lines) ? cellsOf(lines) : isBlockStream(lines) ? blocksOf(lines) : undefined;
  if (!streamed) return undefined;
  const cells = streamed;
  // The header: the longest run of cells the vocabulary knows (an empty first cell allowed).
  // The header at cell i: the longest run of cells the vocabulary knows, a word split over two
  // cells joined back (责任 | 领导 → 责任领导).
  const headerAt = (i: number): { header: HeaderMatch; end: number } | undefined => {
    if (cells[i]!.text === '') return undefined;
    const words: string[] = [];
    const ends: number[] = [i];
    let j = i;
    while (j < cells.length && words.length < 12) {
      const t = cells[j]!.text;
      if (t === '' || t.length > 16 || BARE_NUMBER.test(t)) break;
      const next = cells[j + 1]?.text ?? '';
      // Joined when the word alone is unknown, or the next is a two-character tail (攻坚目标 | 任务).
      const joins = next !== '' && headerKind(t + next) !== undefined;
      if (joins && (headerKind(t) === undefined || SPLIT_TAIL.test(next))) {
        words.push(t + next);
        j += 2;
      } else {
        words.push(t);
        j += 1;
      }
      ends.push(j);
    }
    for (let n = words.length; n >= 3; n--) {
      const row = words.slice(0, n).join(' | ');
      const found = findHeader([synthetic(row, lines[cells[i]!.first]!.no, 0)]);
      if (found?.layout === 'delimitedTable' && found.columns.length === n)
        return { header: found, end: ends[n]! };
    }
    return undefined;
  };
  let first: { header: HeaderMatch; end: number; at: number } | undefined;
  for (let i = 0; i < cells.length && !first; i++) {
    const found = headerAt(i);
    if (found) first = { ...found, at: i };
  }
  if (!first) return undefined;

  // Table after table (附件1, 附件2 …): each header starts a table of its own.
  const bodies: DraftBody[] = [];
  let table = first;
  let footer = lines.length;
  for (;;) {
    let next: typeof first | undefined;
    let stop = cells.length;
    for (let i = table.end; i < cells.length; i++) {
      if (headerKind(cells[i]!.text) === undefined) continue;
      const found = headerAt(i);
      if (found) {
        next = { ...found, at: i };
        stop = i;
        break;
      }
    }
    const read = readTable(cells.slice(table.end, stop), table.header, table.at);
    bodies.push(read.body);
    if (read.footer !== undefined) {
      footer = read.footer;
      break;
    }
    if (!next) break;
    table = next;
  }
  return {
    ...bodies[0]!,
    categories: bodies.flatMap((b) => b.categories),
    tasks: bodies.flatMap((b) => b.tasks),
    diagnostics: bodies.flatMap((b) => b.diagnostics),
    start: cells[first.at]!.first,
    end: footer,
  };

  function readTable(body: Cell[], header: HeaderMatch, at: number): { body: DraftBody; footer?: number } {
    // A title or 附件 line before the next table's header belongs to neither table's rows.
    while (body.length > 0 && /^附件\s*\d*$|(?:表|清单|方案|要点|计划)$/.test(body.at(-1)!.text)) body.pop();
    // Rows: a bare number starts one; a heading (一、…) is a row of its own.
    const columns = header.columns;
    const hasNumber = columns.some((c) => c.kind === 'number');
    const width = columns.filter((c) => c.kind !== 'number').length;
    const rows: SourceLine[] = [];
    const rowStarts: number[] = [];
    const emit = (filled: Cell[]) => {
      const head = filled[0]!;
      const text = filled.map((c) => c.text).join(' | ');
      rows.push(
        synthetic(
          filled.length === 1 ? text : `| ${text} |`,
          lines[head.first]!.no,
          lines[head.first]!.offset,
        ),
      );
      rowStarts.push(head.first);
    };
    // Does the category cell stand before the number (工作任务 | 1 | 具体要求 …)? Then a row, cut at
    // its number, holds the other columns only.
    const firstNumber = body.findIndex((c) => BARE_NUMBER.test(c.text));
    const categoryLeads =
      columns[0]?.kind === 'category' &&
      firstNumber > 0 &&
      body.slice(0, firstNumber).some((c) => c.text !== '' && !HEADING.test(c.text));
    const headingCategory =
      !categoryLeads && columns.some((c) => c.kind === 'category') && body.some((c) => HEADING.test(c.text));
    let row: Cell[] = [];
    const flush = () => {
      let filled = row.filter((c) => c.text !== '');
      row = [];
      if (filled.length === 0) return;
      // No 序号 column: the number joins the text as `3.`, which the delimited reader reads.
      if (!hasNumber && filled.length > 1 && BARE_NUMBER.test(filled[0]!.text)) {
        const [n, after, ...rest] = filled;
        filled = [{ ...after!, text: `${n!.text}.${after!.text}`, first: n!.first }, ...rest];
      }
      // Group headings (一、就业促进(3项)) fill the category column: no row carries its own cell there.
      if (headingCategory && filled.length > 1 && !HEADING.test(filled[0]!.text)) {
        const at = columns.findIndex((c) => c.kind === 'category');
        filled = [...filled.slice(0, at), { ...filled[at]!, text: '' }, ...filled.slice(at)];
      }
      // A merged first-column cell printed before the next row's number (工作任务 | 1 | …) ends
      // this row with one cell too many: it is a heading of its own, for the rows that follow.
      const spill = categoryLeads && filled.length > width - 1 ? filled.pop() : undefined;
      emit(filled);
      if (spill) emit([spill]);
    };
    if (firstNumber < 0 && !hasNumber) unnumberedRows(body, columns, emit);
    else if (groupedRows(body, columns, emit)) {
      // read as groups of projects
    } else {
      // A bare number starts a row when it is the next one, numbering starts again at 1, or the row
      // before has its cells: a year (2024) or an amount (300) among a row's own cells does not.
      // The same number again a few cells on, while this row still lacks cells, is the row's start:
      // this one was an amount (… | 3 | 住建局 | 3 | …).
      let last: number | undefined;
      const startsRow = (k: number) => {
        const text = body[k]!.text;
        if (!BARE_NUMBER.test(text)) return false;
        const n = Number(text);
        const filled = row.filter((c) => c.text !== '').length;
        const done = filled === 0 || filled - 1 >= width - 1;
        if (last !== undefined && n !== last + 1 && n !== 1 && !(n > last && done)) return false;
        // Past a full row, a larger number is a gap in the numbering only when the next number is
        // not just ahead: a sub-row's figures (“三公里”社区4个 | 4 | 4 | 100%) come before it.
        if (last !== undefined && n > last + 1) {
          const following = String(last + 1);
          if (body.slice(k + 1, k + 1 + 4 * width).some((c) => c.text === following)) return false;
        }
        const ahead = body.slice(k + 1, k + 1 + width).filter((c) => c.text !== '');
        if (!done && ahead.some((c) => c.text === text)) return false;
        last = n;
        return true;
      };
      // Rows before the first numbered one are the table's headings (强化科技创新支撑能力。 · (一) ·
      // 加强战略科技力量建设。), a bare `(一)` cell joined to the heading cell after it.
      const lead = hasNumber && !categoryLeads ? Math.max(firstNumber, 0) : 0;
      for (let k = 0; k < lead; k++) {
        const cell = body[k]!;
        if (cell.text === '') continue;
        const after = body.slice(k + 1, lead).findIndex((c) => c.text !== '');
        // A heading's closing full stop is not part of its name (and would read as a task's text).
        const name = (text: string) => text.replace(/[。.]$/u, '');
        if (BARE_MARK.test(cell.text) && after >= 0) {
          const next = body[k + 1 + after]!;
          emit([{ ...cell, text: cell.text + name(next.text), last: next.last }]);
          k += 1 + after;
        } else emit([{ ...cell, text: name(cell.text) }]);
      }
      for (const [k, cell] of body.entries()) {
        if (k < lead) continue;
        // A group's heading printed in its first row, after the number (1 | 一、就业促进(3项) | …):
        // the heading goes before the row, which goes on.
        if (HEADING.test(cell.text) && row.length === 1 && BARE_NUMBER.test(row[0]!.text)) {
          emit([cell]);
          continue;
        }
        if (startsRow(k) || HEADING.test(cell.text)) flush();
        row.push(cell);
        if (HEADING.test(cell.text)) flush();
      }
      flush();
    }
    const headerLine = synthetic(columns.map((c) => c.header).join(' | '), lines[cells[at]!.first]!.no, 0);
    const read = readDelimitedTable([headerLine, ...rows], { ...header, index: 0, span: 1 });
    // read.end counts the synthetic lines (the header first): a footer found there ends the table.
    const footerRow = read.end - 1;
    return footerRow < rows.length ? { body: read, footer: rowStarts[footerRow]! } : { body: read };
  }
}

/**
 * Rows of a table with no numbers at all, whose merged cells left empty cells (`||||`) behind: a
 * row ends at a run of empty cells or at a units cell after its text. Each row is laid out in the
 * header's columns — the short cells before the text are its category levels (主动公开 / 基础信息公开
 * / 行政规范), the sentence is the text, a units cell after it the units — and a column a row leaves
 * empty shares the row above (a merged cell).
 */
function unnumberedRows(
  body: readonly Cell[],
  columns: readonly Column[],
  emit: (cells: Cell[]) => void,
): void {
  const kinds = columns.map((c) => c.kind);
  const at = (kind: Column['kind']) => kinds.indexOf(kind);
  if (at('text') < 0 || at('units') < 0) {
    for (const cell of body) if (cell.text !== '') emit([cell]);
    return;
  }
  const isText = (t: string) => endsSentence(t) || t.length >= 16;
  // Rows numbered inside their text cells (1.制定… | 市安委办 | 1月20日前), in order from 1: each
  // such cell is a row's text, and the heading cells just before it (（一）制定工作任务清单。) its
  // category levels.
  const numbered = new Set<Cell>();
  let expected = 1;
  for (const cell of body) {
    const m = /^(\d{1,3})[.、．]\s*\S/u.exec(cell.text);
    if (m && Number(m[1]) === expected) {
      numbered.add(cell);
      expected++;
    }
  }
  const byNumber = numbered.size >= 2;
  let row: Cell[] = [];
  let empties = 0;
  const layOut = () => {
    const filled = row.filter((c) => c.text !== '');
    row = [];
    if (filled.length === 0) return;
    const own = byNumber ? filled.findIndex((c) => numbered.has(c)) : -1;
    const textAt = own >= 0 ? own : filled.findIndex((c) => isText(c.text));
    if (textAt < 0) {
      emit(filled);
      return;
    }
    // In rows numbered in their text, the heading cells before the text head the rows after them.
    // (A heading's closing full stop is not part of its name, and would read as a task's text.)
    if (own > 0)
      for (const level of filled.splice(0, own))
        emit([{ ...level, text: level.text.replace(/[。.]$/u, '') }]);
    const levels = filled.slice(0, own > 0 ? 0 : textAt);
    const out: Cell[] = columns.map(() => ({ text: '', first: filled[0]!.first, last: filled[0]!.first }));
    if (levels.length > 0 && at('category') >= 0)
      out[at('category')] = { ...levels[0]!, text: levels.map((c) => c.text).join('/') };
    const textCell = own > 0 ? 0 : textAt;
    out[at('text')] = filled[textCell]!;
    const rest = filled.slice(textCell + 1);
    const units = rest.find((c) => unitScore(c.text) >= 1);
    if (units) out[at('units')] = units;
    const deadline = rest.find((c) => c !== units && deadlineStart(c.text) === 0);
    if (deadline && at('deadline') >= 0) out[at('deadline')] = deadline;
    // Empty cells keep the columns in place: the delimited reader takes them as merged.
    emit(out);
  };
  for (const cell of body) {
    if (cell.text === '') {
      empties++;
      if (empties >= 2) layOut();
      continue;
    }
    empties = 0;
    if (byNumber && numbered.has(cell)) {
      // The heading cells at the end of the row so far head the numbered row.
      let cut = row.length;
      while (cut > 0 && (row[cut - 1]!.text === '' || SUB_HEADING.test(row[cut - 1]!.text))) cut--;
      const levels = row.splice(cut);
      if (row.some((c) => numbered.has(c))) layOut();
      else levels.unshift(...row.splice(0));
      row = levels;
    }
    row.push(cell);
    const filled = row.filter((c) => c.text !== '');
    if (
      !byNumber &&
      filled.length >= 2 &&
      unitScore(cell.text) >= 1 &&
      filled.slice(0, -1).some((c) => isText(c.text))
    )
      layOut();
  }
  layOut();
}

/** A heading cell over rows: `（一）制定工作任务清单。`, `一、…`. */
const SUB_HEADING = /^(?:[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)/u;

/** A group row's number cell (一 | 区住建局 | …), a project cell under it (（一）…) and a sub-row's name (1.文化中心北路). */
const GROUP_NUMERAL = /^[一二三四五六七八九十]{1,3}$/u;
const PROJECT = /^[（(]([一二三四五六七八九十]{1,3})[）)]\s*(\S.*)$/su;
const SUB_ITEM = /^\d{1,3}[.、．]\s*\S/u;

/**
 * Progress tables (进度表) of projects in groups: a group row (`一 | 区住建局 | 区政府民生实事项目(1个)`)
 * gives the columns before the project's (the group's 牵头单位), each project (`（一）…`) is a task,
 * and a project may have sub-rows (`1.文化中心北路 | 区城投 | 已完工`) each with its own units. One row
 * per project is laid out in the header's columns: the group's cells, the project with its sub-rows'
 * names as the text, and each later column the sub-rows' cells joined. Returns `false` (nothing
 * emitted) when the body is not shaped so.
 */
function groupedRows(
  body: readonly Cell[],
  columns: readonly Column[],
  emit: (cells: Cell[]) => void,
): boolean {
  const title = columns.findIndex((c) => c.kind === 'title' || c.kind === 'text');
  if (columns[0]?.kind !== 'number' || title < 2) return false;
  const filled = body.filter((c) => c.text !== '');
  const start = filled.findIndex((c) => GROUP_NUMERAL.test(c.text));
  if (start < 0 || !filled.some((c) => PROJECT.test(c.text))) return false;
  // Every group row reaches its first project within the columns before the project's.
  for (let i = start; i < filled.length; i++) {
    if (!GROUP_NUMERAL.test(filled[i]!.text)) continue;
    const next = filled.slice(i + 1, i + title + 1).findIndex((c) => PROJECT.test(c.text));
    if (next < 0 && i + title < filled.length) return false;
  }
  let group: Cell[] = [];
  let project:
    | { cell: Cell; number: number; name: string; subs: { name?: string; cells: Cell[] }[] }
    | undefined;
  const flush = () => {
    if (!project) return;
    const at = project.cell;
    const cell = (text: string): Cell => ({ text, first: at.first, last: at.last });
    const names = project.subs.flatMap((s) => (s.name ? [s.name] : []));
    const out: Cell[] = columns.map(() => cell(''));
    out[0] = cell(String(project.number));
    // What the plan does not keep (项目数量, 进展情况) is left out: a count read as a unit would shift the row.
    group.forEach((c, k) => {
      if (k + 1 < title && columns[k + 1]!.kind !== 'other') out[k + 1] = c;
    });
    out[title] = cell(names.length > 0 ? `${project.name}：${names.join('；')}` : project.name);
    for (let k = title + 1; k < columns.length; k++) {
      if (columns[k]!.kind === 'other') continue;
      const values = [
        ...new Set(project.subs.map((s) => s.cells[k - title - 1]?.text ?? '').filter((t) => t !== '')),
      ];
      out[k] = cell(values.join(columns[k]!.kind === 'units' ? '、' : '；'));
    }
    emit(out);
    project = undefined;
  };
  for (const c of filled.slice(start)) {
    const m = PROJECT.exec(c.text);
    const number = m ? readNumber(m[1]!) : undefined;
    if (GROUP_NUMERAL.test(c.text)) {
      flush();
      group = [];
    } else if (m && number !== undefined) {
      flush();
      project = { cell: c, number, name: m[2]!.trim(), subs: [] };
    } else if (!project) group.push(c);
    else if (SUB_ITEM.test(c.text) || project.subs.length === 0) {
      const sub = SUB_ITEM.test(c.text) ? { name: c.text, cells: [] } : { cells: [c] };
      project.subs.push(sub);
    } else project.subs.at(-1)!.cells.push(c);
  }
  flush();
  return true;
}

/** A line that is only a bar (`|`): the end of a row in a bar-led stream. */
const LONE_BAR = /^[|｜]$/;
/** A cell opened by a bar (`| 市直各单位`). */
const BAR_LED = /^[|｜]\s*(?=\S)(?!.*[|｜]$)/;

/**
 * Is the text a table copied as cells each opened by a bar, after the row's first cell, with rows
 * closed by a lone bar (`市政` `府办` `公厅` · `| 强化行政监督…` · `| 市直各单位` · `|`)?
 */
function isBarLed(lines: readonly SourceLine[]): boolean {
  let led = 0;
  let lone = 0;
  for (const line of lines) {
    if (LONE_BAR.test(line.text)) lone++;
    else if (BAR_LED.test(line.text)) led++;
  }
  return lone >= 3 && led >= 6 && led >= lone;
}

/**
 * Read a bar-led stream: each row's lines without a bar are its first cell, joined (a merged
 * cell's name broken one or two characters per line: `市` `监` `察` `局`), each `| …` line a further
 * cell. Rows are laid out as `|` rows for the delimited-table reader, under the first row whose
 * cells are a header; a row without its first cell is fitted to the columns as a merged one.
 */
function readBarLed(lines: readonly SourceLine[]): DraftBody | undefined {
  const rows: { no: number; offset: number; lead: string[]; cells: string[]; closed?: true }[] = [];
  let row: (typeof rows)[number] | undefined;
  for (const line of lines) {
    if (line.text === '') continue;
    if (LONE_BAR.test(line.text)) {
      if (row) rows.push({ ...row, closed: true });
      row = undefined;
      continue;
    }
    row ??= { no: line.no, offset: line.offset, lead: [], cells: [] };
    if (BAR_LED.test(line.text)) row.cells.push(line.text.replace(/^[|｜]\s*/, '').trim());
    else if (row.cells.length === 0) row.lead.push(line.text.trim());
    else row.cells[row.cells.length - 1] += line.text.trim();
  }
  if (row) rows.push(row);
  for (let k = 0; k < rows.length; k++) {
    const r = rows[k]!;
    // Before the header its first cell is the header word on the last line; lines above are prose.
    const words = [...(r.lead.length > 0 ? [r.lead.at(-1)!] : []), ...r.cells];
    const header = findHeader([synthetic(`| ${words.join(' | ')} |`, r.no, r.offset)]);
    if (header?.layout !== 'delimitedTable' || header.columns.length !== words.length) continue;
    // A row without its first cell shares the merged one above (the group's 牵头单位); a row of its
    // text alone shares every other cell of the row above.
    const width = words.length;
    const textAt = header.columns.findIndex((c) => c.kind === 'text' || c.kind === 'title');
    let above: string[] | undefined;
    const shared: { row: number; cells: number }[] = [];
    const body = rows.slice(k + 1).map((b, n) => {
      let cells = [...(b.lead.length > 0 ? [b.lead.join('')] : []), ...b.cells];
      if (above && cells.length < width && textAt >= 0) {
        // Merged cells stand left of the text (the group's lead) and, in a row of its text alone,
        // right of it too: the row's first cell is its text.
        // A row the stream stops inside (no closing bar: the copy is cut) never showed its own
        // cells right of the text; it shares only the merged lead.
        const given = cells.length;
        cells = [...above.slice(0, textAt), ...cells];
        cells = [...cells, ...above.slice(cells.length).map((c) => (b.closed ? c : ''))];
        shared.push({ row: n, cells: width - given });
      }
      above = cells;
      return synthetic(`| ${cells.join(' | ')} |`, b.no, b.offset);
    });
    const headerLine = synthetic(`| ${words.join(' | ')} |`, r.no, r.offset);
    const read = readDelimitedTable([headerLine, ...body], { ...header, index: 0, span: 1 });
    for (const { row: n } of shared) {
      const line = body[n]!.no;
      const task = read.tasks.find((t) => t.lines.text?.[0] === line);
      const from = task ? read.tasks[read.tasks.indexOf(task) - 1] : undefined;
      if (task && from)
        read.diagnostics.push(
          decision('merged-cell/rows', { task: task.number, cell: 'units', from: from.number }, 0.6, [
            line,
            line,
          ]),
        );
    }
    return { ...read, start: lines.findIndex((l) => l.no === r.no), end: lines.length };
  }
  return undefined;
}
