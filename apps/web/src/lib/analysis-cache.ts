/**
 * core's analysis of a kept plan (解读缓存), saved beside it in the library so that reopening the plan
 * (a reload, a bookmark, the start screen) skips resolving its units and reading its deadlines. It is
 * saved in core's one format (encodeAnalysis, with the tasks' expanded units and clauses, which the
 * overview reads at once): bytes, which IndexedDB stores and a worker hands to the page as they are,
 * and which the page reads part by part when first needed (decodeAnalysis). A saved analysis is used
 * only for the same plan, the same registry and the same build of core: its key is the plan's content
 * hash, the registry's and core's build id (and core refuses bytes of another build), so a changed
 * resolver or deadline reader never reuses one.
 */
import type { PlanAnalysis, Registry } from '@fengong/core';
import { decodeAnalysis, encodeAnalysis } from '@fengong/core/compiled';
import { OVERVIEW_PARTS } from './directory';
import { ANALYSES_STORE, request, viewerDatabase } from './ledger-store';
import { contentHash } from './library';

declare const __FENGONG_BUILD__: string | undefined;

/** core's build (set by vite.config.ts from core's sources, as tsup sets it for the package). */
export const CORE_BUILD: string = typeof __FENGONG_BUILD__ === 'string' ? __FENGONG_BUILD__ : 'source';

/**
 * What an analysis was made from: the plan, its registry (or none) and core's build.
 *
 * @example
 * analysisKey('3f9a0c1d52e4b7a8', registry); //=> '3f9a0c1d52e4b7a8|9b1e…|0.0.0+3f9a1c2e7b6d'
 */
export function analysisKey(planId: string, registry: Registry | undefined): string {
  return `${planId}|${registry ? contentHash(registry) : 'none'}|${CORE_BUILD}`;
}

/** An analysis in core's saved form, with the key it was saved under. */
export interface CompiledAnalysis {
  key: string;
  bytes: Uint8Array;
}

/** Save `analysis` in core's format under `key`. */
export function compileAnalysis(analysis: PlanAnalysis, key: string): CompiledAnalysis {
  return { key, bytes: encodeAnalysis(analysis, { key, expanded: true }) };
}

/** The analysis saved in `bytes` under `key`; `undefined` when they are not one of this build's. */
export function readCompiled(bytes: Uint8Array, key: string): PlanAnalysis | undefined {
  return decodeAnalysis(bytes, { key })?.analysis;
}

/** The next task of the page's event loop. */
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * {@link readCompiled}, with the parts the overview reads at once (the plan, the tasks' roles, units
 * and clauses, the registry, the unit index, then its summary and role counts) each read or made in
 * a task of its own, so that the page answers input between them: a 10,000-task plan's parts take
 * 0.1–0.5 s each, read together over a second.
 */
export async function readInTurns(compiled: CompiledAnalysis): Promise<PlanAnalysis | undefined> {
  const analysis = readCompiled(compiled.bytes, compiled.key);
  if (!analysis) return undefined;
  const parts = [
    () => analysis.plan,
    () => analysis.tasks[0]?.resolved.roles,
    () => analysis.tasks[0]?.resolved.units,
    () => analysis.tasks[0]?.resolved.clauses,
    () => analysis.registry,
    () => analysis.resolved.byUnit.ids,
    ...OVERVIEW_PARTS.map((make) => () => make(analysis)),
  ];
  for (const part of parts) {
    await nextTask();
    part();
  }
  return analysis;
}

/** The saved analysis of library plan `id` as bytes, if it was made from the same plan, registry and build. */
export async function readSaved(id: string, key: string): Promise<CompiledAnalysis | undefined> {
  const db = await viewerDatabase();
  let saved: Partial<CompiledAnalysis> | undefined;
  if (!db) saved = memory.get(id);
  else {
    try {
      saved = (await request(db.transaction(ANALYSES_STORE).objectStore(ANALYSES_STORE).get(id))) as
        | Partial<CompiledAnalysis>
        | undefined;
    } catch {
      return undefined;
    }
  }
  // An entry of an older viewer (the analysis object itself, no bytes) is made again.
  return saved?.key === key && saved.bytes instanceof Uint8Array ? { key, bytes: saved.bytes } : undefined;
}

/** The analysis saved for library plan `id`, read, if it was made from the same plan, registry and build. */
export async function readAnalysis(id: string, key: string): Promise<PlanAnalysis | undefined> {
  const saved = await readSaved(id, key);
  return saved && readInTurns(saved);
}

/** Save the analysis of library plan `id` (replacing an older one). A failure (a full disk) loses only time. */
export async function writeAnalysis(id: string, compiled: CompiledAnalysis): Promise<void> {
  const db = await viewerDatabase();
  if (!db) {
    memory.set(id, compiled);
    return;
  }
  try {
    await request(db.transaction(ANALYSES_STORE, 'readwrite').objectStore(ANALYSES_STORE).put(compiled, id));
  } catch {
    // Not saved: the plan is analysed again when next opened.
  }
}

/** Where IndexedDB does not open: for the session only. */
const memory = new Map<string, CompiledAnalysis>();
