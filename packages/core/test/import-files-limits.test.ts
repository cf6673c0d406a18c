/**
 * Limits against hostile files: each is a FengongInputError with one diagnostic whose code names
 * the limit (file-too-large, zip-bomb, too-many-pages, too-many-cells), raised before the work it
 * guards; and the readers (XML, CSV, ZIP) stay linear on pathological input.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { FengongInputError, type FileImportOptions, importPlanFile } from '../src';
import { parseCsv } from '../src/import/sources/csv';
import { CellBudget, DEFAULT_FILE_LIMITS, resolveLimits } from '../src/import/sources/limits';
import { decodeEntities, scanXml } from '../src/import/sources/xml';
import { ZipArchive } from '../src/import/sources/zip';
import { sayDiagnostic } from '../src/messages';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures/files', name)));

/** The one diagnostic of the FengongInputError the import throws. */
async function refusal(bytes: Uint8Array, options: FileImportOptions) {
  const error = await importPlanFile(bytes, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FengongInputError);
  const diagnostics = (error as FengongInputError).diagnostics;
  expect(diagnostics).toHaveLength(1);
  return diagnostics[0]!;
}

/** Set the declared inflated size of an entry, in its local header and its central directory entry. */
function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  const bytes = strToU8(name);
  for (let i = 0; i + bytes.length <= out.length; i++) {
    if (!bytes.every((b, k) => out[i + k] === b)) continue;
    if (i >= 46 && view.getUint32(i - 46, true) === 0x02014b50) view.setUint32(i - 46 + 24, size, true);
    if (i >= 30 && view.getUint32(i - 30, true) === 0x04034b50) view.setUint32(i - 30 + 22, size, true);
  }
  return out;
}

describe('file size', () => {
  test(`a file over the default ${DEFAULT_FILE_LIMITS.maxBytes / 1024 / 1024} MB is refused before it is read`, async () => {
    const big = new Uint8Array(DEFAULT_FILE_LIMITS.maxBytes + 1);
    big.set(strToU8('%PDF-1.7'));
    const d = await refusal(big, { fileName: 'huge.pdf' });
    expect(d.code).toBe('file-too-large');
    expect(d.message).toBe('文件大小为 50 MB，最多读取 50 MB（如确为方案原件，请调高 limits.maxBytes）');
    expect(sayDiagnostic(d, 'en')).toBe(
      'the file is 50 MB; at most 50 MB are read (raise limits.maxBytes if this plan is real)',
    );
    expect(d.file).toBe('huge.pdf');
  });

  test('the limit can be lowered', async () => {
    const d = await refusal(fixture('zhanjiang-2021.docx'), {
      fileName: 'plan.docx',
      limits: { maxBytes: 10_000 },
    });
    expect(d.code).toBe('file-too-large');
  });
});

describe('zip bombs', () => {
  const zeros = new Uint8Array(24 * 1024 * 1024);
  const bomb = zipSync(
    { '[Content_Types].xml': strToU8('<Types/>'), 'word/document.xml': zeros },
    { level: 9 },
  );

  test('an entry whose declared size is too large for its compressed size (a ratio over 200:1)', async () => {
    expect(bomb.length).toBeLessThan(100_000);
    const d = await refusal(bomb, { fileName: 'bomb.docx' });
    expect(d.code).toBe('zip-bomb');
    expect(d.message).toMatch(/word\/document\.xml 声称由 .* 解压为 24 MB（压缩比超过 200:1）：疑为压缩炸弹/);
    expect(sayDiagnostic(d, 'en')).toMatch(
      /word\/document\.xml declares 24 MB from .* \(a ratio over 200:1\): a zip bomb/,
    );
  });

  test('an entry that inflates to more than its header declares is stopped while inflating', async () => {
    const lying = declareSize(bomb, 'word/document.xml', 1000);
    const d = await refusal(lying, { fileName: 'lying.docx' });
    expect(d.code).toBe('zip-bomb');
    expect(d.message).toBe(
      '文件解压后异常庞大，拒绝读取（word/document.xml 解压后超过文件头声称的 1000 B：疑为压缩炸弹）',
    );
  });

  test('the total inflated size is capped (200 MB by default; here lowered)', async () => {
    const d = await refusal(fixture('zhanjiang-2021.docx'), {
      fileName: 'plan.docx',
      limits: { maxInflatedBytes: 50_000 },
    });
    expect(d.code).toBe('zip-bomb');
    expect(d.message).toContain('所读部分解压后将超过 48.8 KB');
  });

  test('an archive of too many entries', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 30; i++) files[`f${i}.xml`] = strToU8('<x/>');
    const d = await refusal(zipSync(files), { fileName: 'many.docx', limits: { maxEntries: 20 } });
    expect(d.code).toBe('zip-bomb');
    expect(d.params).toEqual({ problem: 'too-many-entries', count: 30, max: 20 });
    expect(sayDiagnostic(d, 'en')).toContain('the archive has 30 entries; at most 20 are accepted');
  });

  test('a damaged archive', async () => {
    const broken = fixture('zhanjiang-2021.docx').slice(0, 5000);
    expect((await refusal(broken, { fileName: 'broken.docx' })).code).toBe('bad-zip');
  });

  test('the ZIP reader only inflates the parts asked for', () => {
    const zip = new ZipArchive(bomb, resolveLimits({ maxRatio: 10_000 }), 'bomb.docx');
    expect(zip.names()).toEqual(['[Content_Types].xml', 'word/document.xml']);
    expect(zip.text('[Content_Types].xml')).toBe('<Types/>');
    expect(zip.inflatedBytes).toBe(8);
  });
});

describe('cells and pages', () => {
  test('a Word table with more cells than the limit', async () => {
    const d = await refusal(fixture('zhanjiang-2021.docx'), {
      fileName: 'plan.docx',
      limits: { maxCells: 150 },
    });
    expect(d.code).toBe('too-many-cells');
    expect(d.message).toContain('表格单元格超过 150 个（表 1）');
  });

  test('a workbook with more cells than the limit', async () => {
    const d = await refusal(fixture('zhanjiang-2021.xlsx'), {
      fileName: 'plan.xlsx',
      limits: { maxCells: 150 },
    });
    expect(d.code).toBe('too-many-cells');
  });

  test('a sheet whose few cells span a huge range costs only the rows that hold something', async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
      <row r="1"><c r="A1" t="inlineStr"><is><t>序号</t></is></c><c r="B1" t="inlineStr"><is><t>工作任务</t></is></c><c r="C1" t="inlineStr"><is><t>责任单位</t></is></c></row>
      <row r="2"><c r="A2"><v>1</v></c><c r="B2" t="inlineStr"><is><t>推进“一网通办”。</t></is></c><c r="C2" t="inlineStr"><is><t>市政务服务数据管理局</t></is></c></row>
      <row r="1048576"><c r="C1048576" t="inlineStr"><is><t>备查</t></is></c></row>
      </sheetData><mergeCells><mergeCell ref="A3:XFD1048575"/></mergeCells></worksheet>`;
    const xlsx = zipSync({
      'xl/workbook.xml': strToU8(
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="表" r:id="rId1"/></sheets></workbook>',
      ),
      'xl/_rels/workbook.xml.rels': strToU8(
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      'xl/worksheets/sheet1.xml': strToU8(sheet),
    });
    // A stray cell in the last row and a merge over a million empty rows cost three rows.
    // (the three rows below show the empty ones were never walked; speed is checked by npm run bench)
    const result = await importPlanFile(xlsx, { fileName: 'sparse.xlsx', issued: '2022-01-01' });
    expect(result.plan?.tasks.map((t) => [t.number, t.units])).toEqual([[1, '市政务服务数据管理局']]);
    expect(result.text.split('\n')).toHaveLength(3);
  });

  test('a CSV file with more cells than the limit', async () => {
    const csv = strToU8(`序号,工作任务,责任单位\n${'1,推进,市财政局\n'.repeat(100)}`);
    const d = await refusal(csv, { fileName: 'plan.csv', limits: { maxCells: 200 } });
    expect(d.code).toBe('too-many-cells');
  });

  test('a PDF with more pages than the limit is refused before its pages are read', async () => {
    const d = await refusal(fixture('zhanjiang-2021.pdf'), { fileName: 'plan.pdf', limits: { maxPages: 3 } });
    expect(d.code).toBe('too-many-pages');
    expect(d.message).toBe('PDF 共 8 页，最多读取 3 页（如确为方案原件，请调高 limits.maxPages）');
  }, 60_000);

  test('a file that is not a PDF though it starts like one', async () => {
    const d = await refusal(strToU8('%PDF-1.7\nnothing else'), { fileName: 'fake.pdf' });
    expect(d.code).toBe('bad-pdf');
  }, 60_000);

  test('the cell budget counts across tables', () => {
    const budget = new CellBudget(10, 'x.docx');
    budget.add(6);
    expect(() => budget.add(5, '表 2')).toThrow(/表格单元格超过 10 个（表 2）/);
  });
});

// Speed belongs to `npm run bench`, not to a test: these inputs are large enough that a reader
// going quadratic on them would run for minutes and hit the test's timeout, whatever the machine.
describe('the readers finish on pathological input', () => {
  test('XML: ampersands without semicolons, unterminated tags, comments and quotes', () => {
    const n = 2_000_000;
    expect(decodeEntities('&'.repeat(n))).toHaveLength(n);
    for (const input of [
      '<a b="'.padEnd(n, 'x'),
      '<!--'.padEnd(n, '-'),
      `<a>${'<b x="1">'.repeat(n / 10)}`,
      '<'.repeat(n),
    ]) {
      let opened = 0;
      scanXml(input, { open: () => opened++ });
      expect(opened).toBeLessThanOrEqual(n / 9 + 1);
    }
  });

  test('XML: a DOCTYPE with entities is skipped, never expanded', () => {
    const texts: string[] = [];
    scanXml('<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><r>&b;&amp;</r>', {
      text: (t) => texts.push(t),
    });
    expect(texts).toEqual(['&b;&']);
  });

  test('CSV: a quote that never closes', () => {
    const input = `a,"${'x,'.repeat(500_000)}`;
    const rows = parseCsv(input, ',');
    expect(rows).toHaveLength(1);
    expect(rows[0]![0]).toBe('a');
  });
});
