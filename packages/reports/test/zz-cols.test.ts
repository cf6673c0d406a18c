import { test } from 'vitest';
import { reportDocument } from '../src';
import { AS_OF, seed } from './seed';
test('cols', () => {
  for (const kind of ['ledger', 'unit', 'lead-summary', 'overdue', 'lookback'] as const) {
    const doc = reportDocument({ kind, analysis: seed, asOf: AS_OF, ...(kind === 'unit' || kind === 'lead-summary' ? { unit: '市财政局' } : {}) } as any);
    for (const s of doc.sheets) console.log(kind, 'SHEET', s.name, !!s.live, s.table.columns.map((c) => `${c.header}${c.follows ? '*' + c.follows : ''}${c.light ? '!' : ''}${c.hidden ? '(h)' : ''}`).join('|'), s.table.rows.length);
    for (const b of doc.blocks) if (b.type === 'table') console.log(kind, 'BLOCK', b.caption, b.table.columns.map((c) => `${c.header}${c.light ? '!' : ''}${c.hidden ? '(h)' : ''}`).join('|'), b.table.rows.length, JSON.stringify(b.table.rows.find((r) => !r.section)?.cells));
  }
});
