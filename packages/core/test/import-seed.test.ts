/**
 * Importing the Zhanjiang seed text must reproduce the hand-made seeds/zhanjiang-2021/plan.yaml
 * field by field: every task, the categories, the meta and the general requirements with their duties.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { Plan } from '../src';
import { importPlanText } from '../src/import';
import { seedPlan, seedTextFile } from './seed';

const text = readFileSync(seedTextFile, 'utf8');
const result = importPlanText(text, { fileName: 'seeds/000_fc8bcf8b29ea9190.txt' });
const plan = Plan.parse(result.plan);

describe('importing the seed text (PDF-extracted table)', () => {
  test('detects the PDF table layout and finds 50 tasks in 12 categories', () => {
    expect(result.layout).toBe('pdfTable');
    expect(plan.tasks).toHaveLength(50);
    expect(plan.categories).toHaveLength(12);
  });

  test.each(seedPlan.tasks.map((t, i) => [t.number, i] as const))(
    'task %i equals plan.yaml: number, category, text, units cell, deadline cell',
    (_number, i) => {
      const want = seedPlan.tasks[i]!;
      const got = plan.tasks[i];
      expect(got).toBeDefined();
      expect({
        number: got?.number,
        category: got?.category,
        text: got?.text,
        units: got?.units,
        deadline: got?.deadline,
      }).toEqual({
        number: want.number,
        category: want.category,
        text: want.text,
        units: want.units,
        deadline: want.deadline,
      });
    },
  );

  test('the categories equal plan.yaml, in order', () => {
    expect(plan.categories).toEqual(seedPlan.categories);
  });

  test.each(Object.keys(seedPlan.meta) as (keyof typeof seedPlan.meta)[])(
    'meta.%s equals plan.yaml',
    (key) => {
      expect(plan.meta[key]).toEqual(seedPlan.meta[key]);
    },
  );

  test('meta has no field plan.yaml lacks', () => {
    expect(Object.keys(plan.meta).sort()).toEqual(Object.keys(seedPlan.meta).sort());
  });

  test('the general requirements: numbers and texts equal plan.yaml', () => {
    expect(plan.requirements.map((r) => [r.number, r.text])).toEqual(
      seedPlan.requirements.map((r) => [r.number, r.text]),
    );
  });

  test('the duties recognised in the requirements equal plan.yaml (actor, action, recipient, deadline, scope)', () => {
    expect(plan.requirements.map((r) => r.duties)).toEqual(seedPlan.requirements.map((r) => r.duties));
  });

  test('requirement 2 carries the lead units’ 30-October report as a structured duty', () => {
    expect(plan.requirements[1]?.duties).toEqual([
      {
        actor: { kind: 'role', role: 'lead' },
        action: '收集汇总所牵头工作任务开展情况，报市政府办公室',
        recipient: '市政府办公室',
        deadline: '10月30日前',
        scope: 'ledTasks',
      },
    ]);
  });

  test('the text rules: artifacts repaired, U+2029 trimmed, no “N.” left, whitespace inside lines kept', () => {
    for (const t of plan.tasks) {
      expect(t.text).not.toMatch(/[„‟\u2029]/);
      expect(t.text).not.toMatch(/^\d+[.．]/);
    }
    expect(plan.tasks[41]?.text).toContain('国办公开办函〔2019〕60 号');
    expect(plan.tasks[12]?.text).toContain('《中共广东省委广东省人民政府');
    expect(plan.categories[4]?.name).toContain('《中共广东省委  广东省人民政府');
  });
});

describe('the decisions behind the seed import', () => {
  const at = (code: string) => result.diagnostics.filter((d) => d.code === code);

  test('every decision names its source lines, within the text, and a confidence between 0 and 1', () => {
    const lineCount = text.split('\n').length;
    const decisions = result.diagnostics.filter((d) => d.confidence !== undefined);
    expect(decisions.length).toBeGreaterThan(50);
    for (const d of decisions) {
      expect(d.confidence).toBeGreaterThanOrEqual(0);
      expect(d.confidence).toBeLessThanOrEqual(1);
      if (d.lines) {
        expect(d.lines[0]).toBeGreaterThanOrEqual(1);
        expect(d.lines[1]).toBeLessThanOrEqual(lineCount);
        expect(d.lines[0]).toBeLessThanOrEqual(d.lines[1]);
        expect(d.start?.line).toBe(d.lines[0]);
      }
      expect(d.severity).toBe(d.confidence! < 0.7 ? 'warning' : 'info');
    }
  });

  test('task boundaries: one decision per task with its text lines', () => {
    const tasks = at('task');
    expect(tasks).toHaveLength(50);
    expect(tasks[0]).toMatchObject({ lines: [75, 83], path: ['tasks', 0, 'text'] });
  });

  test('merged cells applied to several tasks (3–5, 7–9, 10–12, 43–45 …)', () => {
    const merged = at('merged-cell');
    for (const [first, last] of [
      [3, 5],
      [7, 9],
      [10, 12],
      [43, 45],
      [49, 50],
    ])
      expect(merged).toContainEqual(
        expect.objectContaining({
          messageId: 'merged-cell/pdf',
          params: expect.objectContaining({ first, last }),
        }),
      );
    expect(merged.map((d) => d.message)).toContain(
      '第 3–5 项任务共用一个落实单位单元格和一个完成时限单元格（第 159–175 行）',
    );
  });

  test('task 14 shares task 13’s cell over the page break: flagged for review', () => {
    expect(at('merged-cell-over-page')).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['tasks', 13, 'units'], lines: [310, 314] }),
    ]);
  });

  test('the category continued over a page, and the one repeated on the next page', () => {
    expect(at('category-continued')).toContainEqual(expect.objectContaining({ lines: [319, 329] }));
    expect(at('category-repeated')).toContainEqual(
      expect.objectContaining({ lines: [703, 705], severity: 'info' }),
    );
  });

  test('task 39’s units and deadline share a line: split at the space', () => {
    expect(at('line-split')).toEqual([expect.objectContaining({ lines: [924, 924] })]);
    expect(plan.tasks[38]).toMatchObject({ units: '市司法局', deadline: '长期工作' });
  });

  test('units cells going on after a page break: task 34’s (clearly units) and task 38’s (flagged)', () => {
    expect(at('units-continued')).toEqual([
      expect.objectContaining({ lines: [806, 830], severity: 'info' }),
      expect.objectContaining({ lines: [904, 912], severity: 'warning' }),
    ]);
  });

  test('only a few spots need a look', () => {
    const warnings = result.diagnostics.filter((d) => d.severity !== 'info');
    expect(warnings.length).toBeLessThanOrEqual(4);
  });
});
