import { analyzePlan, parsePlan, parseRegistry } from '@fengong/core';
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
  expect(analysis).toEqual(
    analyzePlan(parsePlan(seedPlanText), { registry: parseRegistry(seedRegistryText) }),
  );
  // One plan object: the viewer's ledger and library name the plan by it.
  expect(analysis.plan).toBe(plan.plan);
  expect(analysis.registry.registry).toBe(registry.registry);
  expect(analysis.byNumber.get(7)).toBe(analysis.tasks[6]);
});
