/** 责任矩阵: tasks × units, one letter per role; a list when the plan names too many units for a grid. */
import { type MatrixCell, type PlanAnalysis, responsibilityMatrix, roleNames, roleMarks } from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import { truncate } from '../text';
import type { KindOptions } from './types';
import { asOfLine, headingText, planLine, type Words, wordsOf } from './common';
import { sheetName } from './ledger';

/** More columns than this and the matrix is written as a list (task, unit, role). */
export const MAX_GRID_COLUMNS = 80;

/** Units a row of the key table (单位编号对照) names. */
const KEY_PAIRS = 3;

/**
 * The key of the numbered unit columns (单位编号对照): number and name, {@link KEY_PAIRS} units a row,
 * so that every name stands whole on one line.
 */
function keyTable(w: Words, names: readonly string[]): { columns: Column[]; rows: Row[] } {
  const columns: Column[] = Array.from({ length: KEY_PAIRS }, (): Column[] => [
    { header: w.col('report-col-number'), width: 3, align: 'center' },
    { header: w.col('report-col-unit'), width: 17 },
  ]).flat();
  const rows: Row[] = [];
  for (let i = 0; i < names.length; i += KEY_PAIRS) {
    rows.push({
      cells: Array.from({ length: KEY_PAIRS }, (_, k) =>
        i + k < names.length ? [i + k + 1, names[i + k]!] : ['', ''],
      ).flat(),
    });
  }
  return { columns, rows };
}

/** The matrix marks 牵/责/配/督, as the command line and the viewer show them. */
function mark(w: Words, cell: MatrixCell | undefined): string {
  if (!cell) return '';
  const marks = roleMarks[w.lang];
  const main = marks[cell.role];
  return cell.supervising && cell.role !== 'supervising' ? `${main}/${marks.supervising}` : main;
}

function label(w: Words, cell: MatrixCell): string {
  const names = roleNames[w.lang];
  const main =
    cell.supervising && cell.role !== 'supervising'
      ? w('role-and-supervising', { role: names[cell.role], supervising: names.supervising })
      : names[cell.role];
  return `${main}${cell.via ? w('matrix-via', { via: cell.via }) : ''}`;
}

/** 图例：牵＝牵头，责＝负责，配＝配合，督＝监管；“责/督”表示负责并监管。 */
function legend(w: Words): string {
  const marks = roleMarks[w.lang];
  const names = roleNames[w.lang];
  const roles = ['lead', 'responsible', 'supporting', 'supervising'] as const;
  return w('matrix-legend', {
    marks: roles.map((r) => w('matrix-mark', { mark: marks[r], name: names[r] })).join(w('matrix-marks-sep')),
    both: `${marks.responsible}/${marks.supervising}`,
  });
}

/** The responsibility-matrix document. */
export function matrixDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const w = wordsOf(options.locale);
  const { locale } = w;
  const matrix = responsibilityMatrix(analysis, { collapseGroups: !options.expandGroups });
  const grid = matrix.columns.length <= MAX_GRID_COLUMNS;
  const textOf = (task: number) => analysis.byNumber.get(task)?.task.text ?? '';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        w('matrix-intro', {
          tasks: matrix.rows.length,
          columns: matrix.columns.length,
          what: w(options.expandGroups ? 'matrix-units' : 'matrix-units-or-groups'),
        }) +
        legend(w) +
        w(options.expandGroups ? 'matrix-expanded' : 'matrix-grouped'),
    },
  ];
  const used = new Set<string>();
  let sheetTable: { columns: Column[]; rows: Row[] };
  if (grid) {
    // Unit columns by number, their names in a key: a printed header one line high, no name broken.
    const keyTitle = w.col('report-matrix-key-title');
    const columns: Column[] = [
      { header: w.col('report-col-number'), width: 5, align: 'center' },
      { header: w.col('report-col-requirement'), width: 14 },
      ...matrix.columns.map((_, i): Column => ({ header: String(i + 1), width: 3, align: 'center' })),
    ];
    const rows = matrix.rows.map(
      (r): Row => ({
        cells: [r.task, truncate(textOf(r.task), 16), ...matrix.columns.map((c) => mark(w, r.cells[c]))],
      }),
    );
    blocks.push(
      { type: 'paragraph', text: w.col('report-matrix-key', { title: keyTitle }) },
      { type: 'heading', level: 1, text: headingText(w, 1, keyTitle) },
      { type: 'table', small: true, table: keyTable(w, matrix.columns) },
      { type: 'heading', level: 1, text: headingText(w, 2, w.col('report-matrix-grid-title')) },
      { type: 'table', small: true, table: { columns, rows } },
    );
    sheetTable = {
      columns: [
        { header: w.col('report-col-task'), width: 8, align: 'center' },
        { header: w.col('report-col-requirement'), width: 40 },
        ...matrix.columns.map(
          (name): Column => ({
            header: name,
            width: Math.max(6, Math.min(18, name.length * 1.6)),
            align: 'center',
          }),
        ),
      ],
      rows: matrix.rows.map((r) => ({
        cells: [r.task, textOf(r.task), ...matrix.columns.map((c) => mark(w, r.cells[c]))],
      })),
    };
  } else {
    blocks.push({
      type: 'paragraph',
      note: true,
      text: w('matrix-list-note', { max: MAX_GRID_COLUMNS }),
    });
    const columns: Column[] = [
      { header: w.col('report-col-task'), width: 8, align: 'center' },
      { header: w.col('report-col-unit'), width: 24 },
      { header: w('col-role-short'), width: 24 },
    ];
    const rows: Row[] = matrix.rows.flatMap((r) =>
      Object.entries(r.cells).map(([unit, cell]): Row => ({ cells: [r.task, unit, label(w, cell)] })),
    );
    blocks.push({ type: 'table', small: true, table: { columns, rows } });
    sheetTable = { columns, rows };
  }
  return {
    kind: 'matrix',
    title: w('matrix-title'),
    subtitle: [planLine(analysis, locale), asOfLine(options.asOf, locale)],
    orientation: 'landscape',
    blocks,
    sheets: [{ name: sheetName(w('matrix-sheet'), used), title: w('matrix-title'), table: sheetTable }],
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf: options.asOf,
    },
  };
}
