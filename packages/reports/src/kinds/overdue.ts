/** 逾期预警: overdue, at-risk and due-soon tasks on a day, and the same by unit. */
import { overdueWarnings, type PlanAnalysis, roleNames, statusNames, type WarningItem } from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import type { KindOptions } from './types';
import {
  asOfLine,
  dayText,
  headingText,
  join,
  officialOf,
  planLine,
  planYear,
  rolesText,
  type Words,
  wordsOf,
} from './common';
import { sheetName, sheetNote } from './ledger';

/** The columns of the warnings table (逾期预警事项表). */
function itemColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-number'), width: 6, align: 'center' },
    { header: w.col('report-col-requirement'), width: 44 },
    { header: w.col('report-col-units'), width: 24 },
    { header: w.col('report-col-deadline'), width: 20 },
    { header: w.col('report-col-due'), width: 12, align: 'center', date: true },
    { header: w('col-warning'), width: 20, align: 'center', light: true },
    { header: w('col-days-late'), width: 8, align: 'right' },
  ];
}

/** The columns of the warnings sheet (XLSX, CSV). */
function itemSheetColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-task'), width: 8, align: 'center' },
    { header: w.col('report-col-category'), width: 18 },
    { header: w.col('report-col-requirement'), width: 48 },
    { header: w.col('report-col-lead'), width: 16 },
    { header: w.col('report-col-responsible'), width: 20 },
    { header: w.col('report-col-supporting'), width: 16 },
    { header: w.col('report-col-deadline'), width: 18 },
    { header: w.col('report-col-reading'), width: 26 },
    { header: w.col('report-col-due'), width: 12, align: 'center', date: true },
    { header: w('col-warning'), width: 20, align: 'center', light: true },
    { header: w('col-days-late'), width: 8, align: 'right' },
    { header: w('col-days-left'), width: 8, align: 'right' },
  ];
}

/** The columns of the table by unit. */
function unitColumns(w: Words): Column[] {
  const status = statusNames[w.lang];
  return [
    { header: w.col('report-col-unit'), width: 18 },
    { header: status.overdue, width: 8, align: 'right' },
    { header: status.atRisk, width: 10, align: 'right' },
    { header: status.dueSoon, width: 8, align: 'right' },
    { header: w('col-warnings'), width: 60 },
  ];
}

/** 任务15（负责，已逾期1天），or with the unit's reason: 任务9（牵头，已逾期1天，无法完成：上级系统未开放） */
function itemText(w: Words, item: WarningItem, role: string, cannotComplete?: string): string {
  return w('overdue-item', {
    task: item.task,
    role,
    status: item.status.text,
    blocked: cannotComplete !== undefined ? w('overdue-item-blocked', { reason: cannotComplete }) : '',
  });
}

/** The status, and the owners that cannot complete the task with their reasons. */
function statusWithBlocked(w: Words, item: WarningItem): string {
  const status = item.status.text;
  const blocked = join(
    (item.blocked ?? []).map((b) => w('unit-reason', { unit: b.unit, reason: b.reason })),
    w.locale,
  );
  return blocked ? w('status-blocked', { status, units: blocked }) : status;
}

/** The overdue-warning document. */
export function overdueDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const w = wordsOf(options.locale);
  const { locale } = w;
  const year = planYear(analysis);
  const warnings = overdueWarnings(analysis, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
    ...(options.unit !== undefined ? { units: [options.unit] } : {}),
    locale,
  });
  const { overdue, atRisk, dueSoon } = warnings.counts;
  const total = overdue + atRisk + dueSoon;
  const date = dayText(options.asOf, undefined, locale);
  const asOf = asOfLine(options.asOf, locale);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        total === 0
          ? w('overdue-none', { date })
          : w('overdue-counts', { date, overdue, atRisk, dueSoon, units: warnings.byUnit.length }),
    },
  ];
  const itemRows: Row[] = warnings.items.map((i) => ({
    light: i.status.light,
    cells: [
      i.task,
      i.text,
      rolesText(i.roles, locale),
      i.status.part
        ? w('deadline-reading', { text: i.deadline.text, reading: i.status.part })
        : i.deadline.text,
      i.status.due ?? i.deadline.due ?? '',
      statusWithBlocked(w, i),
      i.status.daysLate ?? '',
    ],
  }));
  const units = unitColumns(w);
  const unitRows: Row[] = warnings.byUnit.map((u) => ({
    cells: [
      u.unit,
      u.counts.overdue,
      u.counts.atRisk,
      u.counts.dueSoon,
      join(
        u.items.map((x) => itemText(w, x.item, roleNames[w.lang][x.role], x.cannotComplete)),
        locale,
      ),
    ],
  }));
  if (total > 0) {
    const tasksOf = (status: WarningItem['status']['status']) =>
      warnings.items.filter((i) => i.status.status === status).map((i) => i.task);
    const groups = (['overdue', 'atRisk', 'dueSoon'] as const).map((status): [string, number[]] => [
      statusNames[w.lang][status],
      tasksOf(status),
    ]);
    const most = [...warnings.byUnit].sort((a, b) => b.items.length - a.items.length).slice(0, 5);
    blocks.push({ type: 'heading', level: 1, text: headingText(w, 1, w('overdue-items-title')) });
    blocks.push({
      type: 'paragraph',
      text: groups
        .filter(([, tasks]) => tasks.length > 0)
        .map(([label, tasks]) => w('overdue-group', { label, tasks: join(tasks.map(String), locale) }))
        .join(w('clauses-sep'))
        .concat(w('sentence-end')),
    });
    blocks.push({
      type: 'table',
      caption: w('overdue-items-caption'),
      table: { columns: itemColumns(w), rows: itemRows },
    });
    blocks.push({ type: 'heading', level: 1, text: headingText(w, 2, w('overdue-units-title')) });
    blocks.push({
      type: 'paragraph',
      text: w('overdue-most', {
        units: warnings.byUnit.length,
        most: join(
          most.map((u) => w('unit-count', { unit: u.unit, n: u.items.length })),
          locale,
        ),
      }),
    });
    blocks.push({
      type: 'table',
      caption: w('overdue-units-caption'),
      table: { columns: units, rows: unitRows },
    });
    blocks.push({ type: 'heading', level: 1, text: headingText(w, 3, w('overdue-asks-title')) });
    blocks.push({
      type: 'list',
      items: [w('overdue-ask-press'), w('overdue-ask-explain', { reason: w.col('report-col-reason') })],
    });
  }
  const used = new Set<string>();
  return {
    kind: 'overdue',
    title: w('overdue-title'),
    official: officialOf(
      analysis,
      options,
      w('overdue-official-title', { plan: analysis.plan.meta.title }),
      options.unit !== undefined ? { addressees: [warnings.byUnit[0]?.fullName ?? options.unit] } : {},
    ),
    subtitle: [planLine(analysis, locale), asOf],
    orientation: 'landscape',
    blocks,
    sheets: [
      {
        name: sheetName(w('overdue-items-sheet'), used),
        title: w('titled-on', { title: w('overdue-title'), when: asOf }),
        ...sheetNote(
          warnings.items.map((i) => i.deadline),
          year,
          locale,
        ),
        table: {
          columns: itemSheetColumns(w),
          rows: warnings.items.map((i) => ({
            light: i.status.light,
            cells: [
              i.task,
              i.category,
              i.text,
              join(i.roles.lead, locale),
              join(i.roles.responsible, locale),
              join(i.roles.supporting, locale),
              i.deadline.text,
              i.deadline.mainReading,
              i.status.due ?? i.deadline.due ?? '',
              statusWithBlocked(w, i),
              i.status.daysLate ?? '',
              i.status.daysLeft ?? '',
            ],
          })),
        },
      },
      {
        name: sheetName(w('overdue-units-sheet'), used),
        title: w('titled-on', { title: w('overdue-units-sheet-title'), when: asOf }),
        table: { columns: units, rows: unitRows },
      },
    ],
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf: options.asOf,
      ...(options.unit !== undefined ? { unit: options.unit } : {}),
    },
  };
}
