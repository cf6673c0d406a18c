/** 任务分工台账: the whole plan (or one unit's part), for tracking and for units to fill in. */
import {
  findUnit,
  type LedgerRow,
  ledgerRows,
  type Locale,
  type PlanAnalysis,
  type ReportStatus,
  roleNames,
  sayApp,
  sayReport,
} from '@fengong/core';
import type { Column, ReportDocument, Row, Sheet } from '../model';
import type { KindOptions } from './types';
import {
  asOfLine,
  deadlineWithReading,
  ENTRY_KEY_COLUMN,
  FILL_COLUMNS,
  fillCells,
  join,
  lightIn,
  liveWords,
  planLine,
  partsSummary,
  planYear,
  progressText,
  rolesText,
  statusLabelIn,
  stricterLegend,
  UNIT_KEY_COLUMN,
  wordsOf,
} from './common';

/** Status counts as a sentence: 共50项任务，其中已逾期8项、持续推进26项…。 */
export function statusSummary(
  rows: readonly { status: Pick<ReportStatus, 'status'> }[],
  locale: Locale = 'zh-CN',
): string {
  const w = wordsOf(locale);
  const counts = statusCounts(rows, locale);
  return w('status-counts', {
    n: rows.length,
    noun: w('noun-tasks'),
    counts: counts ? w('status-counts-of', { counts }) : '',
  });
}

/** The status counts alone: 已逾期8项、持续推进26项 (empty when there are no rows). */
export function statusCounts(
  rows: readonly { status: Pick<ReportStatus, 'status'> }[],
  locale: Locale = 'zh-CN',
): string {
  const counts = new Map<string, number>();
  for (const r of rows) {
    const label = statusLabelIn(r.status, locale);
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return join(
    [...counts].map(([label, n]) => sayReport('status-count', { label, n }, locale)),
    locale,
  );
}

/** A column titled by its catalogue entry (core's messages, `report-col-*`). */
const col = (
  id: Parameters<typeof sayApp>[0],
  width: number,
  more: Partial<Column> = {},
  locale: Locale = 'zh-CN',
): Column => ({
  header: sayApp(id, {}, locale),
  width,
  ...more,
});
const CENTER = { align: 'center' } as const;
const DUE = { align: 'center', date: true } as const;
/** The status and light columns follow the 完成情况 drop-down in XLSX. */
const LIGHT = { align: 'center', light: true } as const;
const STATUS = { ...LIGHT, follows: 'status' } as const;
const LIGHT_NAME = { ...LIGHT, follows: 'light' } as const;
const TASK = { ...CENTER, task: true } as const;

/**
 * The last columns of both ledger sheets: the deadline and status (in `locale`), then the fill-in
 * and hidden ones, which keep their Chinese titles: the ledger's reader and the workbook's rules
 * know them by these.
 */
function statusAndFillColumns(locale: Locale = 'zh-CN'): Column[] {
  return [
    col('report-col-deadline', 18, {}, locale),
    col('report-col-reading', 26, {}, locale),
    col('report-col-due', 12, DUE, locale),
    col('report-col-status', 16, STATUS, locale),
    col('report-col-light', 6, LIGHT_NAME, locale),
    ...FILL_COLUMNS,
    ENTRY_KEY_COLUMN,
    UNIT_KEY_COLUMN,
  ];
}

/** The columns of the plan-wide ledger sheet (XLSX, CSV). */
function planSheetColumns(locale: Locale = 'zh-CN'): Column[] {
  return [
    col('report-col-task', 8, TASK, locale),
    col('report-col-category', 18, {}, locale),
    col('report-col-requirement', 48, {}, locale),
    col('report-col-units-as-written', 28, {}, locale),
    col('report-col-lead', 16, {}, locale),
    col('report-col-responsible', 20, {}, locale),
    col('report-col-supporting', 16, {}, locale),
    col('report-col-supervising', 16, {}, locale),
    ...statusAndFillColumns(locale),
  ];
}

/**
 * The columns of one unit's sheet (XLSX, CSV); the fill-in and hidden columns keep their Chinese
 * titles, which the ledger's reader and the workbook's rules know them by.
 */
function unitSheetColumns(locale: Locale = 'zh-CN'): Column[] {
  const at = (id: Parameters<typeof sayApp>[0], width: number, more: Partial<Column> = {}) =>
    col(id, width, more, locale);
  return [
    at('report-col-task', 8, TASK),
    at('report-col-role', 12, CENTER),
    at('report-col-category', 18),
    at('report-col-requirement', 48),
    at('report-col-lead', 16),
    at('report-col-deadline', 18),
    at('report-col-reading', 26),
    at('report-col-due', 12, DUE),
    at('report-col-status', 16, STATUS),
    at('report-col-light', 6, LIGHT_NAME),
    ...statusAndFillColumns(locale).slice(5),
  ];
}

function planSheetRow(row: LedgerRow, year: number, locale: Locale = 'zh-CN'): Row {
  return {
    light: row.status.light,
    cells: [
      row.number,
      row.category,
      row.text,
      row.units,
      join(row.roles.lead, locale),
      join(row.roles.responsible, locale),
      join(row.roles.supporting, locale),
      join(row.roles.supervising, locale),
      row.deadline.text,
      row.deadline.mainReading,
      row.deadline.due ?? '',
      row.status.text,
      lightIn(row.status, locale),
      ...fillCells(row, year),
      row.reporters.join('；'),
    ],
  };
}

/** A row of a unit's sheet. */
export function unitSheetRow(row: LedgerRow, year: number, locale: Locale = 'zh-CN'): Row {
  const role = row.unitRole;
  const lang = locale === 'en' ? 'en' : 'zh';
  const label = role ? roleNames[lang][role.role] : '';
  return {
    light: row.status.light,
    cells: [
      row.number,
      role?.supervising && role.role !== 'supervising'
        ? sayReport('role-and-supervising', { role: label, supervising: roleNames[lang].supervising }, locale)
        : label,
      row.category,
      row.text,
      join(row.roles.lead, locale),
      row.deadline.text,
      row.deadline.mainReading,
      row.deadline.due ?? '',
      row.status.text,
      lightIn(row.status, locale),
      ...fillCells(row, year),
      row.reporters.join('；'),
    ],
  };
}

/** The stricter readings of a sheet's deadlines, said once under its title (the rows give the main one). */
export function sheetNote(
  deadlines: Parameters<typeof stricterLegend>[0],
  year: number,
  locale: Locale = 'zh-CN',
): { note: string } | Record<string, never> {
  const legend = stricterLegend(deadlines, year, locale);
  return legend ? { note: legend } : {};
}

/** A unit's ledger sheet (单位任务台账). */
export function unitSheet(
  name: string,
  rows: readonly LedgerRow[],
  year: number,
  title: string,
  locale: Locale = 'zh-CN',
): Sheet {
  return {
    name,
    title,
    live: liveWords(locale),
    ...sheetNote(
      rows.map((r) => r.deadline),
      year,
      locale,
    ),
    table: { columns: unitSheetColumns(locale), rows: rows.map((r) => unitSheetRow(r, year, locale)) },
  };
}

/** Narrative columns: what fits a printed page. */
export function narrativeColumns(locale: Locale = 'zh-CN'): Column[] {
  return [
    col('report-col-number', 4, TASK, locale),
    col('report-col-requirement', 29, {}, locale),
    col('report-col-units', 15, {}, locale),
    col('report-col-deadline', 17, {}, locale),
    col('report-col-status', 9, STATUS, locale),
    col('report-col-progress', 14, { fill: true }, locale),
  ];
}

export function narrativeRow(row: LedgerRow, year: number, locale: Locale = 'zh-CN'): Row {
  return {
    light: row.status.light,
    cells: [
      row.number,
      row.text,
      rolesText(row.roles, locale),
      deadlineWithReading(row, locale),
      row.status.text,
      // Several units answer for the row: who finished, and who cannot complete and why.
      [
        row.parts && row.parts.length > 1 ? partsSummary(row.parts, locale) : '',
        progressText(row.parts, year, true, locale),
      ]
        .filter(Boolean)
        .join('\n'),
    ],
  };
}

/** Rows grouped under their categories (一、二、… · 1. 2. …) as section rows. */
export function withCategories(
  rows: readonly LedgerRow[],
  row: (r: LedgerRow) => Row,
  locale: Locale = 'zh-CN',
): Row[] {
  const out: Row[] = [];
  let category: string | undefined;
  let n = 0;
  for (const r of rows) {
    if (r.category !== category) {
      category = r.category;
      out.push({ cells: [], section: sayReport('heading', { n: ++n, text: category }, locale) });
    }
    out.push(row(r));
  }
  return out;
}

/** Sheet names: at most 31 characters, none of []:*?/\, unique. */
export function sheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || '_';
  let candidate = base;
  for (let i = 2; used.has(candidate); i++) candidate = `${base.slice(0, 31 - String(i).length - 1)}_${i}`;
  used.add(candidate);
  return candidate;
}

/**
 * The ledger document: the plan's tasks (or one unit's), plus one sheet per unit in `unitSheets`, in
 * the language of `locale` (Chinese by default) but for the fill-in columns' titles.
 */
export function ledgerDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const w = wordsOf(options.locale);
  const { locale } = w;
  const year = planYear(analysis);
  const { asOf, entries } = options;
  const unit = options.unit !== undefined ? findUnit(analysis, options.unit) : undefined;
  const rows = ledgerRows(analysis, {
    asOf,
    locale,
    ...(entries ? { entries } : {}),
    ...(unit ? { unit } : {}),
  });
  const title = unit ? w.col('report-ledger-of', { unit }) : w.col('report-ledger');
  const when = asOfLine(asOf, locale);
  const used = new Set<string>();
  const sheets: Sheet[] = unit
    ? [unitSheet(sheetName(unit, used), rows, year, w('titled-on', { title, when }), locale)]
    : [
        {
          name: sheetName(w.col('report-ledger'), used),
          title: w('titled-on', {
            title: w.col('report-plan-ledger', { plan: planLine(analysis, locale) }),
            when,
          }),
          live: liveWords(locale),
          ...sheetNote(
            rows.map((r) => r.deadline),
            year,
            locale,
          ),
          table: { columns: planSheetColumns(locale), rows: rows.map((r) => planSheetRow(r, year, locale)) },
        },
      ];
  if (!unit) {
    for (const name of options.unitSheets ?? []) {
      const canonical = findUnit(analysis, name);
      const unitRows = ledgerRows(analysis, {
        asOf,
        locale,
        unit: canonical,
        ...(entries ? { entries } : {}),
      });
      sheets.push(
        unitSheet(
          sheetName(canonical, used),
          unitRows,
          year,
          w('titled-on', { title: w.col('report-unit-ledger', { unit: canonical }), when }),
          locale,
        ),
      );
    }
  }
  return {
    kind: 'ledger',
    title,
    subtitle: [planLine(analysis, locale), when],
    orientation: 'landscape',
    blocks: [
      { type: 'paragraph', text: statusSummary(rows, locale) },
      {
        type: 'paragraph',
        note: true,
        text: w
          .col('report-ledger-note', {
            deadline: w.col('report-col-deadline'),
            status: w.col('report-col-status'),
            legend:
              stricterLegend(
                rows.map((r) => r.deadline),
                year,
                locale,
              ) ?? '',
          })
          .trim(),
      },
      {
        type: 'table',
        table: {
          columns: narrativeColumns(locale),
          rows: withCategories(rows, (r) => narrativeRow(r, year, locale), locale),
        },
      },
    ],
    sheets,
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf,
      ...(unit ? { unit } : {}),
    },
  };
}
