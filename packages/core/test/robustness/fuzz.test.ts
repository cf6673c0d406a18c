/**
 * Property-based fuzzing of every reader (properties.ts), a few runs each with a fixed seed so that
 * `npm test` is repeatable; FENGONG_FUZZ_RUNS sets the runs (default 40), FENGONG_FUZZ_SEED the
 * seed. `npm run fuzz` runs the same properties many more times with a fresh seed.
 */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { fuzzProperties, runsFor } from './properties';

const runs = Number(process.env.FENGONG_FUZZ_RUNS ?? 40);
const seed = Number(process.env.FENGONG_FUZZ_SEED ?? 20_211_015);

describe('no reader throws, hangs or fails silently on random and mutated input', () => {
  test.each(fuzzProperties.map((p) => [p.name, p] as const))(
    '%s',
    (_name, p) => {
      fc.assert(p.property(), { numRuns: runsFor(p, runs), seed });
    },
    120_000,
  );
});
