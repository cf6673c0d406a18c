/**
 * The published `fengong` (dist/bin.cjs, loaded by bin/fengong.cjs, the file npm links; CommonJS:
 * Node starts a CommonJS entry ~7 ms sooner than an ES module): loads the CLI's CommonJS bundle
 * (dist/cli.cjs) through V8's code cache. Node 20 has no `module.enableCompileCache`, and compiling the ~1 MB bundle is a
 * third of a cold start, so the compiled code is kept in the cache directory after the first run
 * and handed back to V8 on the next (V8 checks it and recompiles when it does not fit). Nothing here
 * may import the bundle's modules: this file must stay tiny.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { cacheDirFor } from './cache-dir';

type Run = (argv: string[], options: { cacheDir?: string }) => Promise<number>;

const bundle = path.join(__dirname, 'cli.cjs');
// ASCII (the build checks it): Latin-1 is a plain copy, where UTF-8 decoding of ~0.7 MB takes milliseconds.
const source = readFileSync(bundle, 'latin1');
const cacheDir = cacheDirFor(process.env, homedir());
// A new build has a new size or time, hence a new cache file (V8's own check is only a length).
const { size, mtimeMs } = statSync(bundle);
const codeCacheFile = cacheDir
  ? path.join(cacheDir, 'v8', `cli-${size}-${Math.trunc(mtimeMs)}.bin`)
  : undefined;

let cachedData: Buffer | undefined;
try {
  if (codeCacheFile) cachedData = readFileSync(codeCacheFile);
} catch {
  // No cache yet.
}

// CommonJS's own wrapper, so the bundle sees exports, require, module, __filename and __dirname; and
// this file's import(), which the bundle's lazy imports use (a vm.Script cannot import in Node 20).
const wrapped = `(function (exports, require, module, __filename, __dirname, __fengongImport) {${source}\n})`;
const script = new vm.Script(wrapped, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
const bundled = { exports: {} as { run: Run } };
const load = (specifier: string) => import(specifier);
script.runInThisContext()(
  bundled.exports,
  createRequire(bundle),
  bundled,
  bundle,
  path.dirname(bundle),
  load,
);
bundled.exports.run(process.argv.slice(2), { cacheDir }).then((code) => {
  process.exitCode = code;
  if (codeCacheFile && (!cachedData || script.cachedDataRejected)) saveCodeCache(codeCacheFile);
});

/** After the run, so the functions it compiled are in the cache too. Failing to save costs only speed. */
function saveCodeCache(file: string): void {
  try {
    const dir = path.dirname(file);
    mkdirSync(dir, { recursive: true });
    for (const old of readdirSync(dir))
      if (old.startsWith('cli-')) rmSync(path.join(dir, old), { force: true });
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, file);
  } catch {
    // Read-only home, full disk: run without a code cache.
  }
}
