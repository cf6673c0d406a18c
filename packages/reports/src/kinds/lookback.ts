/** 回头看核查清单: every task with a clear owner and deadline, checked on the review day. */
import { lookback, lookbackResultNames, type PlanAnalysis, roleNames, statusNames } from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import { truncate } from '../text';
import type { KindOptions } from './types';
import {
  dayText,
  deadlineWithReading,
  headingText,
  partsSummary,
  join,
  officialOf,
  planLine,
  planYear,
  progressText,
  stricterLegend,
  type Words,
  wordsOf,
} from './common';
import { sheetName, sheetNote } from './ledger';

/** The columns of the checklist table (逐项核查清单). */
function narrativeColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-number'), width: 4, align: 'center' },
    { header: w.col('report-col-requirement'), width: 30 },
    { header: w('col-owners'), width: 14 },
    { header: w.col('report-col-deadline'), width: 14 },
    { header: w('col-check-status'), width: 9, align: 'center', light: true },
    { header: w('col-check-result'), width: 8, align: 'center' },
    { header: w('col-rectify-plan'), width: 14, fill: true },
  ];
}

/** The columns of the checklist sheet (XLSX, CSV). */
function sheetColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-task'), width: 8, align: 'center' },
    { header: w.col('report-col-category'), width: 18 },
    { header: w.col('report-col-requirement'), width: 48 },
    { header: w('col-owners'), width: 20 },
    { header: w('col-owner-type'), width: 8, align: 'center' },
    { header: w.col('report-col-deadline'), width: 18 },
    { header: w.col('report-col-reading'), width: 26 },
    { header: w.col('report-col-due'), width: 12, align: 'center', date: true },
    { header: w('col-check-status'), width: 18, align: 'center', light: true },
    { header: w('col-check-result'), width: 16, align: 'center' },
    { header: w('col-rectify'), width: 8, align: 'center' },
    { header: w('col-reported-progress'), width: 24 },
    { header: w('col-units-progress'), width: 30 },
    { header: w('col-rectify-measures'), width: 30, fill: true },
    { header: w('col-rectify-deadline'), width: 14, fill: true, date: true },
    { header: w.col('report-col-remark'), width: 16, fill: true },
    { header: w.col('report-col-unit'), width: 16, hidden: true },
  ];
}

/** The columns of the tasks not checked by date (未纳入按期核查的任务). */
function excludedColumns(w: Words): Column[] {
  return [
    { header: w.col('report-col-number'), width: 6, align: 'center' },
    { header: w.col('report-col-requirement'), width: 48 },
    { header: w.col('report-col-deadline'), width: 18 },
    { header: w('col-excluded-reason'), width: 16 },
  ];
}

/** The look-back checklist document; `asOf` is the review day. */
export function lookbackDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const w = wordsOf(options.locale);
  const { locale } = w;
  const year = planYear(analysis);
  const c = lookback(analysis, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
    locale,
  });
  const k = c.counts;
  const reviewDay = w('review-day', { date: dayText(options.asOf, undefined, locale) });
  const ownerRole = (role: 'lead' | 'responsible') => roleNames[w.lang][role];
  const excluded = excludedColumns(w);
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: w('lookback-intro', {
        checked: k.checked,
        done: k.done,
        doneLate: k.doneLate,
        notDue: k.notDue,
        rectify: k.unfinished + k.cannotComplete,
        cannot: k.cannotComplete ? w('lookback-intro-cannot', { n: k.cannotComplete }) : '',
        excluded: k.excluded,
      }),
    },
    {
      type: 'paragraph',
      note: true,
      text: w('lookback-note', {
        atRisk: statusNames[w.lang].atRisk,
        legend:
          stricterLegend(
            c.items.map((i) => i.deadline),
            year,
            locale,
          ) ?? '',
      }).trimEnd(),
    },
    { type: 'heading', level: 1, text: headingText(w, 1, w('lookback-items-title')) },
    {
      type: 'table',
      caption: w('lookback-items-caption'),
      table: {
        columns: narrativeColumns(w),
        rows: c.items.map(
          (i): Row => ({
            light: i.status.light,
            cells: [
              i.task,
              i.text,
              w('owners-role', {
                owners: join(i.owners, locale),
                role: ownerRole(i.ownerRole === 'responsible' ? 'responsible' : 'lead'),
              }),
              deadlineWithReading(i, locale),
              i.status.text,
              lookbackResultNames[w.lang][i.result],
              [i.parts ? partsSummary(i.parts, locale) : '', progressText(i.parts, year, true, locale)]
                .filter(Boolean)
                .join('\n'),
            ],
          }),
        ),
      },
    },
    { type: 'heading', level: 1, text: headingText(w, 2, w('lookback-excluded-title')) },
    {
      type: 'table',
      small: true,
      caption: w('lookback-excluded'),
      table: {
        columns: excluded,
        rows: c.excluded.map((e) => ({
          cells: [e.task, truncate(e.text, 60), e.deadlineText, e.reasonLabel],
        })),
      },
    },
  ];
  const used = new Set<string>();
  return {
    kind: 'lookback',
    title: w('lookback-title'),
    official: officialOf(analysis, options, w('lookback-official-title', { plan: analysis.plan.meta.title })),
    subtitle: [planLine(analysis, locale), reviewDay],
    orientation: 'landscape',
    blocks,
    sheets: [
      {
        name: sheetName(w('lookback-sheet'), used),
        title: w('titled-on', { title: w('lookback-title'), when: reviewDay }),
        ...sheetNote(
          c.items.map((i) => i.deadline),
          year,
          locale,
        ),
        table: {
          columns: sheetColumns(w),
          rows: c.items.map((i) => ({
            light: i.status.light,
            cells: [
              i.task,
              i.category,
              i.text,
              join(i.owners, locale),
              ownerRole(i.ownerRole === 'lead' ? 'lead' : 'responsible'),
              i.deadline.text,
              i.deadline.mainReading,
              i.due,
              i.status.text,
              lookbackResultNames[w.lang][i.result],
              i.rectify ? w('yes') : w('no'),
              progressText(i.parts, year, true, locale),
              i.parts ? partsSummary(i.parts, locale) : '',
              '',
              '',
              '',
              i.owners.join('；'),
            ],
          })),
        },
      },
      {
        name: sheetName(w('lookback-excluded-sheet'), used),
        title: w('lookback-excluded'),
        table: {
          columns: excluded,
          rows: c.excluded.map((e) => ({ cells: [e.task, e.text, e.deadlineText, e.reasonLabel] })),
        },
      },
    ],
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf: options.asOf,
    },
  };
}
