/**
 * The built-in plan: the Zhanjiang 2021 seed and its unit registry, read with core's parsers when
 * the viewer is built (seed-plugin.ts), so that its first screen needs no YAML parser.
 */
import { plan, registry } from 'virtual:fengong-seed';
import type { LoadedPlan, LoadedRegistry } from './load';

export const SEED_PLAN_FILE = 'seeds/zhanjiang-2021/plan.yaml';
export const SEED_REGISTRY_FILE = 'seeds/zhanjiang/units.yaml';

const builtIn = {
  plan: { plan, name: SEED_PLAN_FILE, builtIn: true } satisfies LoadedPlan,
  registry: { registry, name: SEED_REGISTRY_FILE, builtIn: true } satisfies LoadedRegistry,
};

/** The seed plan and registry. */
export function seed(): { plan: LoadedPlan; registry: LoadedRegistry } {
  return builtIn;
}
