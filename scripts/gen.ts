/**
 * `npm run gen -- --tasks 10000 --units 3000 --seed 1 [--out dir]`: write a synthetic plan.yaml and
 * units.yaml (deterministic by seed) for benchmarks and tests.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { generatePlan } from './lib/generate';

const { values } = parseArgs({
  options: {
    tasks: { type: 'string', default: '1000' },
    units: { type: 'string', default: '300' },
    seed: { type: 'string', default: '1' },
    out: { type: 'string', default: 'out/generated' },
  },
});
const numbers = { tasks: Number(values.tasks), units: Number(values.units), seed: Number(values.seed) };
for (const [name, n] of Object.entries(numbers)) {
  if (!Number.isInteger(n) || n < 1) {
    console.error(`--${name} must be a positive whole number, got “${values[name as keyof typeof values]}”`);
    process.exit(2);
  }
}
const { plan, registry } = generatePlan(numbers);
await mkdir(values.out, { recursive: true });
await writeFile(path.join(values.out, 'plan.yaml'), stringify(plan, { lineWidth: 0 }));
await writeFile(path.join(values.out, 'units.yaml'), stringify(registry, { lineWidth: 0 }));
console.log(`wrote ${values.out}/plan.yaml (${numbers.tasks} tasks) and units.yaml (${registry.units.length} units)`);
