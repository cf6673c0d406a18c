/**
 * `@fengong/core/node`: reading plan and registry files from disk. Everything else in core is
 * isomorphic; file access lives here so browsers never pull in `node:fs`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, FengongInputError } from '../diagnostics';
import type { Plan, Registry } from '../model/schema';
import { decodeText } from '../text';
import { registryFileOf } from './registry-file';

/** A file that could not be read at all (missing, a directory, no permission). */
export class FengongFileError extends Error {
  override readonly name = 'FengongFileError';
  constructor(
    readonly file: string,
    message: string,
  ) {
    super(`${file}: ${message}`);
  }
}

/**
 * Read a file's bytes, throwing {@link FengongFileError} with a clear reason for a missing file, a
 * directory or a file that may not be read.
 *
 * @example
 * const bytes = await readFileBytes('plan.docx');
 */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw fileError(file, error);
  }
}

/**
 * {@link readFileBytes} in one blocking read: for files of several megabytes it is much faster than
 * the chunked asynchronous read, which is what a command-line start-up needs.
 *
 * @example
 * const bytes = readFileBytesSync('out/generated/plan.yaml');
 */
export function readFileBytesSync(file: string): Uint8Array {
  try {
    const buffer = readFileSync(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw fileError(file, error);
  }
}

function fileError(file: string, error: unknown): FengongFileError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT'
      ? 'no such file'
      : code === 'EISDIR'
        ? 'is a directory, not a file'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message);
  return new FengongFileError(file, why);
}

/**
 * Read a text file as UTF-8 (or UTF-16 with BOM), throwing a clear error for a missing file or a
 * wrong encoding.
 *
 * @example
 * const text = await readTextFile('seeds/zhanjiang-2021/plan.yaml');
 */
export async function readTextFile(file: string): Promise<string> {
  return fileText(await readFileBytes(file), file);
}

/** A file's bytes as text (UTF-8, or UTF-16 with BOM); a wrong encoding is a clear error naming the file. */
export function fileText(bytes: Uint8Array, file: string): string {
  const decoded = decodeText(bytes, { fileName: file });
  if (!decoded.success) throw new FengongInputError([decoded.diagnostic], `${file} could not be read`);
  return decoded.text;
}

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
  const { safeParseRegistry } = await import('../model/parse');
  const result = safeParseRegistry(await readTextFile(file), { fileName: file });
  if (!result.success)
    throw new FengongInputError(result.diagnostics, `${file} is not a valid unit registry`);
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
  options: { registryFile?: string } = {},
): Promise<LoadedPlan> {
  return loadPlanText(await readTextFile(planFile), planFile, options);
}

/** {@link loadPlanFile} for a plan whose text was already read. */
export async function loadPlanText(
  text: string,
  planFile: string,
  options: { registryFile?: string } = {},
): Promise<LoadedPlan> {
  // The readers (YAML, zod) load here, not with the module: a query of a compiled plan never parses.
  const { safeParsePlan } = await import('../model/parse');
  const result = safeParsePlan(text, { fileName: planFile });
  if (!result.success) throw new FengongInputError(result.diagnostics, `${planFile} is not a valid plan`);
  const plan = result.data;
  const registryFile = options.registryFile ?? (await findRegistryFile(planFile, plan));
  const diagnostics: Diagnostic[] = [];
  if (!registryFile) {
    diagnostics.push({
      severity: 'warning',
      code: 'no-registry',
      file: planFile,
      message:
        'no unit registry found (give --units, or put units.yaml beside the plan): groups cannot be expanded',
    });
    return { plan, planFile, diagnostics };
  }
  if (!options.registryFile && !existsSync(registryFile)) {
    throw new FengongFileError(registryFile, 'the unit registry named by the plan does not exist');
  }
  const registry = await loadRegistryFile(registryFile);
  return { plan, planFile, registry, registryFile, diagnostics };
}

export { type ConvertOptions, convertLegacyOffice } from './convert';
export { JsonlLedgerStore, ledgerFileFor, openLedger } from './ledger-store';
export { type LoadAnalysisOptions, type LoadedAnalysis, loadPlanAnalysis } from './plan-cache';
