/**
 * The ledger as CSV (台账导出): one row per entry, the columns named as in the ledger workbook
 * (任务编号, 单位, 完成情况, 进展情况, 备注, 填报人, 责任人, 联系人, 联系电话) plus the entry's own facts, so an exported file can be
 * imported back (`fengong progress import` skips what is already there).
 */
import type { LedgerEntry } from './schema';
import { progressStateLabels } from './states';

/**
 * The CSV columns (表头) of an exported ledger, in order.
 *
 * @example
 * LEDGER_CSV_COLUMNS.slice(0, 3); //=> ['记录编号', '任务编号', '单位']
 */
export const LEDGER_CSV_COLUMNS = [
  '记录编号',
  '任务编号',
  '单位',
  '日期',
  '完成情况',
  '进展情况',
  '备注',
  '原因',
  '佐证材料',
  '填报人',
  '责任人',
  '联系人',
  '联系电话',
  '记录时间',
  '更正记录',
  '来源',
] as const;

function field(value: string | number | undefined): string {
  if (typeof value === 'number') return String(value);
  let text = value ?? '';
  // Spreadsheet formula injection: text starting with = + - @ tab or CR gets a leading '.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * Entries as CSV text (导出台账): UTF-8 with a BOM and CRLF line ends, as spreadsheet programs expect;
 * states as their Chinese labels; evidence items one per line in their cell.
 *
 * @example
 * ledgerToCsv([entry]).split('\r\n')[0]; //=> '\uFEFF记录编号,任务编号,单位,日期,完成情况,进展情况,备注,原因,佐证材料,填报人,责任人,联系人,联系电话,记录时间,更正记录,来源'
 */
export function ledgerToCsv(entries: readonly LedgerEntry[]): string {
  const lines = [LEDGER_CSV_COLUMNS.join(',')];
  for (const e of entries) {
    lines.push(
      [
        e.id,
        e.task,
        e.unit,
        e.date,
        progressStateLabels[e.state],
        e.note,
        e.remark,
        e.reason,
        e.evidence?.join('\n'),
        e.author,
        e.responsiblePerson,
        e.contact,
        e.phone,
        e.recordedAt,
        e.supersedes,
        e.source,
      ]
        .map(field)
        .join(','),
    );
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
