/** 单位责任清单: one unit's tasks by role, its duties from the covering notice, its dates. */
import { formatChineseDate, type PlanAnalysis, unitReport } from '@fengong/core';
import type { Block, ReportDocument } from '../model';
import { chineseNumber } from '../text';
import type { KindOptions } from './types';
import { asOfLine, planLine, planYear, stricterLegend } from './common';
import { NARRATIVE_COLUMNS, narrativeRow, sheetName, statusSummary, unitSheet } from './ledger';

const ROLE_NOTES: Readonly<Record<string, string>> = {
  lead: '牵头抓总，协调责任单位同向发力，并收集汇总所牵头任务的开展情况。',
  responsible: '按职责分工具体落实。',
  supporting: '按职责分工配合落实。',
  supervising: '按照职责分工强化监管。',
};

/** The unit responsibility list document. */
export function unitDocument(analysis: PlanAnalysis, options: KindOptions): ReportDocument {
  if (options.unit === undefined) throw new TypeError('the unit report needs a unit');
  const year = planYear(analysis);
  const report = unitReport(analysis, options.unit, {
    asOf: options.asOf,
    ...(options.entries ? { entries: options.entries } : {}),
  });
  const unit = report.unit.name;
  const all = report.sections.flatMap((s) => s.rows);
  const distinct = [...new Map(all.map((r) => [r.number, r])).values()].sort((a, b) => a.number - b.number);
  const w = report.workload.byRole;
  const blocks: Block[] = [
    {
      type: 'paragraph',
      text:
        `${unit}在本方案中共涉及任务${report.workload.total}项：牵头${w.lead}项、负责${w.responsible}项、配合${w.supporting}项、监管${w.supervising}项。` +
        statusSummary(distinct).replace(/^共\d+项任务，?/, '截至日期状态：'),
    },
  ];
  const legend = stricterLegend(
    distinct.map((r) => r.deadline),
    year,
  );
  if (legend) blocks.push({ type: 'paragraph', note: true, text: `说明：${legend}` });
  let n = 0;
  if (report.noticeDuties.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: `${chineseNumber(++n)}、通知工作要求` });
    blocks.push({
      type: 'list',
      items: report.noticeDuties.map((d, _i, all) => {
        const when = d.deadline
          ? `，时限：${d.deadline.text}（${d.deadline.due ? `按${formatChineseDate(d.deadline.due, year)}前理解` : '未能解读'}）`
          : '';
        const status = d.statusText ? `，${d.statusText}` : '';
        const tasks =
          d.scope === 'ledTasks'
            ? `（涉及任务${d.tasks.join('、')}）`
            : d.scope === 'ownTasks'
              ? `（涉及本单位任务${d.tasks.length}项）`
              : '';
        // Two duties of one requirement: 工作要求第一项（之一）, （之二）.
        const same = all.filter((x) => x.requirement === d.requirement);
        const part = same.length > 1 ? `（之${chineseNumber(same.indexOf(d) + 1)}）` : '';
        return `工作要求第${chineseNumber(d.requirement)}项${part}：${d.action}${tasks}${when}${status}。`;
      }),
    });
  }
  for (const section of report.sections) {
    blocks.push({
      type: 'heading',
      level: 1,
      text: `${chineseNumber(++n)}、${section.label}任务（${section.rows.length}项）`,
    });
    if (section.rows.length === 0) {
      blocks.push({ type: 'paragraph', text: '无。' });
      continue;
    }
    blocks.push({ type: 'paragraph', text: `本单位${ROLE_NOTES[section.role] ?? ''}` });
    blocks.push({
      type: 'table',
      table: {
        columns: NARRATIVE_COLUMNS,
        rows: section.rows.map((r) => {
          const row = narrativeRow(r, year);
          const via = r.unitRole?.via ? `\n（本单位作为“${r.unitRole.via}”之一）` : '';
          row.cells[2] = `${row.cells[2]}${via}`;
          return row;
        }),
      },
    });
  }
  if (report.deadlines.length > 0) {
    blocks.push({ type: 'heading', level: 1, text: `${chineseNumber(++n)}、时间节点` });
    blocks.push({
      type: 'list',
      items: report.deadlines.map((d) => {
        const what =
          d.source === 'task'
            ? `任务${d.task}${d.label ? `（${d.label}）` : ''}${d.roleLabel ? `【${d.roleLabel}】` : ''}`
            : d.title;
        return `${formatChineseDate(d.due, year)}前：${what}`;
      }),
    });
  }
  const used = new Set<string>();
  const fullName = report.unit.fullName ? `（${report.unit.fullName}）` : '';
  return {
    kind: 'unit',
    title: `${unit}责任清单`,
    subtitle: [planLine(analysis), `${unit}${fullName}　${asOfLine(options.asOf)}`],
    orientation: 'landscape',
    blocks,
    sheets: [
      unitSheet(sheetName(unit, used), distinct, year, `${unit}任务清单（${asOfLine(options.asOf)}）`),
    ],
    meta: {
      plan: analysis.plan.meta.title,
      ...(analysis.plan.meta.documentNumber ? { documentNumber: analysis.plan.meta.documentNumber } : {}),
      asOf: options.asOf,
      unit,
    },
  };
}
