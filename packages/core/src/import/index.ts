/**
 * Importing a plan from the document's own text (从原文导入分工方案): PDF-extracted tables, tables
 * copied from web pages, and prose plans, with every heuristic decision reported.
 */

export { detectFileKind, type FileImportOptions, type FileKind, importPlanFile } from './assembly/file';
export { importPlanText } from './assembly/import';
export type { FileErrorCode, FileImportLimits } from './sources/limits';
export type { PdfOptions } from './sources/pdf';
export { formatImportReview, type ImportReviewOptions } from './assembly/review';
export type {
  FileFormat,
  FileImportDiagnostic,
  FileImportResult,
  FilePlace,
} from './document/table-model';
export type {
  ImportDiagnostic,
  ImportLayout,
  ImportOptions,
  ImportResult,
} from './types';
export { type ImportYamlOptions, importedPlanToYaml } from './assembly/yaml';
