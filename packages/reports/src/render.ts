/**
 * The entry points: one report in one format (`renderReport`), or a bundle of every report with an
 * index page (`renderBundle`). Markdown, HTML, CSV and ICS never load the XLSX or DOCX writers.
 */
import {
  displayText as chineseDisplayText,
  findUnit,
  type DayString,
  type LedgerEntry,
  type Locale,
  type PlanAnalysis,
} from '@fengong/core';
import { ReportUsageError } from './errors';

export { ReportUsageError };
import { renderCsv } from './formats/csv';
import { renderHtml } from './formats/html';
import { renderIcs } from './formats/ics';
import { renderMarkdown } from './formats/markdown';
import { ledgerDocument } from './kinds/ledger';
import { leadSummaryDocument } from './kinds/lead-summary';
import { lookbackDocument } from './kinds/lookback';
import { matrixDocument } from './kinds/matrix';
import { overdueDocument } from './kinds/overdue';
import type { KindOptions, OfficialOptions } from './kinds/types';
import { unitDocument } from './kinds/unit';
import type { Block, ReportDocument, Table } from './model';
import { type IndexEntry, renderIndex } from './bundle-index';
import { safeFileName, utf8 } from './text';

/**
 * The report kinds (报表种类).
 *
 * @example
 * REPORT_KINDS.includes('ledger'); //=> true
 */
export const REPORT_KINDS = ['ledger', 'unit', 'lead-summary', 'overdue', 'lookback', 'matrix'] as const;
/**
 * A report kind: 任务分工台账 · 单位责任清单 · 牵头单位进展汇总 · 逾期预警 · 回头看核查清单 · 责任矩阵.
 *
 * @example
 * const kind: ReportKind = 'lead-summary';
 */
export type ReportKind = (typeof REPORT_KINDS)[number];

/**
 * The output formats (文件格式).
 *
 * @example
 * REPORT_FORMATS; //=> ['xlsx', 'docx', 'html', 'md', 'csv', 'ics']
 */
export const REPORT_FORMATS = ['xlsx', 'docx', 'html', 'md', 'csv', 'ics'] as const;
/**
 * An output format.
 *
 * @example
 * const format: ReportFormat = 'docx';
 */
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/**
 * The Chinese name of each report kind, used in file names and the index page.
 *
 * @example
 * reportTitles.overdue; //=> '逾期预警'
 */
export const reportTitles: Readonly<Record<ReportKind, string>> = {
  ledger: '任务分工台账',
  unit: '单位责任清单',
  'lead-summary': '牵头单位进展汇总',
  overdue: '逾期预警',
  lookback: '回头看核查清单',
  matrix: '责任矩阵',
};

/**
 * The media type of each format.
 *
 * @example
 * mediaTypes.csv; //=> 'text/csv; charset=utf-8'
 */
export const mediaTypes: Readonly<Record<ReportFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

/**
 * Whether a kind can be written in a format: every kind in every format, except that calendars
 * (ICS) are per unit.
 *
 * @example
 * supportsFormat('unit', 'ics'); //=> true
 * supportsFormat('ledger', 'ics'); //=> false
 */
export function supportsFormat(kind: ReportKind, format: ReportFormat): boolean {
  return format !== 'ics' || kind === 'unit';
}

/**
 * One rendered file.
 *
 * @example
 * const file: RenderedFile = { fileName: '逾期预警.html', mediaType: 'text/html; charset=utf-8', bytes };
 */
export interface RenderedFile {
  fileName: string;
  mediaType: string;
  bytes: Uint8Array;
}

/**
 * Options of {@link renderReport} and {@link reportDocument}.
 *
 * @example
 * const options: RenderReportOptions = { kind: 'unit', format: 'docx', analysis, asOf: '2021-10-01', unit: '市财政局' };
 */
export interface RenderReportOptions {
  kind: ReportKind;
  format: ReportFormat;
  analysis: PlanAnalysis;
  /** The status day (截至日期); for the look-back, the review day. */
  asOf: DayString;
  /**
   * The unit: required for `unit`; for `ledger` that unit's ledger, for `lead-summary` that lead
   * unit, for `overdue` that unit's warnings. Names are matched like core's `findUnit`.
   */
  unit?: string;
  /** The progress ledger's entries, as recorded (core's progress rules decide what counts). */
  entries?: readonly LedgerEntry[];
  /** Ledger (XLSX): one more sheet per unit named here. */
  unitSheets?: readonly string[];
  /** Matrix: expand groups into one column per member unit. */
  expandGroups?: boolean;
  /** The issuer, document number and addressees of the official documents (公文, DOCX). */
  official?: OfficialOptions;
  /** When the files are generated (ISO date-time): calendars' DTSTAMP and SEQUENCE. */
  generatedAt?: string;
  /**
   * The language of the documents' own words (titles, sentences, headings, column titles), from core's
   * catalogue; default `zh-CN`. What the plan and core's rules say stays as they say it.
   */
  locale?: Locale;
}

const BUILDERS: Readonly<
  Record<ReportKind, (analysis: PlanAnalysis, options: KindOptions) => ReportDocument>
> = {
  ledger: ledgerDocument,
  unit: unitDocument,
  'lead-summary': leadSummaryDocument,
  overdue: overdueDocument,
  lookback: lookbackDocument,
  matrix: matrixDocument,
};

function kindOptions(options: Omit<RenderReportOptions, 'format'>): KindOptions {
  return {
    asOf: options.asOf,
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(options.entries ? { entries: options.entries } : {}),
    ...(options.unitSheets ? { unitSheets: options.unitSheets } : {}),
    ...(options.expandGroups ? { expandGroups: true } : {}),
    ...(options.official ? { official: options.official } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
}

/**
 * The format-neutral document of a report (for custom renderers and the viewer).
 *
 * @example
 * reportDocument({ kind: 'overdue', analysis, asOf: '2021-10-01' }).blocks[0];
 * //=> { type: 'paragraph', text: '截至2021年10月1日，已逾期任务8项，…' }
 */
export function reportDocument(options: Omit<RenderReportOptions, 'format'>): ReportDocument {
  if (!(REPORT_KINDS as readonly string[]).includes(options.kind)) {
    throw new ReportUsageError('usage/report-unknown-kind', {
      kind: options.kind,
      known: REPORT_KINDS.join('、'),
    });
  }
  if (options.kind === 'unit' && options.unit === undefined)
    throw new ReportUsageError('usage/report-needs-unit');
  return forDisplay(BUILDERS[options.kind](options.analysis, kindOptions(options)), options.locale);
}

/** Chinese characters and the full-width forms set among them (as core's `displayText` has them). */
const CJK =
  '\\u2e80-\\u2fff\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
/** A space between Chinese and Chinese or a digit (`2021 年 9 月前`), not one between an English word and a name. */
const SPACE_IN_CHINESE = new RegExp(
  `(?<=[${CJK}])[ \\t\\u00a0]+(?=[${CJK}0-9])|(?<=[${CJK}0-9])[ \\t\\u00a0]+(?=[${CJK}])`,
  'gu',
);

/**
 * Text as an English document shows it: the plan's stray spaces inside Chinese removed, the spaces
 * of the English words around Chinese names kept (`Responsibilities of 市财政局`).
 *
 * @example
 * englishDisplayText('Tasks of 市财政局 (2021 年 9 月前)'); //=> 'Tasks of 市财政局 (2021年9月前)'
 */
export function englishDisplayText(text: string): string {
  return text.replace(SPACE_IN_CHINESE, '');
}

/**
 * The document's text as reports show it (core's `displayText`: no stray spaces beside Chinese
 * characters; in English, {@link englishDisplayText}), except what units fill in and the hidden keys,
 * which must read back as written.
 */
function forDisplay(doc: ReportDocument, locale: Locale = 'zh-CN'): ReportDocument {
  const displayText = locale === 'en' ? englishDisplayText : chineseDisplayText;
  const table = (t: Table): Table => {
    const keep = t.columns.map((c) => c.fill === true || c.hidden === true);
    return {
      columns: t.columns,
      rows: t.rows.map((row) => ({
        ...row,
        ...(row.section !== undefined ? { section: displayText(row.section) } : {}),
        cells: row.cells.map((cell, i) => (typeof cell === 'string' && !keep[i] ? displayText(cell) : cell)),
      })),
    };
  };
  const block = (b: Block): Block => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return { ...b, text: displayText(b.text) };
      case 'list':
        return { ...b, items: b.items.map(displayText) };
      case 'table':
        return { ...b, table: table(b.table) };
    }
  };
  return {
    ...doc,
    title: displayText(doc.title),
    subtitle: doc.subtitle.map(displayText),
    blocks: doc.blocks.map(block),
    sheets: doc.sheets.map((sheet) => ({
      ...sheet,
      title: displayText(sheet.title),
      table: table(sheet.table),
    })),
  };
}

/**
 * Write a report document in a format (not ICS, which is written from the unit's deadlines).
 *
 * @example
 * const bytes = await renderDocument(reportDocument({ kind: 'matrix', analysis, asOf }), 'xlsx');
 */
export async function renderDocument(
  doc: ReportDocument,
  format: Exclude<ReportFormat, 'ics'>,
): Promise<Uint8Array> {
  switch (format) {
    case 'md':
      return utf8(renderMarkdown(doc));
    case 'html':
      return utf8(renderHtml(doc));
    case 'csv':
      return utf8(renderCsv(doc));
    case 'xlsx':
      return (await import('./formats/xlsx')).renderXlsx(doc);
    case 'docx':
      return (await import('./formats/docx')).renderDocx(doc);
  }
}

/**
 * The file name of a report: `任务分工台账.xlsx`, `单位责任清单-市财政局.docx`, `时限日历-市财政局.ics`.
 *
 * @example
 * reportFileName('unit', 'ics', '市财政局'); //=> '时限日历-市财政局.ics'
 */
export function reportFileName(kind: ReportKind, format: ReportFormat, unit?: string): string {
  const base = format === 'ics' ? '时限日历' : reportTitles[kind];
  return `${base}${unit !== undefined ? `-${safeFileName(unit)}` : ''}.${format}`;
}

/**
 * Render one report in one format.
 *
 * @example
 * const { fileName, mediaType, bytes } = await renderReport({ kind: 'ledger', format: 'xlsx', analysis, asOf: '2021-10-01' });
 * fileName; //=> '任务分工台账.xlsx'
 */
export async function renderReport(options: RenderReportOptions): Promise<RenderedFile> {
  const { kind, format } = options;
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new ReportUsageError('usage/report-unknown-format', { format, known: REPORT_FORMATS.join('、') });
  }
  if (!supportsFormat(kind, format)) throw new ReportUsageError('usage/ics-per-unit');
  const unit = options.unit !== undefined ? findUnit(options.analysis, options.unit) : undefined;
  const fileUnit =
    kind === 'unit' || (unit !== undefined && kind !== 'lookback' && kind !== 'matrix') ? unit : undefined;
  const fileName = reportFileName(kind, format, fileUnit);
  if (format === 'ics') {
    if (unit === undefined) throw new ReportUsageError('usage/ics-needs-unit');
    return {
      fileName,
      mediaType: mediaTypes.ics,
      bytes: utf8(
        renderIcs(options.analysis, {
          unit,
          asOf: options.asOf,
          ...(options.locale ? { locale: options.locale } : {}),
          ...(options.entries ? { entries: options.entries } : {}),
          ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
        }),
      ),
    };
  }
  const doc = reportDocument({ ...options, ...(unit !== undefined ? { unit } : {}) });
  return { fileName, mediaType: mediaTypes[format], bytes: await renderDocument(doc, format) };
}

/**
 * Options of {@link renderBundle}.
 *
 * @example
 * const options: BundleOptions = { analysis, asOf: '2021-10-01', formats: ['html', 'xlsx'], units: ['市财政局'] };
 */
export interface BundleOptions {
  analysis: PlanAnalysis;
  asOf: DayString;
  /** Default: every kind. */
  kinds?: readonly ReportKind[];
  /** Default: every format. */
  formats?: readonly ReportFormat[];
  /**
   * Units that get their own reports (unit reports, calendars, ledger sheets). Default: every unit
   * holding a role on a task, in registry order.
   */
  units?: readonly string[];
  /** The progress ledger's entries, as recorded. */
  entries?: readonly LedgerEntry[];
  /** The ledger workbook gets one sheet per unit; default: when at most 100 units are involved. */
  unitSheets?: boolean;
  /** The issuer, document number and addressees of the official documents (公文, DOCX). */
  official?: OfficialOptions;
  /** When the files are generated (ISO date-time): calendars' DTSTAMP and SEQUENCE. */
  generatedAt?: string;
  /** The language of the documents' own words; default `zh-CN`. */
  locale?: Locale;
  /** Called after each file is written: for progress bars. */
  onProgress?: (event: { done: number; total: number; fileName: string }) => void;
}

/**
 * The units holding a role on at least one task, registry units first (registry order), then names
 * the registry does not know.
 *
 * @example
 * involvedUnits(analysis).length; //=> 37
 */
export function involvedUnits(analysis: PlanAnalysis): string[] {
  const { ids, start } = analysis.resolved.byUnit;
  return [...ids].filter(([, id]) => start[id + 1]! > start[id]!).map(([name]) => name);
}

/**
 * Render a bundle: each kind in each format it supports (unit reports and calendars once per
 * unit), and `index.html` linking every file. Files come in index order, `index.html` last.
 *
 * @example
 * const files = await renderBundle({ analysis, asOf: '2021-10-01' });
 * files.at(-1)?.fileName; //=> 'index.html'
 */
export async function renderBundle(options: BundleOptions): Promise<RenderedFile[]> {
  const { analysis, asOf } = options;
  const kinds = options.kinds ?? REPORT_KINDS;
  const formats = options.formats ?? REPORT_FORMATS;
  for (const k of kinds)
    if (!(REPORT_KINDS as readonly string[]).includes(k))
      throw new ReportUsageError('usage/report-unknown-kind', { kind: k, known: REPORT_KINDS.join('、') });
  for (const f of formats)
    if (!(REPORT_FORMATS as readonly string[]).includes(f))
      throw new ReportUsageError('usage/report-unknown-format', {
        format: f,
        known: REPORT_FORMATS.join('、'),
      });
  const units = options.units
    ? [...new Set(options.units.map((u) => findUnit(analysis, u)))]
    : involvedUnits(analysis);
  const sheets = options.unitSheets ?? units.length <= 100;
  const progress = {
    ...(options.entries ? { entries: options.entries } : {}),
    ...(options.official ? { official: options.official } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  };
  const jobs: { kind: ReportKind; unit?: string; formats: ReportFormat[] }[] = [];
  for (const kind of kinds) {
    const usable = formats.filter((f) => supportsFormat(kind, f));
    if (usable.length === 0) continue;
    if (kind === 'unit') for (const unit of units) jobs.push({ kind, unit, formats: usable });
    else jobs.push({ kind, formats: usable });
  }
  const total = jobs.reduce((n, j) => n + j.formats.length, 0) + 1;
  const files: RenderedFile[] = [];
  const entries: IndexEntry[] = [];
  const done = (file: RenderedFile, entry: (typeof entries)[number]) => {
    files.push(file);
    entries.push(entry);
    options.onProgress?.({ done: files.length, total, fileName: file.fileName });
  };
  for (const job of jobs) {
    const doc = reportDocument({
      kind: job.kind,
      analysis,
      asOf,
      ...progress,
      ...(job.unit !== undefined ? { unit: job.unit } : {}),
      ...(job.kind === 'ledger' && sheets ? { unitSheets: units } : {}),
    });
    for (const format of job.formats) {
      const fileName = reportFileName(job.kind, format, job.unit);
      const bytes =
        format === 'ics'
          ? utf8(
              renderIcs(analysis, {
                unit: job.unit!,
                asOf,
                ...(options.locale ? { locale: options.locale } : {}),
                ...(options.entries ? { entries: options.entries } : {}),
                ...(options.generatedAt ? { generatedAt: options.generatedAt } : {}),
              }),
            )
          : await renderDocument(doc, format);
      done(
        { fileName, mediaType: mediaTypes[format], bytes },
        {
          kind: job.kind,
          title: reportTitles[job.kind],
          format,
          fileName,
          ...(job.unit !== undefined ? { unit: job.unit } : {}),
        },
      );
    }
  }
  const index = renderIndex(analysis, asOf, entries);
  files.push({ fileName: 'index.html', mediaType: mediaTypes.html, bytes: utf8(index) });
  options.onProgress?.({ done: files.length, total, fileName: 'index.html' });
  return files;
}
