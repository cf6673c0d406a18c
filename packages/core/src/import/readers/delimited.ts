/**
 * Reading a table copied from a web page or a spreadsheet (网页表格): one row per line, cells
 * separated by `|` (Markdown) or tabs. A merged cell appears in its first row only: the rows below
 * have an empty cell there (tabs) or one cell fewer (`|` copies), so their cells shift left.
 */
import { alignCells, composeUnits, unitsColumnLabel, TASK_NUMBER } from './cells';
import { looksLikeCategoryStart } from './classify';
import { type HeaderMatch, isHeaderLine, separatorOf, splitRow } from './columns';
import {
  type DraftBody,
  type DraftCategory,
  type DraftTask,
  decision,
  splitLeaders,
  stripEnumerator,
} from './draft';
import { endsSentence, type SourceLine } from '../document/lines';
import { looksLikeName } from '../../roles/names';
import { isFooterStart } from '../assembly/notice';
import { isPageNumber } from './pdf-table';
import { headingLead } from './prose';
import type { ImportDiagnostic } from '../types';

/** A bracketed number opening a cell: `（1）`, `(2)`. */
const BRACKET_NUMBER = /^[（(](\d{1,3})[)）]\s*/u;

/** The category of rows before any category cell: a placeholder, never a task's name. */
const UNCATEGORISED = '未分类';

/** A row's cells by column. */
interface RowCells {
  number?: string;
  category?: string;
  /** The task's name (项目名称), its text and its year's target, joined into the task's text. */
  title?: string;
  text?: string;
  target?: string;
  leaders?: string;
  units: { header: string; value: string }[];
  deadline?: string;
  note?: string;
}

/**
 * Read a delimited table whose header is `header`.
 *
 * @example
 * readDelimitedTable(lines, findHeader(lines)!).tasks.length; //=> 12
 */
export function readDelimitedTable(
  source: readonly SourceLine[],
  header: HeaderMatch,
  options: { cellsAsWritten?: boolean } = {},
): DraftBody {
  const separator = header.separator ?? '|';
  const lines = closeRows(source, header, separator);
  const columns = header.columns;
  const hasNumberColumn = columns.some((c) => c.kind === 'number');
  const diagnostics: ImportDiagnostic[] = [];
  const categories: DraftCategory[] = [];
  const tasks: DraftTask[] = [];
  const start = header.index + header.span;
  let end = lines.length;
  let category: string | undefined;
  let expected = 1;
  /** How the number cells of rows that name units are written: `(8)` or `8`. */
  let numberScheme: 'bracket' | 'plain' | undefined;
  let previous: DraftTask | undefined;
  const byName = new Map<string, DraftCategory>();
  const numbers = new Set<number>();
  let nextNumber = 1;

  // A heading that names who leads the rows under it (（一）刘忻市长牵头重点工作).
  let lead: { heading: string; line: number; leaders?: string[]; units?: string; tasks: number } | undefined;
  const leads: NonNullable<typeof lead>[] = [];
  const useCategory = (name: string, no: number) => {
    const clean = stripEnumerator(name.replaceAll(BREAK, ''));
    if (clean === category) return;
    category = clean;
    const said = headingLead(clean);
    lead = said ? { heading: clean, line: no, ...said, tasks: 0 } : undefined;
    if (lead) leads.push(lead);
    const known = byName.get(clean);
    if (known) {
      known.lines[1] = no;
      diagnostics.push(decision('category-repeated/rows', { category: clean, line: no }, 0.75, [no, no]));
    } else {
      const created: DraftCategory = { name: clean, lines: [no, no] };
      categories.push(created);
      byName.set(clean, created);
    }
  };

  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    const text = line.text;
    if (text === '') continue;
    if (isFooterStart(text)) {
      end = i;
      break;
    }
    if (isHeaderLine(line, header) || isPageNumber(text)) continue;
    if (/^[\s|｜:：\-–—=+]+$/.test(text)) continue;
    // A row cut after its first cell (`16 | 深化…`, `（三）… | 7.完善…`, `政策解读 | (1)认真…`, then the
    // copy stops) has one bar only.
    const cutRow =
      /^\d{1,4}\s*[|｜]\s*\S/.test(text) ||
      /^[^|｜]+[|｜]\s*(?:\d{1,3}\s*[.．﹒、]|[（(]\d{1,2}[）)])\s*\S/.test(text);
    const rowSeparator = separatorOf(line.raw) ?? (separator === '|' && cutRow ? '|' : undefined);
    let cells = rowSeparator === separator ? splitRow(line.raw, separator) : [text];
    // Empty cells after the last one (`… | 监督电话 | |`, `… | 县农业农村局 | 2025年11月底前 | ||`) are
    // the copy's, not columns', in `|` rows whose other cells are all filled: a merged cell on the left
    // leaves its place at the row's end. A row with empty cells inside keeps them (merged cells).
    let filled = cells.length;
    while (filled > 0 && cells[filled - 1] === '') filled--;
    // (Rows a reader has laid out cell by cell keep every cell: an empty last one is an empty 备注.)
    const trailing =
      separator === '|' && !options.cellsAsWritten && cells.slice(0, filled).every((c) => c !== '');
    while ((cells.length > columns.length || trailing) && cells.length > 1 && cells.at(-1) === '')
      cells.pop();
    const nonEmpty = cells.filter((c) => c !== '');
    if (nonEmpty.length === 0) continue;
    // A number cell the header has no column for (序号 merged into the header's blank cells): the
    // cells before it are the row's categories, those after it the header's text, units, deadline.
    let unheadedNumber: string | undefined;
    if (!hasNumberColumn && cells.length >= 3) {
      const k = cells.findIndex((c) => /^\d{1,3}$/.test(c));
      if (k >= 0 && k <= 2 && cells.length - k - 1 >= 2) {
        unheadedNumber = cells[k]!;
        const before = cells.slice(0, k).filter((c) => c !== '');
        if (before.length > 0) useCategory(before[0]!, line.no);
        cells = cells.slice(k + 1);
        while (cells.length > 1 && cells.at(-1) === '') cells.pop();
      }
    }
    if (nonEmpty.length === 1 && !TASK_NUMBER.test(nonEmpty[0]!)) {
      const only = nonEmpty[0]!;
      if (
        only.length <= 40 &&
        !endsSentence(only) &&
        (looksLikeCategoryStart(only) || /^[一二三四五六七八九十]+、/.test(only) || cells.length === 1)
      ) {
        // A row spanning the whole table (colspan) or a line of its own: a category heading.
        useCategory(only, line.no);
        diagnostics.push(decision('category/rows', { line: line.no }, 0.8, [line.no, line.no]));
        // What follows a heading is not the text of the row before it.
        previous = undefined;
        continue;
      }
      // After a heading, a line without a bar starts no row of a barred table: the table has ended
      // (二、工作要求 and its paragraphs under the table).
      if (!previous && cells.length === 1 && separator === '|' && tasks.length > 0) continue;
      if (previous && cells.length === 1) {
        // A cell broken over two lines by the copy: the rest of the previous row's text.
        previous.text += only;
        if (previous.lines.text) previous.lines.text[1] = line.no;
        diagnostics.push(
          decision(
            'text-continued/rows',
            { line: line.no, task: previous.number },
            0.55,
            [line.no, line.no],
            ['tasks', tasks.length - 1, 'text'],
          ),
        );
        continue;
      }
    }

    // Fit the cells to the columns.
    let assigned = cells.map((_, k) => k);
    if (cells.length === columns.length) {
      // One cell for each column, yet a stray cell may push the rest along: the fit says.
      const fit = alignCells(cells, columns, category);
      if (fit.columns.some((c, k) => c !== k)) {
        assigned = fit.columns;
        diagnostics.push(
          decision(
            'cells-realigned',
            {
              line: line.no,
              cells: cells
                .map((c, k) => (k > 0 && fit.columns[k] === fit.columns[k - 1] ? `“${c}”` : ''))
                .filter((c) => c !== '')
                .join('、'),
            },
            fit.confidence,
            [line.no, line.no],
          ),
        );
      }
    } else {
      const fit = alignCells(cells, columns, category);
      assigned = fit.columns;
      const missing = columns.filter((_, c) => !assigned.includes(c)).map((c) => c.header);
      // Only the last columns left empty, each a remark or a figure (备注, 完成率): an empty cell, not a shift.
      const emptyTail =
        assigned.every((a, k) => a === k) &&
        columns.slice(cells.length).every((c) => c.kind === 'note' || c.kind === 'other');
      if (cells.length < columns.length) {
        if (!emptyTail)
          diagnostics.push(
            decision(
              'columns-shifted',
              { line: line.no, cells: cells.length, columns: columns.length, missing: missing.join('、') },
              fit.confidence,
              [line.no, line.no],
            ),
          );
      } else {
        diagnostics.push(
          decision('extra-cells', { line: line.no, cells: cells.length, columns: columns.length }, 0.4, [
            line.no,
            line.no,
          ]),
        );
      }
    }
    const row: RowCells = { units: [], ...(unheadedNumber ? { number: unheadedNumber } : {}) };
    cells.forEach((written, k) => {
      const column = columns[assigned[k]!]!;
      const cell = settleBreak(written, column.kind === 'units');
      switch (column.kind) {
        case 'number':
          row.number = cell;
          break;
        case 'category':
          row.category = cell;
          break;
        case 'text':
          row.text = cell;
          break;
        case 'title':
          row.title = cell;
          break;
        case 'target':
          row.target = cell;
          break;
        case 'leaders':
          row.leaders = (row.leaders ? `${row.leaders}、` : '') + cell;
          break;
        case 'other':
          break;
        case 'units': {
          const prior = row.units.find((u) => u.header === column.header);
          if (!prior) row.units.push({ header: column.header, value: cell });
          // A bare figure beside the units (经管站 | 2 | 2023年底) is a stray cell of the copy: said, not read.
          else if (/^\d{1,4}$/u.test(cell))
            diagnostics.push(decision('cell-stray', { line: line.no, cell }, 0.5, [line.no, line.no]));
          // Two whole names in two cells are two units; else the cell goes on the name it continues.
          else prior.value += looksLikeName(prior.value) && looksLikeName(cell) ? `、${cell}` : cell;
          break;
        }
        case 'deadline':
          row.deadline = (row.deadline ?? '') + cell;
          break;
        case 'note':
          row.note = (row.note ?? '') + cell;
          break;
      }
    });
    for (const column of columns) {
      if (column.kind === 'units' && !row.units.some((u) => u.header === column.header))
        row.units.push({ header: column.header, value: '' });
    }
    if (row.category) useCategory(row.category, line.no);
    const parts = [row.title, row.text, row.target].filter((p): p is string => p !== undefined && p !== '');
    if (parts.length > 1) row.text = parts.join('：');
    else row.text = parts[0];
    if (!row.text) {
      if (row.category && !row.units.some((u) => u.value !== '')) continue;
      diagnostics.push(decision('row-without-text/rows', { line: line.no }, 0.3, [line.no, line.no]));
      continue;
    }

    // A row numbered in another scheme than the rows around it that names no units (`1 | 大力提振消费。 |
    // ||` among `(7)` `(8)` rows): a sub-heading, the category of the rows after it.
    const scheme = row.number ? (/^[（(]/u.test(row.number) ? 'bracket' : 'plain') : undefined;
    const named = row.units.some((u) => u.value !== '') || (row.deadline ?? '') !== '';
    if (scheme && numberScheme && scheme !== numberScheme && !named && row.text.length <= 40) {
      useCategory(row.text.replace(/[。.]$/u, ''), line.no);
      diagnostics.push(decision('category/rows', { line: line.no }, 0.6, [line.no, line.no]));
      previous = undefined;
      continue;
    }
    if (scheme && named) numberScheme = scheme;

    // The task number: its own column, the text's `N.`, or the position.
    let taskText = row.text;
    let number: number | undefined;
    const fromColumn = row.number ? /^[（(]?(\d{1,3})/.exec(row.number) : null;
    // `（1）` opens the text too where the table has no number column (工作指标 (1)…(5)).
    const fromText = TASK_NUMBER.exec(taskText) ?? (hasNumberColumn ? null : BRACKET_NUMBER.exec(taskText));
    if (fromColumn && Number(fromColumn[1]) >= 1) number = Number(fromColumn[1]);
    if (fromText && Number(fromText[1]) >= 1 && (number === undefined || Number(fromText[1]) === number)) {
      number = Number(fromText[1]);
      taskText = taskText.slice(fromText[0].length);
    }
    if (number === undefined || numbers.has(number)) {
      const given = number;
      number = Math.max(expected, nextNumber);
      diagnostics.push(
        decision(
          'numbered-by-position/rows',
          { line: line.no, number, ...(given === undefined ? {} : { given }) },
          0.6,
          [line.no, line.no],
          ['tasks', tasks.length, 'number'],
        ),
      );
    }
    expected = number + 1;
    numbers.add(number);
    nextNumber = Math.max(nextNumber, number + 1);
    if (category === undefined) {
      category = UNCATEGORISED;
      const created: DraftCategory = { name: category, lines: [line.no, line.no] };
      categories.push(created);
      byName.set(category, created);
      diagnostics.push(decision('no-category/rows', {}, 0.4, [line.no, line.no]));
    }

    const unitsColumns = columns.filter((c) => c.kind === 'units').length;
    let units = composeUnits(
      row.units.map((u) => ({ ...u, header: unitsColumnLabel(u.header, unitsColumns) })),
    );
    let deadline = row.deadline ?? '';
    const index = tasks.length;
    const lineSpan: [number, number] = [line.no, line.no];
    let unitsLines: [number, number] | undefined = lineSpan;
    let deadlineLines: [number, number] | undefined = deadline ? lineSpan : undefined;
    if (units === '' && previous) {
      units = previous.units;
      unitsLines = previous.lines.units;
      diagnostics.push(
        decision(
          'merged-cell/rows',
          { task: number, cell: 'units', from: previous.number },
          0.8,
          unitsLines,
          ['tasks', index, 'units'],
        ),
      );
    }
    if (deadline === '' && previous && columns.some((c) => c.kind === 'deadline')) {
      deadline = previous.deadline;
      deadlineLines = previous.lines.deadline;
      if (deadline !== '')
        diagnostics.push(
          decision(
            'merged-cell/rows',
            { task: number, cell: 'deadline', from: previous.number },
            0.8,
            deadlineLines,
            ['tasks', index, 'deadline'],
          ),
        );
    }
    if (lead) {
      lead.tasks++;
      if (lead.units) units = units === '' ? `${lead.units}牵头` : `${lead.units}牵头；${units}`;
    }
    const leaders = [...(lead?.leaders ?? []), ...(row.leaders ? splitLeaders(row.leaders) : [])];
    const task: DraftTask = {
      number,
      category,
      text: taskText,
      units,
      deadline,
      ...(row.note ? { note: row.note } : {}),
      ...(leaders.length > 0 ? { leaders } : {}),
      lines: {
        text: [line.no, line.no],
        ...(unitsLines ? { units: unitsLines } : {}),
        ...(deadlineLines ? { deadline: deadlineLines } : {}),
      },
    };
    tasks.push(task);
    previous = task;
  }
  for (const l of leads)
    if (l.tasks > 0)
      diagnostics.push(
        decision(
          'heading-lead',
          {
            heading: l.heading,
            tasks: l.tasks,
            ...(l.leaders ? { leaders: l.leaders.join('、') } : { units: l.units ?? '' }),
          },
          0.7,
          [l.line, l.line],
        ),
      );
  const body = { categories, tasks, diagnostics, start: header.index, end };
  return namesNotCategories(body);
}

/**
 * A first text column whose every row holds a different short phrase (政策解读 | 回应关切 | …) names
 * each task (任务名称), it does not group them: the phrase starts the task's text instead of
 * making a category of one task each.
 */
function namesNotCategories(body: DraftBody): DraftBody {
  const { tasks, categories } = body;
  if (tasks.length < 3 || categories.length !== tasks.length) return body;
  const names = new Set(tasks.map((t) => t.category));
  if (
    names.size !== tasks.length ||
    tasks.some(
      (t) =>
        t.category === '' ||
        t.category === UNCATEGORISED ||
        t.category.length > 20 ||
        /^\d+$/.test(t.category),
    )
  )
    return body;
  for (const task of tasks) {
    task.text = `${task.category}：${task.text}`;
    task.category = '';
  }
  body.diagnostics.push(
    decision(
      'names-not-categories',
      { first: categories[0]!.name, second: categories[1]!.name },
      0.6,
      categories[0]!.lines,
    ),
  );
  return { ...body, categories: [] };
}

/** Where a row broken over lines was joined again; settled cell by cell by {@link settleBreak}. */
const BREAK = '\u2028';

/**
 * A line break inside a cell: in a units cell two names on either side are two names
 * (`市国土资源局`/`市农牧林业局` → `市国土资源局、市农牧林业局`); anywhere else, and within a word, it goes.
 */
function settleBreak(cell: string, units: boolean): string {
  if (!cell.includes(BREAK)) return cell;
  const pieces = cell.split(BREAK);
  return pieces.reduce((joined, piece) => {
    const left =
      joined
        .trim()
        .split(/[、，,\s]/u)
        .at(-1) ?? '';
    const right = piece.trim().split(/[、，,\s]/u)[0] ?? '';
    return `${joined}${units && looksLikeName(left) && looksLikeName(right) ? '、' : ''}${piece}`;
  });
}

/**
 * Rows of a table whose rows close with a bar (`… | 2010年9月20日前 |`) that a cell's line break
 * split over lines (`… | 市国土资源局` / `市农牧林业局 | 2010年9月20日前 |`): joined again, while the
 * joined row has no more cells than the header; the break is kept as {@link BREAK} for its cell to
 * settle.
 */
function closeRows(
  lines: readonly SourceLine[],
  header: HeaderMatch,
  separator: string,
): readonly SourceLine[] {
  if (separator !== '|') return lines;
  const closed = (l: SourceLine) => /[|｜]$/u.test(l.text);
  const body = lines.slice(header.index + header.span).filter((l) => /[|｜]/u.test(l.text));
  if (!closed(lines[header.index]!) || body.filter(closed).length * 2 < body.length) return lines;
  const out: SourceLine[] = lines.slice(0, header.index + header.span);
  for (let i = header.index + header.span; i < lines.length; i++) {
    let line = lines[i]!;
    while (/[|｜]/u.test(line.text) && !closed(line) && i + 1 < lines.length && lines[i + 1]!.text !== '') {
      const next = lines[i + 1]!;
      const joined = `${line.raw.trimEnd()}${BREAK}${next.raw.trimStart()}`;
      if (splitRow(joined, separator).filter((c) => c !== '').length > header.columns.length) break;
      line = { ...line, raw: joined, text: joined.trim(), width: line.width + next.width };
      i++;
    }
    out.push(line);
  }
  return out;
}
