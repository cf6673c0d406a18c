/** 单位责任清单: one unit's tasks by role, its duties from the covering notice, its dates. */
import { type PlanAnalysis, type ReportWord, type Role, roleNames, unitReport } from '@fengong/core';
import { ReportUsageError } from '../errors';
import type { Block, ReportDocument } from '../model';
import type { KindOptions } from './types';
import { asOfLine, dayText, headingText, join, planLine, planYear, stricterLegend, wordsOf } from './common';
import { narrativeColumns, narrativeRow, sheetName, statusCounts, unitSheet } from './ledger';

/** What the unit does in each role (本单位牵头抓总…), said under the role's heading. */
const ROLE_NOTES = {
  lead: 'unit-duty-lead',
  responsible: 'unit-duty-responsible',
  supporting: 'unit-duty-supporting',
  supervising: 'unit-duty-supervising',
} as const satisfies Record<Role, ReportWord>;

/** The unit responsibility list document. */
export function unitDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  if (options.unit === undefined) throw new ReportUsageError('usage/report-needs-unit');
  const w = wordsOf(options.locale);
  const { locale } = w;
  const year = planYear(analysis);
  const asOf = asOfLine(options.asOf, locale);
  const report = unitReport(analysis, options.unit, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
    locale,
  });
  const unit = report.unit.name;
  const all = report.sections.flatMap((s) => s.rows);
  const distinct = [...new Map(all.map((r) => [r.number, r])).values()].sort((a, b) => a.number - b.number);
  const byRole = report.workload.byRole;
  const counts = statusCounts(distinct, locale);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        w('unit-intro', { unit, total: report.workload.total, ...byRole }) +
        (counts ? w('unit-statuses', { counts }) : ''),
    },
  ];
  const legend = stricterLegend(
    distinct.map((r) => r.deadline),
    year,
    locale,
  );
  if (legend) blocks.push({ type: 'paragraph', note: true, text: w('note', { text: legend }) });
  let n = 0;
  if (report.noticeDuties.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: headingText(w, ++n, w('unit-notice-title')) });
    blocks.push({
      type: 'list',
      items: report.noticeDuties.map((d, _i, all) => {
        const when = d.deadline
          ? w('unit-notice-when', {
              text: d.deadline.text,
              reading: d.deadline.due
                ? w('unit-notice-read-by', { date: dayText(d.deadline.due, year, locale) })
                : w('unit-notice-unread'),
            })
          : '';
        const status = d.statusText ? w('then-clause', { text: d.statusText }) : '';
        const tasks =
          d.scope === 'ledTasks'
            ? w('unit-notice-led-tasks', { tasks: join(d.tasks.map(String), locale) })
            : d.scope === 'ownTasks'
              ? w('unit-notice-own-tasks', { n: d.tasks.length })
              : '';
        // Two duties of one requirement: 工作要求第一项（之一）, （之二）.
        const same = all.filter((x) => x.requirement === d.requirement);
        const k = same.indexOf(d) + 1;
        const part = same.length > 1 ? w('unit-notice-part', { n: k }) : '';
        return w('unit-notice-duty', {
          n: d.requirement,
          part,
          action: d.action,
          tasks,
          when,
          status,
        });
      }),
    });
  }
  const columns = narrativeColumns(locale);
  for (const section of report.sections) {
    blocks.push({
      type: 'heading',
      level: 1,
      text: headingText(
        w,
        ++n,
        w('unit-section', {
          role: roleNames[w.lang][section.role],
          n: section.rows.length,
        }),
      ),
    });
    if (section.rows.length === 0) {
      blocks.push({ type: 'paragraph', text: w('unit-none') });
      continue;
    }
    blocks.push({ type: 'paragraph', text: w(ROLE_NOTES[section.role]) });
    blocks.push({
      type: 'table',
      table: {
        columns,
        rows: section.rows.map((r) => {
          const row = narrativeRow(r, year, locale);
          const via = r.unitRole?.via ? w('unit-via', { via: r.unitRole.via }) : '';
          row.cells[2] = `${row.cells[2]}${via}`;
          return row;
        }),
      },
    });
  }
  if (report.deadlines.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: headingText(w, ++n, w('unit-dates-title')) });
    blocks.push({
      type: 'list',
      items: report.deadlines.map((d) => {
        const what =
          d.source === 'task'
            ? w('unit-date-task', {
                task: d.task,
                label: d.label ? w('in-brackets', { text: d.label }) : '',
                role: d.role ? w('unit-date-role', { role: roleNames[w.lang][d.role] }) : '',
              })
            : d.title;
        return w('unit-date', { date: dayText(d.due, year, locale), what });
      }),
    });
  }
  const used = new Set<string>();
  const fullName = report.unit.fullName ? w('in-brackets', { text: report.unit.fullName }) : '';
  return {
    kind: 'unit',
    title: w('unit-title', { unit }),
    subtitle: [planLine(analysis, locale), w('unit-subtitle', { unit, fullName, asOf })],
    orientation: 'landscape',
    blocks,
    sheets: [
      unitSheet(
        sheetName(unit, used),
        distinct,
        year,
        w('titled-on', { title: w('unit-sheet-title', { unit }), when: asOf }),
        locale,
      ),
    ],
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf: options.asOf,
      unit,
    },
  };
}
