/** 牵头单位进展汇总: each lead unit's tasks, whom it collects from, its report to the city office. */
import {
  formatChineseDate,
  leadSummary,
  type LeadSummary,
  type PlanAnalysis,
  progressStateNames,
  unitReport,
} from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import { chineseNumber, truncate } from '../text';
import type { KindOptions } from './types';
import {
  asOfLine,
  deadlineWithReading,
  SHORT_FILL_COLUMNS,
  join,
  officialOf,
  planLine,
  planYear,
  progressText,
  stricterLegend,
  UNIT_KEY_COLUMN,
} from './common';
import { sheetName } from './ledger';

const NARRATIVE: Column[] = [
  { header: '编号', width: 4, align: 'center' },
  { header: '具体要求', width: 30 },
  { header: '协同牵头', width: 8 },
  { header: '收集对象', width: 14 },
  { header: '完成时限', width: 12 },
  { header: '状态', width: 8, light: true, align: 'center' },
  { header: '进展情况', width: 14, fill: true },
];

const SHEET: Column[] = [
  { header: '牵头单位', width: 16 },
  { header: '任务编号', width: 8, align: 'center' },
  { header: '工作类别', width: 18 },
  { header: '具体要求', width: 48 },
  { header: '协同牵头单位', width: 16 },
  { header: '责任单位', width: 20 },
  { header: '配合单位', width: 16 },
  { header: '完成时限', width: 18 },
  { header: '截止日期', width: 12, align: 'center' },
  { header: '状态', width: 16, align: 'center', light: true },
  { header: '汇总报送截止', width: 14, align: 'center' },
  { header: '已报送单位', width: 24 },
  { header: '未报送单位', width: 24 },
  ...SHORT_FILL_COLUMNS,
  UNIT_KEY_COLUMN,
];

const TARGETS: Column[] = [
  { header: '牵头单位', width: 16 },
  { header: '收集对象', width: 24 },
  { header: '角色', width: 8, align: 'center' },
  { header: '包含单位', width: 60 },
  { header: '涉及任务', width: 16 },
];

const MISSING: Column[] = [
  { header: '牵头单位', width: 16 },
  { header: '任务编号', width: 8, align: 'center' },
  { header: '未报送单位', width: 24 },
];

/** The units that have not reported on each of a lead's tasks, one row per unit. */
function missingUnits(lead: LeadSummary): { task: number; unit: string }[] {
  return lead.tasks.flatMap((t) => (t.progress?.missing ?? []).map((unit) => ({ task: t.number, unit })));
}

/** A list of units short enough for a cell: `36个：赤坎区政府、霞山区政府、坡头区政府等`. */
export function someNames(names: readonly string[], shown = 3): string {
  return names.length <= shown + 2 ? join(names) : `${names.length}个：${join(names.slice(0, shown))}等`;
}

/** 各县（市、区）政府（管委会）（负责，12个单位：赤坎区政府、…） */
function targetText(t: LeadSummary['collectFrom'][number]): string {
  const role = t.role === 'responsible' ? '负责' : '配合';
  return t.group
    ? `${t.name}（${role}，${t.members.length}个单位：${join(t.members)}）`
    : `${t.name}（${role}）`;
}

/** The lead-summary document. */
export function leadSummaryDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const year = planYear(analysis);
  const report = leadSummary(analysis, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
  });
  const blocks: Block[] = [];
  const duty = report.leads.find((l) => l.report)?.report;
  if (duty) {
    const when = duty.deadline ? `于${duty.deadline.text}` : '';
    const left = duty.status ? `${asOfLine(options.asOf)}，汇总报送${duty.status.text}。` : '';
    blocks.push({
      type: 'paragraph',
      text: `根据通知工作要求第${chineseNumber(duty.requirement)}项，各牵头单位${when}${duty.action}。${left}`,
    });
  }
  blocks.push({
    type: 'paragraph',
    text: `本方案共有牵头单位${report.leads.length}个；未明确牵头单位的任务${report.unled.length}项，由责任单位按职责落实并报送。`,
  });
  const legend = stricterLegend(
    report.leads.flatMap((l) => l.tasks.map((t) => t.deadline)),
    year,
  );
  if (legend) blocks.push({ type: 'paragraph', note: true, text: `说明：${legend}` });
  const sheetRows: Row[] = [];
  const missingRows: Row[] = [];
  const targetRows: Row[] = [];
  report.leads.forEach((lead, i) => {
    blocks.push({
      type: 'heading',
      level: 1,
      text: `${chineseNumber(i + 1)}、${lead.unit}（牵头${lead.tasks.length}项）`,
    });
    if (lead.report) {
      const due = lead.report.deadline?.due;
      blocks.push({
        type: 'paragraph',
        text: `报送要求：${lead.report.action}${due ? `，时限${formatChineseDate(due, year)}前` : ''}${lead.report.status ? `（${lead.report.status.text}）` : ''}。`,
      });
    }
    if (lead.collectFrom.length > 0) {
      blocks.push({ type: 'paragraph', text: `收集对象：${lead.collectFrom.map(targetText).join('；')}。` });
    }
    blocks.push({
      type: 'table',
      caption: `${lead.unit}牵头任务进展情况表`,
      table: {
        columns: NARRATIVE,
        rows: lead.tasks.map((t) => {
          const p = t.progress;
          const progress = p
            ? [
                p.own?.entry ? `本单位${progressText([p.own], year, false)}` : '本单位未填报',
                `已报送${p.reported.length}个，未报送${p.missing.length}个`,
                progressText(p.reported, year),
              ]
                .filter(Boolean)
                .join('\n')
            : '';
          return {
            light: t.status.light,
            cells: [
              t.number,
              t.text,
              join(t.coLeads),
              [
                t.responsible.length ? `负责：${join(t.responsible)}` : '',
                t.supporting.length ? `配合：${join(t.supporting)}` : '',
              ]
                .filter(Boolean)
                .join('\n'),
              deadlineWithReading(t),
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
          join(t.coLeads),
          join(t.responsible),
          join(t.supporting),
          t.deadline.text,
          t.deadline.due ?? '',
          t.status.text,
          lead.report?.deadline?.due ?? '',
          someNames(t.progress?.reported.map((e) => e.unit) ?? []),
          someNames(t.progress?.missing ?? []),
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
          target.role === 'responsible' ? '负责' : '配合',
          join(target.members),
          target.tasks.join('、'),
        ],
      });
    }
  });
  if (report.unled.length > 0) {
    blocks.push({
      type: 'heading',
      level: 1,
      text: `${chineseNumber(report.leads.length + 1)}、未明确牵头单位的任务`,
    });
    blocks.push({
      type: 'list',
      items: report.unled.map((t) => {
        const task = analysis.byNumber.get(t.number);
        return `任务${t.number}：${truncate(task?.task.text ?? '', 30)}（负责：${join(t.responsible) || '未明确'}）`;
      }),
    });
  }
  const used = new Set<string>();
  const plan = analysis.plan.meta;
  const single = options.unit !== undefined ? report.leads[0] : undefined;
  return {
    kind: 'lead-summary',
    title: '牵头单位进展汇总',
    official: single
      ? officialOf(analysis, options, `关于《${plan.title}》牵头任务进展情况的报告`, {
          issuer: unitReport(analysis, single.unit, { asOf: options.asOf }).unit.fullName ?? single.unit,
          addressees: [plan.issuer ?? plan.printedBy ?? '市政府办公室'],
        })
      : officialOf(analysis, options, `关于《${plan.title}》牵头任务进展情况的通报`, {
          addressees: ['各牵头单位'],
        }),
    subtitle: [planLine(analysis), asOfLine(options.asOf)],
    orientation: 'landscape',
    blocks,
    sheets: [
      {
        name: sheetName('牵头任务', used),
        title: `牵头单位进展汇总（${asOfLine(options.asOf)}）`,
        table: { columns: SHEET, rows: sheetRows },
      },
      ...(missingRows.length > 0
        ? [
            {
              name: sheetName('未报送单位', used),
              title: `未报送单位名单（${asOfLine(options.asOf)}）`,
              table: { columns: MISSING, rows: missingRows },
            },
          ]
        : []),
      {
        name: sheetName('收集对象', used),
        title: '牵头单位收集对象',
        table: { columns: TARGETS, rows: targetRows },
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
