import type { Command } from 'commander';
import { print, printJson } from '../io';
import { examples, h } from '../help';

export function registerExplain(program: Command): void {
  const explain = program.command('explain').description(h('cmd-explain'));

  explain
    .command('roles')
    .description(h('cmd-explain-roles'))
    .argument('<text>', h('roles-text'))
    .option('--units <registry>', h('roles-units'))
    .option('--json', h('common-json'))
    .addHelpText(
      'after',
      examples([
        "fengong explain roles '各县（市、区）政府（管委会）；市财政局牵头，市直各单位按职责分工落实' --units seeds/zhanjiang/units.yaml",
        "fengong explain roles '牵头单位：市发展改革局；责任单位：市财政局、市审计局' --json",
      ]),
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
    .description(h('cmd-explain-deadline'))
    .argument('<text>', h('deadline-text'))
    .option('--issued <date>', h('deadline-issued'))
    .option('--as-of <date>', h('deadline-as-of'))
    .option('--json', h('common-json'))
    .addHelpText(
      'after',
      examples([
        "fengong explain deadline '2021 年 9 月前' --issued 2021-07-01 --as-of 2021-09-15",
        "fengong explain deadline '收到申请之日起20个工作日内' --json",
      ]),
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
