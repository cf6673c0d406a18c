import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot, seedPlan, seedRegistry, seedTextFile } from './seed';

describe('the Zhanjiang 2021 seed plan as data', () => {
  test('the seed text is byte-identical to the shared original', () => {
    const shared = path.join(repoRoot, '../shared/seeds/000_fc8bcf8b29ea9190.txt');
    let original: Buffer;
    try {
      original = readFileSync(shared);
    } catch {
      // A clone without shared/ beside it: the checked-in hash still pins the bytes.
      original = Buffer.alloc(0);
    }
    const copy = readFileSync(seedTextFile);
    if (original.length > 0) expect(copy.equals(original)).toBe(true);
    expect(createHash('sha256').update(copy).digest('hex')).toBe(
      '8f67dbb6496f559cb5e7ad259d519d880964eaaa500d3ec747501e1508c6bd61',
    );
  });

  test('meta: number normalised to 〔〕, issuer, date, parents, footer', () => {
    expect(seedPlan.meta).toMatchObject({
      documentNumber: '湛府办〔2021〕15号',
      issuer: '湛江市人民政府办公室',
      issued: '2021-07-01',
      disclosure: '主动公开',
      printed: '2021-07-01',
    });
    expect(seedPlan.meta.parentDocuments.map((d) => d.number)).toEqual([
      '国办发〔2021〕12号',
      '粤府办〔2021〕17号',
    ]);
    expect(seedPlan.meta.cc).toHaveLength(11);
  });

  test('the three general requirements, with the lead units’ 30-October report as a structured duty', () => {
    expect(seedPlan.requirements.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(seedPlan.requirements[1]?.duties).toContainEqual({
      actor: { kind: 'role', role: 'lead' },
      action: '收集汇总所牵头工作任务开展情况，报市政府办公室',
      recipient: '市政府办公室',
      deadline: '10月30日前',
      scope: 'ledTasks',
    });
  });

  test('12 categories; tasks 1–50 in order, each under its category', () => {
    expect(seedPlan.categories).toHaveLength(12);
    expect(seedPlan.tasks.map((t) => t.number)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const categoryOf = (n: number) =>
      seedPlan.categories.findIndex((c) => c.name === seedPlan.tasks[n - 1]?.category) + 1;
    // Category boundaries as the document draws them (first task of each category).
    const firstTasks = [1, 3, 6, 10, 13, 15, 21, 25, 28, 34, 36, 43];
    expect(firstTasks.map(categoryOf)).toEqual(firstTasks.map((_, i) => i + 1));
    expect(categoryOf(14)).toBe(5);
    expect(categoryOf(33)).toBe(9);
  });

  test('cells are kept exactly as written: spaces inside dates, both semicolons, `„2021‟` restored', () => {
    const task = (n: number) => seedPlan.tasks[n - 1]!;
    expect(task(1).deadline).toBe('2021 年 9 月前完成现有规划文件主动公开；长期工作');
    expect(task(3).units).toBe(
      '各县（市、区）政府（管委会）;市发展改革局、市商务局、市市场监管局牵头，市直各单位按职责分工落实',
    );
    expect(task(5).units).toBe(task(3).units);
    expect(task(42).text).toContain('国办公开办函〔2019〕60 号');
    expect(task(34).units).toContain('市教育局 、市科技局');
    for (const t of seedPlan.tasks) expect(t.text).not.toMatch(/[„‟]/);
  });

  test('the registry: county-level group with 12 members, 市直各单位 by rule with its alias', () => {
    const counties = seedRegistry.groups.find((g) => g.name === '各县（市、区）政府（管委会）');
    expect(counties?.members).toHaveLength(12);
    expect(counties?.territorial).toBe(true);
    const city = seedRegistry.groups.find((g) => g.name === '市直各单位');
    expect(city?.aliases).toContain('市府直属各单位');
    expect(city?.memberKinds).toEqual(['cityDepartment', 'cityOffice']);
    expect(seedRegistry.units.find((u) => u.name === '市市场监管局')?.fullName).toBe('湛江市市场监督管理局');
  });
});
