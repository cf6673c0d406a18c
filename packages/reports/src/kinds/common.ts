/** Pieces the report kinds share: subtitles, units by role, the fill-in columns of a ledger. */
import {
  formatChineseDate,
  type IsoDate,
  type LedgerRow,
  type PlanAnalysis,
  PROGRESS_STATES,
  type ProgressEntry,
  progressStateLabels,
  type RoleNames,
} from '@fengong/core';
import type { Column } from '../model';

/** The plan line under a title: its title and document number. */
export function planLine(analysis: PlanAnalysis): string {
  const { meta } = analysis.plan;
  return `${meta.title}${meta.documentNumber ? `（${meta.documentNumber}）` : ''}`;
}

/** 截至2021年10月1日 */
export function asOfLine(asOf: IsoDate, word = '截至'): string {
  return `${word}${formatChineseDate(asOf)}`;
}

export function planYear(analysis: PlanAnalysis): number {
  return Number(analysis.plan.meta.issued.slice(0, 4));
}

const ROLE_LINES: [keyof RoleNames, string][] = [
  ['lead', '牵头'],
  ['responsible', '负责'],
  ['supporting', '配合'],
  ['supervising', '监管'],
];

/** Units by role, one line per role that has any: `牵头：市财政局`. */
export function rolesText(roles: RoleNames): string {
  return ROLE_LINES.filter(([role]) => roles[role].length > 0)
    .map(([role, label]) => `${label}：${roles[role].join('、')}`)
    .join('\n');
}

export const join = (names: readonly string[]): string => names.join('、');

/** What units reported: `市财政局（10月10日）推进中：汇总中`. */
export function progressText(
  entries: readonly ProgressEntry[] | undefined,
  year: number,
  withUnit = true,
): string {
  return (entries ?? [])
    .map(
      (e) =>
        `${withUnit ? e.unit : ''}（${formatChineseDate(e.date, year)}）${progressStateLabels[e.state]}${e.note ? `：${e.note}` : ''}`,
    )
    .join('\n');
}

/** The drop-down values of the 完成情况 column. */
export const STATE_CHOICES: readonly string[] = PROGRESS_STATES.map((s) => progressStateLabels[s]);

/** The fill-in columns of a ledger (填报列) and the hidden identifying unit column. */
export const FILL_COLUMNS: Column[] = [
  { header: '完成情况', width: 14, fill: true, choices: STATE_CHOICES, align: 'center' },
  { header: '进展情况', width: 36, fill: true },
  { header: '备注', width: 16, fill: true },
];
export const UNIT_KEY_COLUMN: Column = { header: '单位', width: 16, hidden: true };

/** The fill-in cells of a row: the state and note reported, when one unit reported. */
export function fillCells(row: LedgerRow, year: number): [string, string, string] {
  const entries = row.progress ?? [];
  if (entries.length === 1) {
    const e = entries[0]!;
    return [progressStateLabels[e.state], e.note ?? '', ''];
  }
  const state =
    row.status.status === 'done'
      ? progressStateLabels.done
      : row.status.status === 'doneLate'
        ? progressStateLabels.doneLate
        : '';
  return [state, progressText(entries, year), ''];
}

/** The deadline cell with its reading on a second line. */
export function deadlineWithReading(row: {
  deadline: { text: string; reading: string; kind: string };
}): string {
  return row.deadline.kind === 'ongoing'
    ? row.deadline.text
    : `${row.deadline.text}\n（${row.deadline.reading}）`;
}
