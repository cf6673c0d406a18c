/**
 * `@fengong/core/node`: reading plan and registry files from disk. Everything else in core is
 * isomorphic; file access lives here so browsers never pull in `node:fs`.
 */

export { type ConvertOptions, convertLegacyOffice } from './convert';
export { FengongFileError, fileText, readFileBytes, readFileBytesSync, readTextFile } from './files';
export { JsonlLedgerStore, ledgerFileFor, openLedger } from './ledger-store';
export { findRegistryFile, type LoadedPlan, loadPlanFile, loadPlanText, loadRegistryFile } from './load-plan';
export { type LoadAnalysisOptions, type LoadedAnalysis, loadPlanAnalysis } from './plan-cache';
