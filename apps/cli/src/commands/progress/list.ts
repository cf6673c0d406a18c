/** `fengong progress list`: each unit’s latest entry on each task, or the whole history. */
import { lang } from '../../i18n';
import { print, printJson } from '../../io';
import { type LedgerOptions, loadLedger, say, shortId, stateOption } from './shared';

interface ListOptions extends LedgerOptions {
  unit?: string;
  task?: string;
  state?: string[];
  asOf?: string;
  history?: boolean;
  json?: boolean;
}

export async function list(planFile: string, options: ListOptions): Promise<void> {
  const { dateOption, taskNumber } = await import('../../context');
  const core = await import('@fengong/core');
  const asOf = dateOption(options.asOf, '--as-of');
  const { analysis, entries } = await loadLedger(planFile, options);
  const task = options.task !== undefined ? taskNumber(analysis, options.task) : undefined;
  const states = options.state ? await Promise.all(options.state.map(stateOption)) : undefined;
  const shown = core.listLedger(analysis, entries, {
    ...(asOf !== undefined ? { asOf } : {}),
    ...(task !== undefined ? { task } : {}),
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(states ? { states } : {}),
    ...(options.history ? { history: true } : {}),
  });
  if (options.json) return printJson(shown);
  if (shown.length === 0) return print(say('progress-no-entries'));
  const { renderTable } = await import('../../table');
  const superseded = new Set(entries.flatMap((e) => (e.supersedes ? [e.supersedes] : [])));
  const header = say('progress-list-header').split('|');
  const { progressStateNames } = await import('@fengong/core/labels');
  const rows = shown.map((e) => [
    String(e.task),
    e.unit,
    e.date,
    `${progressStateNames[lang()][e.state]}${superseded.has(e.id) ? say('progress-corrected') : ''}`,
    [e.note, e.reason && say('progress-reason', { reason: e.reason }), e.remark]
      .filter(Boolean)
      .join('；')
      .replace(/\s+/g, ' '),
    `${shortId(e.id)}${e.supersedes ? ` ← ${shortId(e.supersedes)}` : ''}`,
  ]);
  print(
    `${renderTable(header, rows, { maxWidths: [4, 24, 10, 16, 40, 20] })}\n${say('progress-total', { n: shown.length })}`,
  );
}
