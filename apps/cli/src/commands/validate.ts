import type { DeadlineKind } from '@fengong/core';
import type { Command } from 'commander';
import { locale, t } from '../i18n';
import { print, printJson } from '../io';
import { examples, h } from '../help';

interface ValidateOptions {
  units?: string;
  json?: boolean;
}

export function registerValidate(program: Command): void {
  program
    .command('validate')
    .description(h('cmd-validate'))
    .argument('<plan>', h('common-plan'))
    .option('--units <registry>', h('validate-units'))
    .option('--json', h('validate-json'))
    .addHelpText(
      'after',
      examples([
        'fengong validate seeds/zhanjiang-2021/plan.yaml',
        'fengong validate seeds/zhanjiang-2021/plan.yaml --units seeds/zhanjiang/units.yaml --json',
      ]),
    )
    .action(async (planFile: string, options: ValidateOptions) => {
      const { loadPlanFile } = await import('@fengong/core/node');
      const { summarizePlan, formatDiagnostic } = await import('@fengong/core');
      const loaded = await loadPlanFile(planFile, { registryFile: options.units });
      const summary = summarizePlan(loaded.plan, { registry: loaded.registry });
      const notices = [...loaded.diagnostics, ...summary.notices];
      if (options.json)
        return printJson({ file: planFile, registryFile: loaded.registryFile, ...summary, notices });
      const { terminalSafe } = await import('../table');
      const { deadlineKindLabel } = await import('../labels');
      const lines = [
        `✓ ${planFile} ${t('valid')}: ${terminalSafe(summary.title)}${summary.documentNumber ? `（${terminalSafe(summary.documentNumber)}）` : ''}`,
        `  ${t('categories')} ${summary.categories}  ${t('tasks')} ${summary.tasks}  ${t('units')} ${summary.unitsNamed}  ${t('groups')} ${summary.groupsNamed}`,
        `  ${t('deadlines')}: ${Object.entries(summary.deadlinesByKind)
          .map(([kind, n]) => `${deadlineKindLabel(kind as DeadlineKind)} ${n}`)
          .join(' · ')}`,
      ];
      // One line per notice in the summary; `fengong who <task>` shows the whole reading.
      const { truncate } = await import('../table');
      for (const n of notices) {
        const first =
          formatDiagnostic({ ...n, expected: undefined, found: undefined }, { locale: locale() }).split(
            '; ',
          )[0] ?? '';
        lines.push(`  ${truncate(terminalSafe(first), 110)}`);
      }
      print(lines.join('\n'));
    });
}
