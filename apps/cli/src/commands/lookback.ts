/**
 * `fengong lookback`: the look-back (回头看) of last year's plan — the tasks that had a clear owner and a
 * dated deadline and are still unfinished, by unit, as plain text ready to paste into this year's
 * rectification list (整改清单).
 */
import type { Lookback, LookbackItem } from '@fengong/core';
import type { Command } from 'commander';
import { type AppMessage, sayApp } from '@fengong/core/labels';
import { locale } from '../i18n';
import { print, printJson } from '../io';
import { examples, h } from '../help';

interface LookbackCliOptions {
  units?: string;
  ledger?: string;
  asOf?: string;
  json?: boolean;
}

/** The words of this command, from core's catalogue. */
const say = (id: AppMessage, params: Record<string, string | number> = {}) => sayApp(id, params, locale());

function itemLine(task: LookbackItem & { openMembers?: string[] }, i: number): string {
  const late = task.status.daysLate !== undefined ? say('lookback-late', { n: task.status.daysLate }) : '';
  const deadline = say('lookback-deadline', { text: task.deadline.text, due: task.due ?? '', late });
  const lines = [say('lookback-item', { i, task: task.task, text: task.text, deadline })];
  for (const b of task.blocked ?? []) lines.push(say('lookback-blocked', { unit: b.unit, reason: b.reason }));
  if (task.openMembers?.length)
    lines.push(say('lookback-open', { units: task.openMembers.join(say('list-separator')) }));
  return lines.join('\n');
}

/** The look-back as text: a summary, then each unit's unfinished tasks, numbered. */
export function renderLookback(r: Lookback): string {
  const plan = r.plan.documentNumber
    ? say('lookback-plan', { title: r.plan.title, number: r.plan.documentNumber })
    : r.plan.title;
  const head = [say('lookback-title', { plan, asOf: r.asOf }), say('lookback-counts', { ...r.counts })];
  if (r.byUnit.length === 0) return [...head, say('lookback-nothing')].join('\n');
  const sections = r.byUnit.map((u, i) => {
    const title = say('lookback-unit', { i: i + 1, unit: u.unit, n: u.tasks.length });
    return [title, ...u.tasks.map((t, k) => itemLine(t, k + 1))].join('\n');
  });
  return [...head, '', sections.join('\n\n')].join('\n');
}

export function registerLookback(program: Command): void {
  program
    .command('lookback')
    .description(h('cmd-lookback'))
    .argument('<plan>', h('lookback-plan'))
    .option('--ledger <file>', h('lookback-ledger'))
    .option('--as-of <date>', h('lookback-as-of'))
    .option('--units <registry>', h('common-units'))
    .option('--json', h('lookback-json'))
    .addHelpText(
      'after',
      examples(
        [
          'fengong lookback seeds/zhanjiang-2021/plan.yaml --as-of 2022-03-01',
          'fengong lookback seeds/zhanjiang-2021/plan.yaml --ledger 2021.progress.jsonl --json',
        ],
        'after-lookback',
      ),
    )
    .action(async (planFile: string, options: LookbackCliOptions) => {
      const { dateOption, today } = await import('../context');
      const { loadLedger } = await import('./progress/shared');
      const { lookback } = await import('@fengong/core');
      const asOf = dateOption(options.asOf, '--as-of') ?? today();
      const { analysis, entries } = await loadLedger(planFile, options);
      const result = lookback(analysis, { asOf, entries, locale: locale() });
      if (options.json) return printJson(result);
      print(renderLookback(result));
    });
}
