/**
 * The built-in plan: the Zhanjiang 2021 seed and its unit registry, read with core's parsers when
 * the viewer is built (seed-plugin.ts), so that its first screen needs no YAML parser.
 */
import { plan, planFile, registry, registryFile } from 'virtual:fengong-seed';
import type { LoadedPlan, LoadedRegistry } from './load';

export const SEED_PLAN_FILE = planFile;
export const SEED_REGISTRY_FILE = registryFile;

const builtIn = {
  plan: { plan, name: SEED_PLAN_FILE, builtIn: true } satisfies LoadedPlan,
  registry: { registry, name: SEED_REGISTRY_FILE, builtIn: true } satisfies LoadedRegistry,
};

/** The seed plan and registry. */
export function seed(): { plan: LoadedPlan; registry: LoadedRegistry } {
  return builtIn;
}
