import type { Command } from 'commander';
import { print, printJson } from '../io';

interface UnitOptions {
  units?: string;
  ledger?: string;
  asOf?: string;
  json?: boolean;
}

export function registerUnit(program: Command): void {
  program
    .command('unit')
    .description('单位责任清单：牵头、负责、配合、监管的任务及通知要求 — a unit’s responsibility list')
    .argument('<plan>', 'plan file (YAML or JSON)')
    .argument('<name>', 'unit or group: name, alias or full name')
    .option('--units <registry>', 'unit registry (default: the one the plan names)')
    .option(
      '--ledger <file>',
      'progress ledger for completion (default: <plan>.progress.jsonl beside the plan)',
    )
    .option('--as-of <date>', 'judge status on this day (default: today)')
    .option('--json', 'print the responsibility list core returned, as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ fengong unit seeds/zhanjiang-2021/plan.yaml 市财政局 --as-of 2021-10-01
  $ fengong unit seeds/zhanjiang-2021/plan.yaml 湛江市发展和改革局
  $ fengong unit seeds/zhanjiang-2021/plan.yaml 市直各单位 --json`,
    )
    .action(async (planFile: string, name: string, options: UnitOptions) => {
      const { loadAnalysis, loadCompletion, dateOption, today } = await import('../context');
      const { unitResponsibilities } = await import('@fengong/core/queries');
      const asOf = dateOption(options.asOf, '--as-of') ?? today();
      const analysis = await loadAnalysis(planFile, options);
      const completion = await loadCompletion(planFile, analysis, { ...options, asOf, unit: name });
      const list = unitResponsibilities(analysis, name, { asOf, completion });
      if (options.json) return printJson(list);
      const { renderUnit } = await import('../render-unit');
      print(renderUnit(list));
    });
}
