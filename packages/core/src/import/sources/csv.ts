/**
 * Reading a CSV or TSV file (the export of a ledger spreadsheet) into one table: RFC 4180 quoting
 * (separators and line breaks inside quotes), the separator found from the first line (comma, tab
 * or semicolon), empty cells kept — a merged cell of the spreadsheet is exported in its first row
 * only, so the table says merges are unknown and the reader treats empty cells as the text
 * importer does.
 */
import type { CellBudget } from './limits';
import { trimText } from '../document/lines';
import type { DocumentModel, ModelRow } from '../document/table-model';

/**
 * The separator of a CSV text: the one of `,` `\t` `;` that occurs most in its first line outside quotes.
 *
 * @example
 * csvSeparator('序号\t工作任务\t责任单位'); //=> '\t'
 */
export function csvSeparator(text: string): ',' | '\t' | ';' {
  const counts = { ',': 0, '\t': 0, ';': 0 };
  let quoted = false;
  for (let i = 0; i < text.length && i < 10_000; i++) {
    const ch = text[i]!;
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) {
      if (counts[','] + counts['\t'] + counts[';'] > 0) break;
    } else if (!quoted && (ch === ',' || ch === '\t' || ch === ';')) counts[ch]++;
  }
  if (counts['\t'] >= counts[','] && counts['\t'] >= counts[';'] && counts['\t'] > 0) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}

/**
 * Split CSV text into rows of cells (RFC 4180: `"` quotes, `""` a quote inside quotes). Linear.
 *
 * @example
 * parseCsv('a,"b,1"\n"c\n2",d', ','); //=> [['a', 'b,1'], ['c\n2', 'd']]
 */
export function parseCsv(text: string, separator: string, budget?: CellBudget): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const sep = separator.charCodeAt(0);
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    budget?.add(row.length);
    row = [];
  };
  let from = i;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quoted) {
      if (c === 0x22) {
        if (text.charCodeAt(i + 1) === 0x22) {
          cell += text.slice(from, i + 1);
          i++;
          from = i + 1;
        } else {
          cell += text.slice(from, i);
          quoted = false;
          from = i + 1;
        }
      }
      continue;
    }
    if (c === 0x22 && cell === '' && from === i) {
      quoted = true;
      from = i + 1;
    } else if (c === sep) {
      cell += text.slice(from, i);
      endCell();
      from = i + 1;
    } else if (c === 0x0a || c === 0x0d) {
      cell += text.slice(from, i);
      endRow();
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      from = i + 1;
    }
  }
  cell += text.slice(from, i);
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}

/**
 * Read a CSV text into a {@link DocumentModel} of one table.
 *
 * @example
 * readCsv('序号,工作任务,责任单位,完成时限\n1,推进…,市财政局,2022年6月底前', budget).blocks.length; //=> 1
 */
export function readCsv(text: string, budget: CellBudget, separator?: ',' | '\t' | ';'): DocumentModel {
  const rows = parseCsv(text, separator ?? csvSeparator(text), budget);
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  width = Math.min(width, 256);
  const model: ModelRow[] = rows.map((cells, r) => ({
    cells: Array.from({ length: width }, (_, c) => ({
      text: trimText((cells[c] ?? '').replace(/\r\n?/g, '\n')),
    })),
    place: { row: r + 1 },
  }));
  return {
    format: 'csv',
    blocks:
      model.length > 0
        ? [{ kind: 'table', table: { rows: model, width, name: '表格', mergesKnown: false } }]
        : [],
    diagnostics: [],
  };
}
