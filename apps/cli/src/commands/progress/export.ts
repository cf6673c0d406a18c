/** `fengong progress export`: the ledger as CSV, JSON or JSON Lines. */
import { print, writeOutputFile } from '../../io';
import { type LedgerOptions, loadLedger, say } from './shared';

interface ExportOptions extends LedgerOptions {
  format: 'csv' | 'json' | 'jsonl';
  current?: boolean;
  asOf?: string;
  output?: string;
  force?: boolean;
}

export async function exportLedger(planFile: string, options: ExportOptions): Promise<void> {
  const { dateOption } = await import('../../context');
  const core = await import('@fengong/core');
  const asOf = dateOption(options.asOf, '--as-of');
  const { entries } = await loadLedger(planFile, options);
  let chosen = options.current ? core.currentEntries(entries) : entries;
  if (asOf !== undefined) chosen = chosen.filter((e) => e.date <= asOf);
  const text =
    options.format === 'json'
      ? `${JSON.stringify(chosen, null, 2)}\n`
      : options.format === 'jsonl'
        ? core.serializeLedger(chosen)
        : core.ledgerToCsv(chosen);
  if (!options.output) {
    process.stdout.write(text);
    return;
  }
  await writeOutputFile(options.output, text, {
    force: options.force,
    exists: say('import-exists', { file: options.output }),
  });
  print(say('progress-exported', { n: chosen.length, file: options.output }));
}
