/**
 * The 催办通知 (reminder) as an official document (公文): the office's reminder to a unit about its
 * tasks, laid out by @fengong/reports' GB/T 9704 Word writer — 版头 with the issuer and 文号, the
 * unit as 主送机关, the request, and the tasks as an attachment (附件) with what the unit has
 * reported on each. Where each task stands is core's `ledgerProgress`; the words are the catalogue's.
 */
import {
  formatChineseDate,
  type IsoDate,
  type LedgerProgress,
  partStateNames,
  roleNames,
  sayServer,
  statusText,
  type UnitPart,
} from '@fengong/core';
import type { ReportDocument, Row } from '@fengong/reports';
import type { ServedPlan } from './plans';
import type { Act } from './store';

/** Who issues the reminder and under what number (发文机关, 发文字号). */
export interface ReminderOfficial {
  issuer?: string;
  documentNumber?: string;
}

/** 市财政局 has reported on 10月10日: 推进中; or 未报送. */
function reportedText(part: UnitPart | undefined, year: number): string {
  const e = part?.entry;
  if (!part || !e) return sayServer('server-reminder-unreported', {});
  return sayServer('server-reminder-reported', {
    date: formatChineseDate(e.date, year),
    state: partStateNames.zh[part.state],
  });
}

/** The reminder as a report document with official parts: `renderDocx` writes it as a 公文. */
export function reminderDocument(
  plan: ServedPlan,
  act: Act & { official?: ReminderOfficial },
  progress: LedgerProgress,
  day: IsoDate,
): ReportDocument {
  const { meta } = plan.analysis.plan;
  const year = Number(meta.issued.slice(0, 4));
  const issuer = act.official?.issuer ?? meta.issuer ?? meta.printedBy ?? '';
  const fullName = plan.analysis.registry.unitByName.get(act.unit)?.fullName ?? act.unit;
  const rows: Row[] = act.tasks.flatMap((n) => {
    const task = plan.analysis.byNumber.get(n);
    if (!task) return [];
    const part = progress.part(n, act.unit);
    return [
      {
        ...(part ? { light: part.status.light } : {}),
        cells: [
          n,
          task.task.text,
          part ? roleNames.zh[part.role] : '',
          task.task.deadline,
          part ? statusText(part.status, { year }) : '',
          reportedText(part, year),
        ],
      },
    ];
  });
  const title = sayServer('server-reminder-doc-title', { plan: plan.title });
  return {
    kind: 'reminder',
    title: sayServer('server-reminder-title', {}),
    subtitle: [plan.title],
    orientation: 'portrait',
    official: {
      issuer,
      ...(act.official?.documentNumber ? { documentNumber: act.official.documentNumber } : {}),
      title,
      addressees: [fullName],
      date: day,
      cc: [],
      printedBy: act.official?.issuer ?? meta.printedBy ?? issuer,
    },
    blocks: [
      {
        type: 'paragraph',
        text: sayServer('server-reminder-body', {
          asOf: formatChineseDate(day),
          plan: plan.title,
          n: rows.length,
          tasks: act.tasks.join('、'),
        }),
      },
      ...(act.note
        ? [{ type: 'paragraph' as const, text: sayServer('server-reminder-note', { note: act.note }) }]
        : []),
      {
        type: 'table',
        caption: sayServer('server-reminder-table', {}),
        table: {
          columns: [
            { header: sayServer('server-reminder-col-task', {}), width: 6, align: 'center' },
            { header: sayServer('server-reminder-col-text', {}), width: 40 },
            { header: sayServer('server-reminder-col-role', {}), width: 6, align: 'center' },
            { header: sayServer('server-reminder-col-deadline', {}), width: 16 },
            { header: sayServer('server-reminder-col-status', {}), width: 14, align: 'center', light: true },
            { header: sayServer('server-reminder-col-reported', {}), width: 16 },
          ],
          rows,
        },
      },
    ],
    sheets: [],
    meta: {
      plan: plan.title,
      ...(meta.documentNumber ? { documentNumber: meta.documentNumber } : {}),
      asOf: day,
      unit: act.unit,
    },
  };
}
