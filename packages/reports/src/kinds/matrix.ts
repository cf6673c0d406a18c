/** 责任矩阵: tasks × units, one letter per role; a list when the plan names too many units for a grid. */
import {
  type MatrixCell,
  type PlanAnalysis,
  responsibilityMatrix,
  roleNames,
  roleMarks,
  sayApp,
} from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import { chineseNumber, truncate } from '../text';
import type { KindOptions } from './types';
import { asOfLine, planLine } from './common';
import { sheetName } from './ledger';

/** More columns than this and the matrix is written as a list (task, unit, role). */
export const MAX_GRID_COLUMNS = 80;

/** Units a row of the key table (单位编号对照) names. */
const KEY_PAIRS = 3;

/**
 * The key of the numbered unit columns (单位编号对照): number and name, {@link KEY_PAIRS} units a row,
 * so that every name stands whole on one line.
 */
function keyTable(names: readonly string[]): { columns: Column[]; rows: Row[] } {
  const columns: Column[] = Array.from({ length: KEY_PAIRS }, (): Column[] => [
    { header: '编号', width: 3, align: 'center' },
    { header: '单位', width: 17 },
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
const SHORT = roleMarks.zh;

function mark(cell: MatrixCell | undefined): string {
  if (!cell) return '';
  const main = SHORT[cell.role];
  return cell.supervising && cell.role !== 'supervising' ? `${main}/${SHORT.supervising}` : main;
}

function label(cell: MatrixCell): string {
  const main = roleNames.zh[cell.role];
  const extra = cell.supervising && cell.role !== 'supervising' ? '、监管' : '';
  return `${main}${extra}${cell.via ? `（经由${cell.via}）` : ''}`;
}

/** The responsibility-matrix document. */
export function matrixDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const matrix = responsibilityMatrix(analysis, { collapseGroups: !options.expandGroups });
  const grid = matrix.columns.length <= MAX_GRID_COLUMNS;
  const textOf = (task: number) => analysis.byNumber.get(task)?.task.text ?? '';
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `共${matrix.rows.length}项任务、${matrix.columns.length}个${options.expandGroups ? '单位' : '单位或单位组'}。图例：牵＝牵头，责＝负责，配＝配合，督＝监管；“责/督”表示负责并监管。${options.expandGroups ? '单位组已展开为其成员单位。' : '单位组（如“市直各单位”）按方案原文列为一栏。'}`,
    },
  ];
  const used = new Set<string>();
  let sheetTable: { columns: Column[]; rows: Row[] };
  if (grid) {
    // Unit columns by number, their names in a key: a printed header one line high, no name broken.
    const keyTitle = sayApp('report-matrix-key-title');
    const columns: Column[] = [
      { header: '编号', width: 5, align: 'center' },
      { header: '具体要求', width: 14 },
      ...matrix.columns.map((_, i): Column => ({ header: String(i + 1), width: 3, align: 'center' })),
    ];
    const rows = matrix.rows.map(
      (r): Row => ({
        cells: [r.task, truncate(textOf(r.task), 16), ...matrix.columns.map((c) => mark(r.cells[c]))],
      }),
    );
    blocks.push(
      { type: 'paragraph', text: sayApp('report-matrix-key', { title: keyTitle }) },
      { type: 'heading', level: 1, text: `${chineseNumber(1)}、${keyTitle}` },
      { type: 'table', small: true, table: keyTable(matrix.columns) },
      { type: 'heading', level: 1, text: `${chineseNumber(2)}、${sayApp('report-matrix-grid-title')}` },
      { type: 'table', small: true, table: { columns, rows } },
    );
    sheetTable = {
      columns: [
        { header: '任务编号', width: 8, align: 'center' },
        { header: '具体要求', width: 40 },
        ...matrix.columns.map(
          (name): Column => ({
            header: name,
            width: Math.max(6, Math.min(18, name.length * 1.6)),
            align: 'center',
          }),
        ),
      ],
      rows: matrix.rows.map((r) => ({
        cells: [r.task, textOf(r.task), ...matrix.columns.map((c) => mark(r.cells[c]))],
      })),
    };
  } else {
    blocks.push({
      type: 'paragraph',
      note: true,
      text: `单位或单位组超过${MAX_GRID_COLUMNS}个，矩阵按“任务—单位—角色”逐行列出。`,
    });
    const columns: Column[] = [
      { header: '任务编号', width: 8, align: 'center' },
      { header: '单位', width: 24 },
      { header: '角色', width: 24 },
    ];
    const rows: Row[] = matrix.rows.flatMap((r) =>
      Object.entries(r.cells).map(([unit, cell]): Row => ({ cells: [r.task, unit, label(cell)] })),
    );
    blocks.push({ type: 'table', small: true, table: { columns, rows } });
    sheetTable = { columns, rows };
  }
  return {
    kind: 'matrix',
    title: '责任分工矩阵',
    subtitle: [planLine(analysis), asOfLine(options.asOf)],
    orientation: 'landscape',
    blocks,
    sheets: [{ name: sheetName('责任矩阵', used), title: '责任分工矩阵', table: sheetTable }],
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf: options.asOf,
    },
  };
}
