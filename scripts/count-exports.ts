/**
 * Count the names each entry of @fengong/core exports (all names, and values: functions, classes,
 * constants), read from the sources with the TypeScript checker — what `npm run count:exports`
 * prints for the public-surface page of ARCHITECTURE.md.
 *
 *   tsx scripts/count-exports.ts [packages/core]
 */
import path from 'node:path';
import { entryExports } from './lib/entry-exports';

const dir = path.resolve(process.argv[2] ?? 'packages/core');
const rows = entryExports(dir).map(({ entry, names, values }) => ({
  entry: `@fengong/core${entry === '.' ? '' : entry.slice(1)}`,
  names: names.length,
  values: values.length,
}));
console.log('| entry | names | values |\n| --- | ---: | ---: |');
for (const r of rows) console.log(`| ${r.entry} | ${r.names} | ${r.values} |`);
