/** The API: one report, a bundle with its index, errors, lazy writers, isomorphic sources. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UnknownUnitError } from '@fengong/core';
import { describe, expect, test, vi } from 'vitest';
import {
  involvedUnits,
  REPORT_FORMATS,
  REPORT_KINDS,
  ReportUsageError,
  renderBundle,
  renderReport,
  reportDocument,
  reportFileName,
  supportsFormat,
} from '../src';
import { AS_OF, entry, seed, text } from './seed';

const loaded = vi.hoisted(() => ({ exceljs: 0, docx: 0 }));
vi.mock('exceljs', async (importOriginal) => {
  loaded.exceljs++;
  return importOriginal();
});
vi.mock('docx', async (importOriginal) => {
  loaded.docx++;
  return importOriginal();
});

describe('lazy writers', () => {
  test('Markdown, HTML, CSV and ICS never load exceljs or docx; XLSX and DOCX do', async () => {
    for (const kind of REPORT_KINDS) {
      for (const format of ['md', 'html', 'csv', 'ics'] as const) {
        if (!supportsFormat(kind, format)) continue;
        await renderReport({
          kind,
          format,
          analysis: seed,
          asOf: AS_OF,
          ...(kind === 'unit' ? { unit: '市财政局' } : {}),
        });
      }
    }
    expect(loaded).toEqual({ exceljs: 0, docx: 0 });
    await renderReport({ kind: 'overdue', format: 'xlsx', analysis: seed, asOf: AS_OF });
    expect(loaded.exceljs).toBe(1);
    expect(loaded.docx).toBe(0);
    await renderReport({ kind: 'overdue', format: 'docx', analysis: seed, asOf: AS_OF });
    expect(loaded.docx).toBe(1);
  });

  test('the sources are isomorphic: no node: imports, no static import of the heavy writers', () => {
    const src = path.join(import.meta.dirname, '../src');
    const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const code = readFileSync(path.join(src, file), 'utf8');
      expect(code, file).not.toMatch(/from ['"]node:|require\(|from ['"](fs|path|os|child_process)['"]/);
      expect(code, file).not.toMatch(/^import (?!type )[^;]*from ['"](exceljs|docx)['"]/m);
      expect(code, file).not.toMatch(/\bprocess\.|Date\.now\(|new Date\(\)/);
    }
  });
});

describe('renderReport', () => {
  test('file names and media types', async () => {
    const md = await renderReport({ kind: 'overdue', format: 'md', analysis: seed, asOf: AS_OF });
    expect(md).toMatchObject({ fileName: '逾期预警.md', mediaType: 'text/markdown; charset=utf-8' });
    expect(text(md.bytes).startsWith('# 逾期预警\n')).toBe(true);
    const unit = await renderReport({
      kind: 'unit',
      format: 'html',
      analysis: seed,
      asOf: AS_OF,
      unit: '湛江市财政局',
    });
    expect(unit.fileName).toBe('单位责任清单-市财政局.html');
    expect(reportFileName('unit', 'ics', '市财政局')).toBe('时限日历-市财政局.ics');
    expect(reportFileName('ledger', 'xlsx', 'a/b')).toBe('任务分工台账-a_b.xlsx');
  });

  test('CSV: a BOM, CRLF records, a header row', async () => {
    const csv = text(
      (await renderReport({ kind: 'ledger', format: 'csv', analysis: seed, asOf: AS_OF })).bytes,
    );
    expect(csv.startsWith('\uFEFF任务编号,工作类别,具体要求,落实单位（原文）,牵头单位')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')[1]).toMatch(/^1,做好各类规划主动公开,县级以上各级人民政府/);
  });

  test('usage mistakes: ICS of a plan-wide report, a unit report without a unit, unknown kinds', async () => {
    await expect(
      renderReport({ kind: 'ledger', format: 'ics', analysis: seed, asOf: AS_OF }),
    ).rejects.toThrow(ReportUsageError);
    await expect(renderReport({ kind: 'unit', format: 'md', analysis: seed, asOf: AS_OF })).rejects.toThrow(
      ReportUsageError,
    );
    await expect(
      renderReport({ kind: 'nope' as never, format: 'md', analysis: seed, asOf: AS_OF }),
    ).rejects.toThrow(/^未知的报表类型“nope”（可选：ledger、/);
    await expect(
      renderReport({ kind: 'ledger', format: 'pdf' as never, analysis: seed, asOf: AS_OF }),
    ).rejects.toThrow(/^未知的文件格式“pdf”/);
    const error = (await renderReport({ kind: 'ledger', format: 'ics', analysis: seed, asOf: AS_OF }).catch(
      (e: unknown) => e,
    )) as ReportUsageError;
    expect([error.message, error.describe('en')]).toEqual([
      '时限日历（ics）按单位生成：请用单位责任清单（unit）',
      'calendars (ics) are written per unit: use the unit report',
    ]);
  });

  test('an unknown unit: the closest names', async () => {
    const attempt = renderReport({
      kind: 'unit',
      format: 'md',
      analysis: seed,
      asOf: AS_OF,
      unit: '市财政厅',
    });
    await expect(attempt).rejects.toThrow(UnknownUnitError);
    await expect(attempt).rejects.toMatchObject({ suggestions: expect.arrayContaining(['市财政局']) });
  });

  test('reportDocument: the neutral document, with sheets for spreadsheets', () => {
    const doc = reportDocument({ kind: 'ledger', analysis: seed, asOf: AS_OF, unitSheets: ['市财政局'] });
    expect(doc.sheets.map((s) => s.name)).toEqual(['任务分工台账', '市财政局']);
    expect(doc.orientation).toBe('landscape');
    expect(doc.meta).toEqual({
      plan: '湛江市2021年政务公开工作要点分工方案',
      documentNumber: '湛府办〔2021〕15号',
      asOf: AS_OF,
    });
  });

  test('the matrix: collapsed groups by default, expanded on request', () => {
    const collapsed = reportDocument({
      kind: 'matrix',
      analysis: seed,
      asOf: AS_OF,
    }).sheets[0]!.table.columns.map((c) => c.header);
    expect(collapsed).toContain('市直各单位');
    const expanded = reportDocument({ kind: 'matrix', analysis: seed, asOf: AS_OF, expandGroups: true })
      .sheets[0]!.table.columns;
    expect(expanded.map((c) => c.header)).not.toContain('市直各单位');
    expect(expanded).toHaveLength(2 + 37);
  });
});

describe('renderBundle', () => {
  test('every kind in every format it supports, unit reports per unit, and an index linking every file', async () => {
    const events: { done: number; total: number }[] = [];
    const units = ['市财政局', '赤坎区政府'];
    const files = await renderBundle({
      analysis: seed,
      asOf: AS_OF,
      units,
      formats: ['md', 'html', 'csv', 'ics'],
      onProgress: (e) => events.push(e),
    });
    const names = files.map((f) => f.fileName);
    expect(names.at(-1)).toBe('index.html');
    expect(new Set(names).size).toBe(names.length);
    // 5 plan-wide kinds × 3 formats, 2 units × 4 formats, the index.
    expect(files).toHaveLength(5 * 3 + 2 * 4 + 1);
    expect(names).toEqual(
      expect.arrayContaining(['任务分工台账.md', '单位责任清单-赤坎区政府.csv', '时限日历-市财政局.ics']),
    );
    expect(names.some((n) => n.endsWith('.ics') && !n.startsWith('时限日历-'))).toBe(false);
    expect(events.at(-1)).toEqual({ done: files.length, total: files.length, fileName: 'index.html' });
    const index = text(files.at(-1)!.bytes);
    for (const name of names.slice(0, -1)) expect(index).toContain(`href="${encodeURIComponent(name)}"`);
    expect(index.match(/<a href=/g)).toHaveLength(files.length - 1);
  });

  test('default units: every unit holding a role; kinds and formats can be narrowed', async () => {
    expect(involvedUnits(seed)).toHaveLength(37);
    const files = await renderBundle({ analysis: seed, asOf: AS_OF, kinds: ['unit'], formats: ['ics'] });
    expect(files).toHaveLength(37 + 1);
    const only = await renderBundle({ analysis: seed, asOf: AS_OF, kinds: ['overdue'], formats: ['ics'] });
    expect(only.map((f) => f.fileName)).toEqual(['index.html']);
  });

  test('the ledger workbook gets one sheet per unit in a bundle', async () => {
    const files = await renderBundle({
      analysis: seed,
      asOf: AS_OF,
      kinds: ['ledger'],
      formats: ['xlsx'],
      units: ['市财政局'],
    });
    expect(files.map((f) => f.fileName)).toEqual(['任务分工台账.xlsx', 'index.html']);
    const ExcelJS = (await import('exceljs')).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(files[0]!.bytes.slice().buffer as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['任务分工台账', '市财政局', '打印版', '_fengong']);
  });

  test('every format name is known', () => {
    expect([...REPORT_FORMATS]).toEqual(['xlsx', 'docx', 'html', 'md', 'csv', 'ics']);
  });
});

describe('plan-level rows name who is done and who cannot complete', () => {
  const entries = [
    entry({
      task: 1,
      unit: '市政府办公室',
      date: '2021-09-28',
      state: 'cannotComplete',
      reason: '系统未上线',
    }),
    entry({ task: 15, unit: '市财政局', date: '2021-09-20', state: 'done' }),
    entry({
      task: 15,
      unit: '赤坎区政府',
      date: '2021-09-25',
      state: 'cannotComplete',
      reason: '无相关数据',
    }),
  ];
  const md = async (kind: 'ledger' | 'overdue') =>
    new TextDecoder().decode(
      (await renderReport({ kind, format: 'md', analysis: seed, asOf: AS_OF, entries })).bytes,
    );

  test('the work ledger: how many of a task’s owners finished, and the reasons', async () => {
    const text = await md('ledger');
    expect(text).toContain('1/37个单位已完成；无法完成：赤坎区政府（无相关数据）');
    expect(text).toContain('市政府办公室（9月28日）无法完成（原因：系统未上线）');
  });

  test('the overdue warning: the task names who cannot complete it; the unit’s line gives its reason', async () => {
    const text = await md('overdue');
    expect(text).toContain('无法完成：市政府办公室（系统未上线）');
    expect(text).toContain('任务1（牵头，已逾期1天，无法完成：系统未上线）');
    // 市财政局 finished task 15: its line does not list it.
    const finance = text.split('\n').find((l) => l.startsWith('| 市财政局 |'))!;
    expect(finance).not.toContain('任务15');
  });
});
