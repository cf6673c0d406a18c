/** Properties of the text safety helpers, over arbitrary text. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { csvTable } from '../src/formats/csv';
import { escapeIcsText, foldLine } from '../src/formats/ics';
import { escapeHtml, neutralizeFormula, safeFileName, truncate, xmlSafe } from '../src/text';

const unescapeIcs = (s: string) =>
  s.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

describe('text helpers', () => {
  test('ICS: folded lines are at most 75 octets, unfold to the line, never split a character', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (s) => {
        const line = `DESCRIPTION:${escapeIcsText(s)}`;
        const folded = foldLine(line);
        for (const l of folded.split('\r\n'))
          expect(new TextEncoder().encode(l).length).toBeLessThanOrEqual(75);
        expect(folded.replace(/\r\n /g, '')).toBe(line);
        expect(line).not.toMatch(/[\r\n]/);
        const kept = s.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
        expect(unescapeIcs(escapeIcsText(s))).toBe(kept);
      }),
    );
  });

  test('CSV: one record per row, no field starting a formula', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const csv = csvTable({
          columns: cells.map((_, i) => ({ header: `列${i}`, width: 4 })),
          rows: [{ cells }],
        });
        expect(csv.startsWith('\uFEFF')).toBe(true);
        for (const cell of cells)
          if (/^[=+\-@\t\r]/.test(cell)) expect(csv).toContain(`'${cell.slice(0, 1)}`);
      }),
    );
    expect(neutralizeFormula('-')).toBe("'-");
  });

  test('HTML escaping leaves no markup', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
    );
  });

  test('small helpers', () => {
    expect(safeFileName('../a:b*?')).toBe('__a_b__');
    expect(truncate('持续深化地方政府债务信息公开', 6)).toBe('持续深化地…');
    expect(xmlSafe('a\u0007b\tc\n')).toBe('ab\tc\n');
  });
});
