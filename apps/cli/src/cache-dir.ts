/**
 * Where the CLI keeps what it can rebuild (缓存目录): compiled plans and the V8 code cache of its
 * own bundle. Deleting the directory is always safe.
 */
import path from 'node:path';

/**
 * `FENGONG_CACHE_DIR`, else `$XDG_CACHE_HOME/fengong`, else `~/.cache/fengong`; `undefined` when
 * `FENGONG_NO_CACHE` is set.
 *
 * @example
 * cacheDirFor({ XDG_CACHE_HOME: '/tmp/c' }, '/home/li'); //=> '/tmp/c/fengong'
 */
export function cacheDirFor(
  env: Readonly<Record<string, string | undefined>>,
  home: string,
): string | undefined {
  if (env.FENGONG_NO_CACHE) return undefined;
  if (env.FENGONG_CACHE_DIR) return env.FENGONG_CACHE_DIR;
  return path.join(env.XDG_CACHE_HOME || path.join(home, '.cache'), 'fengong');
}
