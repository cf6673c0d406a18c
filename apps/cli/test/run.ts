/**
 * Runs the real `fengong` program as a user would: from source (no build needed), or as published
 * (dist/bin.cjs, built by the test task's dependency on build).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(repoRoot, 'apps/cli/src/bin.ts');
/** What `npm install` links as `fengong`. */
export const publishedBin = path.join(repoRoot, 'apps/cli/dist/bin.cjs');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `fengong ...args` in the repository root with a Chinese locale unless `env` says otherwise. */
export function fengong(
  args: string[],
  env: NodeJS.ProcessEnv = {},
  options: { published?: boolean } = {},
): RunResult {
  const result = spawnSync(
    process.execPath,
    options.published
      ? [publishedBin, ...args]
      : ['--import', 'tsx', '--conditions=@fengong/source', bin, ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', NO_COLOR: '1', FORCE_COLOR: '', ...env },
      timeout: 30_000,
    },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
