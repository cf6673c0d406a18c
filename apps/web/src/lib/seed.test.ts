import { parsePlan, parseRegistry } from '@fengong/core';
import { expect, test } from 'vitest';
import { seedPlanText, seedRegistryText } from './__fixtures__/seed';
import { seed } from './seed';

test('the built-in plan, parsed when the viewer is built, is what core reads from the seed files', () => {
  const { plan, registry } = seed();
  expect(plan).toMatchObject({ name: 'seeds/zhanjiang-2021/plan.yaml', builtIn: true });
  expect(plan.plan).toEqual(parsePlan(seedPlanText));
  expect(registry.registry).toEqual(parseRegistry(seedRegistryText));
});
