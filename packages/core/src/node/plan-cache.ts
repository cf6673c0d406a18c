/**
 * Plans read once per change (编译缓存): the analysis of a plan file saved in a cache directory,
 * keyed by the bytes of the plan and of its registry, so that the next command on an unchanged plan
 * skips parsing, validation and resolution. A cache that cannot be read or written is never an
 * error: the plan is then read as if there were none.
 *
 * Two files per plan: `<name>.fgplan`, the compiled plan (content-keyed: a hash of fengong's build,
 * the plan's path and bytes), read piece by piece from an open file; and `<name>.stamp`, which
 * remembers the file status (size, times, inode) the plan and registry had when their bytes were
 * last hashed, so that an unchanged file is not read and hashed again — as `git status` trusts its
 * index. A stamp is written only for files last changed well before the stamp itself (a change
 * within the file system's clock tick could otherwise leave the status as it was), and any
 * difference in the status falls back to hashing the bytes.
 */
import type { BigIntStats } from 'node:fs';
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { BUILD_ID } from '../build';
import type { Diagnostic } from '../diagnostics';
import type { PlanAnalysis } from '../queries/analysis';
import { type CompiledSource, decodeAnalysis, encodeAnalysis } from '../queries/compiled';
import { fileText, readFileBytesSync } from './files';
import { readPlanText } from './load-plan';
import { registryFileOf } from './registry-file';

/** Options of {@link loadPlanAnalysis}. */
export interface LoadAnalysisOptions {
  /** The unit registry file; default: the one the plan names, else `units.yaml` beside it. */
  registryFile?: string | undefined;
  /** Where compiled plans are kept (the caller chooses, e.g. `~/.cache/fengong`); without it nothing is cached. */
  cacheDir?: string | undefined;
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

/** The stamp file: the content hashes files had when they had these statuses. */
interface Stamps {
  build: string;
  where: string;
  plan: { stamp: string; key: string };
  registry: { file: string; stamp: string; hash: string } | null;
}

/** A change newer than this, before the stamp is written, leaves the file unstamped (nanoseconds). */
const SETTLED_NS = 2_000_000_000n;

/** A file's identity and status: any write changes its size, modification or change time. */
const stampOf = (s: BigIntStats) => `${s.dev}:${s.ino}:${s.size}:${s.mtimeNs}:${s.ctimeNs}`;
const changedNs = (s: BigIntStats) => (s.mtimeNs > s.ctimeNs ? s.mtimeNs : s.ctimeNs);

function statIfPresent(file: string): BigIntStats | undefined {
  try {
    return statSync(file, { bigint: true, throwIfNoEntry: false });
  } catch {
    return undefined;
  }
}

/** SHA-256, loaded on first use: a query on a stamped plan hashes nothing. */
async function sha256(...parts: (string | Uint8Array)[]): Promise<string> {
  const { createHash } = await import('node:crypto');
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

/** FNV-1a (32 bits) and the length: names a plan's cache files (the stamps and the key hold the path itself). */
function fileNameOf(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return `${(hash >>> 0).toString(16).padStart(8, '0')}-${text.length.toString(36)}`;
}

/** A blocking read of a small file; `undefined` when there is none. */
function readIfPresent(file: string): Uint8Array | undefined {
  try {
    const buffer = readFileSync(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch {
    return undefined;
  }
}

function readStamps(file: string, where: string): Stamps | undefined {
  const bytes = readIfPresent(file);
  if (!bytes) return undefined;
  try {
    const stamps = JSON.parse(new TextDecoder().decode(bytes)) as Stamps;
    return stamps.build === BUILD_ID && stamps.where === where && stamps.plan ? stamps : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An open compiled plan read piece by piece: a query reads its header and index, not the megabytes
 * of texts. The file stays open until every part was read (or the analysis is collected), so a
 * newer compiled plan renamed over it meanwhile never mixes with it.
 */
function openCompiled(file: string): CompiledSource | undefined {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    return undefined;
  }
  let open = true;
  const close = () => {
    if (open) closeSync(fd);
    open = false;
    closing.unregister(source);
  };
  const source: CompiledSource = {
    size: fstatSync(fd).size,
    read(offset, length) {
      if (!open) throw new Error(`${file}: read after every part was read`);
      // Not zeroed first: every byte is read into it below.
      const bytes: Uint8Array = Buffer.allocUnsafe(length);
      let done = 0;
      while (done < length) {
        const read = readSync(fd, bytes, done, length - done, offset + done);
        if (read === 0) throw new Error(`${file}: shorter than its header says`);
        done += read;
      }
      return bytes;
    },
    close,
  };
  closing.register(source, fd, source);
  return source;
}

const closing = new FinalizationRegistry<number>((fd) => {
  try {
    closeSync(fd);
  } catch {
    // Already closed.
  }
});

/**
 * Read and analyse a plan file with its registry (as `loadPlanFile` and `analyzePlan` do), through
 * the compiled-plan cache in `cacheDir`: an unchanged plan and registry are read back from it; any
 * change to either file, to which registry the plan finds, or to fengong itself reads the plan afresh.
 *
 * @example
 * const { analysis, cache } = await loadPlanAnalysis('seeds/zhanjiang-2021/plan.yaml', { cacheDir: '/tmp/fengong' });
 * cache; //=> 'stored' the first time, 'hit' after
 */
export async function loadPlanAnalysis(
  planFile: string,
  options: LoadAnalysisOptions = {},
): Promise<LoadedAnalysis> {
  const { cacheDir } = options;
  if (!cacheDir)
    return { ...(await analyzeFile(planFile, readFileBytesSync(planFile), options)).result, cache: 'off' };
  // One pair of files per plan path and registry option, so an edited plan replaces its old entry.
  const where = `${path.resolve(planFile)}\0${options.registryFile ? path.resolve(options.registryFile) : ''}`;
  const base = path.join(cacheDir, 'plans', fileNameOf(where));
  const stampFile = `${base}.stamp`;
  const compiledFile = `${base}.fgplan`;
  const planStat = statIfPresent(planFile);
  const stamps = planStat && readStamps(stampFile, where);
  let plan: { key: string; stamp?: string; bytes?: Uint8Array } =
    stamps && stamps.plan.stamp === stampOf(planStat)
      ? stamps.plan
      : await hashPlan(planFile, where, planStat);

  const source = openCompiled(compiledFile);
  const decoded = source && decodeAnalysis(source, { key: plan.key });
  if (decoded) {
    const meta = decoded.meta as CacheMeta;
    const registry = await checkRegistry(planFile, options, meta, stamps);
    if (registry) {
      const stale =
        stamps?.plan.stamp !== plan.stamp ||
        stamps?.plan.key !== plan.key ||
        stamps?.registry?.stamp !== registry.stamp?.stamp;
      if (plan.stamp && stale) {
        await writeStamps(
          stampFile,
          { build: BUILD_ID, where, plan: { stamp: plan.stamp, key: plan.key }, registry: registry.stamp },
          [planStat, registry.stat],
        );
      }
      return {
        analysis: decoded.analysis,
        planFile,
        ...(registry.file ? { registryFile: registry.file } : {}),
        diagnostics: meta.diagnostics,
        cache: 'hit',
      };
    }
  }
  source?.close?.();

  // A key taken from the stamps is rechecked against the bytes before anything is saved under it.
  if (!plan.bytes) plan = await hashPlan(planFile, where, planStat);
  // The registry is read once, here: the bytes hashed are the bytes analysed.
  let registryRead: { bytes: Uint8Array; settled?: BigIntStats } | undefined;
  const loaded = await analyzeFile(planFile, plan.bytes!, options, async (file) => {
    const before = statIfPresent(file);
    const bytes = readFileBytesSync(file);
    registryRead = { bytes, ...(before && unchangedSince(file, before) ? { settled: before } : {}) };
    return fileText(bytes, file);
  });
  const { registryFile } = loaded.result;
  const registryHash = registryRead ? await sha256(registryRead.bytes) : null;
  const registryStat = registryRead?.settled;
  const meta: CacheMeta = {
    planRegistry: loaded.planRegistry,
    registryFile: registryFile ?? null,
    registryHash,
    diagnostics: loaded.result.diagnostics,
  };
  const stored = await writeAtomically(
    compiledFile,
    encodeAnalysis(loaded.result.analysis, { key: plan.key, meta }),
  );
  if (stored && plan.stamp) {
    const registryStamp =
      registryFile && registryStat && registryHash
        ? { file: registryFile, stamp: stampOf(registryStat), hash: registryHash }
        : null;
    await writeStamps(
      stampFile,
      { build: BUILD_ID, where, plan: { stamp: plan.stamp, key: plan.key }, registry: registryStamp },
      [planStat, registryStat],
    );
  }
  return { ...loaded.result, cache: stored ? 'stored' : 'unwritable' };
}

/**
 * The plan's bytes and their key (a hash of fengong's build, where the plan is, and the bytes); its
 * stamp when the file did not change while it was read.
 */
async function hashPlan(planFile: string, where: string, before: BigIntStats | undefined) {
  const bytes = readFileBytesSync(planFile);
  const key = await sha256(BUILD_ID, where, bytes);
  const stamp = before && unchangedSince(planFile, before) ? stampOf(before) : undefined;
  return { bytes, key, stamp };
}

/** Whether a file still has the status it had before it was read. */
function unchangedSince(file: string, before: BigIntStats): boolean {
  const after = statIfPresent(file);
  return after !== undefined && stampOf(after) === stampOf(before);
}

/** The plan read afresh: parsed, validated, resolved. */
async function analyzeFile(
  planFile: string,
  bytes: Uint8Array,
  options: LoadAnalysisOptions,
  readRegistryText: (file: string) => Promise<string> = async (file) =>
    fileText(readFileBytesSync(file), file),
) {
  const loaded = await readPlanText(
    fileText(bytes, planFile),
    planFile,
    { registryFile: options.registryFile },
    readRegistryText,
  );
  const { analyzePlan } = await import('../queries/analysis');
  const result: Omit<LoadedAnalysis, 'cache'> = {
    analysis: analyzePlan(loaded.plan, loaded.registry ? { registry: loaded.registry } : {}),
    planFile,
    ...(loaded.registryFile ? { registryFile: loaded.registryFile } : {}),
    diagnostics: loaded.diagnostics,
  };
  return { result, planRegistry: loaded.plan.registry ?? null };
}

/**
 * The plan is unchanged (it is in the key); the registry it leads to must be too: the same file, with
 * the same bytes (by its stamp, else by its hash). `undefined` when it changed.
 */
async function checkRegistry(
  planFile: string,
  options: LoadAnalysisOptions,
  meta: CacheMeta,
  stamps: Stamps | undefined,
) {
  const file =
    options.registryFile ??
    registryFileOf(planFile, meta.planRegistry === null ? {} : { registry: meta.planRegistry });
  if ((file ?? null) !== meta.registryFile) return undefined;
  if (!file) return { file, stamp: null, stat: undefined };
  const stat = statIfPresent(file);
  if (!stat || meta.registryHash === null) return undefined;
  const stamp = { file, stamp: stampOf(stat), hash: meta.registryHash };
  if (
    stamps?.registry?.file === file &&
    stamps.registry.stamp === stamp.stamp &&
    stamps.registry.hash === meta.registryHash
  ) {
    return { file, stamp, stat };
  }
  const bytes = readIfPresent(file);
  if (!bytes || (await sha256(bytes)) !== meta.registryHash) return undefined;
  return { file, stamp, stat };
}

/**
 * Save the stamps when every stamped file was last changed well before now, by the file system's
 * own clock (the temporary stamp file's time); otherwise leave the old stamps, so the next run hashes.
 */
async function writeStamps(file: string, stamps: Stamps, stats: (BigIntStats | undefined)[]): Promise<void> {
  await writeAtomically(file, JSON.stringify(stamps), async (temporary) => {
    const now = (await stat(temporary, { bigint: true })).mtimeNs;
    return stats.every((s) => !s || changedNs(s) < now - SETTLED_NS);
  });
}

/**
 * Write through a temporary file and a rename, so a reader never sees half a file; `keep` may look at
 * the temporary file first and decide against it. `true` when the file was written.
 */
async function writeAtomically(
  file: string,
  data: Uint8Array | string,
  keep: (temporary: string) => Promise<boolean> = async () => true,
): Promise<boolean> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, data);
    if (await keep(temporary)) {
      await rename(temporary, file);
      return true;
    }
  } catch {
    // An unwritable cache costs only speed.
  }
  await rm(temporary, { force: true }).catch(() => {});
  return false;
}
