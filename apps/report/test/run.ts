/**
 * Runs `fengong-report` as a user would, two ways:
 * - `fengongReport(args)` runs the program in this process (scripts/lib/run-in-process.ts): the same
 *   `run` that src/bin.ts calls, with the arguments, environment, working directory (the repository
 *   root), stdout, stderr and exit code of a real run, without a Node start with tsx for each.
 * - `spawnFengongReport(args)` starts the real program, from source or as published
 *   (bin/fengong-report.js, which loads dist/bin.js), for what only a process shows: the exit status
 *   handed to the system, the launcher. One spawned process per such behaviour.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { inProcessRunner, type RunResult } from '../../../scripts/lib/run-in-process';
import { run } from '../src/main';

export type { RunResult };
export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(repoRoot, 'apps/report/src/bin.ts');
/** What `npm install` links as `fengong-report`: the committed launcher of the build (dist/bin.js). */
export const publishedBin = path.join(repoRoot, 'apps/report/bin/fengong-report.js');

/** A Chinese locale, no colour: what every run gets unless `env` says otherwise. */
const baseEnv = { LANG: 'zh_CN.UTF-8', LC_ALL: '', NO_COLOR: '1', FORCE_COLOR: '' };

/** Start the real `fengong-report ...args` in the repository root. */
export function spawnFengongReport(
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

/** Run `fengong-report ...args` in this process, in the repository root. */
export function fengongReport(args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return inProcess({ ...baseEnv, ...env }, () => run(args));
}
