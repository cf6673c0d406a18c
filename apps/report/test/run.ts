/** Runs the real `fengong-report` program from source (no build needed), as a user would. */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export const repoRoot = path.resolve(import.meta.dirname, '../../..');
const bin = path.join(repoRoot, 'apps/report/src/bin.ts');

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run `fengong-report ...args` in the repository root. */
export function fengongReport(args: string[], env: NodeJS.ProcessEnv = {}): RunResult {
  const result = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--conditions=@fengong/source', bin, ...args],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, LANG: 'zh_CN.UTF-8', LC_ALL: '', NO_COLOR: '1', FORCE_COLOR: '', ...env },
      timeout: 120_000,
    },
  );
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
