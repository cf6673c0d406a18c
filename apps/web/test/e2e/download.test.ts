/** Downloads through @fengong/reports, loaded on the click: a valid XLSX ledger, a unit's DOCX and ICS. */
import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gotoView, openSession, type Session } from '../support/page';

const baseUrl = inject('baseUrl');
let s: Session;

beforeAll(async () => {
  s = await openSession();
});

afterAll(async () => {
  await s?.browser.close();
});

async function download(id: string): Promise<{ file: Download; bytes: Buffer }> {
  await s.page.locator('.downloads').evaluate((d) => {
    (d as HTMLDetailsElement).open = true;
  });
  const [file] = await Promise.all([
    s.page.waitForEvent('download'),
    s.page.locator(`button[data-download="${id}"]`).click(),
  ]);
  const path = await file.path();
  return { file, bytes: await readFile(path) };
}

describe('downloads', () => {
  it('loads the reports code only when a download is asked for', async () => {
    const scripts: string[] = [];
    s.page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(new URL(r.url()).pathname);
    });
    await gotoView(s.page, baseUrl, '#/?asOf=2021-10-01');
    await s.page.waitForLoadState('networkidle');
    expect(scripts.filter((p) => /exceljs|docx|import-|pdf/.test(p))).toEqual([]);
    // Nor the YAML parsers: judged by content, as a chunk of shared date helpers may also be named
    // after a module called parse.
    for (const p of scripts) {
      expect(await (await fetch(new URL(`.${p}`, baseUrl))).text(), p).not.toContain('tag:yaml.org');
    }
    // Only what index.html names: the entry and the chunks it preloads.
    const html = await (await fetch(baseUrl)).text();
    const named = [...html.matchAll(/(?:src|href)="\.(\/assets\/[^"]+\.js)"/g)].map((m) => m[1]);
    expect(scripts.sort()).toEqual(named.sort());
  });

  it('produces a valid XLSX ledger that exceljs can read', async () => {
    const { file, bytes } = await download('ledger-xlsx');
    expect(file.suggestedFilename()).toBe('任务分工台账.xlsx');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const cells: string[] = [];
    sheet.eachRow((row) => {
      row.eachCell((cell) => {
        cells.push(String(cell.text));
      });
    });
    const text = cells.join('\n');
    expect(text).toContain('市财政局');
    // Shown without the stray spaces of the PDF the plan was read from (core's displayText).
    expect(text).toContain('2021年9月前');
    expect(sheet.rowCount).toBeGreaterThanOrEqual(50);
    expect(s.errors).toEqual([]);
  });

  it('writes the unit list (DOCX) and calendar (ICS) of the unit in view', async () => {
    await gotoView(s.page, baseUrl, '#/unit/市财政局?asOf=2021-10-01');
    const docx = await download('unit-docx');
    expect(docx.file.suggestedFilename()).toBe('单位责任清单-市财政局.docx');
    expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const ics = await download('unit-ics');
    expect(ics.file.suggestedFilename()).toBe('时限日历-市财政局.ics');
    expect(ics.bytes.toString('utf8')).toMatch(/^BEGIN:VCALENDAR/);
  });

  it('offers the unit downloads only with a unit in view', async () => {
    await gotoView(s.page, baseUrl, '#/matrix');
    await s.page.locator('.downloads').evaluate((d) => {
      (d as HTMLDetailsElement).open = true;
    });
    expect(await s.page.locator('button[data-download="unit-docx"]').isDisabled()).toBe(true);
    expect(await s.page.locator('button[data-download="ledger-xlsx"]').isDisabled()).toBe(false);
  });
});
