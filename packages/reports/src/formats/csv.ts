/** CSV (RFC 4180) in UTF-8 with a BOM, so spreadsheet programs read the Chinese text right. */
import type { Cell, ReportDocument, Table } from '../model';
import { neutralizeFormula } from '../text';

function field(cell: Cell | undefined): string {
  if (typeof cell === 'number') return String(cell);
  const text = neutralizeFormula(cell ?? '');
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A table as CSV text (with the BOM, CRLF line ends); section rows are left out.
 *
 * @example
 * csvTable({ columns: [{ header: '单位', width: 8 }], rows: [{ cells: ['=1+1'] }] }); //=> '\uFEFF单位\r\n\'=1+1\r\n'
 */
export function csvTable(table: Table): string {
  const lines = [table.columns.map((c) => field(c.header)).join(',')];
  for (const row of table.rows) {
    if (row.section !== undefined) continue;
    lines.push(table.columns.map((_, i) => field(row.cells[i])).join(','));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/**
 * A report document's first sheet as CSV.
 *
 * @example
 * renderCsv(reportDocument({ kind: 'ledger', analysis, asOf: '2021-10-01' })).startsWith('\uFEFF任务编号,'); //=> true
 */
export function renderCsv(doc: ReportDocument): string {
  const sheet = doc.sheets[0];
  return sheet ? csvTable(sheet.table) : '\uFEFF';
}
