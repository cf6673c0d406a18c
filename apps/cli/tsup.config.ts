import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';
import { defineConfig, type Options } from 'tsup';
import { coreBuildId } from '../../scripts/build-id.mjs';

const external = ['pdfjs-dist', 'exceljs', 'docx', '@napi-rs/canvas', '@fengong/server'];

/**
 * Two rewrites of the bundle for the launcher (src/launcher.ts), with the source map kept right:
 * - It runs the bundle through `vm.Script` (for V8's code cache), where Node 20 cannot run `import()`
 *   (it needs --experimental-vm-modules, and a script read from the code cache loses the callback).
 *   So the bundle's lazy imports (pdf.js, ExcelJS, docx, node:crypto…) go through `__load`, the
 *   launcher's own `import()`: `import("x")` becomes `__load("x")`.
 * - It reads the bundle as Latin-1, a plain copy, where decoding ~0.7 MB of UTF-8 takes milliseconds:
 *   esbuild's ASCII charset escapes strings, and the Chinese left in regular expressions is escaped
 *   here (`\uXXXX` means the same in a regular expression).
 * The build fails if any other `import(` is left.
 */
const launcherBundle: NonNullable<Options['plugins']>[number] = {
  name: 'launcher-bundle',
  renderChunk(code, chunk) {
    if (!chunk.path.endsWith('cli.cjs')) return;
    if ((code.match(/\b__load\b/g) ?? []).length !== 1) throw new Error('cli.cjs: `__load` is used by something else');
    const out = new MagicString(code);
    for (const m of code.matchAll(/(?<![\w$.])import\((?=["'`])/g)) out.overwrite(m.index, m.index + 7, '__load(');
    for (const m of code.matchAll(/[^\x00-\x7f]/g)) {
      out.overwrite(m.index, m.index + 1, `\\u${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
    }
    const rewritten = out.toString();
    // What is left is the banner's own fallback.
    if ((rewritten.match(/(?<![\w$.])import\(/g) ?? []).length !== 1) throw new Error('cli.cjs: an import() the launcher cannot run');
    return { code: rewritten, map: out.generateMap({ hires: 'boundary', source: chunk.path }) };
  },
  buildEnd({ writtenFiles }) {
    // The banner has no source of its own: the merged map names the bundle for it, by its absolute
    // path on the building machine; name it as the map's neighbour instead.
    for (const { name } of writtenFiles) {
      if (!name.endsWith('cli.cjs.map')) continue;
      const map = JSON.parse(readFileSync(name, 'utf8')) as { sources: string[] };
      map.sources = map.sources.map((source) => (path.isAbsolute(source) ? path.relative(path.dirname(name), source) : source));
      writeFileSync(name, JSON.stringify(map));
    }
  },
};

/**
 * commander loads node:child_process (and with it dgram and more) at start-up for executable
 * subcommands, which fengong has none of: it gets a stand-in that loads the module on first use.
 */
const lazyChildProcess: NonNullable<NonNullable<Options['esbuildPlugins']>[number]> = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

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
    banner: {
      js: [
        "const __fengongModuleUrl = require('node:url').pathToFileURL(__filename).href;",
        // The launcher passes its import(); required directly (tests, tools), the bundle's own works.
        "const __load = typeof __fengongImport === 'function' ? __fengongImport : (specifier) => import(specifier);",
      ].join('\n'),
    },
    plugins: [launcherBundle],
    esbuildPlugins: [lazyChildProcess],
    esbuildOptions(options) {
      options.conditions = ['@fengong/source', 'node', 'default'];
      // Chinese text as \u escapes: an ASCII file becomes a one-byte string without decoding.
      options.charset = 'ascii';
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
