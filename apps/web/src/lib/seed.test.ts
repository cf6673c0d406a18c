import { analyzePlan, listTasks, parsePlan, parseRegistry } from '@fengong/core';
import { expect, test } from 'vitest';
import { seedPlanText, seedRegistryText } from './__fixtures__/seed';
import { seed } from './seed';

test('the built-in plan, parsed when the viewer is built, is what core reads from the seed files', () => {
  const { plan, registry } = seed();
  expect(plan).toMatchObject({ name: 'seeds/zhanjiang-2021/plan.yaml', builtIn: true });
  expect(plan.plan).toEqual(parsePlan(seedPlanText));
  expect(registry.registry).toEqual(parseRegistry(seedRegistryText));
});

test('the built-in analysis, made when the viewer is built, is what core makes of the seed now', () => {
  const { plan, registry, analysis } = seed();
  const fresh = analyzePlan(parsePlan(seedPlanText), { registry: parseRegistry(seedRegistryText) });
  // Read from core's saved form: the tasks' parts (text, roles, expanded units, clauses, deadline) as core makes them now.
  expect(JSON.stringify(analysis.tasks)).toBe(JSON.stringify(fresh.tasks));
  expect(analysis.tasks.map((t) => t.resolved.clauses)).toEqual(fresh.tasks.map((t) => t.resolved.clauses));
  expect([...analysis.resolved.byUnit.ids]).toEqual([...fresh.resolved.byUnit.ids]);
  expect(listTasks(analysis, { unit: '市财政局', asOf: '2021-10-01' })).toEqual(
    listTasks(fresh, { unit: '市财政局', asOf: '2021-10-01' }),
  );
  // One plan object: the viewer's ledger and library name the plan by it.
  expect(analysis.plan).toBe(plan.plan);
  expect(analysis.registry.registry).toBe(registry.registry);
  expect(analysis.byNumber.get(7)).toBe(analysis.tasks[6]);
});
