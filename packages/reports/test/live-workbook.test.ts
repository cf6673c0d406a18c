/**
 * A workbook filled in as a unit would: the 完成情况 drop-down of the overdue rows set to 已完成 by
 * editing the XLSX (as a spreadsheet saves it), then opened again in LibreOffice — the lights of
 * those rows turn from red to green.
 */
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, test } from 'vitest';
import { renderReport, reportDocument } from '../src';
import { LIGHT_FILLS } from '../src/formats/colors';
import { convertToPdf, pixelsOfColour } from './libreoffice';
import { AS_OF, seed } from './seed';

const columnLetter = (n: number) => String.fromCharCode(64 + n);

describe('a live workbook', () => {
  test('choosing 已完成 in the drop-down lights the row green when the file is opened again', async () => {
    const options = { kind: 'unit', analysis: seed, asOf: AS_OF, unit: '市财政局' } as const;
    const file = await renderReport({ ...options, format: 'xlsx' });
    const sheet = reportDocument(options).sheets[0]!;
    const state = columnLetter(sheet.table.columns.findIndex((c) => c.header === '完成情况') + 1);
    const red = sheet.table.rows.flatMap((row, i) => (row.light === 'red' ? [4 + i] : []));
    expect(red.length).toBeGreaterThan(0);

    const zip = await JSZip.loadAsync(file.bytes);
    const name = 'xl/worksheets/sheet1.xml';
    let xml = await zip.file(name)!.async('string');
    for (const row of red) {
      const cell = new RegExp(`<c r="${state}${row}"( s="\\d+")?( t="\\w+")?(/>|>[\\s\\S]*?</c>)`);
      expect(xml).toMatch(cell);
      xml = xml.replace(cell, `<c r="${state}${row}"$1 t="inlineStr"><is><t>已完成</t></is></c>`);
    }
    zip.file(name, xml);
    const filled = await zip.generateAsync({ type: 'uint8array' });

    const dir = convertToPdf({ 'blank.xlsx': file.bytes, 'filled.xlsx': filled });
    const colour = (pdf: string, light: 'red' | 'green') =>
      pixelsOfColour(path.join(dir, pdf), LIGHT_FILLS[light].fill.slice(2));
    const before = { red: colour('blank.pdf', 'red'), green: colour('blank.pdf', 'green') };
    const after = { red: colour('filled.pdf', 'red'), green: colour('filled.pdf', 'green') };
    // The data sheet's red lights turn green (the print version, 打印版, keeps the lights it was
    // written with): red went, and about as much green came.
    const turned = before.red - after.red;
    expect(turned).toBeGreaterThan(0);
    expect(after.green - before.green).toBeGreaterThan(turned * 0.8);
    expect(after.green - before.green).toBeLessThan(turned * 1.25);
  }, 180_000);
});
