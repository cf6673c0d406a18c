/** 回头看核查清单: every task with a clear owner and deadline, checked on the review day. */
import { lookback, type PlanAnalysis } from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import { truncate } from '../text';
import type { KindOptions } from './types';
import {
  asOfLine,
  deadlineWithReading,
  partsSummary,
  join,
  officialOf,
  planLine,
  planYear,
  progressText,
  stricterLegend,
} from './common';
import { sheetName, sheetNote } from './ledger';

const NARRATIVE: Column[] = [
  { header: '编号', width: 4, align: 'center' },
  { header: '具体要求', width: 30 },
  { header: '责任主体', width: 14 },
  { header: '完成时限', width: 14 },
  { header: '核查状态', width: 9, align: 'center', light: true },
  { header: '核查结论', width: 8, align: 'center' },
  { header: '整改措施及时限', width: 14, fill: true },
];

const SHEET: Column[] = [
  { header: '任务编号', width: 8, align: 'center' },
  { header: '工作类别', width: 18 },
  { header: '具体要求', width: 48 },
  { header: '责任主体', width: 20 },
  { header: '主体类型', width: 8, align: 'center' },
  { header: '完成时限', width: 18 },
  { header: '时限解读', width: 26 },
  { header: '截止日期', width: 12, align: 'center' },
  { header: '核查状态', width: 18, align: 'center', light: true },
  { header: '核查结论', width: 16, align: 'center' },
  { header: '需整改', width: 8, align: 'center' },
  { header: '已报进展', width: 24 },
  { header: '各单位情况', width: 30 },
  { header: '整改措施', width: 30, fill: true },
  { header: '整改时限', width: 14, fill: true },
  { header: '备注', width: 16, fill: true },
  { header: '单位', width: 16, hidden: true },
];

const EXCLUDED: Column[] = [
  { header: '编号', width: 6, align: 'center' },
  { header: '具体要求', width: 48 },
  { header: '完成时限', width: 18 },
  { header: '未纳入原因', width: 16 },
];

/** The look-back checklist document; `asOf` is the review day. */
export function lookbackDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const year = planYear(analysis);
  const c = lookback(analysis, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
  });
  const k = c.counts;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text: `对有明确责任主体和时限要求的${k.checked}项任务逐项核查落实情况：已完成${k.done}项，逾期完成${k.doneLate}项，未到期${k.notDue}项，未完成需整改${k.unfinished + k.cannotComplete}项${k.cannotComplete ? `（其中报告无法完成${k.cannotComplete}项）` : ''}。另有${k.excluded}项任务为长期工作、无具体完成时限或未明确责任主体，未纳入按期核查，列于附表，由责任单位对照要求自查。`,
    },
    {
      type: 'paragraph',
      note: true,
      text: `说明：核查状态以核查日期判定；“存在逾期风险”指按从严理解已过期限。需整改事项请责任主体填写整改措施及时限。${
        stricterLegend(
          c.items.map((i) => i.deadline),
          year,
        ) ?? ''
      }`,
    },
    { type: 'heading', level: 1, text: '一、逐项核查清单' },
    {
      type: 'table',
      caption: '“回头看”逐项核查清单',
      table: {
        columns: NARRATIVE,
        rows: c.items.map(
          (i): Row => ({
            light: i.status.light,
            cells: [
              i.task,
              i.text,
              `${join(i.owners)}${i.ownerRole === 'responsible' ? '\n（负责）' : '\n（牵头）'}`,
              deadlineWithReading(i),
              i.status.text,
              i.resultLabel,
              [i.parts ? partsSummary(i.parts) : '', progressText(i.parts, year)].filter(Boolean).join('\n'),
            ],
          }),
        ),
      },
    },
    { type: 'heading', level: 1, text: '二、附表：未纳入按期核查的任务' },
    {
      type: 'table',
      small: true,
      caption: '未纳入按期核查的任务',
      table: {
        columns: EXCLUDED,
        rows: c.excluded.map((e) => ({
          cells: [e.task, truncate(e.text, 60), e.deadlineText, e.reasonLabel],
        })),
      },
    },
  ];
  const used = new Set<string>();
  return {
    kind: 'lookback',
    title: '“回头看”核查清单',
    official: officialOf(
      analysis,
      options,
      `关于《${analysis.plan.meta.title}》落实情况“回头看”核查情况的通报`,
    ),
    subtitle: [planLine(analysis), asOfLine(options.asOf, '核查日期：')],
    orientation: 'landscape',
    blocks,
    sheets: [
      {
        name: sheetName('核查清单', used),
        title: `“回头看”核查清单（${asOfLine(options.asOf, '核查日期：')}）`,
        ...sheetNote(
          c.items.map((i) => i.deadline),
          year,
        ),
        table: {
          columns: SHEET,
          rows: c.items.map((i) => ({
            light: i.status.light,
            cells: [
              i.task,
              i.category,
              i.text,
              join(i.owners),
              i.ownerRole === 'lead' ? '牵头' : '负责',
              i.deadline.text,
              i.deadline.mainReading,
              i.due,
              i.status.text,
              i.resultLabel,
              i.rectify ? '是' : '否',
              progressText(i.parts, year),
              i.parts ? partsSummary(i.parts) : '',
              '',
              '',
              '',
              i.owners.join('；'),
            ],
          })),
        },
      },
      {
        name: sheetName('未纳入核查', used),
        title: '未纳入按期核查的任务',
        table: {
          columns: EXCLUDED,
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
