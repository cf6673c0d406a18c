import { describe, expect, test } from 'vitest';
import { seedPlan, seedRegistry } from '../../test/seed';
import type { Plan } from '../model/schema';
import { analyzePlan } from './analysis';
import { resolvedUnitsText, searchTasks, searchTerms } from './search';

const analysis = analyzePlan(seedPlan, { registry: seedRegistry });
const byNumber = (n: number) => seedPlan.tasks.find((t) => t.number === n)!;

describe('searchTerms', () => {
  test('splits at spaces and list punctuation, folds width, case and traditional characters', () => {
    expect(searchTerms('  财政局　政务公开 ')).toEqual(['财政局', '政务公开']);
    expect(searchTerms('市財政局，ＰＤＦ;ab')).toEqual(['市财政局', 'pdf', 'ab']);
    expect(searchTerms(' 、， ')).toEqual([]);
  });
});

describe('searchTasks', () => {
  test('an empty query finds nothing', () => {
    expect(searchTasks(analysis, '')).toEqual([]);
    expect(searchTasks(analysis, '   ')).toEqual([]);
  });

  test('a word finds every task whose text, units or category holds it, in plan order', () => {
    const word = '财政';
    const expected = seedPlan.tasks
      .filter(
        (t) =>
          t.text.includes(word) ||
          t.units.includes(word) ||
          t.category.includes(word) ||
          resolvedUnitsText(analysis.byNumber.get(t.number)!).includes(word),
      )
      .map((t) => t.number);
    expect(expected.length).toBeGreaterThan(1);
    expect(searchTasks(analysis, word).map((h) => h.task)).toEqual(expected);
  });

  test('every word must be found (in any field)', () => {
    const a = new Set(searchTasks(analysis, '财政').map((h) => h.task));
    const b = new Set(searchTasks(analysis, '公开').map((h) => h.task));
    const both = searchTasks(analysis, '财政 公开').map((h) => h.task);
    expect(both).toEqual([...a].filter((n) => b.has(n)));
    expect(both.length).toBeLessThan(b.size);
  });

  test('the ranges point at the words in the field as written', () => {
    for (const hit of searchTasks(analysis, '政务公开')) {
      const task = byNumber(hit.task);
      for (const [start, end] of hit.ranges.text ?? []) expect(task.text.slice(start, end)).toBe('政务公开');
      for (const [start, end] of hit.ranges.category ?? [])
        expect(task.category.slice(start, end)).toBe('政务公开');
    }
  });

  test('a number finds its task; digits inside texts are found too', () => {
    const hits = searchTasks(analysis, '26');
    expect(hits.find((h) => h.task === 26)).toMatchObject({ task: 26, number: true });
    for (const hit of hits.filter((h) => h.task !== 26)) {
      expect(hit.number).toBe(false);
      expect(Object.keys(hit.ranges).length).toBeGreaterThan(0);
    }
    expect(searchTasks(analysis, '２６').find((h) => h.task === 26)?.number).toBe(true);
  });

  test('spaces in a field, full-width letters and traditional characters do not hide a match', () => {
    const plan: Plan = structuredClone(seedPlan);
    plan.tasks[0]!.text = '推进 政 务 公 开 标准化，ＰＤＦ 文件上网';
    const spaced = analyzePlan(plan, { registry: seedRegistry });
    const first = plan.tasks[0]!.number;
    const hit = searchTasks(spaced, '政务公开').find((h) => h.task === first);
    expect(hit?.ranges.text).toEqual([[3, 10]]);
    expect(searchTasks(spaced, 'pdf').find((h) => h.task === first)?.ranges.text).toEqual([[15, 18]]);
    expect(searchTasks(spaced, '政務公開').some((h) => h.task === first)).toBe(true);
  });

  test('a unit name finds the tasks that name it, through its resolved name too', () => {
    const hits = searchTasks(analysis, '市财政局');
    const expected = analysis.tasks
      .filter(
        (t) =>
          t.task.text.includes('市财政局') ||
          t.task.units.includes('市财政局') ||
          resolvedUnitsText(t).includes('市财政局'),
      )
      .map((t) => t.task.number);
    expect(hits.map((h) => h.task)).toEqual(expected);
    const t7 = hits.find((h) => h.task === 7);
    const [start, end] = t7!.ranges.units![0]!;
    expect(byNumber(7).units.slice(start, end)).toBe('市财政局');
  });

  test('options.tasks limits the search', () => {
    expect(searchTasks(analysis, '公开', { tasks: [7, 8] }).every((h) => h.task === 7 || h.task === 8)).toBe(
      true,
    );
  });
});
