/**
 * @fengong/reports — renderers from fengong's views to the documents offices hand around: the work
 * ledger (任务分工台账), unit responsibility lists (单位责任清单), the lead units' progress summary
 * (牵头单位进展汇总), overdue warnings (逾期预警), the look-back checklist (回头看) and the
 * responsibility matrix (责任矩阵), as Markdown, HTML, CSV, XLSX, DOCX and ICS. Isomorphic: the XLSX
 * and DOCX writers are loaded only when such a file is written.
 */
export { type IndexEntry, renderIndex } from './bundle-index';
export { csvTable, renderCsv } from './formats/csv';
export { htmlTable, renderHtml } from './formats/html';
export { escapeIcsText, foldLine, type IcsOptions, renderIcs } from './formats/ics';
export { renderMarkdown } from './formats/markdown';
export type { KindOptions, OfficialOptions } from './kinds/types';
export type { Block, Cell, Column, Official, ReportDocument, Row, Sheet, Table } from './model';
export {
  type BundleOptions,
  involvedUnits,
  mediaTypes,
  REPORT_FORMATS,
  REPORT_KINDS,
  type RenderedFile,
  type RenderReportOptions,
  type ReportFormat,
  type ReportKind,
  ReportUsageError,
  renderBundle,
  renderDocument,
  renderReport,
  reportDocument,
  reportFileName,
  reportTitles,
  supportsFormat,
} from './render';
export { escapeHtml, escapeMarkdown, neutralizeFormula } from './text';

/**
 * Write a report document as XLSX (loads exceljs on first use).
 *
 * @example
 * const bytes = await renderXlsx(reportDocument({ kind: 'ledger', analysis, asOf: '2021-10-01' }));
 */
export async function renderXlsx(doc: import('./model').ReportDocument): Promise<Uint8Array> {
  return (await import('./formats/xlsx')).renderXlsx(doc);
}

/**
 * Write a report document as DOCX (loads docx on first use).
 *
 * @example
 * const bytes = await renderDocx(reportDocument({ kind: 'ledger', analysis, asOf: '2021-10-01' }));
 */
export async function renderDocx(doc: import('./model').ReportDocument): Promise<Uint8Array> {
  return (await import('./formats/docx')).renderDocx(doc);
}
export {
  LEDGER_HEADERS,
  type ReadLedgerOptions,
  readFilledLedger,
  readFilledLedgerCsv,
  readProgressFile,
} from './read-ledger';
