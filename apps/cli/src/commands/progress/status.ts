/**
 * `fengong progress status`: where each task and each unit's part of it stands on a day, by core's
 * progress rules (`progressReport`): the same answer the reports and the viewer give.
 */
import { lang } from '../../i18n';
import { print, printJson } from '../../io';
import { type LedgerOptions, loadLedger, say } from './shared';

interface StatusOptions extends LedgerOptions {
  unit?: string;
  task?: string;
  asOf?: string;
  json?: boolean;
}

export async function status(planFile: string, options: StatusOptions): Promise<void> {
  const { dateOption, taskNumber, today } = await import('../../context');
  const core = await import('@fengong/core');
  const asOf = dateOption(options.asOf, '--as-of') ?? today();
  const { analysis, entries } = await loadLedger(planFile, options);
  const task = options.task !== undefined ? taskNumber(analysis, options.task) : undefined;
  const report = core.progressReport(analysis, entries, {
    asOf,
    ...(options.unit !== undefined ? { unit: options.unit } : {}),
    ...(task !== undefined ? { task } : {}),
  });
  if (options.json) return printJson(report);
  const { partStateNames, statusNames } = await import('@fengong/core/labels');
  const state = (s: keyof typeof core.partStateNames.zh) => partStateNames[lang()][s];
  const { renderTable } = await import('../../table');
  const header = say('progress-status-header').split('|');
  const unit = options.unit !== undefined ? core.findUnit(analysis, options.unit) : undefined;
  const rows = report.tasks.map((t) => {
    const parts = unit !== undefined ? t.parts.filter((p) => p.unit === unit) : t.parts;
    const done = parts.filter((p) => p.state === 'done' || p.state === 'doneLate');
    const blocked = parts.filter((p) => p.state === 'cannotComplete');
    const open = parts.filter((p) => p.state === 'open');
    const names = (list: typeof parts) => list.map((p) => p.unit).join(say('list-separator'));
    return [
      String(t.task),
      statusNames[lang()][t.status.status],
      state(unit !== undefined && parts[0] ? parts[0].state : t.state),
      `${done.length}/${parts.length}${done.length && done.length < 6 ? ` ${names(done)}` : ''}`,
      blocked
        .map((p) => say('progress-blocked', { unit: p.unit, reason: p.reason ?? '' }))
        .join(say('clause-separator')),
      open.length < 6 ? names(open) : String(open.length),
    ];
  });
  const c = report.counts.tasks;
  const total = say('progress-status-total', { asOf, n: report.tasks.length, ...c });
  print(`${renderTable(header, rows, { maxWidths: [4, 12, 8, 30, 30, 30] })}\n${total}`);
}
