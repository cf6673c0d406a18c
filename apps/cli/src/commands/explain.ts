import type { Command } from 'commander';
import { print, printJson } from '../io';

export function registerExplain(program: Command): void {
  const explain = program
    .command('explain')
    .description('解读说明：fengong 如何读一个落实单位格或时限 — how fengong reads one cell');

  explain
    .command('roles')
    .description('读一个落实单位格：分句、角色、位置、提示 — read one units cell')
    .argument('<text>', 'the units cell, e.g. “市财政局牵头，市直各单位按职责分工落实”')
    .option('--units <registry>', 'unit registry to resolve names and expand groups')
    .option('--json', 'print the explanation core returned, as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ fengong explain roles '各县（市、区）政府（管委会）；市财政局牵头，市直各单位按职责分工落实' --units seeds/zhanjiang/units.yaml
  $ fengong explain roles '牵头单位：市发展改革局；责任单位：市财政局、市审计局' --json`,
    )
    .action(async (text: string, options: { units?: string; json?: boolean }) => {
      const { explainUnits } = await import('@fengong/core');
      const { loadRegistryFile } = await import('@fengong/core/node');
      const registry = options.units ? await loadRegistryFile(options.units) : undefined;
      const explained = explainUnits(text, { registry });
      if (options.json) return printJson(explained);
      const { renderExplainUnits } = await import('../render-explain');
      print(renderExplainUnits(explained));
    });

  explain
    .command('deadline')
    .description('读一个时限：类型、截止日、解读与其他解读、状态 — read one deadline phrase')
    .argument('<text>', 'the deadline, e.g. “2021 年 9 月前”')
    .option('--issued <date>', 'the plan’s date of issue; year-less phrases take its year (default: today)')
    .option('--as-of <date>', 'also judge the status on this day')
    .option('--json', 'print the explanation core returned, as JSON')
    .addHelpText(
      'after',
      `
Examples:
  $ fengong explain deadline '2021 年 9 月前' --issued 2021-07-01 --as-of 2021-09-15
  $ fengong explain deadline '收到申请之日起20个工作日内' --json`,
    )
    .action(async (text: string, options: { issued?: string; asOf?: string; json?: boolean }) => {
      const { dateOption, today } = await import('../context');
      const { explainDeadline } = await import('@fengong/core');
      const issued = dateOption(options.issued, '--issued') ?? today();
      const asOf = dateOption(options.asOf, '--as-of');
      const explained = explainDeadline(text, { issued, ...(asOf ? { asOf } : {}) });
      if (options.json) return printJson(explained);
      const { renderExplainDeadline } = await import('../render-explain');
      print(renderExplainDeadline(explained));
    });
}
