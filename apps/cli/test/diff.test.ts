/**
 * `fengong diff` on the seed plan and a modified copy, as next year's plan would change it: a reworded
 * task, re-assigned units, a moved deadline, a task moved to another category, a removed task, an added
 * task, and every later task renumbered. Every change must be found.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type Plan, type PlanDiff, parsePlan } from '@fengong/core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { fengong, repoRoot } from './run';

const seed = 'seeds/zhanjiang-2021/plan.yaml';
const units = 'seeds/zhanjiang/units.yaml';
const dir = mkdtempSync(path.join(tmpdir(), 'fengong-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const modifiedFile = path.join(dir, 'plan-next.json');

beforeAll(async () => {
  const plan: Plan = parsePlan(readFileSync(path.join(repoRoot, seed), 'utf8'));
  const task = (n: number) => plan.tasks.find((t) => t.number === n)!;
  task(10).text = task(10).text.replace('扎实做好', '切实做好');
  task(7).units = '各县（市、区）政府（管委会）;市审计局牵头，市财政局、市直各单位按职责分工落实';
  task(15).deadline = '2021 年 10 月前';
  task(12).category = '做好财政信息公开';
  plan.tasks = plan.tasks.filter((t) => t.number !== 20);
  // A new task after old task 31 (by then task 30).
  plan.tasks.splice(30, 0, {
    number: 999,
    category: task(31).category,
    text: '建立健全政务公开工作考核评估机制，每季度通报各单位政务公开工作情况。',
    units: '市政府办公室',
    deadline: '2021年12月前',
  });
  plan.tasks = plan.tasks.map((t, i) => ({ ...t, number: i + 1 }));
  plan.registry = undefined;
  writeFileSync(modifiedFile, JSON.stringify(plan, null, 2));
});

describe('fengong diff', () => {
  test('--json finds every change', async () => {
    const r = await fengong(['diff', seed, modifiedFile, '--units', units, '--json']);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout) as PlanDiff;
    expect(d.removed.map((t) => t.number)).toEqual([20]);
    expect(d.added.map((t) => [t.number, t.units])).toEqual([[31, '市政府办公室']]);
    const byA = new Map(d.changed.map((c) => [c.a, c]));
    expect(byA.get(10)).toMatchObject({ b: 10, kinds: ['reworded'] });
    expect(byA.get(7)).toMatchObject({
      b: 7,
      kinds: ['reassigned'],
      roles: {
        lead: { added: ['市审计局'], removed: ['市财政局'] },
        supporting: { added: ['市财政局'], removed: [] },
      },
    });
    expect(byA.get(15)).toMatchObject({ b: 15, kinds: ['deadlineMoved'], deadline: { days: 31 } });
    expect(byA.get(12)).toMatchObject({ b: 12, kinds: ['recategorized'] });
    // 21–31 moved up by one (task 20 removed); 32 onwards are back in place after the inserted task.
    for (let n = 21; n <= 31; n++) expect(byA.get(n)).toMatchObject({ b: n - 1, kinds: ['renumbered'] });
    for (let n = 32; n <= 50; n++) expect(byA.has(n)).toBe(false);
    expect(d.counts).toEqual({
      added: 1,
      removed: 1,
      changed: 15,
      unchanged: 34,
      renumbered: 11,
      reworded: 1,
      reassigned: 1,
      deadlineMoved: 1,
      recategorized: 1,
    });
  });

  test('the text report names each change', async () => {
    const r = await fengong(['diff', seed, modifiedFile, '--units', units]);
    expect(r.code).toBe(0);
    const out = r.stdout;
    expect(out).toContain(
      '新增 1 项，删除 1 项，修改 15 项（编号调整 11、内容修改 1、单位调整 1、时限调整 1、类别调整 1），未变 34 项',
    );
    expect(out).toMatch(/\+ B31 {2}建立健全政务公开工作考核评估机制/);
    expect(out).toMatch(/- A20 {2}/);
    expect(out).toContain('~ A7  单位调整');
    expect(out).toContain('牵头 +市审计局 −市财政局；配合 +市财政局');
    expect(out).toContain('~ A10  内容修改');
    expect(out).toContain('时限：2021 年 9 月前 → 2021 年 10 月前（推后 31 天）');
    expect(out).toContain('类别：做好常态化疫情防控信息公开 → 做好财政信息公开');
    expect(out).toContain('仅编号调整');
    expect(out).toContain('A21→B20、A22→B21');
  });

  test('a bad --min-similarity is a usage error', async () => {
    const r = await fengong(['diff', seed, seed, '--min-similarity', '2']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--min-similarity');
  });
});
