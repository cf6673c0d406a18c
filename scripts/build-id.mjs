/**
 * The build identifier baked into core by tsup (`__FENGONG_BUILD__`): core's version and a hash of
 * its sources. Saved readings (compiled plans) carry it, so a changed resolver never reuses them.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * @param {string} coreDir packages/core (tsup bundles its config, so callers pass their own path)
 * @returns {string} e.g. `0.0.0+3f9a1c2e7b6d`
 */
export function coreBuildId(coreDir) {
  const version = JSON.parse(readFileSync(path.join(coreDir, 'package.json'), 'utf8')).version;
  const hash = createHash('sha256');
  const files = readdirSync(path.join(coreDir, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((f) => !/\.test\.ts$|__fixtures__/.test(f) && /\.(ts|json)$/.test(f))
    .sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(path.join(coreDir, 'src', file))).update('\0');
  return `${version}+${hash.digest('hex').slice(0, 12)}`;
}
