/**
 * The built-in plan as a module (`virtual:fengong-seed`): the Zhanjiang 2021 seed and its unit
 * registry read with core's own parsers when the viewer is built, so that the viewer's first screen
 * carries neither the YAML parsers (~70 KB gzip) nor the time to run them; they load when a file is
 * opened. The plan is analysed then too (core's analyzePlan, packed by src/lib/packed.ts), so that
 * the first screen unpacks the analysis instead of resolving 50 units cells and deadlines. A seed
 * that does not parse fails the build with core's diagnostics.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parsePlan, parseRegistry } from '../../packages/core/src/model/parse';
import { analyzePlan } from '../../packages/core/src/queries/analysis';
import { pack } from './src/lib/packed';

const ID = 'virtual:fengong-seed';
const seedFile = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** The seed's paths as the viewer names them (relative to the repository). */
export const SEED_FILES = {
  plan: 'seeds/zhanjiang-2021/plan.yaml',
  registry: 'seeds/zhanjiang/units.yaml',
} as const;

export function builtInSeed(): Plugin {
  return {
    name: 'fengong-seed',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      const read = (relative: string) => {
        const file = seedFile(relative);
        this.addWatchFile(file);
        return readFileSync(file, 'utf8');
      };
      const plan = parsePlan(read(SEED_FILES.plan), { fileName: SEED_FILES.plan });
      const registry = parseRegistry(read(SEED_FILES.registry), { fileName: SEED_FILES.registry });
      // The plan and registry are inside the analysis (analysis.plan, analysis.registry.registry).
      return [
        `export const planFile = ${JSON.stringify(SEED_FILES.plan)};`,
        `export const registryFile = ${JSON.stringify(SEED_FILES.registry)};`,
        `export const packedAnalysis = ${JSON.stringify(pack(analyzePlan(plan, { registry })))};`,
        '',
      ].join('\n');
    },
  };
}
