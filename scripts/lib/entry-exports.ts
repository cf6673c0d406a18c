/**
 * What each entry of a package exports (its `exports` map's `@fengong/source` files), read with the
 * TypeScript checker: every name, types too, and which of them are values (functions, classes,
 * constants). Used by `npm run count:exports` and by core's surface test.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export interface EntryExports {
  /** The entry as the exports map names it: `.`, `./node`, … */
  entry: string;
  names: string[];
  values: string[];
}

/**
 * The exports of each source entry of the package in `dir`.
 *
 * @example
 * entryExports('packages/core').find((e) => e.entry === './labels')?.values.includes('roleNames'); //=> true
 */
export function entryExports(dir: string): EntryExports[] {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as {
    exports: Record<string, { '@fengong/source'?: string } | string>;
  };
  const entries = Object.entries(pkg.exports).flatMap(([name, target]) =>
    typeof target === 'object' && target['@fengong/source']
      ? [[name, path.resolve(dir, target['@fengong/source'])] as const]
      : [],
  );
  const program = ts.createProgram(
    entries.map(([, file]) => file),
    {
      strict: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      noEmit: true,
      skipLibCheck: true,
    },
  );
  const checker = program.getTypeChecker();
  return entries.map(([entry, file]) => {
    const exports = checker.getExportsOfModule(checker.getSymbolAtLocation(program.getSourceFile(file)!)!);
    const values = exports.filter((s) => {
      const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
      return (target.flags & ts.SymbolFlags.Value) !== 0;
    });
    return { entry, names: exports.map((s) => s.name), values: values.map((s) => s.name) };
  });
}
