/**
 * Writes the JSON Schemas of plan and registry files from the zod schemas into `schemas/`.
 * With `--check`, fails when the committed files are not current (CI runs this).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Plan, Registry } from '@fengong/core';
import { z } from 'zod';

const root = path.resolve(import.meta.dirname, '..');
const targets = [
  { file: 'schemas/plan.schema.json', schema: Plan, title: 'fengong plan (分工方案)' },
  { file: 'schemas/registry.schema.json', schema: Registry, title: 'fengong unit registry (单位名录)' },
];

const check = process.argv.includes('--check');
let stale = 0;
for (const { file, schema, title } of targets) {
  // io: 'input' describes what people write (defaults make fields optional).
  const json = { title, ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) };
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const target = path.join(root, file);
  if (check) {
    const current = await readFile(target, 'utf8').catch(() => '');
    if (current !== text) {
      console.error(`${file} is out of date: run \`npm run schemas\` and commit the result.`);
      stale++;
    }
  } else {
    await writeFile(target, text);
    console.log(`wrote ${file}`);
  }
}
if (stale > 0) process.exit(1);
