import { defineConfig } from 'tsup';
import { coreBuildId } from '../../scripts/build-id.mjs';

export default defineConfig({
  entry: { index: 'src/index.ts', node: 'src/node/index.ts', queries: 'src/queries-entry.ts', labels: 'src/labels.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  // No source maps in the package: the code is not minified, and maps would double its size.
  sourcemap: false,
  clean: true,
  target: 'es2022',
  treeshake: true,
  // One set of chunks for every entry, in CommonJS too: a class (FengongInputError, …) has one
  // identity whichever entry it is reached through.
  splitting: true,
  // Compiled plans carry the build that wrote them (src/build.ts).
  define: { __FENGONG_BUILD__: JSON.stringify(coreBuildId(import.meta.dirname)) },
});
