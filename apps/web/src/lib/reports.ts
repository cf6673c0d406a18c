/**
 * Downloads through @fengong/reports: the work ledger (XLSX, CSV), a unit's responsibility list
 * (DOCX) and calendar (ICS), the overdue warning and the matrix. The reports package and its
 * writers (exceljs, docx) are loaded on the first click, never with the first screen.
 */
import type { DayString, LedgerEntry, PlanAnalysis } from '@fengong/core';
import type { RenderedFile, ReportFormat, ReportKind } from '@fengong/reports';
import type { MessageKey } from './i18n';

/** One entry of the downloads menu. */
export interface DownloadItem {
  id: string;
  kind: ReportKind;
  format: ReportFormat;
  label: MessageKey;
  /** Needs a unit (the one shown in the unit view). */
  unit?: boolean;
}

export const DOWNLOADS: readonly DownloadItem[] = [
  { id: 'ledger-xlsx', kind: 'ledger', format: 'xlsx', label: 'downloadLedger' },
  { id: 'ledger-csv', kind: 'ledger', format: 'csv', label: 'downloadCsv' },
  { id: 'unit-docx', kind: 'unit', format: 'docx', label: 'downloadUnitList', unit: true },
  { id: 'unit-ics', kind: 'unit', format: 'ics', label: 'downloadIcs', unit: true },
  { id: 'overdue-docx', kind: 'overdue', format: 'docx', label: 'downloadOverdue' },
  { id: 'matrix-xlsx', kind: 'matrix', format: 'xlsx', label: 'downloadMatrix' },
];

/**
 * Render one report with @fengong/reports, loaded now (and its XLSX/DOCX writer with it), with the
 * progress entries recorded in this browser: the 台账 comes out with 完成情况 and 进展情况 filled in.
 *
 * @example
 * const file = await renderDownload(DOWNLOADS[0]!, { analysis, asOf: '2021-10-01' });
 * file.fileName; //=> '任务分工台账.xlsx'
 */
export async function renderDownload(
  item: DownloadItem,
  options: { analysis: PlanAnalysis; asOf: DayString; unit?: string; entries?: readonly LedgerEntry[] },
): Promise<RenderedFile> {
  const { renderReport } = await import('@fengong/reports');
  return renderReport({
    kind: item.kind,
    format: item.format,
    analysis: options.analysis,
    asOf: options.asOf,
    ...(item.unit && options.unit ? { unit: options.unit } : {}),
    ...(options.entries?.length ? { entries: options.entries } : {}),
  });
}
