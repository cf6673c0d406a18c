/** `fengong progress import`: filled-in ledger workbooks, CSV files and JSON Lines ledgers into the ledger. */
import type { ConflictClaim, LedgerEntry, ProgressBatch } from '@fengong/core';
import { FailOnError, UsageError } from '../../errors';
import { lang } from '../../i18n';
import { print, printJson } from '../../io';
import { type LedgerOptions, loadLedger, printWarnings, say, shortId } from './shared';

interface ImportOptions extends LedgerOptions {
  unit?: string;
  date?: string;
  author?: string;
  correct?: boolean;
  dryRun?: boolean;
  json?: boolean;
}

async function readBatch(file: string): Promise<ProgressBatch> {
  if (!/\.(xlsx|xlsm|csv|txt|jsonl|ndjson)$/i.test(file))
    throw new UsageError(say('progress-unknown-file', { file }));
  const { readFileBytes } = await import('@fengong/core/node');
  const bytes = await readFileBytes(file);
  // The same reader as the viewer's import.
  const { readProgressFile } = await import('@fengong/reports');
  return readProgressFile(bytes, { fileName: file });
}

function claimText(claim: ConflictClaim, label: (s: LedgerEntry['state']) => string): string {
  const where =
    claim.row !== undefined
      ? say('progress-claim-row', {
          source: claim.source,
          sheet: claim.sheet ? ` ${claim.sheet}` : '',
          row: claim.row,
        })
      : claim.entry !== undefined
        ? say('progress-ledger-entry', { id: shortId(claim.entry) })
        : claim.source;
  return say('progress-claim', { state: label(claim.state), where });
}

export async function importFiles(planFile: string, files: string[], options: ImportOptions): Promise<void> {
  const { dateOption, today } = await import('../../context');
  const core = await import('@fengong/core');
  const date = dateOption(options.date, '--date') ?? today();
  const { analysis, store, entries } = await loadLedger(planFile, options);
  if (options.unit !== undefined) core.findUnit(analysis, options.unit);
  const batches: ProgressBatch[] = [];
  for (const file of files) batches.push(await readBatch(file));
  const { randomUUID } = await import('node:crypto');
  const author = options.author ?? process.env.FENGONG_AUTHOR;
  const result = core.reconcileProgress(analysis, entries, batches, {
    date,
    recordedAt: new Date().toISOString(),
    newId: randomUUID,
    ...(author ? { author } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(options.correct ? { correct: true } : {}),
  });
  const diagnostics = result.batches.flatMap((b) => b.diagnostics);
  if (result.errors > 0) {
    throw new core.FengongInputError(
      diagnostics.filter((d) => d.severity !== 'info'),
      say('progress-import-errors', { n: result.errors }),
    );
  }
  await printWarnings(diagnostics);
  if (!options.dryRun && result.entries.length > 0) {
    const appended = await store.append(result.entries);
    await printWarnings(appended.diagnostics);
  }
  if (options.json) {
    printJson({
      ledger: store.file,
      dryRun: options.dryRun === true,
      appended: options.dryRun ? 0 : result.entries.length,
      conflicts: result.conflicts,
      files: result.batches.map((b) => ({
        file: b.source,
        accepted: b.accepted,
        added: b.entries.length,
        unchanged: b.unchanged,
        blank: b.blank,
        conflicts: b.conflicts,
        diagnostics: b.diagnostics,
      })),
      entries: result.entries,
    });
  } else {
    const label = (s: LedgerEntry['state']) => core.progressStateNames[lang()][s];
    const lines: string[] = [];
    for (const b of result.batches) {
      if (b.accepted) {
        lines.push(
          say('progress-file-ok', {
            file: b.source,
            added: b.entries.length,
            unchanged: b.unchanged,
            blank: b.blank,
          }),
        );
        continue;
      }
      lines.push(say('progress-file-conflict', { file: b.source, n: b.conflicts.length }));
      for (const c of b.conflicts) {
        lines.push(
          say('progress-conflict', {
            task: c.task,
            unit: c.unit,
            date: c.date,
            claims: c.claims.map((x) => claimText(x, label)).join(say('progress-claims-separator')),
          }),
        );
      }
    }
    lines.push(
      `${say('progress-appended', { file: store.file, n: options.dryRun ? 0 : result.entries.length })}${options.dryRun ? ` ${say('progress-dry-run')}` : ''}`,
    );
    print(lines.join('\n'));
  }
  if (result.conflicts > 0) throw new FailOnError(say('progress-conflicts-found', { n: result.conflicts }));
}
