/**
 * What each entry point loads when it is imported (its static imports, followed through every
 * module): `@fengong/core/queries` and `@fengong/core/node` must not load the readers — the YAML
 * parsers, zod, the zip inflater, pdf.js — which a query of a compiled plan never uses and whose
 * start-up cost a command-line query would otherwise pay. Lazy `import()`s are allowed.
 */
import path from 'node:path';
import { build, type Metafile } from 'esbuild';
import { describe, expect, test } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');
const READERS = ['zod', 'yaml', 'js-yaml', 'fflate', 'pdfjs-dist'];

/** The packages (node_modules) an entry loads before its first line runs, and the module chain to each. */
async function loadedPackages(entry: string): Promise<Map<string, string[]>> {
  const result = await build({
    entryPoints: [path.join(root, entry)],
    absWorkingDir: root,
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@fengong/source'],
    logLevel: 'silent',
  });
  const inputs: Metafile['inputs'] = result.metafile.inputs;
  const start = Object.keys(inputs).find((k) => k.endsWith(entry))!;
  const chains = new Map<string, string[]>([[start, [start]]]);
  const queue = [start];
  while (queue.length) {
    const file = queue.shift()!;
    for (const imported of inputs[file]?.imports ?? []) {
      if (imported.kind !== 'import-statement' || imported.external || chains.has(imported.path)) continue;
      chains.set(imported.path, [...chains.get(file)!, imported.path]);
      queue.push(imported.path);
    }
  }
  const packages = new Map<string, string[]>();
  for (const [file, chain] of chains) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(file)?.[1];
    if (name && !packages.has(name)) packages.set(name, chain);
  }
  return packages;
}

describe('what each entry point loads', () => {
  test.each(['src/queries-entry.ts', 'src/node/index.ts', 'src/labels.ts'])('%s loads no reader', async (entry) => {
    const packages = await loadedPackages(entry);
    const readers = READERS.filter((name) => packages.has(name)).map((name) =>
      packages.get(name)!.join(' → '),
    );
    expect(readers).toEqual([]);
  });

  test('the main entry does load them (the check sees static imports)', async () => {
    const packages = await loadedPackages('src/index.ts');
    expect(READERS.filter((name) => packages.has(name))).toEqual(
      READERS.filter((name) => name !== 'pdfjs-dist'),
    );
  });
});
