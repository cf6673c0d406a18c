/**
 * Standalone HTML: one file, no external requests (a Content-Security-Policy forbids them), every
 * text escaped, print-ready on A4 with repeated table headers.
 */
import type { Cell, Column, ReportDocument, Table } from '../model';
import { escapeHtml } from '../text';

/** The shared stylesheet: screen and A4 print. */
export const HTML_STYLE = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1200px; padding: 24px; color: #111; background: #fff;
  font: 16px/1.6 "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", serif; }
h1 { font: bold 26px/1.4 "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", sans-serif; text-align: center; margin: 0 0 8px; }
h2 { font: bold 18px/1.5 "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; margin: 24px 0 8px; }
h3 { font: bold 16px/1.5 "KaiTi", "楷体", "STKaiti", serif; margin: 16px 0 6px; }
.subtitle { text-align: center; margin: 0 0 20px; color: #333; }
p { margin: 6px 0; text-indent: 2em; }
p.note { text-indent: 0; color: #444; font-size: 14px; }
ul { margin: 6px 0 6px 2em; padding: 0; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-size: 13px; line-height: 1.45; }
table.small { font-size: 12px; }
th, td { border: 1px solid #444; padding: 4px 6px; vertical-align: top; text-align: left; word-break: break-word; }
th { background: #eef0f3; font-family: "SimHei", "黑体", "Noto Sans CJK SC", sans-serif; font-weight: bold; text-align: center; vertical-align: middle; }
th.vertical { writing-mode: vertical-rl; text-orientation: upright; white-space: nowrap; padding: 6px 2px; }
td.num, td.right { text-align: right; }
td.center { text-align: center; }
td.fill { background: #fffdf0; }
tr.section td { background: #f6f6f6; font-family: "SimHei", "黑体", sans-serif; font-weight: bold; }
td.light-red { background: #ffc7ce; color: #9c0006; }
td.light-yellow { background: #ffeb9c; color: #7a5700; }
td.light-green { background: #c6efce; color: #006100; }
footer { margin-top: 24px; font-size: 12px; color: #666; text-align: center; }
@page { size: A4 portrait; margin: 20mm 18mm; }
@page landscape { size: A4 landscape; margin: 15mm 12mm; }
body.landscape { max-width: none; }
@media print {
  body { padding: 0; max-width: none; font-size: 12pt; }
  body.landscape { page: landscape; }
  h1 { font-size: 20pt; }
  table { font-size: 9.5pt; }
  thead { display: table-header-group; }
  tr, td, th { break-inside: avoid; page-break-inside: avoid; }
  h2, h3 { break-after: avoid; page-break-after: avoid; }
  td.light-red, td.light-yellow, td.light-green, th { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  footer { display: none; }
}
`;

/** The document head: charset, a policy forbidding every external request, the styles. */
export function htmlHead(title: string): string {
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="fengong">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${HTML_STYLE}</style>`,
    '</head>',
  ].join('\n');
}

function cellHtml(cell: Cell | undefined): string {
  return typeof cell === 'number' ? String(cell) : escapeHtml(cell ?? '').replace(/\r\n?|\n/g, '<br>');
}

function cellClass(column: Column, cell: Cell | undefined, light: string | undefined): string {
  const classes: string[] = [];
  if (typeof cell === 'number' || column.align === 'right') classes.push('num');
  else if (column.align === 'center') classes.push('center');
  if (column.fill) classes.push('fill');
  if (column.light && light && light !== 'none') classes.push(`light-${light}`);
  return classes.length ? ` class="${classes.join(' ')}"` : '';
}

/**
 * A table as HTML, header in `<thead>` so print repeats it on every page; every text escaped.
 *
 * @example
 * htmlTable({ columns: [{ header: '单位', width: 8 }], rows: [{ cells: ['<b>'] }] }).includes('<td>&lt;b&gt;</td>'); //=> true
 */
export function htmlTable(t: Table, small = false): string {
  const total = t.columns.reduce((sum, c) => sum + c.width, 0) || 1;
  const cols = t.columns.map((c) => `<col style="width:${((c.width / total) * 100).toFixed(1)}%">`).join('');
  const head = t.columns
    .map((c) => `<th scope="col"${c.vertical ? ' class="vertical"' : ''}>${escapeHtml(c.header)}</th>`)
    .join('');
  const body = t.rows
    .map((row) => {
      if (row.section !== undefined) {
        return `<tr class="section"><td colspan="${t.columns.length}">${escapeHtml(row.section)}</td></tr>`;
      }
      const cells = t.columns
        .map((c, i) => `<td${cellClass(c, row.cells[i], row.light)}>${cellHtml(row.cells[i])}</td>`)
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('\n');
  return `<table${small ? ' class="small"' : ''}>\n<colgroup>${cols}</colgroup>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
}

/**
 * A report document as one standalone HTML page.
 *
 * @example
 * renderHtml(reportDocument({ kind: 'ledger', analysis, asOf: '2021-10-01' })).startsWith('<!doctype html>'); //=> true
 */
export function renderHtml(doc: ReportDocument): string {
  const body: string[] = [
    '<header>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
    `<p class="subtitle">${doc.subtitle.map(escapeHtml).join('<br>')}</p>`,
    '</header>',
    '<main>',
  ];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        body.push(`<h${block.level + 1}>${escapeHtml(block.text)}</h${block.level + 1}>`);
        break;
      case 'paragraph':
        body.push(`<p${block.note ? ' class="note"' : ''}>${escapeHtml(block.text)}</p>`);
        break;
      case 'list':
        body.push(`<ul>\n${block.items.map((i) => `<li>${escapeHtml(i)}</li>`).join('\n')}\n</ul>`);
        break;
      case 'table':
        body.push(htmlTable(block.table, block.small));
        break;
    }
  }
  body.push('</main>', '<footer>由 fengong 生成</footer>');
  return `${htmlHead(doc.title)}\n<body${doc.orientation === 'landscape' ? ' class="landscape"' : ''}>\n${body.join('\n')}\n</body>\n</html>\n`;
}
