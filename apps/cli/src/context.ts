/**
 * What most commands share: load a plan and read it once, and check option values. Commands
 * import this module lazily, inside their actions, so `--help` never loads core.
 */
import type { Completion, DayString, PlanAnalysis } from '@fengong/core';
import { loadPlanAnalysis, openLedger } from '@fengong/core/node';
import { formatDiagnostic, isIsoDate } from '@fengong/core/queries';
import { UsageError } from './errors';
import { locale, t } from './i18n';
import { settings } from './settings';

export interface PlanOptions {
  units?: string;
  /** The progress ledger; default `<plan>.progress.jsonl` beside the plan, when it exists. */
  ledger?: string;
}

/**
 * Load a plan file (and its registry) and analyse it with core, through the compiled-plan cache when
 * the run has one (an unchanged plan is not parsed or resolved again).
 */
export async function loadAnalysis(planFile: string, options: PlanOptions): Promise<PlanAnalysis> {
  const loaded = await loadPlanAnalysis(planFile, {
    registryFile: options.units,
    cacheDir: settings.cacheDir,
  });
  return loaded.analysis;
}

/**
 * Completion facts from the plan's progress ledger (台账), by core's progress rules, for statuses that
 * know what units reported: of whole tasks, or with `unit` of that unit's part of each task (its own
 * report, or the task done by its owners). `undefined` when the ledger is empty or absent. Warnings
 * about the ledger go to stderr.
 */
export async function loadCompletion(
  planFile: string,
  analysis: PlanAnalysis,
  options: PlanOptions & { asOf: DayString; unit?: string },
): Promise<ReadonlyMap<number, Completion> | undefined> {
  const { entries, diagnostics } = await openLedger(planFile, options.ledger).readAll();
  for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d, { locale: locale() })}\n`);
  if (entries.length === 0) return undefined;
  const { ledgerProgress } = await import('@fengong/core');
  const progress = ledgerProgress(analysis, entries, { asOf: options.asOf });
  return options.unit !== undefined ? progress.unitCompletion(options.unit) : progress.taskCompletion;
}

/** Today in the local time zone, as `YYYY-MM-DD` (the CLI may read the clock; core never does). */
export function today(now: Date = new Date()): DayString {
  const pad = (n: number) => String(n).padStart(2, '0');
  // A real day by construction: the check of dateOption is not needed.
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` as DayString;
}

/** Check a date option; a bad one is a usage error naming the option and the text. */
export function dateOption(value: string | undefined, flag: string): DayString | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`${flag} “${value}”: ${t('bad-date')}`);
  return value;
}

/** Check a task number argument against the plan. */
export function taskNumber(analysis: PlanAnalysis, value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || !analysis.byNumber.has(n))
    throw new UsageError(t('unknown-task', { n: value }));
  return n;
}
