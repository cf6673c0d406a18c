/**
 * Count the names each entry of @fengong/core exports (all names, and values: functions, classes,
 * constants), read from the sources with the TypeScript checker — what `npm run count:exports`
 * prints for the public-surface page of ARCHITECTURE.md.
 *
 *   tsx scripts/count-exports.ts [packages/core]
 */
import path from 'node:path';
import ts from 'typescript';

const dir = path.resolve(process.argv[2] ?? 'packages/core');
const pkg = (await import(path.join(dir, 'package.json'), { with: { type: 'json' } })).default as {
  exports: Record<string, { '@fengong/source'?: string } | string>;
};
const entries = Object.entries(pkg.exports).flatMap(([name, target]) =>
  typeof target === 'object' && target['@fengong/source']
    ? [[name, path.join(dir, target['@fengong/source'])]]
    : [],
) as [string, string][];
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
const rows = entries.map(([name, file]) => {
  const source = program.getSourceFile(file)!;
  const symbol = checker.getSymbolAtLocation(source)!;
  const exports = checker.getExportsOfModule(symbol);
  const values = exports.filter((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    return (target.flags & ts.SymbolFlags.Value) !== 0;
  });
  return {
    entry: `@fengong/core${name === '.' ? '' : name.slice(1)}`,
    names: exports.length,
    values: values.length,
  };
});
console.log('| entry | names | values |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.entry} | ${r.names} | ${r.values} |`);
