/**
 * `npm run fuzz`: the robustness properties of packages/core/test/robustness/properties.ts (the same
 * ones `npm test` runs a few times each), run many times with a fresh seed — a nightly job.
 *
 *   npm run fuzz                                   # 2,000 runs per light property, a random seed
 *   npm run fuzz -- --runs 20000 --seed 42         # more runs, a given seed (to replay a failure)
 *   npm run fuzz -- --only parseDeadline           # the properties whose name contains this
 *
 * A failure prints the property, the seed, the shrunk counterexample and fast-check's replay path,
 * and the exit code is 1.
 */
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { fuzzProperties, runsFor } from '../packages/core/test/robustness/properties';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '2000' },
    seed: { type: 'string' },
    only: { type: 'string' },
  },
});
const runs = Number(values.runs);
const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : Number(values.seed);
if (!Number.isFinite(runs) || runs < 1 || !Number.isFinite(seed)) {
  console.error('usage: fuzz.ts [--runs N] [--seed S] [--only TEXT]');
  process.exit(2);
}

console.log(`fuzzing with seed ${seed}, ${runs} runs per light property`);
let failed = 0;
for (const p of fuzzProperties) {
  if (values.only && !p.name.includes(values.only)) continue;
  const numRuns = runsFor(p, runs);
  const started = performance.now();
  const result = await fc.check(p.property(), { numRuns, seed });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (result.failed) {
    failed++;
    console.log(`✗ ${p.name} (${numRuns} runs, ${seconds} s)`);
    console.log(fc.defaultReportMessage(result) ?? '');
  } else {
    console.log(`✓ ${p.name} (${numRuns} runs, ${seconds} s)`);
  }
}
if (failed > 0) {
  console.log(`\n${failed} propert${failed === 1 ? 'y' : 'ies'} failed; replay with --seed ${seed}`);
  process.exit(1);
}
