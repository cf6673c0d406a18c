/**
 * The modules of core the viewer uses that are not part of core's public surface (ARCHITECTURE.md,
 * "The public surface of @fengong/core"), reached by name through these aliases — the one way the
 * viewer imports core's internals — in vite.config.ts and vitest.config.ts; tsconfig.json's `paths`
 * says the same to the type checker:
 * - `@fengong/core/import`: the text and file importers, loaded on demand in a chunk of their own;
 * - `@fengong/core/compiled`: the saved form of an analysis (`encodeAnalysis`/`decodeAnalysis`),
 *   bytes of one build of core, which the viewer writes and reads as the command line's cache does.
 */
import { fileURLToPath } from 'node:url';

const coreSource = (file: string) =>
  fileURLToPath(new URL(`../../packages/core/src/${file}`, import.meta.url));

export const coreInternals = [
  { find: /^@fengong\/core\/import$/, replacement: coreSource('import/index.ts') },
  { find: /^@fengong\/core\/compiled$/, replacement: coreSource('queries/compiled.ts') },
];
