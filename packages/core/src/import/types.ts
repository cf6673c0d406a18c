/**
 * Types of the plan importer (导入): what {@link importPlanText} takes and returns.
 */
import type { Diagnostic } from '../diagnostics';
import type { ConventionsInput, PlanInput } from '../model/schema';
import type { Registry } from '../model/schema';
import type { RegistryIndex } from '../registry/lookup';

/**
 * The layouts the importer recognises (版式).
 *
 * - `pdfTable` — text extracted from a PDF table: cells broken over many short lines, the columns
 *   interleaved, the header (表头) repeated after each page break.
 * - `delimitedTable` — a table copied from a web page or spreadsheet: one row per line, cells
 *   separated by `|` or tabs.
 * - `cellPerLine` — a web table copied one cell per line.
 * - `cellStream` — a web table copied as cells ending in ` |`, rows unmarked.
 * - `proseBracketed` — numbered paragraphs with the units in a bracket at the end
 *   (`（市发展改革局牵头，…按职责分工负责）`).
 * - `proseLabelled` — numbered paragraphs followed by labelled lines (`牵头单位：…`, `完成时限：…`).
 * - `numbered` — the last resort when no other layout reads: numbered items (`1、` `（1）`) as tasks,
 *   their units where a label or a trailing bracket names them, left for the clerk otherwise.
 *
 * @example
 * importPlanText(seedText).layout; //=> 'pdfTable'
 */
export type ImportLayout =
  | 'pdfTable'
  | 'delimitedTable'
  | 'cellPerLine'
  | 'cellStream'
  | 'proseBracketed'
  | 'proseLabelled'
  | 'numbered';

/**
 * Every layout, in the order detection prefers them.
 *
 * @example
 * IMPORT_LAYOUTS.includes('proseLabelled'); //=> true
 */
export const IMPORT_LAYOUTS: readonly ImportLayout[] = [
  'delimitedTable',
  'cellPerLine',
  'cellStream',
  'pdfTable',
  'proseLabelled',
  'proseBracketed',
  'numbered',
];

/**
 * A diagnostic of the importer: a heuristic decision (启发式判断) or a problem, with the source
 * lines it rests on and how sure the importer is.
 *
 * `severity` is `info` for a confident decision worth a look, `warning` for an uncertain one, and
 * `error` only when nothing could be imported.
 *
 * @example
 * importPlanText(seedText).diagnostics.find((d) => d.code === 'line-split');
 * //=> { severity: 'info', code: 'line-split', lines: [924, 924], confidence: 0.85, path: ['tasks', 38, 'units'], … }
 */
export interface ImportDiagnostic extends Diagnostic {
  /** First and last source line (1-based, inclusive) the decision rests on. */
  lines?: [number, number];
  /** How sure the importer is, from 0 (a guess) to 1 (certain). */
  confidence?: number;
}

/**
 * Options of {@link importPlanText}.
 *
 * @example
 * importPlanText(text, { fileName: 'notice.txt', issued: '2022-03-01', registryFile: '../units.yaml' });
 */
export interface ImportOptions {
  /** Name of the source file, put into every diagnostic. */
  fileName?: string | undefined;
  /** Force a layout instead of detecting it. */
  layout?: ImportLayout | undefined;
  /** `registry` to write into the plan: the unit registry's path, relative to the plan file. */
  registryFile?: string | undefined;
  /** The unit registry (单位名录), so that the responsibility reader's notices name unknown units. */
  registry?: Registry | RegistryIndex | undefined;
  /** `conventions` to write into the plan. */
  conventions?: ConventionsInput | undefined;
  /** Date of issue (YYYY-MM-DD) to use when the document does not state one. */
  issued?: string | undefined;
  /** Title to use when the document does not state one. */
  title?: string | undefined;
}

/**
 * What {@link importPlanText} returns.
 *
 * @example
 * const { plan, diagnostics, layout } = importPlanText(seedText);
 */
export interface ImportResult {
  /**
   * The plan as written in a file (no defaults applied); it passes `Plan.parse`. `undefined` only
   * when no task was found (then `diagnostics` holds an `error` with code `no-table`).
   */
  plan: PlanInput | undefined;
  /** Every decision and problem, in source order. */
  diagnostics: ImportDiagnostic[];
  /**
   * The layout used, or `none` when no table or numbered task list was found. `fileTable` is a
   * table read cell by cell from a Word, spreadsheet, CSV or PDF file (`importPlanFile`), whose
   * rows, columns and merged cells are known rather than guessed from text.
   */
  layout: ImportLayout | 'fileTable' | 'none';
}
