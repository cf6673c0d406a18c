/**
 * Opening a plan, start to end (打开方案): read the files (core's parsers and importers), analyse the
 * plan with core's analyzePlan, keep it in the library with its analysis beside it. This runs in a
 * Web Worker (lib/open-worker.ts) so that the page stays responsive on a plan of thousands of tasks
 * and can say how far it has got; where no worker can start (the offline single file), on the page.
 * The analysis goes to the page as it is saved: core's bytes (lib/analysis-cache.ts).
 */
import { analyzePlan } from '@fengong/core';
import {
  analysisKey,
  type CompiledAnalysis,
  compileAnalysis,
  readSaved,
  writeAnalysis,
} from './analysis-cache';
import { type LibraryPlan, libraryRecord, libraryStore, planHash } from './library';
import { type FileInput, type LoadedRegistry, type OpenResult, openFiles } from './load';

/** How far opening has got: reading the files, analysing the plan, keeping it in the library. */
export type OpenStage = 'read' | 'analyse' | 'keep';

/** What opening gave: the files' plan, registry and problems; the plan kept, with its analysis (saved form). */
export interface Opened {
  result: OpenResult;
  record?: LibraryPlan;
  analysis?: CompiledAnalysis;
}

/**
 * {@link Opened}, and the saving of its analysis beside the plan, which may end after the page has
 * the plan (a large analysis takes a while to write; the plan itself is kept before).
 */
export interface OpenedAndSaving {
  opened: Opened;
  saved: Promise<void>;
}

/**
 * Open `files` (a plan and/or a registry; a text or document is imported against the registry
 * opened with it, else `current`, the registry in use). A plan opened is analysed and kept in the
 * library, its analysis saved beside it (`saved`: the caller answers first, then waits for it). A registry opened alone is returned for the plan in use (the page keeps it).
 */
export async function openAndKeep(
  files: readonly FileInput[],
  current: LoadedRegistry | null,
  now: string,
  onStage: (stage: OpenStage) => void = () => {},
): Promise<OpenedAndSaving> {
  onStage('read');
  const result = await openFiles(files, current?.registry);
  if (!result.plan) return { opened: { result }, saved: Promise.resolve() };
  const registry = result.registry ?? current;
  onStage('analyse');
  const analysis = analyzePlan(result.plan.plan, registry ? { registry: registry.registry } : {});
  onStage('keep');
  const store = await libraryStore();
  const id = planHash(result.plan.plan);
  const record = libraryRecord(result.plan.plan, result.plan.name, registry, now, await store.get(id));
  await store.put(record);
  const compiled = compileAnalysis(analysis, analysisKey(id, record.registry));
  return { opened: { result, record, analysis: compiled }, saved: writeAnalysis(id, compiled) };
}

/**
 * core's analysis of library plan `id`, saved: the one saved beside it when it was made from the same
 * plan, registry and build of core, else made now and saved. `undefined` when the library has no such plan.
 */
export async function analysisOfKept(id: string): Promise<CompiledAnalysis | undefined> {
  const record = await (await libraryStore()).get(id);
  if (!record) return undefined;
  const key = analysisKey(id, record.registry);
  const saved = await readSaved(id, key);
  if (saved) return saved;
  const analysis = analyzePlan(record.plan, record.registry ? { registry: record.registry } : {});
  const compiled = compileAnalysis(analysis, key);
  await writeAnalysis(id, compiled);
  return compiled;
}
