/**
 * The built-in plan: the Zhanjiang 2021 seed and its unit registry, read with core's parsers and
 * analysed with core's analyzePlan when the viewer is built (seed-plugin.ts), so that its first
 * screen needs neither a YAML parser nor the time to resolve the plan. The analysis comes in core's
 * one saved form (encodeAnalysis), read here as every saved analysis is (lib/analysis-cache.ts).
 */
import type { PlanAnalysis } from '@fengong/core';
import { analysisKey, compiledAnalysis, planFile, registryFile } from 'virtual:fengong-seed';
import { readCompiled } from './analysis-cache';
import type { LoadedPlan, LoadedRegistry } from './load';

export const SEED_PLAN_FILE = planFile;
export const SEED_REGISTRY_FILE = registryFile;

let builtIn: { plan: LoadedPlan; registry: LoadedRegistry; analysis: PlanAnalysis } | undefined;

/** Base64 to bytes: the browser's own decoder where it has one (~100 KB here: 20 ms under load by a loop). */
function fromBase64(text: string): Uint8Array {
  const typed = Uint8Array as { fromBase64?: (text: string) => Uint8Array };
  if (typed.fromBase64) return typed.fromBase64(text);
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** The seed plan and registry, with core's analysis of them (read on first call). */
export function seed(): { plan: LoadedPlan; registry: LoadedRegistry; analysis: PlanAnalysis } {
  if (!builtIn) {
    const analysis = readCompiled(fromBase64(compiledAnalysis), analysisKey);
    // Written by this build's core when the viewer was built: only a broken build gets here.
    if (!analysis) throw new Error('the built-in plan’s analysis was saved by another build of core');
    builtIn = {
      plan: { plan: analysis.plan, name: SEED_PLAN_FILE, builtIn: true },
      registry: { registry: analysis.registry.registry, name: SEED_REGISTRY_FILE, builtIn: true },
      analysis,
    };
  }
  return builtIn;
}
