/**
 * Cells of one table row (一行单元格), shared by the web-copied layouts: fitting cells to columns
 * when a merged cell is missing, composing the units cell of tables with separate 牵头单位 /
 * 责任单位 / 配合单位 columns, and reading the task number.
 */
import { deadlineStart, unitScore } from './classify';
import type { Column, ColumnKind } from './columns';
import { endsSentence } from '../document/lines';
import { labelMeaning } from '../../roles/lexicon';

/**
 * A task number at the start of a text: `12.`, `12、`, `12．`.
 *
 * @example
 * TASK_NUMBER.exec('12.推进…')?.[1]; //=> '12'
 */
export const TASK_NUMBER = /^(\d{1,4})\s*[.．﹒、]\s*/;

/**
 * How well a cell fits a column kind (higher is better).
 *
 * @example
 * cellFit('2022年6月底前', 'deadline', undefined); //=> 3
 */
export function cellFit(cell: string, kind: ColumnKind, currentCategory: string | undefined): number {
  if (cell === '') return 0;
  const numbered = TASK_NUMBER.test(cell);
  switch (kind) {
    case 'number':
      return /^\d{1,3}\s*[.、．]?$/.test(cell) ? 4 : -4;
    case 'title':
    case 'target':
    case 'text': {
      let s = 0;
      if (cell.length >= 12) s += 2;
      else if (cell.length < 6) s -= 1;
      if (numbered) s += 3;
      if (endsSentence(cell)) s += 1;
      if (deadlineStart(cell) === 0) s -= 2;
      return s;
    }
    case 'category': {
      if (/^\d/.test(cell) || numbered) return -3;
      let s = cell.length <= 40 && !endsSentence(cell) ? 1 : -1;
      if (cell === currentCategory) s += 3;
      if (unitScore(cell) >= 1) s -= 1;
      if (deadlineStart(cell) === 0) s -= 2;
      return s;
    }
    case 'units': {
      if (numbered || deadlineStart(cell) === 0) return -3;
      // A report on the work (已完成。…, 正在推进…) or several sentences about it is no units cell,
      // whatever units it mentions.
      if (/^(?:已|未|尚未|正在|推进中|进行中|按计划)/u.test(cell)) return -3;
      if (cell.length > 40 && /[。；;](?=.)/u.test(cell)) return -3;
      const u = unitScore(cell);
      if (u >= 1) return 2 + Math.min(u, 3) * 0.3;
      // Sentences that name no unit (已完成。 完成筛查人数…) are a report's, not a units cell.
      return /[。；;]/.test(cell) ? -2.5 : -1.5;
    }
    case 'deadline':
      return deadlineStart(cell) === 0 ? 3 : -2;
    case 'leaders':
      // A two-character name is often printed with a space inside (王 东).
      return /^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff][ \u3000]{1,2}[\u4e00-\u9fff])(?:[、，,\s][\u4e00-\u9fff]{2,4})*$/.test(
        cell,
      ) && unitScore(cell) < 1
        ? 3
        : -2;
    case 'note':
    case 'other':
      return unitScore(cell) >= 1 ? -1 : 0;
  }
}

/** Penalty for a column a row leaves out. */
function missingPenalty(kind: ColumnKind): number {
  switch (kind) {
    case 'text':
      return -6;
    case 'units':
      return -1.5;
    case 'deadline':
      return -1;
    case 'number':
    case 'leaders':
    case 'target':
      return -0.5;
    case 'title':
      return -1;
    default:
      return 0;
  }
}

/**
 * Fit `cells` (fewer than the columns) to columns in order, leaving out the columns whose cells a
 * merged cell took away. Returns the column index of each cell and how sure the fit is.
 *
 * @example
 * alignCells(['4.及时公开…', '市商务局', '2022年6月前'], columns, '优化营商环境').columns; //=> [2, 3, 4]
 */
export function alignCells(
  cells: readonly string[],
  columns: readonly Column[],
  currentCategory: string | undefined,
): { columns: number[]; confidence: number } {
  const m = cells.length;
  const n = columns.length;
  if (m === n) {
    // As many cells as columns, yet one is a stray or a second name that pushes the rest along
    // (`经管站 | 2 | 2023年底 | …`, `农业股 | 乡村产业发展股 | 2023年底 | …`): when letting cells share
    // a column fits clearly better, it is taken.
    const direct = cells.reduce((s, cell, i) => s + cellFit(cell, columns[i]!.kind, currentCategory), 0);
    const shared = alignCellsSharing(cells, columns, currentCategory, true, ['number', 'deadline']);
    // Only a short cell after the units may share their column (a figure or a second name), the
    // cells before it each in its own column.
    const first = shared.columns.findIndex((c, k) => k > 0 && c === shared.columns[k - 1]);
    const strays =
      shared.columns.slice(0, first).every((c, k) => c === k) &&
      shared.columns.every(
        (c, k) =>
          k === 0 ||
          c !== shared.columns[k - 1] ||
          (columns[c]!.kind === 'units' &&
            cells[k]!.length <= 20 &&
            (/^\d{1,4}$/u.test(cells[k]!) || unitScore(cells[k]!) >= 1)),
      );
    // …and the shift must set a deadline in its place (经管站 | 2 | 2023年底): a second name before a
    // column the plan does not keep (评分部门) stays where the header puts it.
    const due = columns.findIndex((c) => c.kind === 'deadline');
    const k = shared.columns.indexOf(due);
    const placesDeadline =
      due >= 0 &&
      k >= 0 &&
      cellFit(cells[due] ?? '', 'deadline', currentCategory) < 0 &&
      cellFit(cells[k]!, 'deadline', currentCategory) > 0;
    return strays && placesDeadline && shared.score >= direct + 2
      ? { columns: shared.columns, confidence: 0.5 }
      : { columns: cells.map((_, i) => i), confidence: 1 };
  }
  const { columns: result, margin } = alignCellsSharing(cells, columns, currentCategory, m > n);
  if (m > n) return { columns: result, confidence: 0.5 };
  return { columns: result, confidence: Math.min(0.95, 0.5 + margin / 8) };
}

/**
 * The best placing of cells in columns, in order: each column skipped costs its penalty, and with
 * `extra` a cell may share the column of the cell before it (at a small cost).
 */
function alignCellsSharing(
  cells: readonly string[],
  columns: readonly Column[],
  currentCategory: string | undefined,
  extra: boolean,
  unshared: readonly ColumnKind[] = [],
): { columns: number[]; score: number; margin: number } {
  const m = cells.length;
  const n = columns.length;
  // More cells than columns: some share one. A merged heading cell before the task
  // (`一、… | （一）… | 1.… | 全年 | 区发改局`) shares the category column; a cell opening with a
  // heading's enumerator is then a category, never the task's text.
  const fitOf = (cell: string, kind: ColumnKind) =>
    cellFit(cell, kind, currentCategory) +
    (extra && /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/u.test(cell)
      ? kind === 'category'
        ? 3
        : -3
      : 0);
  const skip = (a: number, b: number) => {
    let s = 0;
    for (let c = a; c < b; c++) s += missingPenalty(columns[c]!.kind);
    return s;
  };
  // best[i][j]: best score placing cells 0..i with cell i in column j; each cell goes to a column
  // after the previous cell's (or, with extra cells, the same one, at a small cost).
  const SHARE = -1;
  const NEG = Number.NEGATIVE_INFINITY;
  const best: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(NEG));
  const from: number[][] = Array.from({ length: m }, () => new Array<number>(n).fill(-1));
  for (let j = 0; j < n; j++) best[0]![j] = skip(0, j) + fitOf(cells[0]!, columns[j]!.kind);
  for (let i = 1; i < m; i++) {
    for (let j = extra ? 0 : i; j < n; j++) {
      for (let p = extra ? 0 : i - 1; p < j || (extra && p === j); p++) {
        const prev = best[i - 1]![p]!;
        if (prev === NEG) continue;
        if (p === j && unshared.includes(columns[j]!.kind)) continue;
        const s = prev + (p === j ? SHARE : skip(p + 1, j)) + fitOf(cells[i]!, columns[j]!.kind);
        if (s > best[i]![j]!) {
          best[i]![j] = s;
          from[i]![j] = p;
        }
      }
    }
  }
  const scores: { j: number; s: number }[] = [];
  for (let j = extra ? 0 : m - 1; j < n; j++) scores.push({ j, s: best[m - 1]![j]! + skip(j + 1, n) });
  scores.sort((a, b) => b.s - a.s);
  const top = scores[0]!;
  const result: number[] = new Array<number>(m);
  let j = top.j;
  for (let i = m - 1; i >= 0; i--) {
    result[i] = j;
    j = from[i]![j]!;
  }
  return { columns: result, score: top.s, margin: scores[1] ? top.s - scores[1].s : 3 };
}

/** A units column whose header gives no role beyond "does it" (责任单位, 落实部门, 单位). */
function isResponsibleHeader(header: string): boolean {
  return labelMeaning(header) === 'responsible';
}

/**
 * The label a table's units column gives its cells. 主要责任单位 leads beside other units columns
 * (主要 against 配合 or 协同); as the table's only units column it names who is responsible, no one
 * above the others — read as 责任单位.
 *
 * @example
 * unitsColumnLabel('主要责任单位', 1); //=> '责任单位'
 * unitsColumnLabel('主要责任单位', 2); //=> '主要责任单位'
 */
export function unitsColumnLabel(header: string, unitsColumns: number): string {
  return unitsColumns === 1 && /^主要责任(?:单位|部门)$/u.test(header.replace(/\s+/gu, ''))
    ? '责任单位'
    : header;
}

/**
 * The units cell of a row: the one units column as written, or, for separate 牵头单位 / 责任单位 /
 * 配合单位 columns, the non-empty ones joined as `牵头单位：A；配合单位：B` (labels as the header
 * writes them), which the responsibility reader reads by label.
 *
 * @example
 * composeUnits([{ header: '牵头单位', value: '市发展改革局' }, { header: '配合单位', value: '市财政局' }]);
 * //=> '牵头单位：市发展改革局；配合单位：市财政局'
 */
export function composeUnits(cells: readonly { header: string; value: string }[]): string {
  const filled = cells.filter((c) => c.value !== '');
  // A lone 牵头单位 column or label still says who leads: the label is kept.
  if (filled.length === 0 || (filled.length === 1 && isResponsibleHeader(filled[0]!.header))) {
    return filled[0]?.value ?? '';
  }
  return filled.map((c) => `${c.header}：${c.value}`).join('；');
}
