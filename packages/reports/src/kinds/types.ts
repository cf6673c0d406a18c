/** Options every report kind builder takes. */
import type { DayString, LedgerEntry, Locale } from '@fengong/core';

/**
 * What a report kind is built from besides the analysis.
 *
 * @example
 * const options: KindOptions = { asOf: '2021-10-01', unit: '市财政局' };
 */
export interface KindOptions {
  asOf: DayString;
  unit?: string;
  /** The progress ledger's entries, as recorded (core's progress rules decide what counts). */
  entries?: readonly LedgerEntry[];
  /** Ledger: one more sheet per unit (XLSX). */
  unitSheets?: readonly string[];
  /** Matrix: one column per unit with groups expanded, instead of the names as the cells give them. */
  expandGroups?: boolean;
  /** The issuing body, document number and addressees of the official documents (公文). */
  official?: OfficialOptions;
  /** The language of the documents' own words (core's catalogue); default `zh-CN`. */
  locale?: Locale;
}

/**
 * Who issues the official documents (逾期预警, 牵头单位进展汇总, 回头看) and under what number;
 * what is not given comes from the plan's meta (发文机关, 主送机关, 印发机关).
 *
 * @example
 * const official: OfficialOptions = { issuer: '湛江市人民政府办公室', documentNumber: '湛府办函〔2021〕88号' };
 */
export interface OfficialOptions {
  /** 成文日期 (also the 印发日期 of the 版记); default: the status day `asOf`. */
  date?: DayString;
  issuer?: string;
  documentNumber?: string;
  addressees?: readonly string[];
  cc?: readonly string[];
  printedBy?: string;
}
