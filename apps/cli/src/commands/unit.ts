import type { Command } from 'commander';
import { print, printJson } from '../io';
import { examples, h } from '../help';

interface UnitOptions {
  units?: string;
  ledger?: string;
  asOf?: string;
  json?: boolean;
}

export function registerUnit(program: Command): void {
  program
    .command('unit')
    .description(h('cmd-unit'))
    .argument('<plan>', h('common-plan'))
    .argument('<name>', h('unit-name'))
    .option('--units <registry>', h('common-units'))
    .option('--ledger <file>', h('common-ledger'))
    .option('--as-of <date>', h('common-as-of'))
    .option('--json', h('unit-json'))
    .addHelpText(
      'after',
      examples([
        'fengong unit seeds/zhanjiang-2021/plan.yaml 市财政局 --as-of 2021-10-01',
        'fengong unit seeds/zhanjiang-2021/plan.yaml 湛江市发展和改革局',
        'fengong unit seeds/zhanjiang-2021/plan.yaml 市直各单位 --json',
      ]),
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
