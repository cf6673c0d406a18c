/**
 * core's analysis of a kept plan (解读缓存), saved beside it in the library so that reopening the plan
 * (a reload, a bookmark, the start screen) skips resolving its units and reading its deadlines. A
 * saved analysis is used only for the same plan, the same registry and the same build of core: its
 * key is the plan's content hash, the registry's and core's build id, so a changed resolver or
 * deadline reader never reuses one. IndexedDB keeps Maps, typed arrays and shared objects as they
 * are (structured clone), so the analysis is stored as core made it.
 */
import type { PlanAnalysis, Registry } from '@fengong/core';
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

interface Saved {
  key: string;
  analysis: PlanAnalysis;
}

/** The analysis saved for library plan `id`, if it was made from the same plan, registry and build. */
export async function readAnalysis(id: string, key: string): Promise<PlanAnalysis | undefined> {
  const db = await viewerDatabase();
  if (!db) return memory.get(id)?.key === key ? memory.get(id)?.analysis : undefined;
  try {
    const saved = (await request(db.transaction(ANALYSES_STORE).objectStore(ANALYSES_STORE).get(id))) as
      | Saved
      | undefined;
    return saved?.key === key ? saved.analysis : undefined;
  } catch {
    return undefined;
  }
}

/** Save the analysis of library plan `id` (replacing an older one). A failure (a full disk) loses only time. */
export async function writeAnalysis(id: string, key: string, analysis: PlanAnalysis): Promise<void> {
  const db = await viewerDatabase();
  if (!db) {
    memory.set(id, { key, analysis });
    return;
  }
  try {
    await request(
      db.transaction(ANALYSES_STORE, 'readwrite').objectStore(ANALYSES_STORE).put({ key, analysis }, id),
    );
  } catch {
    // Not saved: the plan is analysed again when next opened.
  }
}

/** Where IndexedDB does not open: for the session only. */
const memory = new Map<string, Saved>();
