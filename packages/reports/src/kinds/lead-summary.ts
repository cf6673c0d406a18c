/** 牵头单位进展汇总: each lead unit's tasks, whom it collects from, its report to the city office. */
import {
  leadSummary,
  type LeadSummary,
  type Locale,
  type PlanAnalysis,
  progressStateNames,
  roleNames,
  sayReport,
  unitReport,
} from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import { truncate } from '../text';
import type { KindOptions } from './types';
import {
  asOfLine,
  dayText,
  deadlineWithReading,
  headingText,
  SHORT_FILL_COLUMNS,
  join,
  liveWords,
  officialOf,
  planLine,
  planYear,
  progressText,
  stricterLegend,
  UNIT_KEY_COLUMN,
  type Words,
  wordsOf,
} from './common';
import { sheetName } from './ledger';

/** The columns of a lead unit's table (牵头任务进展情况表). */
function narrativeColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-number'), width: 4, align: 'center', task: true },
    { header: w.col('report-col-requirement'), width: 30 },
    { header: w('col-co-lead-short'), width: 8 },
    { header: w('col-collect-from'), width: 14 },
    { header: w.col('report-col-deadline'), width: 12 },
    { header: w.col('report-col-status'), width: 8, light: true, align: 'center', follows: 'status' },
    { header: w.col('report-col-progress'), width: 14, fill: true },
  ];
}

/** The columns of the lead tasks' sheet (XLSX, CSV); the fill-in ones are the ledger's. */
function sheetColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-lead'), width: 16 },
    { header: w.col('report-col-task'), width: 8, align: 'center', task: true },
    { header: w.col('report-col-category'), width: 18 },
    { header: w.col('report-col-requirement'), width: 48 },
    { header: w('col-co-leads'), width: 16 },
    { header: w.col('report-col-responsible'), width: 20 },
    { header: w.col('report-col-supporting'), width: 16 },
    { header: w.col('report-col-deadline'), width: 18 },
    { header: w.col('report-col-due'), width: 12, align: 'center', date: true },
    { header: w.col('report-col-status'), width: 16, align: 'center', light: true, follows: 'status' },
    { header: w('col-report-due'), width: 14, align: 'center', date: true },
    { header: w('col-reported-units'), width: 24 },
    { header: w('col-missing-units'), width: 24 },
    ...SHORT_FILL_COLUMNS,
    UNIT_KEY_COLUMN,
  ];
}

function targetColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-lead'), width: 16 },
    { header: w('col-collect-from'), width: 24 },
    { header: w('col-role-short'), width: 8, align: 'center' },
    { header: w('col-members'), width: 60 },
    { header: w('col-tasks'), width: 16 },
  ];
}

function missingColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-lead'), width: 16 },
    { header: w.col('report-col-task'), width: 8, align: 'center' },
    { header: w('col-missing-units'), width: 24 },
  ];
}

/** The units that have not reported on each of a lead's tasks, one row per unit. */
function missingUnits(lead: LeadSummary): { task: number; unit: string }[] {
  return lead.tasks.flatMap((t) => (t.progress?.missing ?? []).map((unit) => ({ task: t.number, unit })));
}

/** A list of units short enough for a cell: `36个：赤坎区政府、霞山区政府、坡头区政府等`. */
export function someNames(names: readonly string[], shown = 3, locale: Locale = 'zh-CN'): string {
  return names.length <= shown + 2
    ? join(names, locale)
    : sayReport('some-names', { n: names.length, names: join(names.slice(0, shown), locale) }, locale);
}

/** 各县（市、区）政府（管委会）（负责，12个单位：赤坎区政府、…） */
function targetText(w: Words, t: LeadSummary['collectFrom'][number]): string {
  const role = roleNames[w.lang][t.role === 'responsible' ? 'responsible' : 'supporting'];
  return t.group
    ? w('lead-target-group', { name: t.name, role, n: t.members.length, members: join(t.members, w.locale) })
    : w('lead-target', { name: t.name, role });
}

/** The lead-summary document. */
export function leadSummaryDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const w = wordsOf(options.locale);
  const { locale } = w;
  const year = planYear(analysis);
  const asOf = asOfLine(options.asOf, locale);
  const report = leadSummary(analysis, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    locale,
  });
  const blocks: Block[] = [];
  const duty = report.leads.find((l) => l.report)?.report;
  if (duty) {
    blocks.push({
      type: 'paragraph',
      text: w('lead-duty', {
        n: duty.requirement,
        when: duty.deadline ? w('lead-duty-when', { text: duty.deadline.text }) : '',
        action: duty.action,
        left: duty.status
          ? w('lead-duty-left', {
              date: dayText(options.asOf, undefined, locale),
              status: duty.status.text,
            })
          : '',
      }),
    });
  }
  blocks.push({
    type: 'paragraph',
    text: w('lead-count', { leads: report.leads.length, unled: report.unled.length }),
  });
  const legend = stricterLegend(
    report.leads.flatMap((l) => l.tasks.map((t) => t.deadline)),
    year,
    locale,
  );
  if (legend) blocks.push({ type: 'paragraph', note: true, text: w('note', { text: legend }) });
  const sheetRows: Row[] = [];
  const missingRows: Row[] = [];
  const targetRows: Row[] = [];
  const roles = roleNames[w.lang];
  report.leads.forEach((lead, i) => {
    blocks.push({
      type: 'heading',
      level: 1,
      text: headingText(w, i + 1, w('lead-heading', { unit: lead.unit, n: lead.tasks.length })),
    });
    if (lead.report) {
      const due = lead.report.deadline?.due;
      blocks.push({
        type: 'paragraph',
        text: w('lead-report', {
          action: lead.report.action,
          due: due ? w('lead-report-due', { date: dayText(due, year, locale) }) : '',
          status: lead.report.status ? w('in-brackets', { text: lead.report.status.text }) : '',
        }),
      });
    }
    if (lead.collectFrom.length > 0) {
      blocks.push({
        type: 'paragraph',
        text: w('lead-collect', {
          targets: lead.collectFrom.map((t) => targetText(w, t)).join(w('clauses-sep')),
        }),
      });
    }
    blocks.push({
      type: 'table',
      caption: w('lead-caption', { unit: lead.unit }),
      table: {
        columns: narrativeColumns(w),
        rows: lead.tasks.map((t) => {
          const p = t.progress;
          const progress = p
            ? [
                p.own?.entry
                  ? w('lead-own', { text: progressText([p.own], year, false, locale) })
                  : w('lead-own-none'),
                w('lead-reported', { reported: p.reported.length, missing: p.missing.length }),
                progressText(p.reported, year, true, locale),
              ]
                .filter(Boolean)
                .join('\n')
            : '';
          return {
            light: t.status.light,
            cells: [
              t.number,
              t.text,
              join(t.coLeads, locale),
              [
                t.responsible.length
                  ? w('role-units', { role: roles.responsible, units: join(t.responsible, locale) })
                  : '',
                t.supporting.length
                  ? w('role-units', { role: roles.supporting, units: join(t.supporting, locale) })
                  : '',
              ]
                .filter(Boolean)
                .join('\n'),
              deadlineWithReading(t, locale),
              t.status.text,
              progress,
            ],
          };
        }),
      },
    });
    for (const t of lead.tasks) {
      const own = t.progress?.own;
      sheetRows.push({
        light: t.status.light,
        cells: [
          lead.unit,
          t.number,
          t.category,
          t.text,
          join(t.coLeads, locale),
          join(t.responsible, locale),
          join(t.supporting, locale),
          t.deadline.text,
          t.deadline.due ?? '',
          t.status.text,
          lead.report?.deadline?.due ?? '',
          someNames(t.progress?.reported.map((e) => e.unit) ?? [], 3, locale),
          someNames(t.progress?.missing ?? [], 3, locale),
          own?.entry ? progressStateNames.zh[own.entry.state] : '',
          own?.entry?.note ?? '',
          own?.entry?.remark ?? '',
          lead.unit,
        ],
      });
    }
    for (const unit of missingUnits(lead)) missingRows.push({ cells: [lead.unit, unit.task, unit.unit] });
    for (const target of lead.collectFrom) {
      targetRows.push({
        cells: [
          lead.unit,
          target.name,
          roles[target.role === 'responsible' ? 'responsible' : 'supporting'],
          join(target.members, locale),
          join(target.tasks.map(String), locale),
        ],
      });
    }
  });
  if (report.unled.length > 0) {
    blocks.push({
      type: 'heading',
      level: 1,
      text: headingText(w, report.leads.length + 1, w('lead-unled-title')),
    });
    blocks.push({
      type: 'list',
      items: report.unled.map((t) => {
        const task = analysis.byNumber.get(t.number);
        return w('lead-unled-item', {
          task: t.number,
          text: truncate(task?.task.text ?? '', 30),
          role: roles.responsible,
          units: join(t.responsible, locale) || w('lead-unnamed'),
        });
      }),
    });
  }
  const used = new Set<string>();
  const plan = analysis.plan.meta;
  const single = options.unit !== undefined ? report.leads[0] : undefined;
  return {
    kind: 'lead-summary',
    title: w('lead-title'),
    official: single
      ? officialOf(analysis, options, w('lead-official-report', { plan: plan.title }), {
          issuer: unitReport(analysis, single.unit, { asOf: options.asOf }).unit.fullName ?? single.unit,
          addressees: [plan.issuer ?? plan.printedBy ?? w('lead-office')],
        })
      : officialOf(analysis, options, w('lead-official-circular', { plan: plan.title }), {
          addressees: [w('lead-addressees')],
        }),
    subtitle: [planLine(analysis, locale), asOf],
    orientation: 'landscape',
    blocks,
    sheets: [
      {
        name: sheetName(w('lead-sheet'), used),
        title: w('titled-on', { title: w('lead-title'), when: asOf }),
        live: liveWords(locale),
        table: { columns: sheetColumns(w), rows: sheetRows },
      },
      ...(missingRows.length > 0
        ? [
            {
              name: sheetName(w('lead-missing-sheet'), used),
              title: w('titled-on', { title: w('lead-missing-title'), when: asOf }),
              table: { columns: missingColumns(w), rows: missingRows },
            },
          ]
        : []),
      {
        name: sheetName(w('lead-targets-sheet'), used),
        title: w('lead-targets-title'),
        table: { columns: targetColumns(w), rows: targetRows },
      },
    ],
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf: options.asOf,
      ...(options.unit !== undefined && report.leads[0] ? { unit: report.leads[0].unit } : {}),
    },
  };
}
