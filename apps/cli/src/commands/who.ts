import type { Command } from 'commander';
import { print, printJson } from '../io';

interface WhoOptions {
  units?: string;
  asOf?: string;
  json?: boolean;
}

export function registerWho(program: Command): void {
  program
    .command('who')
    .description('谁来做：一项任务的全部角色，单位组展开到成员 — every role on one task, groups expanded')
    .argument('<plan>', 'plan file (YAML or JSON)')
    .argument('<task>', 'task number')
    .option('--units <registry>', 'unit registry (default: the one the plan names)')
    .option('--as-of <date>', 'judge status on this day (default: today)')
    .option('--json', 'print the task detail core returned, as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ fengong who seeds/zhanjiang-2021/plan.yaml 7
  $ fengong who seeds/zhanjiang-2021/plan.yaml 38 --json`,
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
