/**
 * Reading a web table copied one cell per line (每格一行): the header words on lines of their own,
 * then every cell on its own line. A merged cell appears once, in its first row, so the rows below
 * simply lack that line; the reader therefore goes by what each line looks like (a task number, a
 * units cell, a deadline) rather than by counting lines.
 */
import { composeUnits, TASK_NUMBER, unitsColumnLabel } from './cells';
import { continuesDeadline, deadlineStart, fieldLabel, unitScore } from './classify';
import { type Column, type HeaderMatch, headerKind } from './columns';
import {
  type DraftBody,
  type DraftCategory,
  type DraftTask,
  decision,
  formatLines,
  type Piece,
  spanOf,
  splitLeaders,
  stripEnumerator,
  textOf,
} from './draft';
import { endsSentence, type SourceLine } from '../document/lines';
import { isFooterStart } from '../assembly/notice';
import { isPageNumber } from './pdf-table';
import type { ImportDiagnostic } from '../types';

interface Segment {
  number: number;
  /** Line of the task number or of the text's `N.`. */
  first: Piece;
  lines: Piece[];
}

/**
 * A header with no 序号 over rows that are numbered all the same (`工作任务 / 牵头责任单位 / 进展情况`, then
 * `1`, `地区生产总值增长6%以上。`, …; the copy began below the 序号 cell): the bare numbers are a number
 * column the header lost, so a progress cell's own `1. 印发…` is not taken for a row.
 */
function withRowNumbers(lines: readonly SourceLine[], header: HeaderMatch): HeaderMatch {
  if (header.columns.some((c) => c.kind === 'number')) return header;
  const start = header.index + header.span;
  const first = lines.slice(start).find((l) => l.text.trim() !== '');
  if (!first || first.text.trim() !== '1') return header;
  let next = 1;
  for (const line of lines.slice(start)) if (line.text.trim() === String(next)) next++;
  if (next <= 2) return header;
  return { ...header, columns: [{ kind: 'number', header: '序号' }, ...header.columns] };
}

/**
 * Read a one-cell-per-line table whose header is `header`.
 *
 * @example
 * readCellPerLine(lines, findHeader(lines)!).tasks[0]?.number; //=> 1
 */
export function readCellPerLine(lines: readonly SourceLine[], found: HeaderMatch): DraftBody {
  const header = withRowNumbers(lines, found);
  const columns = header.columns;
  const hasNumber = columns.some((c) => c.kind === 'number');
  const hasCategory = columns.some((c) => c.kind === 'category');
  const hasDeadline = columns.some((c) => c.kind === 'deadline');
  const unitColumns = columns.filter((c) => c.kind === 'units');
  const kindAt = (kind: string) => columns.findIndex((c) => c.kind === kind);
  // With 序号 before 工作任务, a category cell comes right after the number (in its first row only).
  const categoryAfterNumber = hasNumber && hasCategory && kindAt('category') > kindAt('number');
  const textAt = columns.findIndex((c) => c.kind === 'text' || c.kind === 'title');
  const unitsAt = columns.findIndex((c) => c.kind === 'units');
  const otherAfterText =
    textAt >= 0 &&
    unitsAt > textAt + 1 &&
    columns.slice(textAt + 1, unitsAt).every((c) => c.kind === 'other');
  // One units column with only a deadline, a note or a progress column after it: its lines of whole
  // names are its own.
  const unitsLast =
    unitColumns.length === 1 &&
    columns.slice(kindAt('units') + 1).every(
      (c) =>
        c.kind === 'deadline' ||
        c.kind === 'note' ||
        // (Not a column of other names: 评分部门 scores.)
        (c.kind === 'other' && !/(?:部门|单位|处室|科室)$/u.test(c.header)),
    );
  const inOrder =
    textAt >= 0 &&
    (columns.some((c) => c.kind === 'leaders') || (hasDeadline && kindAt('deadline') < unitsAt));
  /** A score column (分值) right before the text: its cell is the row's anchor and its note. */
  const scoreAt = columns.findIndex((c) => SCORE_HEADER.test(c.header));
  const diagnostics: ImportDiagnostic[] = [];
  const start = header.index + header.span;
  let end = lines.length;

  // Cells, without repeated headers and page numbers; split at task starts.
  const leading: Piece[] = [];
  const segments: Segment[] = [];
  let expected: number | undefined;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text === '') continue;
    if (isFooterStart(text)) {
      end = i;
      break;
    }
    if (isPageNumber(text)) continue;
    if (headerKind(text) !== undefined && columns.some((c) => c.header === text.replace(/\s+/g, '')))
      continue;
    const piece = { no: line.no, text };
    const bare = hasNumber && /^\d{1,3}\s*[.、．]?$/.test(text) ? Number.parseInt(text, 10) : undefined;
    const m = TASK_NUMBER.exec(text);
    const numbered = m ? Number(m[1]) : undefined;
    const fits = (n: number | undefined) =>
      n !== undefined && n >= 1 && (expected === undefined ? n <= 5 : n >= expected && n <= expected + 3);
    // Numbering that starts again at 1 right after a row's units (a new 领域 whose cell is not in
    // the text): a new run of rows, when the line reads as a task's text.
    const restarts =
      numbered === 1 &&
      segments.length > 0 &&
      hasCategory &&
      endsSentence(text) &&
      isWholeName(segments.at(-1)!.lines.at(-1)?.text ?? '');
    if (restarts) expected = 1;
    if (fits(bare)) {
      segments.push({ number: bare!, first: piece, lines: [] });
      expected = bare! + 1;
      continue;
    }
    if (fits(numbered)) {
      const last = segments.at(-1);
      // After a bare number the numbered text belongs to that number.
      if (last && last.lines.length === 0 && last.number === numbered && last.first.text !== text) {
        last.lines.push({ no: line.no, text: text.slice(m![0].length) });
        continue;
      }
      segments.push({
        number: numbered!,
        first: piece,
        lines: [{ no: line.no, text: text.slice(m![0].length) }],
      });
      expected = numbered! + 1;
      continue;
    }
    const last = segments.at(-1);
    if (last) last.lines.push(piece);
    else leading.push(piece);
  }

  // Rows without numbers but with a score column (项目 | 分值 | 目标任务 | 监考单位): each row's score
  // is a bare number on the line after its name, so a row starts on the line before a score; what
  // stands between a row's cells and the next name is the next category (a merged cell).
  if (segments.length === 0 && scoreAt >= 0 && leading.length > 0) {
    const pieces = leading.splice(0);
    pieces.forEach((p, k) => {
      const next = pieces[k + 1];
      if (next && SCORE.test(next.text) && !SCORE.test(p.text)) {
        segments.push({ number: segments.length + 1, first: p, lines: [p] });
      } else if (segments.length === 0) leading.push(p);
      else segments.at(-1)!.lines.push(p);
    });
    if (segments.length > 0)
      diagnostics.push(decision('numbered-by-position/lines', { count: segments.length }, 0.6, undefined));
  }

  // Rows without numbers (目标 | 任务 | 主要内容 | 责任单位): a units line ends a row; headings
  // (一、… （一）…) before a row's text head the rows after them.
  if (segments.length === 0 && leading.length > 0) {
    const pieces = leading.splice(0);
    let row: Piece[] = [];
    for (const p of pieces) {
      const heading = /^(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[）)])/.test(
        p.text,
      );
      if (heading && row.length === 0) {
        if (segments.length === 0) leading.push(p);
        else segments.at(-1)!.lines.push(p);
        continue;
      }
      row.push(p);
      if (row.length >= 2 && unitScore(p.text) >= 1 && unitScore(row.at(-2)!.text) < 1) {
        segments.push({ number: segments.length + 1, first: row[0]!, lines: row });
        row = [];
      }
    }
    if (row.length > 0) segments.push({ number: segments.length + 1, first: row[0]!, lines: row });
    if (segments.length > 0)
      diagnostics.push(decision('numbered-by-position/lines', { count: segments.length }, 0.6, undefined));
  }

  // Rows of one number split by sub-goals (——…), each closed by its own block of unit lines: a row
  // of its own under the same number.
  if (unitColumns.length > 0) splitSubRows(segments);

  const categories: DraftCategory[] = [];
  const named = new Set<string>();
  const tasks: DraftTask[] = [];
  let category: string | undefined;
  const useCategory = (pieces: Piece[]) => {
    if (pieces.length === 0) return;
    const name = stripEnumerator(textOf(pieces));
    const span = spanOf(pieces)!;
    if (name === category) {
      diagnostics.push(
        decision('category-repeated/lines', { category: name, lines: formatLines(span) }, 0.85, span),
      );
      return;
    }
    category = name;
    if (!named.has(name)) {
      named.add(name);
      categories.push({ name, lines: span });
    }
    diagnostics.push(decision('category/lines', { category: name, lines: formatLines(span) }, 0.85, span));
  };
  if (hasCategory) useCategory(leading);

  const own: { units: Piece[]; deadline: Piece[]; leaders: Piece[] }[] = [];
  segments.forEach((seg) => {
    const cells = [...seg.lines];
    if (categoryAfterNumber && cells.length >= 2) {
      const first = cells[0]!.text;
      const second = cells[1]!.text;
      if (
        first.length <= 30 &&
        !endsSentence(first) &&
        unitScore(first) < 1 &&
        deadlineStart(first) !== 0 &&
        (endsSentence(second) || second.length > first.length)
      ) {
        useCategory([cells.shift()!]);
      }
    }
    // The text: the first cell, and more lines while they read as text.
    const text: Piece[] = [];
    if (cells.length > 0) text.push(cells.shift()!);
    // Its score (kept as the note), then its target, which ends the text (地区生产总值增长率：年终…).
    let score: string | undefined;
    if (scoreAt >= 0 && cells[0] && SCORE.test(cells[0].text)) {
      score = `${columns[scoreAt]!.header}：${cells.shift()!.text}`;
      const target = cells[0];
      if (target && unitScore(target.text) < 1 && !fieldLabel(target.text))
        text.push({ ...cells.shift()!, text: `：${target.text}` });
    }
    // A column the plan does not keep (进展情况, 当前进度) between the text and the units: the text is
    // its one line, the lines up to the units are that column's.
    if (otherAfterText) {
      while (cells.length > 0 && unitScore(cells[0]!.text) < 1 && !fieldLabel(cells[0]!.text)) cells.shift();
    }
    while (!otherAfterText && score === undefined && cells.length > 0) {
      const next = cells[0]!;
      const last = text.at(-1)!.text;
      // A sub-goal (——…) under the text is the text's, whatever words it holds (以县为单位).
      const subGoal = /^——\p{Script=Han}/u.test(next.text) && next.text.length >= 8;
      if (!subGoal && (unitScore(next.text) >= 1 || deadlineStart(next.text) === 0 || fieldLabel(next.text)))
        break;
      if (!subGoal && endsSentence(last) && next.text.length < 12) break;
      text.push(cells.shift()!);
    }
    // Units: one line per units column at most (or labelled lines).
    const units: Piece[] = [];
    const deadline: Piece[] = [];
    const leaders: Piece[] = [];
    // A table with a person column (责任领导), or its deadline before its units: the cells after the
    // text come in the header's order, each taken while its lines look like that column's.
    if (inOrder) {
      for (const column of columns.slice(textAt + 1)) {
        if (column.kind === 'deadline') takeDeadline(cells, deadline);
        else if (column.kind === 'leaders')
          while (cells.length > 0 && isPersonLine(cells[0]!.text)) leaders.push(cells.shift()!);
        else if (column.kind === 'units')
          while (
            cells.length > 0 &&
            (isWholeName(cells[0]!.text) || unitScore(cells[0]!.text) >= 1) &&
            deadlineStart(cells[0]!.text) !== 0
          )
            units.push(cells.shift()!);
      }
    }
    while (!inOrder && cells.length > 0 && units.length < Math.max(1, unitColumns.length)) {
      const next = cells[0]!;
      const label = fieldLabel(next.text);
      if (label?.kind === 'deadline' || deadlineStart(next.text) === 0) break;
      const beforeDeadline =
        units.length === 0 && cells[1] !== undefined && deadlineStart(cells[1].text) === 0;
      const inBlock = units.length > 0 && isBlockName(cells, 0, units.at(-1)!.text);
      if (!label && unitScore(next.text) < 1 && !beforeDeadline && !inBlock) break;
      units.push(cells.shift()!);
    }
    // One unit per line in a single units cell (县水务局 / 县住建局 / 县护城河指挥部): every line that
    // is a whole unit name, up to the deadline, is in the cell.
    const oneColumn = !inOrder && unitsLast && units.length === 1 && !fieldLabel(units[0]!.text);
    while (oneColumn && cells.length > 0 && isWholeName(cells[0]!.text) && isWholeName(units.at(-1)!.text))
      units.push(cells.shift()!);
    // Several units columns, one unit per line (主要责任单位 省卫生厅 / 责任单位 省发改委 / 省财政厅 …):
    // the first line is the first column's, the lines of names after it the last column's.
    const manyColumns =
      !inOrder &&
      unitColumns.length > 1 &&
      units.length === unitColumns.length &&
      isWholeName(units[0]!.text);
    while (manyColumns && cells.length > 0 && isBlockName(cells, 0, units.at(-1)!.text))
      units.push(cells.shift()!);
    // Deadline: a deadline phrase, and the lines that continue it.
    if (!inOrder && hasDeadline) takeDeadline(cells, deadline);
    // Whatever is left begins the next row: its category (or a note).
    own.push({ units, deadline, leaders });
    const index = tasks.length;
    tasks.push({
      number: seg.number,
      category: category ?? '未分类',
      text: textOf(text),
      units:
        inOrder && units.length > 1 && unitColumns.length === 1 && units.every((p) => isWholeName(p.text))
          ? composeUnits([
              {
                header: unitsColumnLabel(unitColumns[0]!.header, 1),
                value: units.map((p) => p.text).join('、'),
              },
            ])
          : unitsCell(units, unitColumns),
      deadline: textOf(deadline.map((p) => ({ ...p, text: fieldLabel(p.text)?.value ?? p.text }))),
      ...(leaders.length > 0 ? { leaders: leaders.flatMap((p) => splitLeaders(p.text)) } : {}),
      lines: {
        ...(spanOf(text) ? { text: spanOf(text)! } : {}),
        ...(spanOf(units) ? { units: spanOf(units)! } : {}),
        ...(spanOf(deadline) ? { deadline: spanOf(deadline)! } : {}),
      },
    });
    if (category === undefined) {
      category = '未分类';
      named.add(category);
      categories.push({ name: category, lines: [seg.first.no, seg.first.no] });
      diagnostics.push(decision('no-category/lines', {}, 0.4, undefined));
    }
    const cellLines = (pieces: Piece[]) => (pieces.length > 0 ? formatLines(spanOf(pieces)) : '');
    const last = spanOf([...text, ...units, ...deadline])?.[1] ?? seg.first.no;
    diagnostics.push(
      decision(
        'task/lines',
        { task: seg.number, text: cellLines(text), units: cellLines(units), deadline: cellLines(deadline) },
        text.length > 0 ? 0.9 : 0.3,
        [seg.first.no, last],
        ['tasks', index, 'text'],
      ),
    );
    if (score) tasks[index]!.note = score;
    if (cells.length > 0) {
      if (hasCategory && !categoryAfterNumber) useCategory(cells);
      else {
        tasks[index]!.note = textOf(cells);
        diagnostics.push(
          decision('note', { lines: formatLines(spanOf(cells)), task: seg.number }, 0.5, spanOf(cells)),
        );
      }
    }
  });

  // Merged cells: a task without units takes those of the task above in its category (the merged
  // cell is copied in its first row), else those of the task below.
  // In a table read in the header's order (its category cells merged too), a merged cell may span
  // rows of two categories: a row takes the cell of the nearest row above that has one.
  const acrossCategories = inOrder;
  for (const field of ['units', 'deadline', 'leaders'] as const) {
    if (field === 'deadline' && !hasDeadline) continue;
    if (field === 'leaders' && !columns.some((c) => c.kind === 'leaders')) continue;
    // Nearest task with its own cell above and below, within the category (one pass each way).
    const above: (number | undefined)[] = [];
    let last: number | undefined;
    tasks.forEach((t, i) => {
      if (i > 0 && tasks[i - 1]!.category !== t.category && !acrossCategories) last = undefined;
      above.push(last);
      if (own[i]![field].length > 0) last = i;
    });
    const below: (number | undefined)[] = new Array(tasks.length);
    let next: number | undefined;
    for (let i = tasks.length - 1; i >= 0; i--) {
      if (i + 1 < tasks.length && tasks[i + 1]!.category !== tasks[i]!.category) next = undefined;
      below[i] = next;
      if (own[i]![field].length > 0) next = i;
    }
    tasks.forEach((task, i) => {
      if (own[i]![field].length > 0 || (field !== 'leaders' && task[field] !== '')) return;
      const from = above[i] ?? below[i];
      if (from === undefined) return;
      const source = tasks[from]!;
      if (field === 'leaders') {
        if (!source.leaders) return;
        task.leaders = [...source.leaders];
      } else task[field] = source[field];
      const span = field === 'leaders' ? undefined : source.lines[field];
      if (span && field !== 'leaders') task.lines[field] = span;
      diagnostics.push(
        decision(
          'merged-cell/lines',
          { task: task.number, cell: field, from: source.number, above: above[i] !== undefined },
          above[i] !== undefined ? 0.8 : 0.55,
          span,
          ['tasks', i, field],
        ),
      );
    });
  }
  return { categories, tasks, diagnostics, start: header.index, end };
}

/** A deadline phrase (or a deadline label) at the head of `cells`, and the lines that continue it. */
function takeDeadline(cells: Piece[], deadline: Piece[]): void {
  const next = cells[0];
  if (!next) return;
  const label = fieldLabel(next.text);
  if (label?.kind === 'deadline' || deadlineStart(next.text) === 0) {
    deadline.push(cells.shift()!);
    while (cells.length > 0 && continuesDeadline(cells[0]!.text)) deadline.push(cells.shift()!);
  }
}

/** A line that is a person's name in a 责任领导 column: 夏俊贵, 周 斐 (2–4 characters, not a unit). */
function isPersonLine(text: string): boolean {
  return (
    /^\p{Script=Han}(?:[ \u3000]?\p{Script=Han}){1,3}$/u.test(text) &&
    unitScore(text) < 1 &&
    !NAME_ENDING.test(text) &&
    deadlineStart(text) !== 0
  );
}

/** Headers of a score column (分值, 权重): points a task is worth in the assessment. */
const SCORE_HEADER = /^(?:分值|权重|分数|考核分值)$/u;

/** A score cell: a bare number (3, 0.5). */
const SCORE = /^\d{1,3}(?:\.\d{1,2})?$/;

/** A line that is one unit's name and nothing else: 县护城河指挥部, not 市财政局牵头，各区政府负责. */
function isWholeName(text: string): boolean {
  return (
    text.length <= 20 &&
    (unitScore(text) >= 1 || NAME_ENDING.test(text)) &&
    !/[、，,；;。：:\s]/.test(text) &&
    deadlineStart(text) !== 0
  );
}

/** Endings of names under a units header that the lexicon may not list (…指挥部, …公司). */
const NAME_ENDING = /(?:部|局|委|办|中心|室|会|院|所|队|站|组|司|行|集团|政府|街道|镇|乡|园|区|股|馆)$/u;

/**
 * The units cell from its lines: labelled lines joined by label, one unit per line joined with 、
 * (the line breaks are the cell's separators), else one line per units column.
 */
function unitsCell(pieces: readonly Piece[], unitColumns: readonly Column[]): string {
  if (pieces.length === 0) return '';
  if (unitColumns.length <= 1) {
    const value =
      pieces.length > 1 && pieces.every((p) => isWholeName(p.text))
        ? pieces.map((p) => p.text).join('、')
        : textOf(pieces);
    // A lone 牵头单位 column still says who leads: the header is kept as the label.
    const header = unitsColumnLabel(unitColumns[0]?.header ?? '', unitColumns.length);
    return fieldLabel(value) ? value : composeUnits([{ header, value }]);
  }
  if (pieces.length > unitColumns.length && pieces.every((p) => !fieldLabel(p.text))) {
    const first = pieces.slice(0, unitColumns.length - 1);
    const rest = pieces.slice(unitColumns.length - 1);
    return composeUnits([
      ...first.map((p, k) => ({ header: unitColumns[k]!.header, value: p.text })),
      { header: unitColumns.at(-1)!.header, value: rest.map((p) => p.text).join('、') },
    ]);
  }
  const cells = pieces.map((p, k) => {
    const label = fieldLabel(p.text);
    return label
      ? { header: label.label, value: label.value }
      : { header: unitColumns[k]?.header ?? '责任单位', value: p.text };
  });
  return composeUnits(cells);
}

/**
 * A line in a block of unit lines: a whole name, or a short name the lexicon does not know
 * (省人口计生, 省新闻出版) standing between two whole names.
 */
function isBlockName(cells: readonly Piece[], k: number, before: string): boolean {
  const text = cells[k]!.text;
  if (isWholeName(text)) return true;
  return (
    /^\p{Script=Han}{2,6}$/u.test(text) &&
    isWholeName(before) &&
    cells[k + 1] !== undefined &&
    isWholeName(cells[k + 1]!.text)
  );
}

/**
 * Split each row whose lines hold two blocks of unit lines, the second after its own text (——…):
 * every block closes a row; the rows after the first keep the number.
 */
function splitSubRows(segments: Segment[]): void {
  for (let s = 0; s < segments.length; s++) {
    const seg = segments[s]!;
    const lines = seg.lines;
    // End of the first block of names that has text after it and another block later.
    let cut = -1;
    for (let i = 1; i < lines.length - 1 && cut < 0; i++) {
      if (!isBlockName(lines, i, lines[i - 1]!.text) || isBlockName(lines, i + 1, lines[i]!.text)) continue;
      if (!isWholeName(lines[i]!.text) && !isWholeName(lines[i - 1]!.text)) continue;
      const next = lines[i + 1]!.text;
      if (!/^[—－-]{1,2}/u.test(next)) continue;
      const later = lines.slice(i + 2).some((p) => isWholeName(p.text));
      if (later) cut = i + 1;
    }
    if (cut < 0) continue;
    const rest = lines.splice(cut);
    // The sub-goal's dash is its bullet, not its words.
    rest[0] = { ...rest[0]!, text: rest[0]!.text.replace(/^[—－-]{1,2}\s*/u, '') };
    segments.splice(s + 1, 0, { number: seg.number, first: rest[0]!, lines: rest });
  }
}
