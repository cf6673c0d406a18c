/**
 * The narrow cells of a PDF table (pdf-table.ts): the narrow lines after a task's text are split
 * into the row's units cell, its deadline cell and the next category, in the columns' order; a
 * category cell the page broke goes on over it.
 */
import { endsSentence, squeeze } from '../document/lines';
import type { ImportDiagnostic } from '../types';
import {
  continuesDeadline,
  deadlineStart,
  endsWithConnector,
  looksLikeCategoryStart,
  startsWithFragment,
  unitScore,
  unitsCellQuality,
} from './classify';
import { append, decision, formatLines, type Piece, spanOf, textOf } from './draft';
import {
  addUnits,
  DEADLINE_WORD_START,
  displayWidthOf,
  isOpenDeadline,
  isOpenUnits,
  joinsUnitWord,
  labelOf,
  newRow,
  type PdfTableState,
  type Row,
  sameName,
  UNITS_CELL_END,
} from './pdf-table-state';

/**
 * Begin a category with `pieces`, or add them to the current one: when no task came between, when
 * the same name is printed again over a page break, or when a full category line ended the page.
 *
 * @example
 * addCategory(state, [{ no: 71, text: '一、做好各类规划主动公开' }], false);
 */
export function addCategory(state: PdfTableState, pieces: Piece[], atPageTop: boolean): void {
  const name = textOf(pieces);
  const span = spanOf(pieces);
  const lines = formatLines(span);
  const cur = state.categories.at(-1);
  for (const p of pieces) state.categoryWidth = Math.max(state.categoryWidth, displayWidthOf(p.text));
  if (cur && cur.tasks === 0) {
    append(cur.pieces, pieces);
    const category = labelOf(cur.pieces);
    state.diagnostics.push(decision('category-continued/no-task', { lines, category }, 0.8, span));
    return;
  }
  if (cur && sameName(name, cur.pieces)) {
    state.diagnostics.push(decision('category-repeated/pdf-page', { category: name, lines }, 0.9, span));
    return;
  }
  const curLast = cur?.pieces.at(-1);
  if (
    cur &&
    atPageTop &&
    curLast &&
    displayWidthOf(curLast.text) >= state.categoryWidth - 0.5 &&
    !looksLikeCategoryStart(name)
  ) {
    append(cur.pieces, pieces);
    const category = labelOf(cur.pieces);
    state.diagnostics.push(decision('category-continued/after-page', { lines, category }, 0.55, span));
    return;
  }
  const key = squeeze(name);
  state.categories.push({ pieces, tasks: 0 });
  if (state.seenNames.has(key)) {
    state.diagnostics.push(decision('category-repeated/pdf-earlier', { category: name, lines }, 0.6, span));
    return;
  }
  state.seenNames.add(key);
}

/**
 * Narrow lines pending at the top of a page end the category of the task the page broke.
 *
 * @example
 * continueCategory(state, task, 0.8);
 */
export function continueCategory(
  state: PdfTableState,
  task: { category: { pieces: Piece[] } },
  confidence: number,
): void {
  if (state.run.length === 0) return;
  const pieces = takeRun(state);
  append(task.category.pieces, pieces);
  noteCategoryOverPage(state, pieces, task.category.pieces, confidence);
}

function noteCategoryOverPage(
  state: PdfTableState,
  pieces: readonly Piece[],
  category: readonly Piece[],
  confidence: number,
): void {
  const span = spanOf(pieces);
  state.diagnostics.push(
    decision(
      'category-continued/over-page',
      { lines: formatLines(span), category: labelOf(category) },
      confidence,
      span,
    ),
  );
}

/** The pending narrow lines, taken (the run is empty after). */
function takeRun(state: PdfTableState): Piece[] {
  const pieces = state.run;
  state.run = [];
  state.runAtPageTop = false;
  return pieces;
}

/**
 * Split the pending narrow lines into units, deadline and next category, and apply them.
 *
 * @example
 * flushRun(state); state.run; //=> []
 */
export function flushRun(state: PdfTableState): void {
  const atPageTop = state.runAtPageTop;
  const pieces = takeRun(state);
  if (pieces.length === 0) return;
  const row = state.rows.at(-1);
  if (!row) {
    if (state.hasCategory) addCategory(state, pieces, atPageTop);
    else {
      const span = spanOf(pieces);
      state.diagnostics.push(decision('unread-lines', { lines: formatLines(span) }, 0.5, span));
    }
    return;
  }
  const gained = row.gained ?? [];
  row.gained = [];
  if (gained.length > 0) flushAfterGained(state, row, gained, pieces);
  else flushIntoRow(state, row, pieces, atPageTop);
}

/**
 * Tasks after a row that went on over a page break: if cells follow them, those are their own (a
 * new row); if not, they share the row's merged cell (seed tasks 13–14).
 */
function flushAfterGained(state: PdfTableState, row: Row, gained: Row['tasks'], pieces: Piece[]): void {
  row.reopened = false;
  const fresh = newRow(state.page);
  const split = splitRun(pieces, fresh, {
    atPageTop: false,
    hasCategory: state.hasCategory,
    hasDeadline: state.hasDeadline,
    deadlineWidth: state.deadlineWidth,
    deadlineOpen: false,
  });
  if (split.units.length > 0 || split.deadline.length > 0) {
    const moving = new Set(gained);
    row.tasks = row.tasks.filter((t) => !moving.has(t));
    for (const t of gained) t.row = fresh;
    append(fresh.tasks, gained);
    addUnits(fresh, split.units);
    append(fresh.deadline, split.deadline);
    append(fresh.notes, split.diagnostics);
    state.rows.push(fresh);
  } else {
    for (const t of gained) t.sharesOverPage = true;
    append(state.diagnostics, split.diagnostics);
  }
  if (split.category.length > 0) addCategory(state, split.category, false);
}

/** The narrow lines after the row's text: its cells (or their rest), then the next category. */
function flushIntoRow(state: PdfTableState, row: Row, pieces: Piece[], atPageTop: boolean): void {
  const from = atPageTop ? categoryRest(state, row, pieces) : 0;
  const deadlineOpen = isOpenDeadline(row.deadline, state.deadlineWidth);
  // Lines after a page break, or after text that went on over one, may finish the row's cells.
  const continuing = atPageTop || row.reopened === true;
  row.reopened = false;
  const split = splitRun(from > 0 ? pieces.slice(from) : pieces, row, {
    atPageTop: continuing,
    hasCategory: state.hasCategory,
    hasDeadline: state.hasDeadline,
    deadlineWidth: state.deadlineWidth,
    deadlineOpen,
  });
  addUnits(row, split.units);
  append(row.deadline, split.deadline);
  if (split.units.length > 0 || split.deadline.length > 0) row.pages.add(state.page);
  append(row.notes, split.diagnostics);
  if (split.category.length > 0) addCategory(state, split.category, atPageTop);
}

/**
 * A category cell the page broke (its only rows so far are this row) goes on first: how many of
 * the lines at the top of the page are its rest (added to it).
 */
function categoryRest(state: PdfTableState, row: Row, pieces: Piece[]): number {
  const cur = state.categories.at(-1);
  const curLast = cur?.pieces.at(-1);
  if (
    !cur ||
    !curLast ||
    row.tasks[0]?.category !== cur ||
    cur.tasks !== row.tasks.length ||
    displayWidthOf(curLast.text) < state.categoryWidth - 0.5
  )
    return 0;
  let from = 0;
  while (
    from < pieces.length &&
    displayWidthOf(pieces[from]!.text) <= state.categoryWidth + 0.25 &&
    unitScore(pieces[from]!.text) < 1 &&
    deadlineStart(pieces[from]!.text) !== 0 &&
    !looksLikeCategoryStart(pieces[from]!.text) &&
    !DEADLINE_WORD_START.test(pieces[from]!.text) &&
    !joinsUnitWord(row.units.at(-1)?.text ?? '', pieces[from]!.text)
  )
    from++;
  if (from > 0) {
    const cont = pieces.slice(0, from);
    append(cur.pieces, cont);
    noteCategoryOverPage(state, cont, cur.pieces, 0.65);
  }
  return from;
}

interface SplitContext {
  atPageTop: boolean;
  hasCategory: boolean;
  hasDeadline: boolean;
  deadlineWidth: number;
  /** The row's deadline cell ended a page unfinished: its rest may open this run. */
  deadlineOpen: boolean;
}

interface Split {
  units: Piece[];
  deadline: Piece[];
  category: Piece[];
  diagnostics: ImportDiagnostic[];
}

/**
 * Split narrow lines after a row's text into [units][deadline][category], in that order (the
 * columns' order), any part possibly empty.
 */
function splitRun(input: readonly Piece[], row: Row, ctx: SplitContext): Split {
  const diagnostics: ImportDiagnostic[] = [];
  const { pieces, deadlineAt } = splitUnitAndDeadline(input, ctx, diagnostics);
  let d = deadlineAt;
  if (ctx.atPageTop && ctx.deadlineOpen && ctx.hasDeadline) d = deadlineRest(pieces, row, d, diagnostics);
  if (d >= 0) return splitAtDeadline(pieces, row, d, ctx, diagnostics);
  if (!ctx.hasCategory) return { units: pieces, deadline: [], category: [], diagnostics };
  return splitUnitsFromCategory(pieces, row, ctx, diagnostics);
}

/**
 * A unit and a deadline on one line (`市司法局 长期工作`): split it at the space. Also where the
 * first deadline phrase is (-1 when none).
 */
function splitUnitAndDeadline(
  input: readonly Piece[],
  ctx: SplitContext,
  diagnostics: ImportDiagnostic[],
): { pieces: Piece[]; deadlineAt: number } {
  const pieces: Piece[] = [];
  let d = -1;
  for (const p of input) {
    if (d === -1 && ctx.hasDeadline) {
      const at = deadlineStart(p.text);
      if (at === 0) d = pieces.length;
      else if (at > 0) {
        const head = p.text.slice(0, at).trim();
        if (unitScore(head) > 0) {
          const tail = p.text.slice(at).trim();
          pieces.push({ no: p.no, text: head });
          d = pieces.length;
          pieces.push({ no: p.no, text: tail });
          diagnostics.push(
            decision('line-split', { line: p.no, text: p.text, units: head, deadline: tail }, 0.85, [
              p.no,
              p.no,
            ]),
          );
          continue;
        }
      }
    }
    pieces.push(p);
  }
  return { pieces, deadlineAt: d };
}

/**
 * The row's deadline cell ended a page unfinished: after the units cell's rest (unit-like lines),
 * the deadline cell's rest. Where the deadline now starts.
 */
function deadlineRest(pieces: Piece[], row: Row, d: number, diagnostics: ImportDiagnostic[]): number {
  const k = pieces.length;
  let i = 0;
  const unitsOpen = isOpenUnits(row);
  const unitsWidth = row.unitsWidest;
  const unitsGoOn = (j: number) => {
    const text = pieces[j]!.text;
    if (DEADLINE_WORD_START.test(text) || deadlineStart(text) === 0) return false;
    const before = j > 0 ? pieces[j - 1]!.text : (row.units.at(-1)?.text ?? '');
    if (unitScore(text) >= 0.5 || joinsUnitWord(before, text)) return true;
    // An unfinished units cell: its next line goes on while the lines are full.
    return (
      unitsOpen && (j === 0 || (displayWidthOf(before) >= unitsWidth - 0.5 && !UNITS_CELL_END.test(before)))
    );
  };
  while (i < k && i < (d === -1 ? k : d) && unitsGoOn(i)) i++;
  if (i < k && (d === -1 || i < d) && !looksLikeCategoryStart(pieces[i]!.text)) {
    const no = pieces[i]!.no;
    diagnostics.push(decision('deadline-continued', { line: no }, 0.6, [no, no]));
    return i;
  }
  return d;
}

/** A deadline phrase at `d`: the units before it, the deadline cell from it, the category after it. */
function splitAtDeadline(
  pieces: Piece[],
  row: Row,
  d: number,
  ctx: SplitContext,
  diagnostics: ImportDiagnostic[],
): Split {
  const k = pieces.length;
  let j = d;
  while (j + 1 < k) {
    const cur = pieces[j]!.text;
    const next = pieces[j + 1]!.text;
    if (!ctx.hasCategory) {
      j++;
      continue;
    }
    if (continuesDeadline(next) || endsWithConnector(cur)) {
      j++;
      continue;
    }
    if (looksLikeCategoryStart(next)) break;
    if (deadlineStart(next) === 0 || displayWidthOf(cur) >= ctx.deadlineWidth - 1) {
      j++;
      continue;
    }
    break;
  }
  const units = pieces.slice(0, d);
  const deadline = pieces.slice(d, j + 1);
  const category = pieces.slice(j + 1);
  if (units.length === 0 && row.units.length === 0) {
    diagnostics.push(
      decision('units-missing/pdf-before-deadline', { line: deadline[0]!.no }, 0.4, spanOf(deadline)),
    );
  }
  return { units, deadline, category, diagnostics };
}

/** No deadline phrase: choose where the units end and the next category begins. */
function splitUnitsFromCategory(
  pieces: Piece[],
  row: Row,
  ctx: SplitContext,
  diagnostics: ImportDiagnostic[],
): Split {
  const k = pieces.length;
  const scores = pieces.map((p) => unitScore(p.text));
  const prefix = [0];
  for (const s of scores) prefix.push(prefix.at(-1)! + s);
  const total = prefix[k]!;
  const unitsOpen = row.units.length > 0 && isOpenUnits(row);
  const candidates: { s: number; score: number }[] = [];
  for (let s = 0; s <= k; s++) {
    let score = prefix[s]! - (total - prefix[s]!);
    if (s < k) {
      const first = pieces[s]!.text;
      const catText = first.length >= 2 || s + 1 >= k ? first : first + pieces[s + 1]!.text;
      if (startsWithFragment(catText)) score -= 3;
      // Category cells are headings: they do not end with a full stop.
      if (endsSentence(pieces[k - 1]!.text)) score -= 4;
    }
    if (s > 0) {
      if (ctx.atPageTop && row.units.length > 0 && !unitsOpen) score -= 2;
      if (ctx.atPageTop && unitsOpen) score += 1;
    } else if (row.units.length === 0 && !ctx.atPageTop) score -= 1;
    candidates.push({ s, score });
  }
  candidates.sort((a, b) => b.score - a.score || b.s - a.s);
  // Let the responsibility reader settle close calls between the two best splits.
  const [best, second] = candidates;
  let chosen = best!;
  if (second && best!.score - second.score < 1 && k <= 40 && row.units.length <= 40) {
    const quality = (s: number) =>
      s === 0 || row.units.length > 40 ? 0 : unitsCellQuality(textOf([...row.units, ...pieces.slice(0, s)]));
    if (quality(second.s) > quality(best!.s) + 0.2) chosen = second;
  }
  const margin = second ? Math.abs(chosen.score - (chosen === best ? second.score : best!.score)) : 3;
  const units = pieces.slice(0, chosen.s);
  const category = pieces.slice(chosen.s);
  const confidence = Math.min(0.95, 0.5 + margin / 6);
  if (units.length > 0 && category.length > 0) {
    diagnostics.push(
      decision(
        'units-or-category',
        { units: formatLines(spanOf(units)), category: formatLines(spanOf(category)) },
        confidence,
        [units[0]!.no, category.at(-1)!.no],
      ),
    );
  } else if (units.length > 0 && ctx.atPageTop) {
    const span = spanOf(units);
    diagnostics.push(
      decision('units-continued', { lines: formatLines(span) }, Math.min(confidence, 0.85), span),
    );
  } else if (category.length > 0 && row.units.length === 0) {
    const span = spanOf(category);
    diagnostics.push(
      decision('no-units-before-category', { lines: formatLines(span) }, Math.min(confidence, 0.75), span),
    );
  }
  return { units, deadline: [], category, diagnostics };
}
