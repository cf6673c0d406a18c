/**
 * Importing a plan straight from its file (从文件导入方案): a Word document, a workbook, a CSV/TSV
 * export, a PDF or plain text, told apart by their first bytes (and the name when the bytes do not
 * say), read under limits against hostile files, and imported by the same plan reader.
 */
import { catalogued } from '../../messages';
import { FengongInputError } from '../../diagnostics';
import { decodeText } from '../../text';
import { readCsv } from '../sources/csv';
import { importDocumentModel } from '../document/document';
import { isDocx, readDocx } from '../sources/docx';
import { importPlanText } from './import';
import { CellBudget, type FileImportLimits, fileError, formatBytes, resolveLimits } from '../sources/limits';
import type { PdfOptions } from '../sources/pdf';
import type {
  DocumentModel,
  FileFormat,
  FileImportDiagnostic,
  FileImportResult,
} from '../document/table-model';
import type { ImportOptions } from '../types';
import { isXlsx, readXlsx } from '../sources/xlsx';
import { isZip, ZipArchive } from '../sources/zip';

/**
 * Options of {@link importPlanFile}: those of the text importer, and the limits, the sheet and PDF
 * settings. `layout` applies to plain text only.
 *
 * @example
 * await importPlanFile(bytes, { fileName: 'ledger.xlsx', sheet: '任务台账', limits: { maxCells: 50_000 } });
 */
export interface FileImportOptions extends ImportOptions {
  /** Lower or raise the limits against hostile files ({@link DEFAULT_FILE_LIMITS}). */
  limits?: Partial<FileImportLimits> | undefined;
  /** The sheet of a workbook to read (default: the sheet whose table has a plan header). */
  sheet?: string | undefined;
  /** Where pdf.js finds CMaps and standard fonts (only for PDFs whose CJK fonts are not embedded). */
  pdf?: PdfOptions | undefined;
}

/**
 * What a file is, by its bytes and name: the formats {@link importPlanFile} reads, the old binary
 * Office formats (`doc`, `xls`: convert them first, e.g. with `convertLegacyOffice` of
 * `@fengong/core/node`), and others it does not.
 *
 * @example
 * const kind: FileKind = 'xls';
 */
export type FileKind = FileFormat | 'doc' | 'xls' | 'zip' | 'binary';

const extension = (name: string | undefined) => /\.([A-Za-z0-9]{1,5})$/.exec(name ?? '')?.[1]?.toLowerCase();

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  return signature.every((b, i) => bytes[at + i] === b);
}

/** Does a UTF-16LE name occur in the first bytes of an OLE compound file (its directory)? */
function oleHas(bytes: Uint8Array, name: string): boolean {
  const pattern = [...name].flatMap((ch) => [ch.charCodeAt(0), 0]);
  const end = Math.min(bytes.length, 4 * 1024 * 1024) - pattern.length;
  outer: for (let i = 0; i <= end; i++) {
    for (let k = 0; k < pattern.length; k++) if (bytes[i + k] !== pattern[k]) continue outer;
    return true;
  }
  return false;
}

/**
 * Tell what a file is from its first bytes (PDF, ZIP-based .docx/.xlsx, OLE-based .doc/.xls), and
 * from its name for text (`.csv`/`.tsv` are tables, anything else is the text importer's).
 *
 * @example
 * detectFileKind(new TextEncoder().encode('%PDF-1.7'), 'plan.pdf'); //=> 'pdf'
 * detectFileKind(new TextEncoder().encode('序号,工作任务'), 'ledger.csv'); //=> 'csv'
 */
export function detectFileKind(bytes: Uint8Array, fileName?: string): FileKind {
  const ext = extension(fileName);
  // %PDF- may follow some junk in the first kilobyte.
  const head = Math.min(bytes.length, 1024);
  for (let i = 0; i + 5 <= head; i++) if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d], i)) return 'pdf';
  if (isZip(bytes)) {
    if (ext === 'docx' || ext === 'docm' || ext === 'dotx' || ext === 'wpsx') return 'docx';
    if (ext === 'xlsx' || ext === 'xlsm' || ext === 'xltx' || ext === 'etx') return 'xlsx';
    return 'zip';
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    if (ext === 'doc' || ext === 'wps' || ext === 'dot') return 'doc';
    if (ext === 'xls' || ext === 'et' || ext === 'xlt') return 'xls';
    if (oleHas(bytes, 'WordDocument')) return 'doc';
    if (oleHas(bytes, 'Workbook') || oleHas(bytes, 'Book')) return 'xls';
    return 'binary';
  }
  if (ext === 'csv' || ext === 'tsv') return 'csv';
  return 'text';
}

/** Decode a CSV file: UTF-8/UTF-16 with BOM, else GB18030 (Excel on a Chinese Windows writes it). */
function decodeCsv(bytes: Uint8Array, fileName: string | undefined, notes: FileImportDiagnostic[]): string {
  const decoded = decodeText(bytes, fileName ? { fileName } : {});
  if (decoded.success) return decoded.text;
  try {
    const text = new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    notes.push({
      severity: 'info',
      code: 'encoding-gb18030',
      ...catalogued('encoding-gb18030', {}),
      confidence: 0.9,
    });
    return text;
  } catch {
    throw new FengongInputError([decoded.diagnostic], { id: 'summary/unreadable', params: { file: fileName } });
  }
}

function withNotes(model: DocumentModel, notes: FileImportDiagnostic[]): DocumentModel {
  for (const n of notes) model.diagnostics.unshift(n);
  return model;
}

/**
 * Import a plan from a file's bytes (从文件导入方案): .docx, .xlsx, .csv/.tsv, .pdf, or text, told
 * apart by the bytes and `fileName`. Word tables, sheets and ruled PDF tables are read cell by cell
 * (layout `fileTable`); text, and PDFs without ruled tables, go through {@link importPlanText}.
 * Every decision is a diagnostic with the page or sheet, row and column it concerns.
 *
 * Throws {@link FengongInputError} with one diagnostic when the file cannot be read at all:
 * `file-too-large`, `zip-bomb`, `too-many-pages`, `too-many-cells` (the limits), `bad-zip`,
 * `bad-pdf`, `encoding`, `old-office-format` (.doc/.xls: convert first), `unsupported-format`.
 * When the file is read but holds no plan, `plan` is `undefined` and an `error` diagnostic says so.
 *
 * @example
 * const bytes = new Uint8Array(await file.arrayBuffer()); // a browser File, or fs.readFile in Node
 * const result = await importPlanFile(bytes, { fileName: file.name });
 * result.format; //=> 'docx'
 * result.plan?.tasks.length; //=> 50
 * importedPlanToYaml(result, { source: file.name });
 */
export async function importPlanFile(
  bytes: Uint8Array,
  options: FileImportOptions = {},
): Promise<FileImportResult> {
  const limits = resolveLimits(options.limits);
  const fileName = options.fileName;
  if (bytes.length > limits.maxBytes)
    throw fileError(
      'file-too-large',
      { size: formatBytes(bytes.length), max: formatBytes(limits.maxBytes) },
      fileName,
    );
  const budget = new CellBudget(limits.maxCells, fileName);
  const { limits: _limits, sheet, pdf, ...importOptions } = options;
  const kind = detectFileKind(bytes, fileName);
  switch (kind) {
    case 'pdf': {
      const { readPdf } = await import('../sources/pdf');
      const read = await readPdf(bytes, {
        limits,
        budget,
        ...(fileName ? { fileName } : {}),
        ...(pdf ? { pdf } : {}),
      });
      if (read.ruled) {
        const result = importDocumentModel(read.model, importOptions);
        if (result.plan) return result;
      }
      // No ruled plan table: the text in reading order, for the text importer.
      const result = importPlanText(read.text, importOptions);
      const diagnostics = result.diagnostics as FileImportDiagnostic[];
      for (const d of diagnostics) {
        const page = d.lines ? read.linePages[d.lines[0] - 1] : undefined;
        if (page !== undefined) {
          d.place = { page };
          d.message = `${d.message}（第 ${page} 页）`;
        }
      }
      diagnostics.unshift({
        severity: 'info',
        code: 'pdf-text',
        ...catalogued('pdf-text', { ruled: read.ruled }),
        confidence: 0.8,
        ...(fileName ? { file: fileName } : {}),
      });
      return { ...result, diagnostics, format: 'pdf', text: read.text };
    }
    case 'zip':
    case 'docx':
    case 'xlsx': {
      const zip = new ZipArchive(bytes, limits, fileName);
      const which = isXlsx(zip) ? 'xlsx' : isDocx(zip) ? 'docx' : undefined;
      if (!which) {
        const odf = zip.entry('content.xml') !== undefined && zip.entry('mimetype') !== undefined;
        throw fileError(
          'unsupported-format',
          { kind: odf ? 'odf' : 'zip' },
          fileName,
        );
      }
      const model =
        which === 'xlsx'
          ? readXlsx(zip, budget, sheet !== undefined ? { sheet } : {})
          : readDocx(zip, budget);
      const errors = model.diagnostics.filter((d) => d.severity === 'error');
      if (errors.length > 0) {
        throw new FengongInputError(
          errors.map((d) => ({ ...d, ...(fileName ? { file: fileName } : {}) })),
          { id: 'summary/not-importable', params: { file: fileName } },
        );
      }
      return importDocumentModel(model, importOptions);
    }
    case 'csv': {
      const notes: FileImportDiagnostic[] = [];
      const text = decodeCsv(bytes, fileName, notes);
      const separator = extension(fileName) === 'tsv' ? '\t' : undefined;
      return importDocumentModel(withNotes(readCsv(text, budget, separator), notes), importOptions);
    }
    case 'doc':
    case 'xls':
      throw fileError(
        'old-office-format',
        { kind: kind === 'doc' ? 'doc' : 'xls' },
        fileName,
      );
    case 'binary':
      throw fileError(
        'unsupported-format',
        { kind: 'binary' },
        fileName,
      );
    case 'text': {
      const decoded = decodeText(bytes, fileName ? { fileName } : {});
      if (!decoded.success)
        throw new FengongInputError([decoded.diagnostic], { id: 'summary/unreadable', params: { file: fileName } });
      const result = importPlanText(decoded.text, importOptions);
      return { ...result, format: 'text', text: decoded.text };
    }
  }
}
