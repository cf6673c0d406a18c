/**
 * What an import is written as: YAML with comments on the spots to check (round-tripping through
 * parsePlan), and the review that prints those spots beside the source lines.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { layoutNames, Plan, parsePlan } from '../src';
import { formatImportReview, importedPlanToYaml, importPlanText } from '../src/import';
import { seedTextFile } from './seed';

const seedText = readFileSync(seedTextFile, 'utf8');
const seed = importPlanText(seedText, { fileName: 'seeds/000_fc8bcf8b29ea9190.txt' });
const fixtures = path.join(import.meta.dirname, 'fixtures/import');

describe('importedPlanToYaml', () => {
  const yamlText = importedPlanToYaml(seed, { source: 'seeds/000_fc8bcf8b29ea9190.txt' });

  test('round-trips through parsePlan to the imported plan', () => {
    expect(parsePlan(yamlText, { fileName: 'out.yaml' })).toEqual(Plan.parse(seed.plan));
  });

  test('a header comment names the source and the layout', () => {
    expect(yamlText.split('\n')[0]).toBe(
      '# 由 fengong 从 seeds/000_fc8bcf8b29ea9190.txt 导入（版式 PDF 表格）。',
    );
  });

  test('a “# check:” comment sits above the value the importer was unsure of', () => {
    const lines = yamlText.split('\n');
    const task14 = lines.indexOf('  - number: 14');
    const units = lines.findIndex((l, i) => i > task14 && l.startsWith('    units:'));
    const comment = lines.slice(task14, units).find((l) => l.trim().startsWith('# check:'));
    expect(comment).toContain('第 14 项任务在分页之后');
    expect(comment).toContain('原文第 310–314 行');
    expect(yamlText.match(/# check:/g)).toHaveLength(2);
  });

  test('with `all`, confident decisions are noted too, and it still round-trips', () => {
    const all = importedPlanToYaml(seed, { all: true, schema: '../schemas/plan.schema.json' });
    expect(all.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
    expect((all.match(/# note:/g) ?? []).length).toBeGreaterThan(50);
    expect(parsePlan(all)).toEqual(Plan.parse(seed.plan));
  });

  test.each(readdirSync(fixtures).filter((f) => f.endsWith('.txt')))('%s round-trips', (file) => {
    const result = importPlanText(readFileSync(path.join(fixtures, file), 'utf8'));
    expect(parsePlan(importedPlanToYaml(result, { source: file }))).toEqual(Plan.parse(result.plan));
  });

  test('nothing imported: nothing written', () => {
    expect(importedPlanToYaml(importPlanText('没有表格'))).toBe('');
  });
});

describe('formatImportReview', () => {
  const review = formatImportReview(seed, seedText);

  test('a summary, then each uncertain spot with the source lines it rests on', () => {
    const lines = review.split('\n');
    // The layout by its label, the place in words, the code kept in brackets for support.
    expect(lines[0]).toBe(`版式 ${layoutNames.zh.pdfTable} · 12 个类别共 50 项任务 · 2 处待核对`);
    expect(review).toContain('⚠ 第 14 项任务的落实单位 — [merged-cell-over-page]（把握 0.6）');
    expect(review).not.toMatch(/pdfTable|tasks\[/);
    expect(review).toMatch(/> +310 │ 各县（市、区）/);
    expect(review).toMatch(/> +904 │ 发展改革局、市/);
    expect(review).not.toContain('· 第 1 项任务的具体要求');
  });

  test('source lines keep their numbers; blank lines are left out; one line of context each side', () => {
    const spot = review.split('\n\n')[1]!.split('\n');
    expect(spot.slice(2)).toEqual([
      '    308 │ 大开放、加强污染防治和生态建设、',
      '  > 310 │ 各县（市、区）',
      '  > 312 │ 政府（管委会）、',
      '  > 314 │ 市直各单位',
      '    316 │ 长期工作',
    ]);
  });

  test('with `all`, the confident decisions are listed as well; long ranges are elided', () => {
    const all = formatImportReview(seed, seedText, { all: true, maxLines: 4 });
    expect(all).toContain('· 第 1 项任务的具体要求 — [task]（把握 0.95）');
    // In English the model's path and the code, as a developer reads them.
    expect(formatImportReview(seed, seedText, { all: true, locale: 'en' })).toContain(
      '· tasks[0].text — [task] (confidence 0.95)',
    );
    expect(all).toContain('┆ …');
  });
});
