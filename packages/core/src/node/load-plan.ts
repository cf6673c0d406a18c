/** Loading a plan file and its unit registry (读取方案与名录), validated, with clear errors. */
import { existsSync } from 'node:fs';
import { type Diagnostic, FengongInputError } from '../diagnostics';
import { catalogued } from '../messages';
import type { Plan, Registry } from '../model/schema';
import { FengongFileError, readTextFile } from './files';
import { registryFileOf } from './registry-file';

/** A loaded plan with the files it came from. */
export interface LoadedPlan {
  plan: Plan;
  planFile: string;
  registry?: Registry;
  registryFile?: string;
  /** Non-fatal findings, e.g. that no registry was found. */
  diagnostics: Diagnostic[];
}

/**
 * Where a plan's unit registry is: the `registry` the plan names (relative to the plan file), else
 * `units.yaml` beside the plan.
 *
 * @example
 * await findRegistryFile('seeds/zhanjiang-2021/plan.yaml', plan); //=> 'seeds/zhanjiang/units.yaml'
 */
export async function findRegistryFile(
  planFile: string,
  plan: Pick<Plan, 'registry'>,
): Promise<string | undefined> {
  return registryFileOf(planFile, plan);
}

/**
 * Load and validate a unit registry file; throws {@link FengongInputError} with every diagnostic.
 *
 * @example
 * const registry = await loadRegistryFile('seeds/zhanjiang/units.yaml');
 */
export async function loadRegistryFile(file: string): Promise<Registry> {
  return parseRegistryText(await readTextFile(file), file);
}

async function parseRegistryText(text: string, file: string): Promise<Registry> {
  const { safeParseRegistry } = await import('../model/parse');
  const result = safeParseRegistry(text, { fileName: file });
  if (!result.success)
    throw new FengongInputError(result.diagnostics, { id: 'summary/invalid-registry', params: { file } });
  return result.data;
}

/**
 * Load a plan file and its registry (given, named by the plan, or found beside it).
 *
 * @example
 * const { plan, registry } = await loadPlanFile('seeds/zhanjiang-2021/plan.yaml');
 */
export async function loadPlanFile(
  planFile: string,
  options: { registryFile?: string | undefined } = {},
): Promise<LoadedPlan> {
  return loadPlanText(await readTextFile(planFile), planFile, options);
}

/** {@link loadPlanFile} for a plan whose text was already read. */
export async function loadPlanText(
  text: string,
  planFile: string,
  options: { registryFile?: string | undefined } = {},
): Promise<LoadedPlan> {
  return readPlanText(text, planFile, options, readTextFile);
}

/**
 * {@link loadPlanText} with the registry's text read by the caller (internal: the plan cache hashes
 * the very bytes that were parsed).
 */
export async function readPlanText(
  text: string,
  planFile: string,
  options: { registryFile?: string | undefined },
  readRegistryText: (file: string) => Promise<string>,
): Promise<LoadedPlan> {
  // The readers (YAML, zod) load here, not with the module: a query of a compiled plan never parses.
  const { safeParsePlan } = await import('../model/parse');
  const result = safeParsePlan(text, { fileName: planFile });
  if (!result.success)
    throw new FengongInputError(result.diagnostics, {
      id: 'summary/invalid-plan',
      params: { file: planFile },
    });
  const plan = result.data;
  const registryFile = options.registryFile ?? (await findRegistryFile(planFile, plan));
  const diagnostics: Diagnostic[] = [];
  if (!registryFile) {
    diagnostics.push({
      severity: 'warning',
      code: 'no-registry',
      file: planFile,
      ...catalogued('no-registry', {}),
    });
    return { plan, planFile, diagnostics };
  }
  if (!options.registryFile && !existsSync(registryFile)) {
    throw new FengongFileError(registryFile, { id: 'registry-missing', params: {} });
  }
  const registry = await parseRegistryText(await readRegistryText(registryFile), registryFile);
  return { plan, planFile, registry, registryFile, diagnostics };
}
