import { expect, test, vi } from 'vitest';
import { seedPlan, seedRegistry } from '../../test/seed';
import * as roles from '../roles/plan';
import { analyzePlan } from './analysis';
import { decodeAnalysis, encodeAnalysis } from './compiled';
import { countTasks, listTasks, taskDetail } from './views';

vi.mock('../roles/plan', async (importOriginal) => {
  const original = await importOriginal<typeof import('../roles/plan')>();
  return { ...original, resolvePlan: vi.fn(original.resolvePlan) };
});

test('a compiled plan is resolved again only when expanded units or clauses are read, and once', () => {
  const analysis = analyzePlan(seedPlan, { registry: seedRegistry });
  const decoded = decodeAnalysis(encodeAnalysis(analysis, { key: 'k' }), { key: 'k' })!.analysis;
  const resolvePlan = vi.mocked(roles.resolvePlan);
  resolvePlan.mockClear();
  expect(
    listTasks(decoded, { unit: '市财政局', roles: ['lead'], asOf: '2021-10-01' }).map((t) => t.number),
  ).toEqual([7, 8, 9]);
  expect(listTasks(decoded, { asOf: '2021-10-01', dueBefore: '2021-12-31' }).length).toBeGreaterThan(0);
  expect(resolvePlan).not.toHaveBeenCalled();
  expect(taskDetail(decoded, 7)?.assignments).toEqual(taskDetail(analysis, 7)?.assignments);
  expect(decoded.resolved.tasks[3]!.clauses).toEqual(analysis.resolved.tasks[3]!.clauses);
  expect(resolvePlan).toHaveBeenCalledTimes(1);
});

test('counting tasks on a compiled plan reads neither the plan’s texts nor the tasks’ roles', () => {
  const analysis = analyzePlan(seedPlan, { registry: seedRegistry });
  const decoded = decodeAnalysis(encodeAnalysis(analysis, { key: 'k' }), { key: 'k' })!.analysis;
  const parse = vi.spyOn(JSON, 'parse');
  try {
    const asOf = '2021-10-01';
    expect(countTasks(decoded, { asOf, dueBefore: '2021-09-30' })).toBe(
      listTasks(analysis, { asOf, dueBefore: '2021-09-30' }).length,
    );
    expect(countTasks(decoded, { asOf, unit: '市财政局', roles: ['lead'] })).toBe(3);
    expect(countTasks(decoded, { asOf, status: ['overdue'] })).toBe(
      listTasks(analysis, { asOf, status: ['overdue'] }).length,
    );
    const parsed = parse.mock.calls.map(([text]) => String(text).slice(0, 10));
    // The index's unit names (a JSON array) are read to find the unit; the plan ({"meta"…), the
    // registry ({"government"…) and the roles ({"records"…) are not.
    expect(parsed).toEqual(['["市政府办公室",']);
  } finally {
    parse.mockRestore();
  }
});
