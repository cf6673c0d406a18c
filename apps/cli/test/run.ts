/**
 * Runs `fengong` as a user would, two ways:
 * - `fengong(args)` runs the program in this process (scripts/lib/run-in-process.ts): the same `run`
 *   that src/bin.ts calls, with the arguments, environment (LANG, NO_COLOR, FENGONG_*), working
 *   directory (the repository root), stdout, stderr and exit code of a real run, in milliseconds
 *   instead of a Node start with tsx (~1 s, several under load).
 * - `spawnFengong(args)` starts the real program, from source or as published (bin/fengong.cjs, the
 *   launcher of dist/bin.cjs, built by the test task's dependency on build), for what only a process
 *   shows: its exit status, the language it reads from LANG at start, a cache shared between runs,
 *   appends from several processes at once, the launcher. One spawned process per such behaviour.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inProcessRunner, type RunResult } from '../../../scripts/lib/run-in-process';
import { detectLang, setLang } from '../src/i18n';
import { run } from '../src/main';
import { settings } from '../src/settings';

export type { RunResult };
export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(repoRoot, 'apps/cli/src/bin.ts');
/** What `npm install` links as `fengong`: the committed launcher of the build (dist/bin.cjs). */
export const publishedBin = path.join(repoRoot, 'apps/cli/bin/fengong.cjs');

/** A Chinese locale, no colour: what every run gets unless `env` says otherwise. */
const baseEnv = { LANG: 'zh_CN.UTF-8', LC_ALL: '', NO_COLOR: '1', FORCE_COLOR: '' };

/** Start the real `fengong ...args` in the repository root (see the top of this file). */
export function spawnFengong(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: { published?: boolean } = {},
): RunResult {
  const result = spawnSync(
    process.execPath,
    options.published
      ? [publishedBin, ...args]
      : ['--import', 'tsx', '--conditions=@fengong/source', bin, ...args],
    { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, ...baseEnv, ...env }, timeout: 120_000 },
  );
  if (result.error) throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

const inProcess = inProcessRunner(repoRoot);

/** Run `fengong ...args` in this process, in the repository root (see the top of this file). */
export function fengong(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return inProcess({ ...baseEnv, ...env }, async () => {
    // What a fresh process does at start: the language from the environment (src/i18n.ts), the
    // cache from FENGONG_CACHE_DIR unless FENGONG_NO_CACHE (src/bin.ts).
    setLang(detectLang(process.env));
    delete settings.cacheDir;
    const cacheDir = process.env.FENGONG_NO_CACHE ? undefined : process.env.FENGONG_CACHE_DIR || undefined;
    try {
      return await run(args, { cacheDir });
    } finally {
      delete settings.cacheDir;
    }
  });
}
