/**
 * What the `fengong progress` subcommands share: their messages, the plan and ledger loaded and
 * checked together, state and entry options.
 */
import type { Diagnostic, LedgerEntry, PlanAnalysis } from '@fengong/core';
import type { JsonlLedgerStore } from '@fengong/core/node';
import { UsageError } from '../../errors';
import { type AppMessage, sayApp } from '@fengong/core/labels';
import { locale } from '../../i18n';

/** A word of core's catalogue (`sayApp`) in the current language. */
export function say(id: AppMessage, vars: Record<string, string | number> = {}): string {
  return sayApp(id, vars, locale());
}

/** Options every ledger command takes. */
export interface LedgerOptions {
  units?: string;
  ledger?: string;
}

/** A plan, its ledger store, and the ledger's entries (checked against the plan). */
export interface LoadedLedger {
  analysis: PlanAnalysis;
  store: JsonlLedgerStore;
  entries: LedgerEntry[];
}

export const warn = (line: string) => process.stderr.write(`${line}\n`);

/** Print warnings (not infos) for a person, on stderr. */
export async function printWarnings(diagnostics: readonly Diagnostic[]): Promise<void> {
  const shown = diagnostics.filter((d) => d.severity !== 'info');
  if (shown.length === 0) return;
  const { formatDiagnostic } = await import('@fengong/core');
  for (const d of shown) warn(formatDiagnostic(d, { locale: locale() }));
}

/**
 * Load a plan and its ledger (`--ledger`, else `<plan>.progress.jsonl`); the ledger's warnings go to
 * stderr, and a ledger of another plan is an input error.
 */
export async function loadLedger(planFile: string, options: LedgerOptions): Promise<LoadedLedger> {
  const { loadAnalysis } = await import('../../context');
  const { openLedger } = await import('@fengong/core/node');
  const { checkLedger, FengongInputError } = await import('@fengong/core');
  const analysis = await loadAnalysis(planFile, options);
  const store = openLedger(planFile, options.ledger);
  const read = await store.readAll();
  const checks = checkLedger(analysis, read.entries, { fileName: store.file, lines: read.lines });
  const errors = checks.filter((d) => d.severity === 'error');
  if (errors.length > 0)
    throw new FengongInputError(
      errors,
      say('progress-ledger-of-other', { file: store.file, plan: planFile }),
    );
  await printWarnings([...read.diagnostics, ...checks]);
  return { analysis, store, entries: read.entries };
}

export const shortId = (id: string) => id.slice(0, 8);

export async function stateOption(value: string): Promise<LedgerEntry['state']> {
  const { ledgerStateFrom, progressStateNames, PROGRESS_STATES } = await import('@fengong/core');
  const state = ledgerStateFrom(value);
  if (state) return state;
  const choices = PROGRESS_STATES.map((s) => `${progressStateNames.zh[s]}（${s}）`).join('、');
  throw new UsageError(say('progress-bad-state', { value, choices }));
}

/** A ledger entry named by its id or an unambiguous beginning of it (at least 4 characters). */
export function findEntry(entries: readonly LedgerEntry[], id: string): LedgerEntry {
  const exact = entries.find((e) => e.id === id);
  if (exact) return exact;
  const hits = id.length >= 4 ? entries.filter((e) => e.id.startsWith(id)) : [];
  if (hits.length === 1) return hits[0]!;
  if (hits.length > 1)
    throw new UsageError(
      say('progress-ambiguous-entry', { id, ids: hits.map((e) => shortId(e.id)).join('、') }),
    );
  throw new UsageError(say('progress-no-such-entry', { id }));
}
