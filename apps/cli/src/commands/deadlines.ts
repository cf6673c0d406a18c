import type { Command } from 'commander';
import { print, printJson } from '../io';
import { examples, h } from '../help';

interface DeadlinesOptions {
  units?: string;
  ledger?: string;
  asOf?: string;
  json?: boolean;
}

export function registerDeadlines(program: Command): void {
  program
    .command('deadlines')
    .description(h('cmd-deadlines'))
    .argument('<plan>', h('common-plan'))
    .option('--units <registry>', h('common-units'))
    .option('--ledger <file>', h('common-ledger'))
    .option('--as-of <date>', h('common-as-of'))
    .option('--json', h('deadlines-json'))
    .addHelpText(
      'after',
      examples([
        'fengong deadlines seeds/zhanjiang-2021/plan.yaml --as-of 2021-10-01',
        'fengong deadlines seeds/zhanjiang-2021/plan.yaml --json',
      ]),
    )
    .action(async (planFile: string, options: DeadlinesOptions) => {
      const { loadAnalysis, loadCompletion, dateOption, today } = await import('../context');
      const { deadlineCalendar } = await import('@fengong/core/queries');
      const asOf = dateOption(options.asOf, '--as-of') ?? today();
      const analysis = await loadAnalysis(planFile, options);
      const completion = await loadCompletion(planFile, analysis, { ...options, asOf });
      const calendar = deadlineCalendar(analysis, { asOf, completion });
      if (options.json) return printJson(calendar);
      const { t } = await import('../i18n');
      const { statusLabel } = await import('../labels');
      const { paint, renderTable, useColor } = await import('../table');
      const color = useColor();
      const out: string[] = [];
      for (const { month, items } of calendar.months) {
        out.push(`■ ${month}（${items.length}）`);
        out.push(
          renderTable(
            [t('due'), t('number'), t('lead'), t('status'), ''],
            items.map((item) => [
              item.due,
              String(item.task),
              item.lead.join('、') || '—',
              item.status
                ? paint(
                    `${statusLabel(item.status)}${item.daysLate ? ` ${item.daysLate}d` : ''}`,
                    item.light ?? 'none',
                    color,
                  )
                : '',
              item.label ?? '',
            ]),
          ),
          '',
        );
      }
      if (calendar.ongoing.length)
        out.push(
          `■ ${t('ongoing-work', { n: calendar.ongoing.length, tasks: calendar.ongoing.map((o) => o.task).join(', ') })}`,
        );
      if (calendar.undated.length)
        out.push(
          `■ ${t('undated', { tasks: calendar.undated.map((o) => `${o.task}「${o.text}」`).join(', ') })}`,
        );
      print(out.join('\n'));
    });
}
