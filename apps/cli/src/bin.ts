/**
 * The entry when fengong runs from its sources (tests, development). The published `fengong` is
 * bin/fengong.cjs, which loads dist/bin.cjs, built from src/launcher.ts. From sources the plan cache is used only when
 * FENGONG_CACHE_DIR names a directory, so tests never write to the user's cache.
 */
import { run } from './main';

const cacheDir = process.env.FENGONG_NO_CACHE ? undefined : process.env.FENGONG_CACHE_DIR || undefined;
process.exitCode = await run(process.argv.slice(2), { cacheDir });
