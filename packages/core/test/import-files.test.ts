/**
 * Importing the seed plan straight from its files (scripts/make-import-fixtures.ts renders them from
 * seeds/zhanjiang-2021/plan.yaml): a Word document with merged cells and a repeated header, the PDF
 * LibreOffice makes of it, and a ledger workbook with separate 牵头/责任/配合/监管 columns. Each must
 * give back the 50 tasks, field by field.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  explainUnits,
  type FileImportResult,
  formatImportReview,
  importedPlanToYaml,
  importPlanFile,
  layoutNames,
  Plan,
  parseDeadline,
  parsePlan,
} from '../src';
import { seedPlan } from './seed';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(path.join(import.meta.dirname, 'fixtures/files', name)));

const FIELDS = ['number', 'category', 'text', 'units', 'deadline'] as const;
const squeeze = (s: string | undefined) => (s ?? '').replace(/\s+/g, '');

describe('the seed plan as a Word document (zhanjiang-2021.docx)', () => {
  let result: FileImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importPlanFile(fixture('zhanjiang-2021.docx'), { fileName: 'zhanjiang-2021.docx' });
    plan = Plan.parse(result.plan);
  });

  test('is read as a Word table: 50 tasks in 12 categories, nothing to check', () => {
    expect(result.format).toBe('docx');
    expect(result.layout).toBe('fileTable');
    expect(plan.tasks).toHaveLength(50);
    expect(plan.categories).toEqual(seedPlan.categories);
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  test.each(seedPlan.tasks.map((t, i) => [t.number, i] as const))(
    'task %i equals plan.yaml exactly: number, category, text, units cell, deadline cell',
    (_n, i) => {
      const want = seedPlan.tasks[i]!;
      const got = plan.tasks[i]!;
      for (const field of FIELDS) expect(got[field], `task ${want.number} ${field}`).toEqual(want[field]);
    },
  );

  test('the covering notice, the title and the footer give the same meta and requirements', () => {
    expect(plan.meta).toEqual(seedPlan.meta);
    expect(plan.requirements).toEqual(seedPlan.requirements);
  });

  test('each merged cell is applied to every task it covers, with its place in the file', () => {
    const merged = result.diagnostics.filter((d) => d.code === 'merged-cell');
    // Tasks 4–5, 8–9, 11–12, 14, 18, 20, 44–45, 47, 50 share their units and deadline cells.
    const sharing = [4, 5, 8, 9, 11, 12, 14, 18, 20, 44, 45, 47, 50];
    expect(new Set(merged.map((d) => (d.path?.[1] as number) + 1))).toEqual(new Set(sharing));
    expect(merged).toHaveLength(sharing.length * 2);
    const task5 = merged.find((d) => d.path?.[1] === 4 && d.path?.[2] === 'units')!;
    expect(task5.place).toEqual({ table: 1, row: 4, column: 3 });
    expect(task5).toMatchObject({
      messageId: 'merged-cell/grid',
      params: { task: 5, cell: 'units', from: 3 },
    });
    expect(task5.message).toContain('第 5 项任务与第 3 项任务共用落实单位单元格');
    expect(task5.message).toContain('（表 1 第 4 行 第 3 列）');
    expect(task5.confidence).toBe(1);
  });

  test('the review text shows each paragraph and table row on a line the diagnostics point at', () => {
    const lines = result.text.split('\n');
    // Centred and right-aligned paragraphs are indented, as the notice reader expects of a signature.
    expect(lines[0]).toBe('        湛府办〔2021〕15号');
    const header = result.diagnostics.find((d) => d.code === 'layout')!;
    expect(lines[header.lines![0] - 1]).toBe('工作任务 │ 具体要求 │ 落实单位 │ 完成时限');
    const review = formatImportReview(result, result.text, { all: true });
    expect(review).toContain(`版式 ${layoutNames.zh.fileTable} · 12 个类别共 50 项任务`);
    expect(review).toContain('5.强化行政执法信息公开');
  });

  test('the YAML written from it reads back as the same plan', () => {
    const yaml = importedPlanToYaml(result, { source: 'zhanjiang-2021.docx' });
    expect(yaml).toContain(`版式 ${layoutNames.zh.fileTable}`);
    expect(parsePlan(yaml).tasks).toEqual(plan.tasks);
  });
});

describe('the seed plan as a PDF made by LibreOffice (zhanjiang-2021.pdf)', () => {
  let result: FileImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importPlanFile(fixture('zhanjiang-2021.pdf'), { fileName: 'zhanjiang-2021.pdf' });
    plan = Plan.parse(result.plan);
  }, 60_000);

  test('is read from its ruled table: 50 tasks in 12 categories', () => {
    expect(result.format).toBe('pdf');
    expect(result.layout).toBe('fileTable');
    expect(plan.tasks).toHaveLength(50);
    expect(plan.categories.map((c) => c.name)).toEqual(seedPlan.categories.map((c) => c.name));
  });

  // pdf.js reports a space wherever glyphs leave a gap (Word and LibreOffice leave one between
  // Chinese text and digits: 2021年 12月前 is shown as 2021 年 12 月前); the importer keeps only the
  // spaces the page's glyphs show (pdf-spaces.ts), so every cell comes back exactly as typed.
  test.each(seedPlan.tasks.map((t, i) => [t.number, i] as const))(
    'task %i equals plan.yaml field by field',
    (_n, i) => {
      const want = seedPlan.tasks[i]!;
      const got = plan.tasks[i]!;
      expect(got.number).toBe(want.number);
      for (const field of ['category', 'text', 'units', 'deadline'] as const)
        expect(got[field], `task ${want.number} ${field}`).toBe(want[field]);
    },
  );

  test('the notice and footer read from the page lines give the same meta and requirements', () => {
    for (const key of Object.keys(seedPlan.meta) as (keyof Plan['meta'])[])
      expect(plan.meta[key], `meta.${key}`).toEqual(seedPlan.meta[key]);
    expect(plan.requirements.map((r) => r.text)).toEqual(seedPlan.requirements.map((r) => r.text));
  });

  test('the header repeated on every page is dropped, and rows the page broke are joined', () => {
    const repeats = result.diagnostics.filter((d) => d.code === 'header-repeated');
    expect(repeats.length).toBeGreaterThanOrEqual(5);
    expect(repeats.every((d) => d.place?.page !== undefined && d.place.row === 1)).toBe(true);
    const joined = result.diagnostics.filter((d) => d.code === 'row-continued');
    expect(joined.length).toBeGreaterThan(0);
    for (const d of joined) {
      expect(d.place?.page).toBeGreaterThan(1);
      expect(d.params?.task).toEqual(expect.any(Number));
      expect(d.message).toMatch(/^页首的这一行没有任务编号：读作被分页断开的第 \d+ 项任务的其余部分/);
    }
  });

  test('every uncertain spot names its page and row', () => {
    const spots = result.diagnostics.filter((d) => d.severity !== 'info');
    for (const d of spots) {
      expect(d.place?.page, d.message).toBeDefined();
      expect(d.message).toMatch(/\(page \d+/);
    }
  });
});

describe('the seed plan as a ledger workbook with separate units columns (zhanjiang-2021.xlsx)', () => {
  let result: FileImportResult;
  let plan: Plan;
  beforeAll(async () => {
    result = await importPlanFile(fixture('zhanjiang-2021.xlsx'), {
      fileName: 'zhanjiang-2021.xlsx',
      issued: '2021-07-01',
    });
    plan = Plan.parse(result.plan);
  });

  test('the sheet with the plan header is read; the title comes from the merged title row', () => {
    expect(result.format).toBe('xlsx');
    expect(plan.tasks).toHaveLength(50);
    expect(plan.meta.title).toBe(seedPlan.meta.title);
    expect(plan.categories).toEqual(seedPlan.categories);
    expect(result.diagnostics.find((d) => d.code === 'layout')?.message).toContain(
      '工作表“分工方案”，表头在第 2 行',
    );
  });

  test.each(seedPlan.tasks.map((t, i) => [t.number, i] as const))(
    'task %i: number, category, text and deadline equal plan.yaml; the roles equal those of its units cell',
    (_n, i) => {
      const want = seedPlan.tasks[i]!;
      const got = plan.tasks[i]!;
      for (const field of ['number', 'category', 'text', 'deadline'] as const)
        expect(got[field], `task ${want.number} ${field}`).toEqual(want[field]);
      // The sheet holds the roles in columns, not the original cell (“…牵头，市直各单位按职责分工落实”),
      // which cannot be recovered: the rebuilt cell is compared by what core reads from it.
      const roles = (units: string) => {
        const e = explainUnits(units);
        return {
          lead: e.lead,
          responsible: e.responsible,
          supporting: e.supporting,
          supervising: e.supervising,
        };
      };
      expect(roles(got.units)).toEqual(roles(want.units));
    },
  );

  test('the units cell is rebuilt from the columns the way the text importer composes them', () => {
    expect(plan.tasks[0]!.units).toBe(
      '牵头单位：市政府办公室；责任单位：各县（市、区）政府（管委会）；配合单位：市直各单位',
    );
    // Only 责任单位 filled: the cell is its value alone.
    expect(plan.tasks[5]!.units).toBe('各县（市、区）政府（管委会）、市直各单位');
    expect(plan.tasks[37]!.units).toBe(
      '责任单位：各县（市、区）政府（管委会）、市直各单位；监管单位：市发展改革局、市财政局、市审计局、市市场监管局',
    );
    expect(result.diagnostics.some((d) => d.code === 'units-composed')).toBe(true);
  });

  test('merged cells are applied to every task; places are sheet cells', () => {
    const merged = result.diagnostics.filter((d) => d.code === 'merged-cell' && d.path?.[2] === 'deadline');
    expect(merged.map((d) => (d.path?.[1] as number) + 1)).toEqual([
      4, 5, 8, 9, 11, 12, 14, 18, 20, 44, 45, 47, 50,
    ]);
    expect(merged[0]!.place).toEqual({ sheet: '分工方案', row: 5, column: 8 });
    expect(merged[0]!.message).toContain('（工作表“分工方案”H5 单元格）');
  });
});
