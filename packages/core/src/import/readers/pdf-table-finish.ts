/**
 * The draft of a PDF table once its lines are read (pdf-table.ts): the categories named, each row's
 * cells given to its tasks (a row without a units or deadline cell takes its neighbour's), and every
 * decision said with the tasks it concerns.
 */
import { sayDiagnostic } from '../../messages';
import type { ImportDiagnostic } from '../types';
import type { DraftBody, DraftCategory, DraftTask, Piece } from './draft';
import { decision, formatLines, spanOf, stripEnumerator, textOf } from './draft';
import type { CategoryState, PdfTableState, Row } from './pdf-table-state';

/**
 * The draft body: the categories that hold tasks, and the tasks with their cells.
 *
 * @example
 * finish(state).tasks.length; //=> 50
 */
export function finish(state: PdfTableState): DraftBody {
  const { categories, names } = nameCategories(state);
  const tasks: DraftTask[] = [];
  state.rows.forEach((row, r) => {
    finishRow(state, row, r, names, tasks);
  });
  return {
    categories,
    tasks,
    diagnostics: state.diagnostics,
    start: state.header.index,
    end: state.end,
  };
}

/** Each category's name (enumerator stripped, `未分类` when empty); those with tasks, once each. */
function nameCategories(state: PdfTableState): {
  categories: DraftCategory[];
  names: Map<CategoryState, string>;
} {
  const categories: DraftCategory[] = [];
  const drafted = new Set<string>();
  const names = new Map<CategoryState, string>();
  for (const c of state.categories) {
    const raw = stripEnumerator(textOf(c.pieces));
    const name = raw === '' ? '未分类' : raw;
    names.set(c, name);
    if (c.tasks === 0) continue;
    if (drafted.has(name)) continue;
    drafted.add(name);
    const span = spanOf(c.pieces);
    categories.push({ name, lines: span ?? [0, 0] });
    if (span)
      state.diagnostics.push(
        decision('category/pdf', { lines: formatLines(span), category: name }, 0.9, span),
      );
    if (raw === '') state.diagnostics.push(decision('no-category/pdf', {}, 0.4, undefined));
  }
  return { categories, names };
}

/** The tasks of row `r`, with its cells (or a neighbour's), and the decisions about them. */
function finishRow(
  state: PdfTableState,
  row: Row,
  r: number,
  names: ReadonlyMap<CategoryState, string>,
  tasks: DraftTask[],
): void {
  const diagnostics = state.diagnostics;
  const first = row.tasks[0]!;
  const range = { first: first.number, last: row.tasks.at(-1)!.number };
  const index = tasks.length;
  for (const note of row.notes) {
    diagnostics.push(
      note.path
        ? note
        : ofTasks(note, range, ['tasks', index, note.code.startsWith('deadline') ? 'deadline' : 'units']),
    );
  }
  if (row.units.length > 0) {
    diagnostics.push(
      decision(
        'cells',
        {
          ...range,
          units: formatLines(spanOf(row.units)),
          deadline: row.deadline.length > 0 ? formatLines(spanOf(row.deadline)) : '',
        },
        0.9,
        spanOf([...row.units, ...row.deadline]),
        ['tasks', index, 'units'],
      ),
    );
  }
  const { units, deadline } = cellsOf(state, row, r, range, index);
  if (row.tasks.length > 1) {
    const cells = spanOf([...units, ...deadline]);
    diagnostics.push(
      decision(
        'merged-cell/pdf',
        { ...range, lines: formatLines(cells) },
        row.pages.size > 1 ? 0.75 : 0.9,
        cells,
        ['tasks', index, 'units'],
      ),
    );
  }
  const unitsText = textOf(units);
  const deadlineText = textOf(deadline);
  const unitsLines = spanOf(units);
  const deadlineLines = spanOf(deadline);
  for (const t of row.tasks) {
    const i = tasks.length;
    const lastUnits = units.at(-1);
    if (t.sharesOverPage || (t !== first && t.text[0] && lastUnits && t.text[0].no > lastUnits.no)) {
      diagnostics.push(
        decision(
          'merged-cell-over-page/pdf',
          { task: t.number, from: first.number, lines: formatLines(unitsLines) },
          0.6,
          unitsLines,
          ['tasks', i, 'units'],
        ),
      );
    }
    const textLines = spanOf(t.text);
    tasks.push({
      number: t.number,
      category: names.get(t.category) ?? '未分类',
      text: textOf(t.text),
      units: unitsText,
      deadline: deadlineText,
      lines: {
        ...(textLines ? { text: textLines } : {}),
        ...(unitsLines ? { units: unitsLines } : {}),
        ...(deadlineLines ? { deadline: deadlineLines } : {}),
      },
    });
    const empty = t.text.length === 0;
    diagnostics.push(
      decision(
        'task/pdf',
        { task: t.number, lines: formatLines(textLines), empty },
        empty ? 0.3 : 0.95,
        textLines,
        ['tasks', i, 'text'],
      ),
    );
  }
}

/**
 * The row's units and deadline cells; a row without a units cell takes its neighbour's (the row
 * above, a merged cell over a page break, else the row below), one without a deadline cell the
 * deadline of the row above in its category.
 */
function cellsOf(
  state: PdfTableState,
  row: Row,
  r: number,
  range: { first: number; last: number },
  index: number,
): { units: Piece[]; deadline: Piece[] } {
  const diagnostics = state.diagnostics;
  const prev = state.rows[r - 1];
  if (row.units.length === 0) {
    const next = state.rows[r + 1];
    const from = prev && prev.units.length > 0 ? prev : next && next.units.length > 0 ? next : undefined;
    if (!from) {
      diagnostics.push(decision('units-missing/pdf', range, 0.2, undefined, ['tasks', index, 'units']));
      return { units: row.units, deadline: row.deadline };
    }
    const above = from === prev;
    const lines = spanOf(from.units);
    diagnostics.push(
      decision(
        'merged-cell-inherited',
        {
          ...range,
          from: above ? prev!.tasks.at(-1)!.number : next!.tasks[0]!.number,
          above,
          lines: formatLines(lines),
        },
        above ? 0.6 : 0.45,
        lines,
        ['tasks', index, 'units'],
      ),
    );
    return { units: from.units, deadline: row.deadline.length === 0 ? from.deadline : row.deadline };
  }
  if (row.deadline.length > 0 || !state.hasDeadline) return { units: row.units, deadline: row.deadline };
  if (prev && prev.deadline.length > 0 && prev.tasks[0]!.category === row.tasks[0]!.category) {
    const lines = spanOf(prev.deadline);
    diagnostics.push(
      decision(
        'deadline-inherited',
        { ...range, from: prev.tasks.at(-1)!.number, lines: formatLines(lines) },
        0.45,
        lines,
        ['tasks', index, 'deadline'],
      ),
    );
    return { units: row.units, deadline: prev.deadline };
  }
  diagnostics.push(decision('deadline-missing', range, 0.5, undefined, ['tasks', index, 'deadline']));
  return { units: row.units, deadline: row.deadline };
}

/** A decision about a row's cells, said again with the row's tasks and given their path. */
function ofTasks(
  note: ImportDiagnostic,
  range: { first: number; last: number },
  path: (string | number)[],
): ImportDiagnostic {
  const said = { ...note, params: { ...note.params, ...range } };
  return { ...said, message: sayDiagnostic(said), path };
}
