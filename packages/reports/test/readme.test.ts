/**
 * The package's own README, as published: its quick start runs as a user's file (with
 * @fengong/core and @fengong/reports installed), prints what the README says and writes the ledger
 * as a workbook, a Word document and Markdown that hold the task; README.md and LICENSE are in the
 * package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { expect, test } from 'vitest';
import { packedFiles, readQuickStart, runQuickStart } from '../../../scripts/lib/readme-quickstart';

const packageDir = path.resolve(import.meta.dirname, '..');

test('the README’s quick start runs, prints what the README shows and writes the three files', async () => {
  const { code, prints } = readQuickStart(path.join(packageDir, 'README.md'));
  expect(code.trim().split('\n').length, 'a quick start of about ten lines').toBeLessThanOrEqual(16);
  const run = runQuickStart(code, {
    '@fengong/core': path.resolve(packageDir, '../core'),
    '@fengong/reports': packageDir,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toBe(prints);

  const file = (name: string) => readFileSync(path.join(run.dir, name));
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file('任务分工台账.xlsx') as unknown as ArrayBuffer);
  const cells = workbook.worksheets.flatMap((sheet) =>
    sheet.getSheetValues().flatMap((row) => (Array.isArray(row) ? row.map(String) : [])),
  );
  expect(cells).toContain('主动公开规划纲要。');
  expect(file('任务分工台账.docx').subarray(0, 2).toString()).toBe('PK');
  const markdown = file('任务分工台账.md').toString('utf8');
  expect(markdown).toMatch(
    /\| 1 \| 主动公开规划纲要。 \| 牵头：市发展改革局<br>配合：市财政局 \|.*\| 已逾期8天 \|/,
  );
});

test('npm publishes the README and the licence with the package', () => {
  expect(packedFiles(packageDir)).toEqual(expect.arrayContaining(['README.md', 'LICENSE', 'package.json']));
});
