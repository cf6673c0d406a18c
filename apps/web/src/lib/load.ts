/**
 * Opening files in the browser: plan files (YAML/JSON), unit registries (units.yaml), and a plan's
 * own document — its text (.txt), a Word document, a workbook or CSV, a PDF — through core's
 * importers, loaded only when needed. Nothing is sent anywhere: the bytes come from a file picker or
 * a drop and stay in memory.
 */
import { type Diagnostic, decodeText, type Plan, type Registry } from '@fengong/core';
import type { ImportResult } from '@fengong/core/import';

/** A plan in the viewer, with where it came from. */
export interface LoadedPlan {
  plan: Plan;
  /** The file name, or the seed's path for the built-in plan. */
  name: string;
  builtIn: boolean;
  /** Present when the plan was imported from a document's text: the importer's review notes. */
  imported?: { result: ImportResult; text: string };
}

/** A unit registry in the viewer, with where it came from. */
export interface LoadedRegistry {
  registry: Registry;
  name: string;
  builtIn: boolean;
}

/** A file that could not be opened, with every diagnostic and its text (to quote the lines). */
export interface FileProblem {
  file: string;
  diagnostics: Diagnostic[];
  text?: string;
}

/** What opening a set of files gave: at most one plan and one registry, and the problems. */
export interface OpenResult {
  plan?: LoadedPlan;
  registry?: LoadedRegistry;
  problems: FileProblem[];
}

/** A file's name and bytes (from a `File`, or from a test). */
export interface FileInput {
  name: string;
  bytes: Uint8Array;
}

type Kind = 'plan' | 'registry' | 'text';

/**
 * What a file holds, judged from its name and its top-level keys: a `.txt` (or anything that is
 * not YAML/JSON by name and has no top-level key) is a document's text for the importer.
 *
 * @example
 * fileKind('units.yaml', 'government: 湛江市\nunits: []'); //=> 'registry'
 * fileKind('plan.yaml', 'meta:\n  title: x\ntasks: []'); //=> 'plan'
 * fileKind('通知.txt', '湛江市人民政府办公室关于印发…'); //=> 'text'
 */
export function fileKind(name: string, text: string): Kind {
  const lower = name.toLowerCase();
  const structured = /\.(ya?ml|json)$/.test(lower);
  if (!structured && (lower.endsWith('.txt') || !/^[\w$"]+"?\s*:/m.test(text))) return 'text';
  const hasTasks = /^(?:tasks|"tasks")\s*:/m.test(text) || /"tasks"\s*:/.test(text);
  const hasUnits = /^(?:units|"units")\s*:/m.test(text) || /"units"\s*:/.test(text);
  if (!hasTasks && hasUnits) return 'registry';
  return 'plan';
}

/**
 * Read one file's text as a plan or a registry (YAML/JSON), with diagnostics at line:column. The
 * parsers load on first use.
 *
 * @example
 * (await readStructured('plan.yaml', yamlText)).plan?.plan.tasks.length; //=> 50
 */
export async function readStructured(name: string, text: string): Promise<OpenResult> {
  const { safeParsePlan, safeParseRegistry } = await import('./parse');
  const kind = fileKind(name, text);
  if (kind === 'registry') {
    const result = safeParseRegistry(text, { fileName: name });
    if (!result.success) return { problems: [{ file: name, diagnostics: result.diagnostics, text }] };
    return { registry: { registry: result.data, name, builtIn: false }, problems: [] };
  }
  const result = safeParsePlan(text, { fileName: name });
  if (!result.success) return { problems: [{ file: name, diagnostics: result.diagnostics, text }] };
  return { plan: { plan: result.data, name, builtIn: false }, problems: [] };
}

/** The importer's plan checked against the model, or the problems (with the text to quote). */
async function importedPlan(name: string, result: ImportResult, text: string): Promise<OpenResult> {
  if (!result.plan) return { problems: [{ file: name, diagnostics: result.diagnostics, text }] };
  const { Plan } = await import('./schemas');
  const parsed = Plan.safeParse(result.plan);
  if (!parsed.success) {
    // The importer checked the same plan: its `invalid-import` findings say where and why, in the
    // catalogue's words; here they stop the plan from opening.
    const diagnostics: Diagnostic[] = result.diagnostics.map((d) =>
      d.code === 'invalid-import' ? { ...d, severity: 'error' } : d,
    );
    return { problems: [{ file: name, diagnostics, text }] };
  }
  return { plan: { plan: parsed.data, name, builtIn: false, imported: { result, text } }, problems: [] };
}

/**
 * Import a plan from a document's text with core's importer, which is loaded here on first use so
 * that the viewer's first screen does not carry it.
 */
export async function importText(name: string, text: string, registry?: Registry): Promise<OpenResult> {
  const { importPlanText } = await import('@fengong/core/import');
  return importedPlan(
    name,
    importPlanText(text, { fileName: name, ...(registry ? { registry } : {}) }),
    text,
  );
}

/** File names that are a plan's document rather than text: Word, spreadsheets, PDF (and the old binary formats). */
const DOCUMENT_FILE = /\.(docx|xlsx|xlsm|csv|tsv|pdf|doc|xls)$/i;

/**
 * Whether a file is a document for {@link importDocument} (by its name, or a PDF or zip signature).
 *
 * @example
 * isDocumentFile('分工方案.docx', new Uint8Array()); //=> true
 */
export function isDocumentFile(name: string, bytes: Uint8Array): boolean {
  if (DOCUMENT_FILE.test(name)) return true;
  const signature = String.fromCharCode(...bytes.subarray(0, 5));
  return signature === '%PDF-' || signature.startsWith('PK\u0003\u0004');
}

/**
 * Import a plan from its document (a .docx, .xlsx/.csv or .pdf) with core's file importer, loaded
 * on first use; a file it refuses (an old .doc/.xls, a zip bomb, too many pages) is a problem with
 * the importer's message. The review quotes the document as text (one line per paragraph and row).
 */
export async function importDocument(
  name: string,
  bytes: Uint8Array,
  registry?: Registry,
): Promise<OpenResult> {
  const { importPlanFile } = await import('@fengong/core/import');
  try {
    const result = await importPlanFile(bytes, { fileName: name, ...(registry ? { registry } : {}) });
    return await importedPlan(name, result, result.text);
  } catch (error) {
    const diagnostics = (error as { diagnostics?: Diagnostic[] }).diagnostics ?? [
      { severity: 'error', code: 'import-failed', file: name, message: (error as Error).message },
    ];
    return { problems: [{ file: name, diagnostics }] };
  }
}

/**
 * Open files together: a plan and its registry may be opened at once (in any order). The last plan
 * and the last registry win; every problem is kept.
 */
export async function openFiles(
  files: readonly FileInput[],
  currentRegistry?: Registry,
): Promise<OpenResult> {
  const out: OpenResult = { problems: [] };
  const texts: { name: string; text: string; kind: Kind }[] = [];
  const documents: FileInput[] = [];
  for (const file of files) {
    if (isDocumentFile(file.name, file.bytes)) {
      documents.push(file);
      continue;
    }
    const decoded = decodeText(file.bytes, { fileName: file.name });
    if (!decoded.success) {
      out.problems.push({ file: file.name, diagnostics: [decoded.diagnostic] });
      continue;
    }
    texts.push({ name: file.name, text: decoded.text, kind: fileKind(file.name, decoded.text) });
  }
  // Registries first, so that an imported text is read against the registry opened with it.
  for (const { name, text } of texts.filter((f) => f.kind === 'registry')) {
    const result = await readStructured(name, text);
    if (result.registry) out.registry = result.registry;
    out.problems.push(...result.problems);
  }
  for (const { name, text, kind } of texts.filter((f) => f.kind !== 'registry')) {
    const result =
      kind === 'text'
        ? await importText(name, text, out.registry?.registry ?? currentRegistry)
        : await readStructured(name, text);
    if (result.plan) out.plan = result.plan;
    out.problems.push(...result.problems);
  }
  for (const { name, bytes } of documents) {
    const result = await importDocument(name, bytes, out.registry?.registry ?? currentRegistry);
    if (result.plan) out.plan = result.plan;
    out.problems.push(...result.problems);
  }
  return out;
}

/**
 * The source line a diagnostic points at, with the column marked, for showing under the message.
 *
 * @example
 * sourceExcerpt('a: 1\nb: [\n', 2, 4); //=> { line: 2, text: 'b: [', caret: 3 }
 */
export function sourceExcerpt(
  text: string,
  line: number,
  column: number,
): { line: number; text: string; caret: number } | undefined {
  const lines = text.split(/\r\n|\n|\r/);
  const at = lines[line - 1];
  if (at === undefined) return undefined;
  const clipped = at.length > 200 ? `${at.slice(0, 200)}…` : at;
  return { line, text: clipped, caret: Math.max(0, Math.min(column - 1, clipped.length)) };
}
