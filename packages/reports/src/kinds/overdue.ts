/** 逾期预警: overdue, at-risk and due-soon tasks on a day, and the same by unit. */
import { overdueWarnings, type PlanAnalysis, type WarningItem } from '@fengong/core';
import type { Block, Column, ReportDocument, Row } from '../model';
import type { KindOptions } from './types';
import { asOfLine, join, officialOf, planLine, planYear, rolesText } from './common';
import { sheetName, sheetNote } from './ledger';

const ITEMS: Column[] = [
  { header: '编号', width: 6, align: 'center' },
  { header: '具体要求', width: 44 },
  { header: '落实单位', width: 24 },
  { header: '完成时限', width: 20 },
  { header: '截止日期', width: 12, align: 'center' },
  { header: '预警状态', width: 20, align: 'center', light: true },
  { header: '逾期天数', width: 8, align: 'right' },
];

const ITEM_SHEET: Column[] = [
  { header: '任务编号', width: 8, align: 'center' },
  { header: '工作类别', width: 18 },
  { header: '具体要求', width: 48 },
  { header: '牵头单位', width: 16 },
  { header: '责任单位', width: 20 },
  { header: '配合单位', width: 16 },
  { header: '完成时限', width: 18 },
  { header: '时限解读', width: 26 },
  { header: '截止日期', width: 12, align: 'center' },
  { header: '预警状态', width: 20, align: 'center', light: true },
  { header: '逾期天数', width: 8, align: 'right' },
  { header: '剩余天数', width: 8, align: 'right' },
];

const UNITS: Column[] = [
  { header: '单位', width: 18 },
  { header: '已逾期', width: 8, align: 'right' },
  { header: '存在逾期风险', width: 10, align: 'right' },
  { header: '临近到期', width: 8, align: 'right' },
  { header: '预警事项', width: 60 },
];

/** 任务15（负责，已逾期1天），or with the unit's reason: 任务9（牵头，已逾期1天，无法完成：上级系统未开放） */
function itemText(item: WarningItem, role: string, cannotComplete?: string): string {
  return `任务${item.task}（${role}，${item.status.text}${cannotComplete !== undefined ? `，无法完成：${cannotComplete}` : ''}）`;
}

/** The status, and the owners that cannot complete the task with their reasons. */
function statusWithBlocked(item: WarningItem): string {
  const blocked = (item.blocked ?? []).map((b) => `${b.unit}（${b.reason}）`).join('、');
  return blocked ? `${item.status.text}\n无法完成：${blocked}` : item.status.text;
}

/** The overdue-warning document. */
export function overdueDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  const w = overdueWarnings(analysis, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
    ...(options.unit !== undefined ? { units: [options.unit] } : {}),
  });
  const { overdue, atRisk, dueSoon } = w.counts;
  const total = overdue + atRisk + dueSoon;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        total === 0
          ? `${asOfLine(options.asOf)}，没有已逾期、存在逾期风险或临近到期的任务。`
          : `${asOfLine(options.asOf)}，已逾期任务${overdue}项，存在逾期风险（按从严理解已过期限）任务${atRisk}项，临近到期任务${dueSoon}项，涉及${w.byUnit.length}个单位。请有关单位抓紧推进，按时保质完成。`,
    },
  ];
  const itemRows: Row[] = w.items.map((i) => ({
    light: i.status.light,
    cells: [
      i.task,
      i.text,
      rolesText(i.roles),
      `${i.deadline.text}${i.status.part ? `\n（${i.status.part}）` : ''}`,
      i.status.due ?? i.deadline.due ?? '',
      statusWithBlocked(i),
      i.status.daysLate ?? '',
    ],
  }));
  const unitRows: Row[] = w.byUnit.map((u) => ({
    cells: [
      u.unit,
      u.counts.overdue,
      u.counts.atRisk,
      u.counts.dueSoon,
      u.items.map((x) => itemText(x.item, x.roleLabel, x.cannotComplete)).join('、'),
    ],
  }));
  if (total > 0) {
    const tasksOf = (status: WarningItem['status']['status']) =>
      w.items.filter((i) => i.status.status === status).map((i) => i.task);
    const groups: [string, number[]][] = [
      ['已逾期', tasksOf('overdue')],
      ['存在逾期风险', tasksOf('atRisk')],
      ['临近到期', tasksOf('dueSoon')],
    ];
    const most = [...w.byUnit].sort((a, b) => b.items.length - a.items.length).slice(0, 5);
    blocks.push({ type: 'heading', level: 1, text: '一、预警事项' });
    blocks.push({
      type: 'paragraph',
      text: groups
        .filter(([, tasks]) => tasks.length > 0)
        .map(([label, tasks]) => `${label}的任务：任务${tasks.join('、')}`)
        .join('；')
        .concat('。'),
    });
    blocks.push({ type: 'table', caption: '逾期预警事项表', table: { columns: ITEMS, rows: itemRows } });
    blocks.push({ type: 'heading', level: 1, text: '二、分单位情况' });
    blocks.push({
      type: 'paragraph',
      text: `涉及${w.byUnit.length}个单位，预警事项较多的是：${most.map((u) => `${u.unit}（${u.items.length}项）`).join('、')}。`,
    });
    blocks.push({ type: 'table', caption: '分单位预警情况表', table: { columns: UNITS, rows: unitRows } });
    blocks.push({ type: 'heading', level: 1, text: '三、有关要求' });
    blocks.push({
      type: 'list',
      items: [
        '请有关单位对照预警事项逐项核实，已逾期的任务抓紧推进、尽快完成；临近到期和存在逾期风险的任务，按从严理解的时限安排工作，确保按时保质完成。',
        '确实无法按期完成的，请在台账“无法完成原因”栏说明原因，附佐证材料，注明报送日期和填报人，及时报送。',
      ],
    });
  }
  const used = new Set<string>();
  return {
    kind: 'overdue',
    title: '逾期预警',
    official: officialOf(
      analysis,
      options,
      `关于《${analysis.plan.meta.title}》有关任务逾期预警的通知`,
      options.unit !== undefined ? { addressees: [w.byUnit[0]?.fullName ?? options.unit] } : {},
    ),
    subtitle: [planLine(analysis), asOfLine(options.asOf)],
    orientation: 'landscape',
    blocks,
    sheets: [
      {
        name: sheetName('预警事项', used),
        title: `逾期预警（${asOfLine(options.asOf)}）`,
        ...sheetNote(
          w.items.map((i) => i.deadline),
          planYear(analysis),
        ),
        table: {
          columns: ITEM_SHEET,
          rows: w.items.map((i) => ({
            light: i.status.light,
            cells: [
              i.task,
              i.category,
              i.text,
              join(i.roles.lead),
              join(i.roles.responsible),
              join(i.roles.supporting),
              i.deadline.text,
              i.deadline.mainReading,
              i.status.due ?? i.deadline.due ?? '',
              statusWithBlocked(i),
              i.status.daysLate ?? '',
              i.status.daysLeft ?? '',
            ],
          })),
        },
      },
      {
        name: sheetName('分单位', used),
        title: `逾期预警分单位情况（${asOfLine(options.asOf)}）`,
        table: { columns: UNITS, rows: unitRows },
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
