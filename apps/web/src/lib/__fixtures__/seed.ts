/** The seed plan and registry read from disk, for the unit tests of the viewer's functions. */
import { readFileSync } from 'node:fs';
import { analyzePlan, type PlanAnalysis, parsePlan, parseRegistry } from '@fengong/core';

const root = new URL('../../../../../', import.meta.url);
export const seedPlanText = readFileSync(new URL('seeds/zhanjiang-2021/plan.yaml', root), 'utf8');
export const seedRegistryText = readFileSync(new URL('seeds/zhanjiang/units.yaml', root), 'utf8');
export const seedDocumentText = readFileSync(new URL('seeds/000_fc8bcf8b29ea9190.txt', root), 'utf8');

let analysis: PlanAnalysis | undefined;
export function seedAnalysis(): PlanAnalysis {
  analysis ??= analyzePlan(parsePlan(seedPlanText), { registry: parseRegistry(seedRegistryText) });
  return analysis;
}
