import { describe, expect, test } from 'vitest';
import { seedPlan, seedRegistry } from '../../test/seed';
import type { Plan } from '../model/schema';
import { analyzePlan } from './analysis';
import { comparableText, diffPlans, textSimilarity } from './plan-diff';

const base = analyzePlan(seedPlan, { registry: seedRegistry });

/** The seed plan with the edits a next year's plan typically makes. */
function modified(): Plan {
  const plan: Plan = structuredClone(seedPlan);
  const task = (n: number) => plan.tasks.find((t) => t.number === n)!;
  task(10).text = task(10).text.replace('扎实做好', '切实做好');
  task(7).units = task(7).units.replace('市财政局牵头', '市审计局牵头');
  task(15).deadline = '2021 年 10 月前';
  task(12).category = '做好财政信息公开';
  plan.tasks = plan.tasks.filter((t) => t.number !== 20);
  plan.tasks.push({
    number: 51,
    category: task(49).category,
    text: '建立健全政务公开工作考核评估机制，每季度通报各单位政务公开工作情况。',
    units: '市政府办公室',
    deadline: '2021年12月前',
  });
  // Renumber 1…50 in order, as a new plan would be.
  plan.tasks = plan.tasks.map((t, i) => ({ ...t, number: i + 1 }));
  return plan;
}

describe('textSimilarity', () => {
  test('Dice coefficient of character bigrams, ignoring spaces and punctuation', () => {
    expect(textSimilarity('加强政策解读。', '加强 政策解读')).toBe(1);
    expect(textSimilarity('加强政策解读', '做好财政信息公开')).toBe(0);
    expect(
      textSimilarity('主动公开国民经济和社会发展规划纲要', '主动公开国民经济和社会发展规划'),
    ).toBeCloseTo(28 / 30, 5);
    expect(comparableText('（一）加强 政策解读，ＡＢ１')).toBe('一加强政策解读AB1');
  });
});

describe('diffPlans', () => {
  test('the same plan: nothing changed', () => {
    const d = diffPlans(base, base);
    expect(d.counts).toMatchObject({ added: 0, removed: 0, changed: 0, unchanged: 50 });
  });

  test('finds every change of a modified copy: reworded, re-assigned, moved deadline, recategorized, removed, added, renumbered', () => {
    const d = diffPlans(base, analyzePlan(modified(), { registry: seedRegistry }));
    expect(d.removed.map((t) => t.number)).toEqual([20]);
    expect(d.removed[0]!.text).toBe(seedPlan.tasks[19]!.text);
    expect(d.added.map((t) => [t.number, t.units])).toEqual([[50, '市政府办公室']]);

    const byA = new Map(d.changed.map((c) => [c.a, c]));
    expect(byA.get(10)).toMatchObject({ b: 10, kinds: ['reworded'] });
    expect(byA.get(10)!.text!.b).toContain('切实做好');
    expect(byA.get(10)!.similarity).toBeLessThan(1);
    expect(byA.get(7)).toMatchObject({
      b: 7,
      kinds: ['reassigned'],
      roles: { lead: { added: ['市审计局'], removed: ['市财政局'] } },
    });
    expect(byA.get(15)).toMatchObject({
      b: 15,
      kinds: ['deadlineMoved'],
      deadline: { a: { due: '2021-09-30' }, b: { text: '2021 年 10 月前', due: '2021-10-31' }, days: 31 },
    });
    expect(byA.get(12)).toMatchObject({ kinds: ['recategorized'], category: { b: '做好财政信息公开' } });
    for (let n = 21; n <= 50; n++)
      expect(byA.get(n)).toMatchObject({ b: n - 1, kinds: ['renumbered'], similarity: 1 });
    expect(d.counts).toEqual({
      added: 1,
      removed: 1,
      changed: 34,
      unchanged: 15,
      renumbered: 30,
      reworded: 1,
      reassigned: 1,
      deadlineMoved: 1,
      recategorized: 1,
    });
  });

  test('tasks are matched by content even when the order is shuffled', () => {
    const shuffled: Plan = structuredClone(seedPlan);
    shuffled.tasks = [...shuffled.tasks].reverse().map((t, i) => ({ ...t, number: i + 1 }));
    const d = diffPlans(base, analyzePlan(shuffled, { registry: seedRegistry }));
    expect(d.counts).toMatchObject({ added: 0, removed: 0, changed: 50, renumbered: 50, reworded: 0 });
    expect(d.changed.find((c) => c.a === 1)?.b).toBe(50);
  });

  test('next year’s plan: deadlines compared relative to each plan’s year', () => {
    const next: Plan = structuredClone(seedPlan);
    next.meta.issued = '2022-04-01';
    next.meta.printed = '2022-04-01';
    for (const t of next.tasks) t.deadline = t.deadline.replaceAll('2022', '2023').replaceAll('2021', '2022');
    next.tasks.find((t) => t.number === 8)!.deadline = '2022年 11月前';
    const d = diffPlans(base, analyzePlan(next, { registry: seedRegistry }));
    expect(d.changed.map((c) => [c.a, c.kinds, c.deadline?.days])).toEqual([[8, ['deadlineMoved'], -31]]);
  });
});
