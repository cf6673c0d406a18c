/**
 * Plans read once per change (编译缓存): the analysis of a plan file saved in a cache directory,
 * keyed by the bytes of the plan and of its registry, so that the next command on an unchanged plan
 * skips parsing, validation and resolution. A cache that cannot be read or written is never an
 * error: the plan is then read as if there were none.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_ID } from '../build';
import type { Diagnostic } from '../diagnostics';
import { analyzePlan, decodeAnalysis, encodeAnalysis, type PlanAnalysis } from '../queries';
import { fileText, findRegistryFile, loadPlanText, readFileBytesSync } from './index';

/** Options of {@link loadPlanAnalysis}. */
export interface LoadAnalysisOptions {
  /** The unit registry file; default: the one the plan names, else `units.yaml` beside it. */
  registryFile?: string;
  /** Where compiled plans are kept (the caller chooses, e.g. `~/.cache/fengong`); without it nothing is cached. */
  cacheDir?: string;
}

/** A plan file read and analysed, with where the answer came from. */
export interface LoadedAnalysis {
  analysis: PlanAnalysis;
  planFile: string;
  registryFile?: string;
  /** Non-fatal findings of loading, e.g. that no registry was found. */
  diagnostics: Diagnostic[];
  /** `hit`: read from the cache; `stored`: read afresh and saved; `off`: no cache directory given. */
  cache: 'hit' | 'stored' | 'off' | 'unwritable';
}

/** What is saved beside the analysis to check, on the next run, that it still applies. */
interface CacheMeta {
  /** The plan's own `registry` field, to find its registry again without reading the plan's texts. */
  planRegistry: string | null;
  registryFile: string | null;
  registryHash: string | null;
  diagnostics: Diagnostic[];
}

const sha256 = (...parts: (string | Uint8Array)[]) => {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
};

/** A blocking read: one system call for a file of megabytes, where the asynchronous read takes many. */
function readIfPresent(file: string): Uint8Array | undefined {
  try {
    return new Uint8Array(readFileSync(file));
  } catch {
    return undefined;
  }
}

/**
 * Read and analyse a plan file with its registry (as `loadPlanFile` and `analyzePlan` do), through
 * the compiled-plan cache in `cacheDir`: an unchanged plan and registry are read back from it; any
 * change to either file, to which registry the plan finds, or to fengong itself reads the plan afresh.
 *
 * @example
 * const { analysis, cache } = await loadPlanAnalysis('seeds/zhanjiang-2021/plan.yaml', { cacheDir: '/tmp/fengong' });
 * cache; //=> 'stored' the first time, 'hit' after
 */
export async function loadPlanAnalysis(planFile: string, options: LoadAnalysisOptions = {}): Promise<LoadedAnalysis> {
  const bytes = readFileBytesSync(planFile);
  const { cacheDir } = options;
  let cacheFile: string | undefined;
  let key = '';
  if (cacheDir) {
    // One file per plan path and registry option, so an edited plan replaces its old entry; the
    // key inside also covers the plan's bytes and the build.
    const where = sha256(path.resolve(planFile), options.registryFile ? path.resolve(options.registryFile) : '');
    key = sha256(BUILD_ID, where, bytes);
    cacheFile = path.join(cacheDir, 'plans', `${where.slice(0, 32)}.fgplan`);
    const hit = await readCached(cacheFile, key, planFile, options);
    if (hit) return hit;
  }
  const loaded = await loadPlanText(fileText(bytes, planFile), planFile, { registryFile: options.registryFile });
  const analysis = analyzePlan(loaded.plan, loaded.registry ? { registry: loaded.registry } : {});
  const result: LoadedAnalysis = {
    analysis,
    planFile,
    ...(loaded.registryFile ? { registryFile: loaded.registryFile } : {}),
    diagnostics: loaded.diagnostics,
    cache: 'off',
  };
  if (!cacheFile) return result;
  const registryBytes = loaded.registryFile ? readIfPresent(loaded.registryFile) : undefined;
  const meta: CacheMeta = {
    planRegistry: loaded.plan.registry ?? null,
    registryFile: loaded.registryFile ?? null,
    registryHash: registryBytes ? sha256(registryBytes) : null,
    diagnostics: loaded.diagnostics,
  };
  result.cache = (await writeAtomically(cacheFile, encodeAnalysis(analysis, { key, meta }))) ? 'stored' : 'unwritable';
  return result;
}

async function readCached(
  cacheFile: string,
  key: string,
  planFile: string,
  options: LoadAnalysisOptions,
): Promise<LoadedAnalysis | undefined> {
  const bytes = readIfPresent(cacheFile);
  if (!bytes) return undefined;
  const decoded = decodeAnalysis(bytes, { key });
  if (!decoded) return undefined;
  const meta = decoded.meta as CacheMeta;
  // The plan is unchanged (it is in the key); the registry it leads to must be too.
  const registryFile =
    options.registryFile ?? (await findRegistryFile(planFile, meta.planRegistry === null ? {} : { registry: meta.planRegistry }));
  if ((registryFile ?? null) !== meta.registryFile) return undefined;
  if (registryFile) {
    const registryBytes = readIfPresent(registryFile);
    if (!registryBytes || sha256(registryBytes) !== meta.registryHash) return undefined;
  }
  return {
    analysis: decoded.analysis,
    planFile,
    ...(registryFile ? { registryFile } : {}),
    diagnostics: meta.diagnostics,
    cache: 'hit',
  };
}

/** Write through a temporary file and a rename, so a reader never sees half a file. */
async function writeAtomically(file: string, bytes: Uint8Array): Promise<boolean> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, bytes);
    await rename(temporary, file);
    return true;
  } catch {
    await rm(temporary, { force: true }).catch(() => {});
    return false;
  }
}
