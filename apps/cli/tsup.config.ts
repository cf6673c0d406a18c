import path from 'node:path';
import { defineConfig } from 'tsup';
import { coreBuildId } from '../../scripts/build-id.mjs';

const external = ['pdfjs-dist', 'exceljs', 'docx', '@napi-rs/canvas'];

export default defineConfig([
  {
    // The whole CLI as one CommonJS file, run by the launcher through V8's code cache: one file
    // with core and its small dependencies starts faster than resolving and compiling hundreds of
    // modules (zod, date-fns) at every run. The heavy readers and writers stay external and lazy.
    entry: { cli: 'src/cli.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    platform: 'node',
    splitting: false,
    sourcemap: true,
    clean: false,
    minify: true,
    noExternal: ['@fengong/core', '@fengong/reports', 'zod', 'yaml', 'js-yaml', 'date-fns', 'commander', 'fflate'],
    external,
    // Compiled plans carry the build of core that wrote them (packages/core/src/build.ts).
    define: {
      __FENGONG_BUILD__: JSON.stringify(coreBuildId(path.resolve(import.meta.dirname, '../../packages/core'))),
      'import.meta.url': '__fengongModuleUrl',
    },
    banner: { js: "const __fengongModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
    esbuildOptions(options) {
      options.conditions = ['@fengong/source', 'node', 'default'];
    },
  },
  {
    entry: { bin: 'src/launcher.ts' },
    format: ['cjs'],
    outExtension: () => ({ js: '.cjs' }),
    target: 'node20',
    platform: 'node',
    sourcemap: false,
    clean: false,
    minify: true,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
