/** Markdown (GitHub-flavoured tables): every text escaped, one line per table row. */
import type { Cell, ReportDocument, Table } from '../model';
import { escapeMarkdown } from '../text';

const cellText = (cell: Cell | undefined): string =>
  typeof cell === 'number' ? String(cell) : escapeMarkdown(cell ?? '');

function table(t: Table): string {
  const header = `| ${t.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`;
  const rule = `| ${t.columns.map((c) => (c.align === 'right' ? '---:' : c.align === 'center' ? ':---:' : '---')).join(' | ')} |`;
  const rows = t.rows.map((row) => {
    if (row.section !== undefined) {
      return `| **${escapeMarkdown(row.section)}** |${' |'.repeat(Math.max(0, t.columns.length - 1))}`;
    }
    return `| ${t.columns.map((_, i) => cellText(row.cells[i])).join(' | ')} |`;
  });
  return [header, rule, ...rows].join('\n');
}

/**
 * A report document as Markdown.
 *
 * @example
 * renderMarkdown(reportDocument({ kind: 'overdue', analysis, asOf: '2021-10-01' })).startsWith('# 逾期预警'); //=> true
 */
export function renderMarkdown(doc: ReportDocument): string {
  const parts: string[] = [`# ${escapeMarkdown(doc.title)}`, doc.subtitle.map(escapeMarkdown).join('  \n')];
  for (const block of doc.blocks) {
    switch (block.type) {
      case 'heading':
        parts.push(`${'#'.repeat(block.level + 1)} ${escapeMarkdown(block.text)}`);
        break;
      case 'paragraph':
        parts.push(block.note ? `> ${escapeMarkdown(block.text)}` : escapeMarkdown(block.text));
        break;
      case 'list':
        parts.push(block.items.map((item) => `- ${escapeMarkdown(item)}`).join('\n'));
        break;
      case 'table':
        parts.push(table(block.table));
        break;
    }
  }
  return `${parts.join('\n\n')}\n`;
}
