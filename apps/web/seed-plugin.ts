/**
 * The built-in plan as a module (`virtual:fengong-seed`): the Zhanjiang 2021 seed and its unit
 * registry read with core's own parsers when the viewer is built, so that the viewer's first screen
 * carries neither the YAML parsers (~70 KB gzip) nor the time to run them; they load when a file is
 * opened. The plan is analysed then too (core's analyzePlan), and the analysis saved in core's one
 * format for it (encodeAnalysis, with the tasks' expanded units and clauses), as base64, so that
 * the first screen reads it (decodeAnalysis) instead of resolving 50 units cells and deadlines. A
 * seed that does not parse fails the build with core's diagnostics.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { parsePlan, parseRegistry } from '../../packages/core/src/model/parse';
import { analyzePlan } from '../../packages/core/src/queries/analysis';

const ID = 'virtual:fengong-seed';
const seedFile = (relative: string) => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** The seed's paths as the viewer names them (relative to the repository). */
export const SEED_FILES = {
  plan: 'seeds/zhanjiang-2021/plan.yaml',
  registry: 'seeds/zhanjiang/units.yaml',
} as const;

/** The key the seed's analysis is saved under (and read back with). */
export const SEED_KEY = `${SEED_FILES.plan}|${SEED_FILES.registry}`;

/**
 * @param options.build core's build id as the viewer's bundle has it (vite.config.ts's `define`):
 * core's decodeAnalysis reads only bytes of its own build, so they are written under that id.
 * The unit tests (vitest.config.ts) pass the same id: both projects run in one process, where core's
 * BUILD_ID is read once.
 */
export function builtInSeed(options: { build?: string } = {}): Plugin {
  return {
    name: 'fengong-seed',
    resolveId: (source) => (source === ID ? `\0${ID}` : undefined),
    async load(id) {
      if (id !== `\0${ID}`) return undefined;
      const read = (relative: string) => {
        const file = seedFile(relative);
        this.addWatchFile(file);
        return readFileSync(file, 'utf8');
      };
      const plan = parsePlan(read(SEED_FILES.plan), { fileName: SEED_FILES.plan });
      const registry = parseRegistry(read(SEED_FILES.registry), { fileName: SEED_FILES.registry });
      // core's BUILD_ID is read once, when its module is first loaded: set it first (and check it).
      if (options.build) (globalThis as { __FENGONG_BUILD__?: string }).__FENGONG_BUILD__ = options.build;
      const { BUILD_ID } = await import('../../packages/core/src/build');
      if (options.build && BUILD_ID !== options.build)
        throw new Error(`fengong-seed: core's build id is ${BUILD_ID}, not the viewer's ${options.build}`);
      const { encodeAnalysis } = await import('../../packages/core/src/queries/compiled');
      const bytes = encodeAnalysis(analyzePlan(plan, { registry }), { key: SEED_KEY, expanded: true });
      return [
        `export const planFile = ${JSON.stringify(SEED_FILES.plan)};`,
        `export const registryFile = ${JSON.stringify(SEED_FILES.registry)};`,
        `export const analysisKey = ${JSON.stringify(SEED_KEY)};`,
        `export const compiledAnalysis = ${JSON.stringify(Buffer.from(bytes).toString('base64'))};`,
        '',
      ].join('\n');
    },
  };
}
