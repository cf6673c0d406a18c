import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { bin: 'src/bin.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  splitting: true,
  sourcemap: true,
  clean: true,
  minify: true,
  // One bundle with core and its small dependencies starts faster than resolving and compiling
  // hundreds of modules (zod, date-fns) at every run; commands and the heavy writers and readers
  // stay lazy chunks or external packages.
  noExternal: ['@fengong/core', '@fengong/reports', 'zod', 'yaml', 'js-yaml', 'date-fns', 'commander', 'fflate'],
  external: ['pdfjs-dist', 'exceljs', 'docx', '@napi-rs/canvas'],
  banner: {
    js: "#!/usr/bin/env node\nimport { createRequire as __fengongRequire } from 'node:module';\nconst require = __fengongRequire(import.meta.url);",
  },
  esbuildOptions(options) {
    options.conditions = ['@fengong/source', 'import', 'node', 'default'];
  },
});
