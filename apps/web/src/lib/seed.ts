/**
 * The built-in plan: the Zhanjiang 2021 seed and its unit registry, read with core's parsers and
 * analysed with core's analyzePlan when the viewer is built (seed-plugin.ts), so that its first
 * screen needs neither a YAML parser nor the time to resolve the plan.
 */
import type { PlanAnalysis } from '@fengong/core';
import { packedAnalysis, planFile, registryFile } from 'virtual:fengong-seed';
import type { LoadedPlan, LoadedRegistry } from './load';
import { unpack } from './packed';

export const SEED_PLAN_FILE = planFile;
export const SEED_REGISTRY_FILE = registryFile;

let builtIn: { plan: LoadedPlan; registry: LoadedRegistry; analysis: PlanAnalysis } | undefined;

/** The seed plan and registry, with core's analysis of them (unpacked on first call). */
export function seed(): { plan: LoadedPlan; registry: LoadedRegistry; analysis: PlanAnalysis } {
  if (!builtIn) {
    const analysis = unpack<PlanAnalysis>(packedAnalysis);
    builtIn = {
      plan: { plan: analysis.plan, name: SEED_PLAN_FILE, builtIn: true },
      registry: { registry: analysis.registry.registry, name: SEED_REGISTRY_FILE, builtIn: true },
      analysis,
    };
  }
  return builtIn;
}
