/**
 * The built-in plan: the Zhanjiang 2021 seed and its unit registry, bundled as text (`?raw`) and
 * read with core's parsers when the viewer starts, exactly as an opened file would be.
 */
import { parsePlan, parseRegistry } from '@fengong/core';
import planText from '../../../../seeds/zhanjiang-2021/plan.yaml?raw';
import registryText from '../../../../seeds/zhanjiang/units.yaml?raw';
import type { LoadedPlan, LoadedRegistry } from './load';

export const SEED_PLAN_FILE = 'seeds/zhanjiang-2021/plan.yaml';
export const SEED_REGISTRY_FILE = 'seeds/zhanjiang/units.yaml';

let cached: { plan: LoadedPlan; registry: LoadedRegistry } | undefined;

/** The seed plan and registry, read once. */
export function seed(): { plan: LoadedPlan; registry: LoadedRegistry } {
  cached ??= {
    plan: { plan: parsePlan(planText, { fileName: SEED_PLAN_FILE }), name: SEED_PLAN_FILE, builtIn: true },
    registry: {
      registry: parseRegistry(registryText, { fileName: SEED_REGISTRY_FILE }),
      name: SEED_REGISTRY_FILE,
      builtIn: true,
    },
  };
  return cached;
}
