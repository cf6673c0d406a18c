import type { Command } from 'commander';
import { print, printJson } from '../io';
import { examples, h } from '../help';

interface WhoOptions {
  units?: string;
  asOf?: string;
  json?: boolean;
}

export function registerWho(program: Command): void {
  program
    .command('who')
    .description(h('cmd-who'))
    .argument('<plan>', h('common-plan'))
    .argument('<task>', h('common-task'))
    .option('--units <registry>', h('common-units'))
    .option('--as-of <date>', h('common-as-of'))
    .option('--json', h('who-json'))
    .addHelpText(
      'after',
      examples([
        'fengong who seeds/zhanjiang-2021/plan.yaml 7',
        'fengong who seeds/zhanjiang-2021/plan.yaml 38 --json',
      ]),
    )
    .action(async (planFile: string, number: string, options: WhoOptions) => {
      const { loadAnalysis, dateOption, taskNumber, today } = await import('../context');
      const { taskDetail } = await import('@fengong/core/queries');
      const asOf = dateOption(options.asOf, '--as-of') ?? today();
      const analysis = await loadAnalysis(planFile, options);
      const detail = taskDetail(analysis, taskNumber(analysis, number), { asOf })!;
      if (options.json) return printJson(detail);
      const { renderWho } = await import('../render-who');
      print(renderWho(detail));
    });
}
