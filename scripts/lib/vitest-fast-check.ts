/**
 * Property tests run with one seed, so `npm test` fails or passes alike on every run and machine.
 * `FC_SEED=<n>` replays a run; `FC_SEED=random` explores new inputs (a failure prints its seed).
 */
import fc from 'fast-check';

const chosen = process.env.FC_SEED;
if (chosen !== 'random') fc.configureGlobal({ seed: chosen ? Number(chosen) : 20261205 });
