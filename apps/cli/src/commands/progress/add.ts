/** `fengong progress add`: record one unit’s progress on one task. */
import type { LedgerEntry } from '@fengong/core';
import { UsageError } from '../../errors';
import { lang, locale } from '../../i18n';
import { print, printJson } from '../../io';
import {
  findEntry,
  type LedgerOptions,
  loadLedger,
  printWarnings,
  say,
  shortId,
  stateOption,
  warn,
} from './shared';

interface AddOptions extends LedgerOptions {
  task: string;
  unit: string;
  state: string;
  date?: string;
  note?: string;
  reason?: string;
  evidence?: string[];
  author?: string;
  supersedes?: string;
  json?: boolean;
}

export async function add(planFile: string, options: AddOptions): Promise<void> {
  const { dateOption, taskNumber, today } = await import('../../context');
  const core = await import('@fengong/core');
  const date = dateOption(options.date, '--date') ?? today();
  const state = await stateOption(options.state);
  const { analysis, store, entries } = await loadLedger(planFile, options);
  const task = taskNumber(analysis, options.task);
  core.findUnit(analysis, options.unit); // an unknown name: the closest names, through the error funnel
  const reporter = core.checkReporter(analysis, task, options.unit, locale());
  if (typeof reporter === 'string') throw new UsageError(reporter);
  if (state === 'cannotComplete' && !options.reason?.trim())
    throw new UsageError(say('progress-needs-reason'));
  const corrected = options.supersedes !== undefined ? findEntry(entries, options.supersedes) : undefined;
  const { randomUUID } = await import('node:crypto');
  let entry: LedgerEntry;
  try {
    entry = core.createLedgerEntry(
      {
        plan: core.planId(analysis.plan),
        task,
        unit: reporter.unit,
        date,
        state,
        ...(options.note !== undefined ? { note: options.note } : {}),
        ...(options.reason !== undefined ? { reason: options.reason } : {}),
        ...(options.evidence ? { evidence: options.evidence } : {}),
        ...((options.author ?? process.env.FENGONG_AUTHOR)
          ? { author: options.author ?? process.env.FENGONG_AUTHOR }
          : {}),
        ...(corrected ? { supersedes: corrected.id } : {}),
        source: 'fengong progress add',
      },
      { id: randomUUID(), recordedAt: new Date().toISOString() },
    );
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const sameDay = core.sameDayEntries(entries, entry);
  const appended = await store.append([entry]);
  await printWarnings(appended.diagnostics);
  for (const e of sameDay) {
    warn(
      say('progress-same-day', {
        unit: e.unit,
        date: e.date,
        task,
        state: core.progressStateNames[lang()][e.state],
        id: shortId(e.id),
      }),
    );
  }
  if (options.json) return printJson(entry);
  const lines = [
    say('progress-recorded', {
      id: shortId(entry.id),
      task,
      unit: entry.unit,
      state: core.progressStateNames[lang()][state],
      date,
      file: store.file,
    }),
  ];
  if (corrected) lines.push(say('progress-corrects', { id: shortId(corrected.id) }));
  // Judged on the entry's day: what the ledger says once this entry counts.
  const whole = core.ledgerProgress(analysis, [...entries, entry], { asOf: date }).task(task)!;
  const { role, units } = whole.owners;
  const done = whole.parts.filter((p) => p.owner && (p.state === 'done' || p.state === 'doneLate')).length;
  const roleLabel = say(role === 'lead' ? 'progress-owners-lead' : 'progress-owners-responsible');
  lines.push(
    say('progress-owners', {
      task,
      role: roleLabel,
      done,
      total: units.length,
      whole: done === units.length && done > 0 ? say('progress-whole-done') : '',
    }),
  );
  print(lines.join('\n'));
}
