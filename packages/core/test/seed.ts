/** Loads the Zhanjiang 2021 seed plan and registry for tests (files, so tests see real bytes). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parsePlan, parseRegistry } from '../src';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
export const seedPlanFile = path.join(repoRoot, 'seeds/zhanjiang-2021/plan.yaml');
export const seedRegistryFile = path.join(repoRoot, 'seeds/zhanjiang/units.yaml');
export const seedTextFile = path.join(repoRoot, 'seeds/000_fc8bcf8b29ea9190.txt');

export const seedPlan = parsePlan(readFileSync(seedPlanFile, 'utf8'), { fileName: seedPlanFile });
export const seedRegistry = parseRegistry(readFileSync(seedRegistryFile, 'utf8'), {
  fileName: seedRegistryFile,
});
