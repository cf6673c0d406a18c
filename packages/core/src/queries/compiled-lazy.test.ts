import { expect, test, vi } from 'vitest';
import { seedPlan, seedRegistry } from '../../test/seed';
import * as roles from '../roles/plan';
import { analyzePlan } from './analysis';
import { decodeAnalysis, encodeAnalysis } from './compiled';
import { unitResponsibilities } from './unit';
import { countTasks, listTasks, type TaskFilter, taskDetail } from './views';

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

test('a compiled plan saved with its expanded units and clauses is never resolved again for them', () => {
  const analysis = analyzePlan(seedPlan, { registry: seedRegistry });
  const decoded = decodeAnalysis(encodeAnalysis(analysis, { key: 'k', expanded: true }), {
    key: 'k',
  })!.analysis;
  const resolvePlan = vi.mocked(roles.resolvePlan);
  resolvePlan.mockClear();
  expect(taskDetail(decoded, 7)?.assignments).toEqual(taskDetail(analysis, 7)?.assignments);
  expect(decoded.tasks.map((t) => t.resolved.clauses)).toEqual(analysis.tasks.map((t) => t.resolved.clauses));
  expect(decoded.tasks.map((t) => t.resolved.units)).toEqual(analysis.tasks.map((t) => t.resolved.units));
  // A unit's assignments (the index's slots into the tasks' units): saved too.
  expect(unitResponsibilities(decoded, '市财政局')).toEqual(unitResponsibilities(analysis, '市财政局'));
  expect(resolvePlan).not.toHaveBeenCalled();
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

test('a count reads a small part of a compiled plan: the header, the deadline ids, one unit’s slice', async () => {
  const { generatePlan } = await import('../../../../scripts/lib/generate');
  const { Plan, Registry } = await import('../model/schema');
  const generated = generatePlan({ tasks: 2000, units: 600, seed: 5 });
  const analysis = analyzePlan(Plan.parse(generated.plan), { registry: Registry.parse(generated.registry) });
  const bytes = encodeAnalysis(analysis, { key: 'k' });
  const unit = [...analysis.resolved.byUnit.ids.keys()][10]!;
  const filters: TaskFilter[] = [
    { asOf: '2021-10-01', dueBefore: '2021-09-30' },
    { asOf: '2021-10-01', unit, roles: ['lead'] },
  ];
  for (const filter of filters) {
    let read = 0;
    const source = {
      size: bytes.length,
      read: (offset: number, length: number) => {
        read += length;
        return bytes.subarray(offset, offset + length);
      },
    };
    const decoded = decodeAnalysis(source, { key: 'k' })!.analysis;
    expect(countTasks(decoded, filter)).toBe(countTasks(analysis, filter));
    expect(read, JSON.stringify(filter)).toBeLessThan(bytes.length / 20);
  }
});
